"""The gallery store at scale: open + first page, search, filters, lineage, saves.

Seeds a store of N generations in bulk (see seeding.py), then measures the real
``GalleryStore`` on it. Saves are measured with real, durable saves.

    python bench/gallery.py [--items N] [--seeded FOLDER]

``--seeded`` measures a gallery seeded before (``bench.seeding.seed(FOLDER, N)``), to repeat a
measurement without seeding again (the saves add to it).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult, Usage
from studio.gallery import GalleryStore, Kind, Outcome, Query

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.seeding import SUBJECTS, prompt, seed_apart

SEARCHES = [
    *SUBJECTS[:15],
    "fox snow",
    "owl dusk",
    "robot neon",
    "lighthouse",
    "watercol",
    "cast",
    "dragon castle",
    "whale under",
    "train desert",
    "pixel",
    "ukiyo",
    "teapot",
    "golden hour",
    "misty",
    "cozy kitchen",
    "astronaut mars",
    "violin",
    "harbour dusk",
    "blueprint robot",
    "city rainy",
    "garden",
    "library",
    "snow globe",
    "bicycle",
    "cathedral",
    "mountain",
    "claymation",
    "papercraft",
    "baroque",
    "minimalist owl",
    "isometric",
]


def millis(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def measure(root: Path, items: int) -> dict[str, float]:
    started = time.perf_counter()
    store = GalleryStore(root)
    page = store.query(Query(), limit=200)
    store.thumbnails([r.id for r in page.images])
    open_first_page = millis(started)

    timings = []
    cpu = time.process_time()
    for text in SEARCHES:
        started = time.perf_counter()
        store.query(Query(text=text), limit=200)
        timings.append(millis(started))
    search_cpu = (time.process_time() - cpu) * 1000 / len(SEARCHES)
    timings.sort()

    started = time.perf_counter()
    store.query(Query(models=("gpt-image-1-mini",), kinds=(Kind.EDIT,), favourite=False), limit=200)
    filtered = millis(started)

    started = time.perf_counter()
    family = store.lineage(items - items % 10 - 500)
    lineage = millis(started)

    rng = random.Random(3)
    saves = 100
    started = time.perf_counter()
    for n in range(saves):
        out = io.BytesIO()
        Image.new("RGB", (256, 256), (n, 255 - n, rng.randrange(256))).save(out, "PNG")
        result = ImagesResult((GeneratedImage(out.getvalue(), "png"),), usage=Usage(10, 1056, 1066))
        store.save(Outcome.of(ImageRequest(Endpoint.GENERATIONS, prompt(rng)), result))
    saves_per_s = saves / (time.perf_counter() - started)
    store.close()
    return {
        "items": items,
        "open_first_page_ms": round(open_first_page, 1),
        "search_p50_ms": round(statistics.median(timings), 2),
        "search_p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
        "search_cpu_ms": round(search_cpu, 2),
        "filter_ms": round(filtered, 2),
        "lineage_ms": round(lineage, 2),
        "lineage_related": len(family.ancestors) + len(family.descendants),
        "saves_per_s": round(saves_per_s, 1),
        "db_mb": round((root / "gallery.db").stat().st_size / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seeded", type=Path, help="a gallery seeded before, of --items images")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = args.seeded or Path(folder)
        started = time.perf_counter()
        if args.seeded is None:
            seed_apart(root, args.items)
        seeded = time.perf_counter() - started
        figures = measure(root, args.items)
    figures["seed_s"] = round(seeded, 1)
    figures["load_average"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
