"""The search index's words, listed beside it, so the word being typed is searched as the few
words it can still become.

A search takes its last word as a prefix (``"fox"*``). FTS5 answers a prefix by merging the
documents of every word it matches before it can put them in id order: 4 ms for "fox" and
120 ms for "a" at a million images. The same words named (``"fox" OR "foxes"``) are walked in
id order and left at the end of the page: 0.2 and 0.4 ms. So the gallery lists every word of
the index (``search_words``), kept in step where rows are indexed, and looks the prefix up there.

A word is what FTS5's tokenizer makes of the text (case folded, diacritics removed, CJK runs
kept whole): a scratch FTS5 table with the search table's tokenizer says which words a text
has, so the list never disagrees with the index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

__all__ = ["MOST", "completions", "forget", "note", "refill"]

#: A prefix that can become more words than this is searched as a prefix: each word named
#: costs FTS5 a lookup in every segment (10 to 60 µs at a million images), and past this many the
#: walk of the named words is no longer the quick way.
MOST = 48
#: As the search table's own (schema 0 → 1): a word is what this tokenizer makes of a text.
_TOKENIZER = "unicode61 remove_diacritics 2"
#: Sorts after every word that starts with a given prefix (the last code point there is).
_AFTER_ALL = "\U0010ffff"


def _words_of(db: sqlite3.Connection, texts: Iterable[str]) -> dict[str, int]:
    """The words FTS5 makes of ``texts``, each with how often it occurs, found by indexing
    them in a scratch table."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_scratch USING fts5("
        f"text, content = '', tokenize = '{_TOKENIZER}')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words_scratch_vocab "
        "USING fts5vocab(temp, words_scratch, row)"
    )
    db.executemany("INSERT INTO temp.words_scratch (text) VALUES (?)", [(t,) for t in texts])
    words = dict(db.execute("SELECT term, cnt FROM temp.words_scratch_vocab").fetchall())
    db.execute("INSERT INTO temp.words_scratch (words_scratch) VALUES ('delete-all')")
    return words


def note(db: sqlite3.Connection, texts: Iterable[str]) -> set[str]:
    """List the words of ``texts``, which were just indexed; returns them."""
    words = set(_words_of(db, texts))
    db.executemany("INSERT OR IGNORE INTO search_words (word) VALUES (?)", [(w,) for w in words])
    return words


def forget(db: sqlite3.Connection, texts: Iterable[str], keep: Iterable[str] = ()) -> None:
    """Drop the words of ``texts`` (rows changed or deleted) that no indexed row holds now,
    except ``keep`` (words of what replaced them): the list names no word a deleted prompt had."""
    for word in set(_words_of(db, texts)) - set(keep):
        held = db.execute("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1", (f'"{word}"',))
        if held.fetchone() is None:
            db.execute("DELETE FROM search_words WHERE word = ?", (word,))


def refill(db: sqlite3.Connection) -> None:
    """The list made again from the whole index (a gallery filled by other means, a check)."""
    db.execute("CREATE VIRTUAL TABLE temp.index_words USING fts5vocab(main, search, row)")
    try:
        db.execute("DELETE FROM search_words")
        db.execute("INSERT INTO search_words (word) SELECT term FROM temp.index_words")
    finally:
        db.execute("DROP TABLE temp.index_words")


def completions(db: sqlite3.Connection, typed: str) -> list[str] | None:
    """The indexed words that start with ``typed`` (one word of a search), in order; None when
    the prefix query is the way: ``typed`` is not one word to FTS5 (``foo_bar`` is two) or it
    can become more than ``MOST`` words."""
    words = _words_of(db, [typed])
    if list(words.values()) != [1]:
        return None
    (prefix,) = words
    found = [
        row[0]
        for row in db.execute(
            "SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
            (prefix, prefix + _AFTER_ALL, MOST + 1),
        )
    ]
    return None if len(found) > MOST else found
