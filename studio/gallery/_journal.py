"""The request journal and batch records: what was sent, what may have been billed, what is due.

Every request is written down *before* it is sent and its state moved on as it goes:

```
sending ──► streaming ──► done
   │            │
   │            └────────► interrupted       bytes came back, or the server may have started:
   ├─────────────────────► interrupted       never resent on its own ("may have been billed")
   └─────────────────────► failed-before-send  nothing reached the server, or it refused the
                                              request with an error status: not billed
interrupted ──► dismissed                     the user has seen it
```

A store that finds requests still ``sending`` or ``streaming`` from a session that crashed marks
them ``interrupted``: after a crash the journal says what was in flight.

An edit's input files are kept by content in the gallery (``inputs/``) and named in its entry,
so an interrupted edit can be sent again as it was.

Batches are kept by the server's id with each line (``custom_id``) and what became of it, so a
batch can be polled, fetched and resumed after a restart. A batch run live gets an id of its own
(``live-…``) so its images are linked to it and its lines just the same. Each batch keeps its
recipe (template, values, matrix, parameters) so it can be run again with changes.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "LIVE_PREFIX",
    "BatchLine",
    "BatchRecord",
    "Journal",
    "JournalEntry",
    "KeptInput",
    "RequestState",
]

Writing = Callable[[], contextlib.AbstractContextManager[sqlite3.Connection]]
#: The store's connection as it is now (a rebuilt database gets a new one).
Connection = Callable[[], sqlite3.Connection]


class RequestState(StrEnum):
    SENDING = "sending"
    STREAMING = "streaming"
    DONE = "done"
    FAILED_BEFORE_SEND = "failed-before-send"
    INTERRUPTED = "interrupted"
    DISMISSED = "dismissed"


IN_FLIGHT = (RequestState.SENDING, RequestState.STREAMING)
#: The id of a batch run live begins so; the server never saw it.
LIVE_PREFIX = "live-"


@dataclass(frozen=True)
class KeptInput:
    """An input file of a journalled request, kept by content in the gallery."""

    #: image, mask or markup
    role: str
    position: int
    #: Relative to the gallery's root.
    path: str
    format: str


@dataclass(frozen=True)
class JournalEntry:
    id: int
    created: float
    updated: float
    state: RequestState
    provider: str
    model: str
    endpoint: str
    prompt: str
    params: dict[str, Any]
    #: The estimate's upper figure in USD, None when unknown.
    estimate: float | None
    error: str
    generation_id: int | None
    session: str
    inputs: tuple[KeptInput, ...] = ()

    @property
    def may_be_billed(self) -> bool:
        return self.state is RequestState.INTERRUPTED

    @property
    def summary(self) -> str:
        if self.state is RequestState.INTERRUPTED:
            return "interrupted — may have been billed"
        return self.state.value


@dataclass(frozen=True)
class BatchLine:
    custom_id: str
    prompt: str
    #: The request body as the line sent it (without image data).
    body: dict[str, Any]
    #: pending, done or failed
    state: str = "pending"
    error: str = ""
    generation_id: int | None = None


@dataclass(frozen=True)
class BatchRecord:
    id: str
    provider: str
    endpoint: str
    created: float
    status: str
    input_file_id: str
    output_file_id: str | None
    error_file_id: str | None
    estimate: float | None
    fetched: float | None
    counts: dict[str, int]
    #: What the batch was made from (``studio.batch.BatchDraft.as_json``); empty for a batch
    #: recorded before recipes were kept.
    recipe: dict[str, Any] = field(default_factory=dict)
    #: What its kept images cost (each request once), beside the estimate made before sending;
    #: None until one is kept or when their price is unknown.
    cost: float | None = None

    @property
    def live(self) -> bool:
        return self.id.startswith(LIVE_PREFIX)


#: Rows that share a request id come from one request (a kept-unmasked edit and the model's
#: own result, say): every total counts the request, and its cost, once.
ONE_REQUEST = "coalesce(request_id, 'generation ' || id)"


#: What a batch's kept images cost: one figure per request, as every total counts it.
_BATCH_COST = f"""(SELECT sum(cost) FROM (SELECT max(cost) AS cost FROM generations
    WHERE id IN (SELECT generation_id FROM batch_lines WHERE batch_id = batches.id)
    GROUP BY {ONE_REQUEST}))"""


class Journal:
    """The journal's and batches' SQL; the store hands it its connection and writer lock."""

    def __init__(self, db: Connection, writing: Writing, session: str) -> None:
        self._connection = db
        self._writing = writing
        self._session = session

    # -- requests ---------------------------------------------------------------------------

    def begin(
        self,
        *,
        provider: str,
        model: str,
        endpoint: str,
        prompt: str,
        params: dict[str, Any],
        estimate: float | None,
        inputs: Sequence[KeptInput] = (),
    ) -> int:
        """Write the request down as ``sending``; call before a byte goes out."""
        now = time.time()
        with self._writing() as db:
            cursor = db.execute(
                """INSERT INTO requests (created, updated, state, provider, model, endpoint,
                    prompt, params, estimate, session, inputs)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    now,
                    now,
                    RequestState.SENDING.value,
                    provider,
                    model,
                    endpoint,
                    prompt,
                    json.dumps(params),
                    estimate,
                    self._session,
                    json.dumps([vars(kept) for kept in inputs]),
                ),
            )
            return int(cursor.lastrowid or 0)

    def streaming(self, entry: int) -> None:
        self._move(entry, RequestState.STREAMING, only_from=(RequestState.SENDING,))

    def done(self, entry: int, generation_id: int | None = None) -> None:
        self._move(entry, RequestState.DONE, generation_id=generation_id)

    def failed(self, entry: int, error: str, *, may_be_billed: bool) -> None:
        state = RequestState.INTERRUPTED if may_be_billed else RequestState.FAILED_BEFORE_SEND
        self._move(entry, state, error=error)

    def dismiss(self, entry: int) -> None:
        self._move(entry, RequestState.DISMISSED, only_from=(RequestState.INTERRUPTED,))

    def _move(
        self,
        entry: int,
        state: RequestState,
        *,
        only_from: Sequence[RequestState] = IN_FLIGHT,
        error: str = "",
        generation_id: int | None = None,
    ) -> None:
        marks = ",".join("?" * len(only_from))
        with self._writing() as db:
            db.execute(
                f"""UPDATE requests SET state = ?, updated = ?, error = ?,
                    generation_id = coalesce(?, generation_id)
                    WHERE id = ? AND state IN ({marks})""",
                (state.value, time.time(), error, generation_id, entry, *only_from),
            )

    def get(self, entry: int) -> JournalEntry | None:
        row = self._connection().execute("SELECT * FROM requests WHERE id = ?", (entry,)).fetchone()
        return None if row is None else _entry(row)

    def entries(self, *states: RequestState, limit: int = 200) -> tuple[JournalEntry, ...]:
        """The newest entries in ``states`` (all states when none is named)."""
        where, args = "", list(states)
        if states:
            where = f"WHERE state IN ({','.join('?' * len(states))})"
        rows = self._connection().execute(
            f"SELECT * FROM requests {where} ORDER BY id DESC LIMIT ?", (*args, limit)
        )
        return tuple(_entry(row) for row in rows)

    def interrupt_sessions(self, sessions: Sequence[str]) -> int:
        """Requests left in flight by sessions that crashed: interrupted, may have been billed."""
        if not sessions:
            return 0
        marks = ",".join("?" * len(sessions))
        with self._writing() as db:
            cursor = db.execute(
                f"""UPDATE requests SET state = ?, updated = ?,
                    error = 'Studio stopped while this request was in flight.'
                    WHERE session IN ({marks}) AND state IN (?, ?)""",
                (RequestState.INTERRUPTED.value, time.time(), *sessions, *IN_FLIGHT),
            )
            return cursor.rowcount

    def spent(self, since: float, provider: str | None = None) -> float:
        """USD spent since ``since``: the cost of what was kept (each request once), plus the
        estimate of requests that may have been billed without an image coming back. Requests
        that failed before the server could start cost nothing. The status bar, the Batch
        page, ``gallery stats`` and the spending caps all say this figure."""
        where, args = "created >= ?", [since]
        if provider is not None:
            where += " AND provider = ?"
            args.append(provider)
        row = (
            self._connection()
            .execute(
                f"""SELECT (SELECT coalesce(sum(cost), 0) FROM (SELECT max(cost) AS cost
                    FROM generations WHERE {where} GROUP BY {ONE_REQUEST})),
                (SELECT coalesce(sum(estimate), 0) FROM requests
                 WHERE {where} AND state IN (?, ?))""",
                (*args, *args, RequestState.INTERRUPTED.value, RequestState.DISMISSED.value),
            )
            .fetchone()
        )
        return float(row[0]) + float(row[1])

    # -- batches ----------------------------------------------------------------------------

    def add_batch(self, batch: BatchRecord, lines: Sequence[BatchLine]) -> None:
        with self._writing() as db:
            db.execute(
                """INSERT INTO batches (id, provider, endpoint, created, status, input_file_id,
                    output_file_id, error_file_id, estimate, fetched, counts, recipe)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    batch.id,
                    batch.provider,
                    batch.endpoint,
                    batch.created,
                    batch.status,
                    batch.input_file_id,
                    batch.output_file_id,
                    batch.error_file_id,
                    batch.estimate,
                    batch.fetched,
                    json.dumps(batch.counts),
                    json.dumps(batch.recipe),
                ),
            )
            db.executemany(
                """INSERT INTO batch_lines (batch_id, custom_id, prompt, body, state)
                   VALUES (?, ?, ?, ?, ?)""",
                [
                    (batch.id, line.custom_id, line.prompt, json.dumps(line.body), line.state)
                    for line in lines
                ],
            )

    def update_batch(
        self,
        batch_id: str,
        *,
        status: str,
        counts: dict[str, int],
        output_file_id: str | None,
        error_file_id: str | None,
    ) -> None:
        with self._writing() as db:
            db.execute(
                """UPDATE batches SET status = ?, counts = ?, output_file_id = ?,
                    error_file_id = ? WHERE id = ?""",
                (status, json.dumps(counts), output_file_id, error_file_id, batch_id),
            )

    def batch_fetched(self, batch_id: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE batches SET fetched = ? WHERE id = ?", (time.time(), batch_id))

    def batch_line_done(
        self, batch_id: str, custom_id: str, *, generation_id: int | None, error: str = ""
    ) -> None:
        with self._writing() as db:
            db.execute(
                """UPDATE batch_lines SET state = ?, error = ?, generation_id = ?
                   WHERE batch_id = ? AND custom_id = ?""",
                ("failed" if error else "done", error, generation_id, batch_id, custom_id),
            )

    def batch_counts(self, batch_id: str) -> dict[str, int]:
        """The lines' tally as the Batch API gives it: total, completed, failed."""
        row = (
            self._connection()
            .execute(
                """SELECT count(*), coalesce(sum(state = 'done'), 0),
                    coalesce(sum(state = 'failed'), 0) FROM batch_lines WHERE batch_id = ?""",
                (batch_id,),
            )
            .fetchone()
        )
        return {"total": row[0], "completed": row[1], "failed": row[2]}

    def batch(self, batch_id: str) -> BatchRecord | None:
        row = (
            self._connection()
            .execute(f"SELECT *, {_BATCH_COST} AS cost FROM batches WHERE id = ?", (batch_id,))
            .fetchone()
        )
        return None if row is None else _batch(row)

    def batches(self, limit: int = 100) -> tuple[BatchRecord, ...]:
        rows = self._connection().execute(
            f"SELECT *, {_BATCH_COST} AS cost FROM batches ORDER BY created DESC LIMIT ?", (limit,)
        )
        return tuple(_batch(row) for row in rows)

    def batch_lines(self, batch_id: str) -> tuple[BatchLine, ...]:
        rows = self._connection().execute(
            "SELECT * FROM batch_lines WHERE batch_id = ? ORDER BY rowid", (batch_id,)
        )
        return tuple(
            BatchLine(
                row["custom_id"],
                row["prompt"],
                json.loads(row["body"]),
                row["state"],
                row["error"],
                row["generation_id"],
            )
            for row in rows
        )

    def batch_images(self, batch_id: str) -> Iterator[tuple[str, int]]:
        """(custom_id, image id) of every kept image of the batch, in line order."""
        rows = self._connection().execute(
            """SELECT l.custom_id, i.id FROM batch_lines l
               JOIN images i ON i.generation_id = l.generation_id
               WHERE l.batch_id = ? ORDER BY l.rowid, i.position""",
            (batch_id,),
        )
        for row in rows:
            yield row[0], row[1]


def _entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        id=row["id"],
        created=row["created"],
        updated=row["updated"],
        state=RequestState(row["state"]),
        provider=row["provider"],
        model=row["model"],
        endpoint=row["endpoint"],
        prompt=row["prompt"],
        params=json.loads(row["params"]),
        estimate=row["estimate"],
        error=row["error"],
        generation_id=row["generation_id"],
        session=row["session"],
        inputs=tuple(KeptInput(**kept) for kept in json.loads(row["inputs"])),
    )


def _batch(row: sqlite3.Row) -> BatchRecord:
    return BatchRecord(
        id=row["id"],
        provider=row["provider"],
        endpoint=row["endpoint"],
        created=row["created"],
        status=row["status"],
        input_file_id=row["input_file_id"],
        output_file_id=row["output_file_id"],
        error_file_id=row["error_file_id"],
        estimate=row["estimate"],
        fetched=row["fetched"],
        counts=json.loads(row["counts"]),
        recipe=json.loads(row["recipe"]),
        cost=row["cost"],
    )
