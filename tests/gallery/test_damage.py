"""A damaged database never crashes anything: it is found at any query, set aside under a name
of its own and the gallery rebuilt from the image files; a full disk at commit keeps the image."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult
from studio.gallery import GalleryError, GalleryStore, Kind, Outcome, Query
from studio.gallery._aside import set_aside
from studio.imaging import thumbnail
from tests.gallery.conftest import edit, generate
from tests.gallery.damage import damage_page, gallery_of

ROOT = Path(__file__).parents[2]


def test_a_damaged_page_found_by_a_later_query_is_set_aside_and_the_gallery_rebuilt(
    tmp_path: Path,
) -> None:
    made = gallery_of(tmp_path)
    damage_page(tmp_path)
    damaged = (tmp_path / "gallery.db").read_bytes()
    with GalleryStore(tmp_path) as store:
        with pytest.raises(GalleryError) as caught:
            store.query(Query(), limit=100)
        said = str(caught.value)
        assert "set aside as gallery.db.damaged-" in said
        assert "40 image(s) recovered" in said
        rebuilt = store.query(Query(), limit=100).images
        assert sorted(r.sha256 for r in rebuilt) == sorted(r.sha256 for r in made)
        assert all(r.path.is_file() for r in rebuilt)
        assert store.check().ok
    (aside,) = tmp_path.glob("gallery.db.damaged-*[0-9]")
    assert aside.read_bytes() == damaged  # kept exactly as it was found


@pytest.mark.parametrize("table", ["images", "generations", "thumbnails", "search_data"])
def test_check_reports_damage_anywhere_repairs_it_and_is_clean_afterwards(
    tmp_path: Path, table: str
) -> None:
    gallery_of(tmp_path, 30)
    damage_page(tmp_path, table)
    with GalleryStore(tmp_path) as store:
        report = store.check()
        assert report.repaired is not None
        assert "30 image(s) recovered" in report.repaired
        assert report.ok, report
    with GalleryStore(tmp_path) as store:
        assert store.check().ok
        assert store.stats().images == 30


def test_every_store_call_turns_damage_into_a_sentence(tmp_path: Path) -> None:
    made = gallery_of(tmp_path, 30)
    calls = {
        "get_many": lambda s: s.get_many([r.id for r in made]),
        "grid": lambda s: s.grid(Query(), 100),
        "search": lambda s: s.query(Query(text="fox"), 100),
        "stats": lambda s: s.stats(),
        "facets": lambda s: s.facets(),
        "lineage": lambda s: s.lineage(made[15].id),
        "thumbnails": lambda s: s.thumbnails([r.id for r in made]),
        "trash": lambda s: s.trash([r.id for r in made]),
        "export": lambda s: s.export([r.id for r in made], tmp_path / "out"),
        "save": lambda s: generate(s, "new", colours=((9, 9, 9, 255),)),
    }
    for name, call in calls.items():
        root = tmp_path / name
        root.mkdir()
        gallery_of(root, 30)
        damage_page(root, "images" if name != "thumbnails" else "thumbnails")
        with GalleryStore(root) as store:
            said = "rebuilt"
            try:
                call(store)  # never a raw sqlite3 error
            except GalleryError as error:
                said = str(error)
            assert "rebuilt" in said, name
            report = store.check()  # repairs what the call did not run into
            assert report.ok, name
            assert report.repaired is not None, name
            assert store.stats().images >= 30, name  # a save adds its own image


def test_copies_set_aside_never_overwrite_one_another(tmp_path: Path) -> None:
    started = time.monotonic()
    for number in range(3):
        (tmp_path / "gallery.db").write_bytes(f"damage number {number} ".encode() * 200)
        with GalleryStore(tmp_path) as store:
            assert store.notice is not None
    assert time.monotonic() - started < 5
    kept = sorted(p.read_bytes()[:15] for p in tmp_path.glob("gallery.db.damaged-*[0-9]"))
    assert kept == [f"damage number {n}".encode() for n in range(3)]


def test_set_aside_in_one_second_gives_each_copy_its_own_name(tmp_path: Path) -> None:
    database = tmp_path / "gallery.db"
    names = []
    for number in range(3):
        database.write_bytes(b"copy %d" % number)
        (tmp_path / "gallery.db-wal").write_bytes(b"wal %d" % number)
        names.append(set_aside(database))
    assert len(set(names)) == 3
    assert [n.read_bytes() for n in names] == [b"copy 0", b"copy 1", b"copy 2"]
    assert [Path(f"{n}-wal").read_bytes() for n in names] == [b"wal 0", b"wal 1", b"wal 2"]
    assert not database.exists()


OPENING = """
import sys, time
from pathlib import Path
from studio.gallery import GalleryError, GalleryStore, Query
root, start = Path(sys.argv[1]), float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
with GalleryStore(root) as store:
    try:
        count = len(store.query(Query(), limit=500).images)
    except GalleryError:
        count = len(store.query(Query(), limit=500).images)
