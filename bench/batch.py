"""Batches at scale: expanding and submitting 10,000 lines, and keeping 1,000 results.

Expansion and the preview (with estimates) are timed and their peak memory traced; submitting
uploads the JSONL to the local server and records the batch and its lines in a real gallery.
Keeping results fetches a finished batch's output file of 1,000 lines (small real PNGs, made up
here so the bench measures the client, not the local server's renderer) into the gallery, then
pages through them with the gallery's batch filter (the first page of 200, and all of them).

    python bench/batch.py [--lines 10000] [--results 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.api import Endpoint, ImageRequest, ImagesClient
from studio.batch import BatchRunner, Template, expand, parse_matrix, preview, rows_from_lines
from studio.config import Provider, ProviderKind
from studio.gallery import GalleryStore, Pricing, Query
from studio.localapi import DEMO_KEY, LocalServer

BASE = ImageRequest(Endpoint.GENERATIONS, model="gpt-image-1.5", quality="low")


def _png(number: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (number % 256, (number * 7) % 256, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def _expand_once(lines: int) -> tuple[tuple, float, float, float]:
    template = Template("a {watercolour|pencil} {subject}, studio light")
    values = "\n".join(f"subject number {n}" for n in range(lines // 4))
    started = time.perf_counter()
    items = expand(
        template,
        rows_from_lines(values, template),
        BASE,
        parse_matrix(["size=1024x1024,1536x1024"]),
    )
    expanded = time.perf_counter() - started
    planned = preview(items, Pricing.load(), batch_api=True)
    previewed = time.perf_counter() - started - expanded
    return items, expanded, previewed, planned.total.cost.high


def _expand(lines: int) -> tuple[tuple, dict[str, float]]:
    """Timed untraced; the peak memory from a second, traced run (tracing slows it down)."""
    items, expanded, previewed, cost = _expand_once(lines)
    tracemalloc.start()
    _expand_once(lines)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return items, {
        "lines": len(items),
        "expand_s": round(expanded, 3),
        "preview_s": round(previewed, 3),
        "peak_mb": round(peak / 1e6, 1),
        "total_estimate_usd": round(cost, 2),
    }


async def _submit(server: LocalServer, root: Path, items: tuple) -> dict[str, float]:
    provider = Provider("local", "Local", ProviderKind.COMPATIBLE, base_url=server.base_url)
    server.batches.running.clear()  # measure the client: the server holds the lines
    async with ImagesClient(provider, DEMO_KEY) as client:
        with GalleryStore(root) as store:
            started = time.perf_counter()
            record = await BatchRunner(client, store, "Local").submit(items)
            seconds = time.perf_counter() - started
    uploaded = server.batches.files[record.input_file_id]
    return {"submit_s": round(seconds, 3), "jsonl_mb": round(len(uploaded.data) / 1e6, 2)}


async def _keep(server: LocalServer, root: Path, count: int) -> dict[str, float]:
    provider = Provider("local", "Local", ProviderKind.COMPATIBLE, base_url=server.base_url)
    template = Template("{subject}")
    items = expand(template, rows_from_lines("\n".join(map(str, range(count))), template), BASE)
    async with ImagesClient(provider, DEMO_KEY) as client:
        with GalleryStore(root) as store:
            runner = BatchRunner(client, store, "Local")
            record = await runner.submit(items)
            batch = server.batches.batches[record.id]
            output = b"".join(
                json.dumps(
                    {
                        "custom_id": item.custom_id,
                        "response": {
                            "status_code": 200,
                            "request_id": f"req_{n}",
                            "body": {"data": [{"b64_json": base64.b64encode(_png(n)).decode()}]},
                        },
                    }
                ).encode()
                + b"\n"
                for n, item in enumerate(items)
            )
            batch.output_file_id = server.batches._keep("out.jsonl", "batch_output", output).id
            batch.status = "completed"
            started = time.perf_counter()
            report = await runner.fetch(record.id)
            seconds = time.perf_counter() - started
            started = time.perf_counter()
            page = store.grid(Query(batch=record.id))
            first_page = time.perf_counter() - started
            shown = len(page.items)
            while page.next is not None:
                page = store.grid(Query(batch=record.id), after=page.next)
                shown += len(page.items)
            filtered = time.perf_counter() - started
    assert shown == len(report.saved), (shown, len(report.saved))
    return {
        "results": len(report.saved),
        "keep_s": round(seconds, 3),
        "keep_per_result_ms": round(1000 * seconds / max(1, len(report.saved)), 2),
        "batch_filter_first_page_ms": round(1000 * first_page, 1),
        "batch_filter_all_ms": round(1000 * filtered, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--results", type=int, default=1_000)
    args = parser.parse_args()
    items, report = _expand(args.lines)
    with LocalServer() as server, tempfile.TemporaryDirectory() as folder:
        report |= asyncio.run(_submit(server, Path(folder) / "submit", items))
        report |= asyncio.run(_keep(server, Path(folder) / "keep", args.results))
        for batch in server.batches.batches.values():
            batch.status = "cancelling"  # let the held batches end without rendering
        server.batches.running.set()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
