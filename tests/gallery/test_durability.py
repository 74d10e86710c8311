"""A finished image is never lost: crashes, damage, a full disk, several writers at once."""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from studio.gallery import GalleryError, GalleryStore, Query
from studio.gallery._schema import SCHEMA_VERSION
from tests.gallery.conftest import generate


def test_a_new_database_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    with GalleryStore(tmp_path) as store:
        version = store._db.execute("PRAGMA user_version").fetchone()[0]
        mode = store._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert (version, mode) == (SCHEMA_VERSION, "wal")


def test_stores_opening_a_new_gallery_at_once_create_it_once(tmp_path: Path) -> None:
    def open_store(root: Path, ready: threading.Barrier, stores: list[GalleryStore]) -> None:
        ready.wait()
        stores.append(GalleryStore(root))

    for attempt in range(8):
        root = tmp_path / str(attempt)
        ready = threading.Barrier(4)
        stores: list[GalleryStore] = []
        threads = [
            threading.Thread(target=open_store, args=(root, ready, stores)) for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(stores) == 4
        assert all(store.notice is None for store in stores)
        assert not list(root.glob("gallery.db.damaged-*"))
        for store in stores:
            store.close()


def test_a_database_from_a_newer_studio_is_refused_not_overwritten(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    with sqlite3.connect(tmp_path / "gallery.db") as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with GalleryStore(tmp_path) as store:
        assert store.notice is not None
    assert list(tmp_path.glob("gallery.db.damaged-*"))


def test_a_damaged_database_is_kept_aside_and_the_gallery_rebuilt(tmp_path: Path) -> None:
    with GalleryStore(tmp_path) as store:
        (record,) = generate(store)
    (tmp_path / "gallery.db").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"gallery.db{suffix}").unlink(missing_ok=True)
    with GalleryStore(tmp_path) as store:
        assert store.notice is not None
        assert "1 image(s) recovered" in store.notice
        (rebuilt,) = store.query(Query()).images
        assert (rebuilt.sha256, rebuilt.path) == (record.sha256, record.path)
    (aside,) = tmp_path.glob("gallery.db.damaged-*")
    assert aside.read_bytes() == b"this is not a database" * 100


CRASHING = """
import sys, time
from pathlib import Path
from studio.gallery import GalleryStore
from tests.gallery.conftest import generate
store = GalleryStore(Path(sys.argv[1]))
(kept,) = generate(store)
(gone,) = generate(store, "deleted by hand", colours=((1, 2, 3, 255),))
print(store.files.session, kept.id, gone.id, kept.path, gone.path, flush=True)
time.sleep(60)
"""


def test_reconciliation_after_a_crash(tmp_path: Path) -> None:
    crashing = subprocess.Popen(
        [sys.executable, "-c", CRASHING, str(tmp_path)],
        cwd=Path(__file__).parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashing.stdout is not None
    session, _, gone_id, kept_path, gone_path = crashing.stdout.readline().split()
    # What a crash leaves: a temp file mid-write, and a file whose row was never committed.
    (tmp_path / ".incoming" / f"{session}.half.tmp").write_bytes(b"half an image")
    orphan = Path(kept_path).with_name("0" * 64 + ".png")
    orphan.write_bytes(Path(kept_path).read_bytes())
    Path(gone_path).unlink()
    crashing.kill()
    crashing.wait()
    crashing.stdout.close()
    with GalleryStore(tmp_path) as reopened:
        report = reopened.opening_report
        assert report.temps_removed == 1
        assert [r.id for r in report.missing] == [int(gone_id)]
        assert [r.path for r in report.recovered] == [orphan]  # the cut-short save, added back
        assert reopened.get(int(gone_id)).missing  # type: ignore[union-attr]
        assert not reopened.check().ok


def test_opening_another_store_leaves_a_save_in_progress_alone(tmp_path: Path) -> None:
    with GalleryStore(tmp_path) as writer:
        in_progress = tmp_path / ".incoming" / f"{writer.files.session}.busy.tmp"
        in_progress.parent.mkdir(parents=True, exist_ok=True)
        in_progress.write_bytes(b"being written")
        with GalleryStore(tmp_path) as reader:
            assert reader.opening_report.temps_removed == 0
            assert reader.reconcile().temps_removed == 0
        assert in_progress.exists()


def test_a_full_disk_says_so_and_leaves_nothing_half_written(
    store: GalleryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(GalleryError) as caught:
        generate(store)
    assert "disk is full" in str(caught.value)
    monkeypatch.undo()
    assert list((store.root / ".incoming").iterdir()) == []
    assert not (store.root / "images").exists() or not list((store.root / "images").rglob("*.*"))
    assert store.query(Query()).images == ()


def test_readers_and_writers_never_see_locked(tmp_path: Path) -> None:
    writers = [GalleryStore(tmp_path) for _ in range(3)]
    reader = GalleryStore(tmp_path)
    failures: list[BaseException] = []

    def write(store: GalleryStore, number: int) -> None:
        try:
            for n in range(15):
                generate(store, f"writer {number} image {n}", colours=((number, n, 0, 255),))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=write, args=(w, i)) for i, w in enumerate(writers)]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        reader.query(Query(text="writer"), limit=50)
    for thread in threads:
        thread.join()
    assert failures == []
    assert reader.stats().images == 45
    for store in (*writers, reader):
        store.close()


SAVER = """
import sys
from pathlib import Path
from studio.gallery import GalleryStore
from tests.gallery.conftest import generate
store = GalleryStore(Path(sys.argv[1]))
n = 0
while True:
    generate(store, f"image {n}", colours=((n % 256, n // 256 % 256, 7, 255),))
    n += 1
"""


def test_killing_the_process_at_any_moment_loses_no_completed_image(tmp_path: Path) -> None:
    root = tmp_path / "gallery"
    rng = random.Random(4)
    for _ in range(4):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(root)], cwd=Path(__file__).parents[2]
        )
        time.sleep(1.0 + rng.random())
        saver.send_signal(signal.SIGKILL)
        saver.wait()
    with GalleryStore(root) as store:
        report = store.check()
        assert report.ok, report  # no row without its file, every hash matches
        assert store.stats().images > 4
        assert report.orphans == ()  # files of cut-short saves were added back
