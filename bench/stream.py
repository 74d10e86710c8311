"""Client-side cost of receiving a stream: 3 partial images and the final one.

The local server runs in its own process and renders noise (the largest possible PNGs). Each
stream is read three times, back to back: by a raw reader that only drains the bytes, by
``ImagesClient`` (SSE parsing, JSON, base64 decoding) and by the official ``openai`` SDK (its
events, plus the ``b64decode`` that any program using it needs to get the image). The overhead
is the client's wall time above the raw read's, which already contains the server's pacing and
rendering; CPU per MB is this process's CPU time per MB streamed, for Studio and for the SDK.

    python bench/stream.py [--repeats N] [--pace SECONDS]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import httpx2
from openai import AsyncOpenAI

from studio.api import Endpoint, ImageRequest, ImagesClient
from studio.config import Provider, ProviderKind
from studio.localapi import DEMO_KEY

MODEL = "gpt-image-2"  # free sizes up to 3840x2160
SIZES = {"1536": "1536x1024", "3840": "3840x2160"}


def start_server(pace: float) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "studio.localapi",
            "--noise",
            "--pace",
            str(pace),
            "--exit-with-stdin",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline().strip()
    return server, line.removeprefix("STUDIO_LOCALAPI_URL ")


def request_for(size: str) -> ImageRequest:
    return ImageRequest(
        Endpoint.GENERATIONS, "noise", model=MODEL, size=size, partial_images=3, stream=True
    )


async def raw_read(base_url: str, size: str) -> tuple[float, int]:
    body = {"prompt": "noise", "model": MODEL, "size": size, "partial_images": 3, "stream": True}
    started = time.perf_counter()
    received = 0
    async with (
        httpx2.AsyncClient(timeout=600) as http,
        http.stream(
            "POST",
            f"{base_url}/images/generations",
            json=body,
            headers={"Authorization": f"Bearer {DEMO_KEY}"},
        ) as response,
    ):
        async for chunk in response.aiter_raw():
            received += len(chunk)
    return time.perf_counter() - started, received


async def client_read(client: ImagesClient, size: str) -> tuple[float, float]:
    cpu, started = time.process_time(), time.perf_counter()
    async with client.stream(request_for(size)) as events:
        async for _ in events:
            pass
    return time.perf_counter() - started, time.process_time() - cpu


async def sdk_read(sdk: AsyncOpenAI, size: str) -> tuple[float, float]:
    cpu, started = time.process_time(), time.perf_counter()
    stream = await sdk.images.generate(
        prompt="noise",
        model=MODEL,
        size=size,  # type: ignore[arg-type]
        partial_images=3,
        stream=True,
    )
    async for event in stream:
        base64.b64decode(event.b64_json)
    return time.perf_counter() - started, time.process_time() - cpu


async def measure(base_url: str, repeats: int) -> dict[str, float]:
    provider = Provider("bench", "Bench", ProviderKind.COMPATIBLE, base_url=base_url)
    figures: dict[str, float] = {}
    cpu_seconds = sdk_cpu_seconds = megabytes = 0.0
    sdk = AsyncOpenAI(api_key=DEMO_KEY, base_url=base_url, max_retries=0, timeout=600)
    async with ImagesClient(provider, DEMO_KEY) as client:
        for label, size in SIZES.items():
            await client_read(client, size)  # warm up: connection, caches
            await sdk_read(sdk, size)
            overheads, sdk_overheads = [], []
            for _ in range(repeats):
                raw_wall, received = await raw_read(base_url, size)
                wall, cpu = await client_read(client, size)
                sdk_wall, sdk_cpu = await sdk_read(sdk, size)
                overheads.append((wall - raw_wall) * 1000)
                sdk_overheads.append((sdk_wall - raw_wall) * 1000)
                cpu_seconds += cpu
                sdk_cpu_seconds += sdk_cpu
                megabytes += received / 1e6
            figures[f"overhead_ms_{label}"] = round(statistics.median(overheads), 1)
            figures[f"sdk_overhead_ms_{label}"] = round(statistics.median(sdk_overheads), 1)
            figures[f"event_mb_{label}"] = round(received / 1e6 / 4, 1)
    await sdk.close()
    figures["cpu_ms_per_mb"] = round(cpu_seconds * 1000 / megabytes, 2)
    figures["sdk_cpu_ms_per_mb"] = round(sdk_cpu_seconds * 1000 / megabytes, 2)
    figures["cpu_vs_sdk"] = round(cpu_seconds / sdk_cpu_seconds, 2)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pace", type=float, default=0.2)
    args = parser.parse_args()
    server, base_url = start_server(args.pace)
    try:
        figures = asyncio.run(measure(base_url, args.repeats))
    finally:
        server.terminate()
        server.wait()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["peak_rss_mb"] = round(peak_kb / 1024, 1)
    figures["pace_s"] = args.pace
    figures["repeats"] = args.repeats
    figures["load_average"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