print(count, flush=True)
"""


@pytest.mark.parametrize("where", ["header", "page"])
def test_two_processes_meeting_the_same_damage_rebuild_it_once(tmp_path: Path, where: str) -> None:
    gallery_of(tmp_path, 30)
    if where == "page":
        damage_page(tmp_path)
    else:
        (tmp_path / "gallery.db").write_bytes(b"not a database at all " * 300)
    start = time.time() + 2.0
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", OPENING, str(tmp_path), str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0, 0], results
    assert [out.strip() for out, _ in results] == ["30", "30"]
    assert len(list(tmp_path.glob("gallery.db.damaged-*[0-9]"))) == 1
    with GalleryStore(tmp_path) as store:
        assert store.stats().images == 30  # rebuilt once, not twice
        assert store.check().ok
    assert not (tmp_path / "gallery.db.recovering").exists()


def big(store: GalleryStore, prompt: str) -> None:
    """An image whose thumbnail needs new pages in the database (noise does not compress)."""
    noise = Image.frombytes("RGB", (512, 512), random.Random(prompt).randbytes(512 * 512 * 3))
    out = io.BytesIO()
    noise.save(out, "PNG")
    result = ImagesResult(images=(GeneratedImage(out.getvalue(), "png"),), request_id="req_test")
    ask = ImageRequest(Endpoint.GENERATIONS, prompt, model="gpt-image-1.5")
    store.save(Outcome.of(ask, result, provider="OpenAI"))


def fill(store: GalleryStore) -> None:
    """SQLite's own "database or disk is full", as a full disk gives it: no page to grow into."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_at_commit_says_so_keeps_the_image_and_adds_it_on_the_next_open(
    tmp_path: Path,
) -> None:
    with GalleryStore(tmp_path) as store:
        generate(store, "first")
        fill(store)
        with pytest.raises(GalleryError) as caught:
            big(store, "a paid fox")
        said = str(caught.value)
        assert "is full" in said
        assert "kept" in said
        assert len(list((tmp_path / "images").rglob("*.png"))) == 2
        assert [r.prompt for r in store.query(Query()).images] == ["first"]
        store._db.execute("PRAGMA max_page_count = 1073741823")
        assert [r.prompt for r in store.query(Query()).images] == ["first"]  # still usable
    with GalleryStore(tmp_path) as store:
        (recovered,) = store.opening_report.recovered
        assert (recovered.prompt, recovered.model) == ("a paid fox", "gpt-image-1.5")
        assert recovered.generation.request_id == "req_test"
        assert recovered.generation.kind is Kind.GENERATION
        assert recovered.generation.params["model"] == "gpt-image-1.5"
        assert recovered.generation.cost is not None
        assert [r.prompt for r in store.query(Query()).images] == ["a paid fox", "first"]
        assert store.check().ok
    assert not list((tmp_path / ".pending").iterdir())


def test_a_full_disk_that_even_refuses_the_note_still_loses_no_image(tmp_path: Path) -> None:
    with GalleryStore(tmp_path) as store:
        generate(store, "first")
        (tmp_path / ".pending").write_bytes(b"")  # a file where the folder must go: no note
        fill(store)
        with pytest.raises(GalleryError):
            big(store, "a paid fox")
    (tmp_path / ".pending").unlink()
    with GalleryStore(tmp_path) as store:
        (recovered,) = store.opening_report.recovered
        assert recovered.path.is_file()
        assert store.stats().images == 2
        assert store.check().ok


