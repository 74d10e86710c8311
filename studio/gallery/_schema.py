"""The gallery's SQLite schema, versioned by ``PRAGMA user_version``.

``MIGRATIONS[n]`` takes a version-``n`` database to version ``n + 1``; ``migrate`` runs the ones a
database lacks, each in its own transaction, when the store opens it.
"""

from __future__ import annotations

import sqlite3

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]

MIGRATIONS: list[str] = [
    # 0 → 1
    """
    CREATE TABLE generations (
        id INTEGER PRIMARY KEY,
        created REAL NOT NULL,
        kind TEXT NOT NULL,
        model TEXT NOT NULL,
        prompt TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}',
        provider TEXT NOT NULL DEFAULT '',
        revised_prompt TEXT,
        size TEXT,
        quality TEXT,
        background TEXT,
        output_format TEXT,
        request_id TEXT,
        usage TEXT,
        duration REAL NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        cost REAL
    );
    CREATE TABLE images (
        id INTEGER PRIMARY KEY,
        generation_id INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        size_bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        -- when the image was added; the gallery's order is the order of ids, which follows it
        created REAL NOT NULL,
        -- copied from the generation, so filtered pages walk an index in id order
        model TEXT NOT NULL,
        kind TEXT NOT NULL,
        provider TEXT NOT NULL,
        favourite INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        trashed REAL,
        missing INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX images_by_time ON images(created);
    CREATE INDEX images_by_model ON images(model);
    CREATE INDEX images_by_kind ON images(kind);
    CREATE INDEX images_by_provider ON images(provider);
    CREATE INDEX images_by_generation ON images(generation_id);
    CREATE INDEX images_by_hash ON images(sha256);
    CREATE INDEX images_by_trash ON images(trashed) WHERE trashed IS NOT NULL;
    CREATE TABLE thumbnails (
        image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    CREATE TABLE tags (
        image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (image_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX tags_by_tag ON tags(tag);
    CREATE TABLE lineage (
        child_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        parent_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        PRIMARY KEY (child_id, parent_id)
    ) WITHOUT ROWID;
    CREATE INDEX lineage_by_parent ON lineage(parent_id);
    CREATE TABLE inputs (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        format TEXT NOT NULL
    );
    CREATE TABLE generation_inputs (
        generation_id INTEGER NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
        input_id INTEGER NOT NULL REFERENCES inputs(id),
        role TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (generation_id, role, position)
    );
    CREATE VIRTUAL TABLE search USING fts5(
        prompt, revised_prompt, tags, notes, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 1 → 2: the request journal and batch records (gallery/_journal.py)
    """
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        created REAL NOT NULL,
        updated REAL NOT NULL,
        -- sending, streaming, done, failed-before-send, interrupted, dismissed
        state TEXT NOT NULL,
        provider TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        prompt TEXT NOT NULL DEFAULT '',
        params TEXT NOT NULL DEFAULT '{}',
        -- the estimate's upper figure in USD; NULL when the price is unknown
        estimate REAL,
        error TEXT NOT NULL DEFAULT '',
        generation_id INTEGER REFERENCES generations(id) ON DELETE SET NULL,
        -- the store session that sent it, to tell a crash's leftovers from live requests
        session TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX requests_by_state ON requests(state);
    CREATE INDEX requests_by_time ON requests(created);
    CREATE TABLE batches (
        id TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        created REAL NOT NULL,
        status TEXT NOT NULL,
        input_file_id TEXT NOT NULL,
        output_file_id TEXT,
        error_file_id TEXT,
        estimate REAL,
        fetched REAL,
        counts TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE batch_lines (
        batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        custom_id TEXT NOT NULL,
        prompt TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '{}',
        -- pending, done, failed
        state TEXT NOT NULL,
        error TEXT NOT NULL DEFAULT '',
        generation_id INTEGER REFERENCES generations(id) ON DELETE SET NULL,
        PRIMARY KEY (batch_id, custom_id)
    );
    CREATE INDEX batch_lines_by_generation ON batch_lines(generation_id);
    """,
    # 2 → 3: what a batch was made from (to run it again with changes), and the input files of
    # a journalled edit (to resend it)
    """
    ALTER TABLE batches ADD COLUMN recipe TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE requests ADD COLUMN inputs TEXT NOT NULL DEFAULT '[]';
    """,
    # 3 → 4: every word of the search index, listed beside it (gallery/_words.py); filled from
    # the index itself (at a million images, a third of a second, once)
    """
    CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE VIRTUAL TABLE temp.index_words USING fts5vocab(main, search, row);
    INSERT INTO search_words (word) SELECT term FROM temp.index_words;
    DROP TABLE temp.index_words;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the version it had.

    Each step reads the version inside its write lock: two stores opening a new gallery at once
    (the window and its request worker, say) must not both create the tables.
    """
    found = _version(connection)
    if found > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"the gallery was written by a newer Studio (schema {found} > {SCHEMA_VERSION})"
        )
    while True:
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = _version(connection)
            if version >= SCHEMA_VERSION:
                connection.execute("COMMIT")
                return found
            for statement in _statements(MIGRATIONS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def _version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _statements(script: str) -> list[str]:
    """Split a script on statement ends (``executescript`` would commit on its own)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]
