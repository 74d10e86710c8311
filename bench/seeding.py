"""A gallery of N generations seeded in bulk on the store's own schema, for benchmarks and
tests: realistic prompts, real thumbnails, real files, chains of edits for lineage. Saving
100,000 one by one with an fsync each would take most of an hour.
"""

from __future__ import annotations

import io
import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from studio.gallery import GalleryStore, Kind, _words
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


#: Rows written per ``executemany``: large enough that the per-statement cost vanishes.
BATCH = 20_000


def seed(root: Path | str, items: int) -> None:
    """Bulk rows straight into the store's tables: one transaction, ``executemany`` in batches,
    no journal and no fsync (a benchmark's gallery need not survive a power cut)."""
    root = Path(root)
    GalleryStore(root).close()  # create and migrate with the store itself
    rng = random.Random(7)
    images = pool(root, 200)
    db = sqlite3.connect(root / "gallery.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-262144")  # 256 MB: the indexes being built stay in memory
    start = time.time() - items * 60
    usage = json.dumps({"input_tokens": 40, "output_tokens": 1056, "total_tokens": 1096})
    db.execute("BEGIN")
    for first in range(1, items + 1, BATCH):
        generations, rows, thumbs, texts, lineage = [], [], [], [], []
        for n in range(first, min(first + BATCH, items + 1)):
            text = prompt(rng)
            model = rng.choice(MODELS)
            kind = (Kind.EDIT if n % 10 == 0 else Kind.GENERATION).value
            created = start + n * 60
            params = json.dumps({"prompt": text, "model": model})
            generations.append((n, created, kind, model, text, params, f"req_{n}", usage))
            relative, sha, thumb = images[n % len(images)]
            rows.append((n, n, relative, sha, created, model, kind, int(n % 17 == 0)))
            thumbs.append((n, thumb))
            texts.append((n, text))
            if kind == Kind.EDIT.value:  # chains of edits for lineage
                lineage.append((n, n - 10))
        db.executemany(
            "INSERT INTO generations (id, created, kind, model, prompt, params, provider, "
            "size, quality, request_id, usage, duration, status, cost) "
            "VALUES (?, ?, ?, ?, ?, ?, 'OpenAI', '1024x1024', 'medium', ?, ?, 12.5, "
            "'complete', 0.034)",
            generations,
        )
        db.executemany(
            "INSERT INTO images (id, generation_id, position, path, format, width, height, "
            "size_bytes, sha256, created, model, kind, provider, favourite) "
            "VALUES (?, ?, 0, ?, 'png', 96, 64, 1200, ?, ?, ?, ?, 'OpenAI', ?)",
            rows,
        )
        db.executemany("INSERT INTO thumbnails (image_id, data) VALUES (?, ?)", thumbs)
        db.executemany(
            "INSERT INTO search (rowid, prompt, revised_prompt, tags, notes) "
            "VALUES (?, ?, '', '', '')",
            texts,
        )
        db.executemany("INSERT INTO lineage (child_id, parent_id) VALUES (?, ?)", lineage)
    _words.refill(db)  # the store lists the index's words as it indexes; here, once at the end
    db.execute("COMMIT")
    db.execute("PRAGMA journal_mode=WAL")  # as the store keeps it
    db.execute("PRAGMA optimize")
    db.close()


def seed_apart(root: Path, items: int) -> None:
    """``seed`` in a child process, so that the benchmark's peak RSS is the gallery's own and
    not the seeding's (its SQLite cache alone is 256 MB)."""
    subprocess.run(
        [sys.executable, "-c", f"from bench.seeding import seed; seed({str(root)!r}, {items})"],
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
