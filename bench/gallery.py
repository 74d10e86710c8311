"""The gallery store at scale: open + first page, search, filters, lineage, saves.

Seeds a store of N generations (realistic prompts, real thumbnails, real files) in bulk on the
store's own schema — saving 100,000 one by one with an fsync each would take most of an hour —
then measures the real ``GalleryStore`` on it. Saves are measured with real, durable saves.

    python bench/gallery.py [--items N]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult, Usage
from studio.gallery import GalleryStore, Kind, Outcome, Query
from studio.gallery._files import sha256_of
from studio.imaging import thumbnail

SUBJECTS = [
    "fox",
    "owl",
    "lighthouse",
    "city",
    "skyline",
    "robot",
    "teapot",
    "dragon",
    "forest",
    "castle",
    "bicycle",
    "whale",
    "astronaut",
    "garden",
    "library",
    "mountain",
    "harbour",
    "violin",
    "cathedral",
    "desert",
    "train",
]
STYLES = [
    "watercolour",
    "oil-painting",
    "photograph",
    "isometric",
    "pixel-art",
    "charcoal",
    "neon",
    "ukiyo-e",
    "cinematic",
    "minimalist",
    "baroque",
    "papercraft",
    "claymation",
    "blueprint",
]
PLACES = [
    "at dusk",
    "in the snow",
    "under the sea",
    "on mars",
    "in a rainy street",
    "at golden hour",
    "in a misty valley",
    "on a chessboard",
    "inside a snow globe",
    "in a cozy kitchen",
]
MODELS = ["gpt-image-1.5", "gpt-image-1-mini", "gpt-image-2", "gpt-image-2.5-flare", "dall-e-3"]
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


def prompt(rng: random.Random) -> str:
    return (
        f"a {rng.choice(STYLES)} {rng.choice(SUBJECTS)} {rng.choice(PLACES)}, "
        f"with {rng.choice(SUBJECTS)}s and soft light, highly detailed"
    )


def pool(root: Path, count: int) -> list[tuple[str, str, bytes]]:
    """``count`` distinct small images written as the store writes them: (path, sha, thumb)."""
    made = []
    for n in range(count):
        out = io.BytesIO()
        Image.new("RGB", (96, 64), (n % 256, n * 7 % 256, n * 13 % 256)).save(out, "PNG")
        data = out.getvalue()
        sha = sha256_of(data)
        relative = f"images/2026/01/{sha}.png"
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(data)
        made.append((relative, sha, thumbnail(data)))
    return made


def seed(root: Path, items: int) -> None:
    GalleryStore(root).close()  # create and migrate with the store itself
    rng = random.Random(7)
    images = pool(root, 200)
    db = sqlite3.connect(root / "gallery.db")
    start = time.time() - items * 60
    with db:
        for n in range(1, items + 1):
            text = prompt(rng)
            model = rng.choice(MODELS)
            kind = Kind.EDIT if n % 10 == 0 else Kind.GENERATION
            created = start + n * 60
            usage = {"input_tokens": 40, "output_tokens": 1056, "total_tokens": 1096}
            db.execute(
                "INSERT INTO generations (id, created, kind, model, prompt, params, provider, "
                "size, quality, request_id, usage, duration, status, cost) "
                "VALUES (?, ?, ?, ?, ?, ?, 'OpenAI', '1024x1024', 'medium', ?, ?, 12.5, "
                "'complete', 0.034)",
                (
                    n,
                    created,
                    kind.value,
                    model,
                    text,
                    json.dumps({"prompt": text, "model": model}),
                    f"req_{n}",
                    json.dumps(usage),
                ),
            )
            relative, sha, thumb = images[n % len(images)]
            db.execute(
                "INSERT INTO images (id, generation_id, position, path, format, width, height, "
                "size_bytes, sha256, created, model, kind, provider, favourite) "
                "VALUES (?, ?, 0, ?, 'png', 96, 64, 1200, ?, ?, ?, ?, 'OpenAI', ?)",
                (n, n, relative, sha, created, model, kind.value, int(n % 17 == 0)),
            )
            db.execute("INSERT INTO thumbnails (image_id, data) VALUES (?, ?)", (n, thumb))
            db.execute(
                "INSERT INTO search (rowid, prompt, revised_prompt, tags, notes) "
                "VALUES (?, ?, '', '', '')",
                (n, text),
            )
            if kind is Kind.EDIT:  # chains of edits for lineage
                db.execute("INSERT INTO lineage (child_id, parent_id) VALUES (?, ?)", (n, n - 10))
    db.execute("PRAGMA optimize")
    db.close()


def millis(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def measure(root: Path, items: int) -> dict[str, float]:
    started = time.perf_counter()
    store = GalleryStore(root)
    page = store.query(Query(), limit=200)
    store.thumbnails([r.id for r in page.images])
    open_first_page = millis(started)

    timings = []
    for text in SEARCHES:
        started = time.perf_counter()
        store.query(Query(text=text), limit=200)
        timings.append(millis(started))
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        seed(root, args.items)
        seeded = time.perf_counter() - started
        figures = measure(root, args.items)
    figures["seed_s"] = round(seeded, 1)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