def test_a_reconciliation_never_takes_a_save_under_way_for_one_cut_short(tmp_path: Path) -> None:
    """Files go into place under the write lock, with their rows: a reconciliation running
    alongside many saves adds nothing twice."""
    import threading

    writer, checker = GalleryStore(tmp_path), GalleryStore(tmp_path)
    done = threading.Event()
    added: list[int] = []

    def check() -> None:
        while not done.is_set():
            added.extend(r.id for r in checker.reconcile().recovered)

    thread = threading.Thread(target=check)
    thread.start()
    for n in range(25):
        generate(writer, f"image {n}", colours=((n, 0, 0, 255),))
    done.set()
    thread.join()
    assert added == []
    assert writer.stats().images == 25
    writer.close()
    checker.close()


def test_the_rebuild_keeps_what_the_damaged_database_still_holds(tmp_path: Path) -> None:
    made = gallery_of(tmp_path, 30)
    with GalleryStore(tmp_path) as store:
        (child,) = edit(store, made[3].path.read_bytes(), "add a hat", parents=(made[3].id,))
        store.set_favourite(made[5].id, True)
        store.add_tag(made[5].id, "keeper")
        store.set_notes(made[6].id, "the best one")
    damage_page(tmp_path, "thumbnails")  # every image row is still readable
    with GalleryStore(tmp_path) as store:
        store.check()
        assert store.stats().images == 31
        assert "31 of them with their prompt" in (store.notice or "")
        (favourite,) = store.query(Query(favourite=True)).images
        assert (favourite.prompt, favourite.tags) == ("fox number 5", ("keeper",))
        (noted,) = store.query(Query(text="best")).images
        assert noted.prompt == "fox number 6"
        (hat,) = store.query(Query(text="hat")).images
        assert [r.prompt for r, _ in store.lineage(hat.id).ancestors] == ["fox number 3"]
        assert hat.generation.kind is Kind.EDIT
        # Every image keeps its number: what the window shows and the user wrote down holds.
        assert hat.id == child.id
        assert [store.get(r.id).prompt for r in made] == [r.prompt for r in made]  # type: ignore[union-attr]


def test_rows_on_a_damaged_page_keep_what_their_files_carry(tmp_path: Path) -> None:
    gallery_of(tmp_path, 60)
    damage_page(tmp_path, "images")
    with GalleryStore(tmp_path) as store:
        store.check()
        images = store.query(Query(), limit=100).images
        assert len(images) == 60
        described = [r for r in images if r.prompt]
        assert 0 < len(described) < 60  # the damaged page's rows lost their prompt, no more
        assert f"The other {60 - len(described)} keep only" in (store.notice or "")


def test_a_full_disk_refuses_other_changes_with_a_sentence_and_the_store_goes_on(
    tmp_path: Path,
) -> None:
    with GalleryStore(tmp_path) as store:
        (record,) = generate(store, "first")
        fill(store)
        with pytest.raises(GalleryError, match="is full, so this change could not be saved"):
            store.set_notes(record.id, "n" * 200_000)
        with pytest.raises(GalleryError, match="is full"):
            big(store, "another")
        store._db.execute("PRAGMA max_page_count = 1073741823")
        store.set_notes(record.id, "fine now")
        assert store.get(record.id).notes == "fine now"  # type: ignore[union-attr]


def test_files_the_damaged_database_still_knew_are_not_decoded_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild of 100,000 images must not decode each one (tens of milliseconds apiece)."""
    from studio import imaging

    gallery_of(tmp_path, 30)
    damage_page(tmp_path, "generations")
    decoded: list[int] = []

    def counted(data: bytes, *args: object) -> bytes:
        decoded.append(len(data))
        return thumbnail(data, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(imaging, "thumbnail", counted)
    with GalleryStore(tmp_path) as store:
        store.check()
        assert store.stats().images == 30
        assert len(store.thumbnails([r.id for r in store.query(Query()).images])) == 30
    assert decoded == []
