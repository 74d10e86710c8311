"""The search's word list: the word being typed is searched as the words it can become, which
finds exactly what the prefix query found, and the list follows every change of the index."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from studio.gallery import GalleryStore, Query, _words
from tests.gallery.conftest import generate

PROMPTS = [
    "a red fox in the snow, foxes and a foxglove",
    "Café crème at the Ångström institute, naïve façade",
    "İstanbul harbour ﬁne lines, Straße and STRASSE",
    "漢字かな and カタカナ signs over a 東京 street",
    "snake_case words, foo_bar baz, 2024 photos of ① and \uff12\uff13",
    "a b c d e f g: one-letter words, x-ray and e-mail",
    "Ωmega ǅemal ДОМ дом, an owl at night",
]


def listed(store: GalleryStore) -> set[str]:
    return {row[0] for row in store._db.execute("SELECT word FROM search_words")}


def ids(store: GalleryStore, **query: object) -> list[int]:
    return [r.id for r in store.query(Query(**query)).images]  # type: ignore[arg-type]


def typed_searches() -> list[str]:
    """Every prefix of every word of the prompts, as typed and in other cases, alone and after
    another word; and a few that FTS5 splits or that match nothing."""
    texts = []
    for prompt in PROMPTS:
        words = re.findall(r"\w+", prompt)
        for before, word in zip(["", *words], words, strict=False):
            for end in range(1, len(word) + 1):
                texts += [word[:end], word[:end].upper(), f"{before} {word[:end]}"]
    return [*texts, "foo_b", "foo_", "_", "zzz", "fox zzz", "crème brûl", "cafe", "strasse"]


@pytest.fixture
def gallery(store: GalleryStore) -> GalleryStore:
    for n, prompt in enumerate(PROMPTS):
        (record,) = generate(store, prompt, colours=((n * 30, 60, 90, 255),))
        if n % 2:
            store.set_favourite(record.id, True)
    store.add_tag(1, "Landscapes")
    store.set_notes(2, "for the Noël card")
    store.trash([3])
    return store


def test_the_word_being_typed_finds_what_the_prefix_query_found(
    gallery: GalleryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [
        dict(text=text, **extra)
        for text in typed_searches()
        for extra in ({}, {"favourite": True}, {"trashed": True}, {"newest_first": False})
    ]
    named = [q for q in queries if _words.completions(gallery._db, str(q["text"]).split()[-1])]
    assert len(named) > len(queries) / 2  # most searches name the words: the new way is tested
    found = [ids(gallery, **query) for query in queries]
    assert any(found)
    monkeypatch.setattr(_words, "completions", lambda db, typed: None)  # the prefix query
    assert [ids(gallery, **query) for query in queries] == found


def test_a_prefix_of_many_words_is_searched_as_a_prefix(store: GalleryStore) -> None:
    many = " ".join(f"q{n:03d}" for n in range(_words.MOST + 5))
    (record,) = generate(store, many)
    generate(store, "a quiet q099 owl", colours=((1, 2, 3, 255),))
    assert _words.completions(store._db, "q") is None
    assert _words.completions(store._db, "q00") == [f"q{n:03d}" for n in range(10)]
    assert ids(store, text="q") == ids(store, text="q0") == [record.id + 1, record.id]
    assert ids(store, text="q05") == [record.id]


def test_the_list_follows_saves_tags_notes_and_deletions(store: GalleryStore) -> None:
    (zebra,) = generate(store, "a zebra crossing")
    (other,) = generate(store, "a crossing at night", colours=((9, 9, 9, 255),))
    assert {"zebra", "crossing", "night"} <= listed(store)
    store.add_tag(zebra.id, "Quokka")
    assert "quokka" in listed(store)
    assert ids(store, text="quok") == [zebra.id]
    store.remove_tag(zebra.id, "Quokka")
    assert "quokka" not in listed(store)
    assert ids(store, text="quok") == []
    store.set_notes(other.id, "Ångström")
    assert "angstrom" in listed(store)
    store.set_notes(other.id, "later")
    assert ("angstrom" in listed(store), ids(store, text="angs")) == (False, [])
    store.trash([zebra.id])
    assert "zebra" in listed(store)  # in the trash, still found there
    assert ids(store, text="zeb", trashed=True) == [zebra.id]
    store.empty_trash()
    assert "zebra" not in listed(store)  # no word of a deleted prompt is kept
    assert {"crossing", "later"} <= listed(store)  # still held by the other image
    assert ids(store, text="cross") == [other.id]


def test_imported_images_are_found_by_the_word_being_typed(tmp_path: Path) -> None:
    with GalleryStore(tmp_path / "first") as first:
        (origin,) = generate(first, "a narwhal under the ice")
        copies = first.export([origin.id], tmp_path / "out")
    with GalleryStore(tmp_path / "second") as second:
        (imported,) = second.import_files(copies).imported
        assert "narwhal" in listed(second)
        assert ids(second, text="narw") == [imported.id]


def test_a_gallery_from_before_the_list_is_migrated_and_searches_as_before(
    tmp_path: Path,
) -> None:
    root = tmp_path / "gallery"
    with GalleryStore(root) as store:
        made = [
            generate(store, prompt, colours=((n, 1, 1, 255),))[0].id
            for n, prompt in enumerate(PROMPTS)
        ]
        before = {text: ids(store, text=text) for text in typed_searches()}
        words = listed(store)
    with sqlite3.connect(root / "gallery.db") as db:  # as Studio left it before the list
        db.execute("DROP TABLE search_words")
        db.execute("PRAGMA user_version = 3")
    with GalleryStore(root) as store:
        assert listed(store) == words
        assert {text: ids(store, text=text) for text in typed_searches()} == before
        assert ids(store, text="fox") == [made[0]]


def test_the_check_makes_the_list_again(store: GalleryStore) -> None:
    generate(store, "a lighthouse at dusk")
    words = listed(store)
    with store._writing() as db:
        db.execute("DELETE FROM search_words")
        db.execute("INSERT INTO search_words VALUES ('stale')")
    store.check()
    assert listed(store) == words
