"""The request journal in the gallery database: states, a crash's leftovers, what was spent."""

from __future__ import annotations

from pathlib import Path

from studio.gallery import GalleryStore
from studio.gallery._journal import RequestState
from studio.gallery._sessions import _LIVE
from studio.gallery.spending import start_of_day, start_of_month
from tests.gallery.conftest import generate


def begin(store: GalleryStore, estimate: float | None = 0.05, provider: str = "OpenAI") -> int:
    return store.journal.begin(
        provider=provider,
        model="gpt-image-1.5",
        endpoint="generations",
        prompt="a fox",
        params={"quality": "low"},
        estimate=estimate,
    )


def test_what_was_in_flight_at_a_crash_is_interrupted_on_the_next_open(tmp_path: Path) -> None:
    crashed = GalleryStore(tmp_path)
    sending, streaming, finished = begin(crashed), begin(crashed), begin(crashed)
    crashed.journal.streaming(streaming)
    crashed.journal.done(finished)
    _LIVE.discard(crashed.files.session)  # as if its process had died without closing
    with GalleryStore(tmp_path) as store:
        states = {entry.id: entry.state for entry in store.journal.entries()}
        assert states == {
            sending: RequestState.INTERRUPTED,
            streaming: RequestState.INTERRUPTED,
            finished: RequestState.DONE,
        }
        found = store.journal.get(sending)
        assert found is not None
        assert "in flight" in found.error
        assert found.may_be_billed
        store.journal.dismiss(sending)
        assert store.journal.entries(RequestState.INTERRUPTED)[0].id == streaming
    crashed._db.close()


def test_a_live_stores_requests_are_left_alone(tmp_path: Path) -> None:
    with GalleryStore(tmp_path) as first:
        entry = begin(first)
        with GalleryStore(tmp_path) as second:
            found = second.journal.get(entry)
            assert found is not None
            assert found.state is RequestState.SENDING


def test_spent_counts_kept_images_and_what_may_have_been_billed(tmp_path: Path) -> None:
    with GalleryStore(tmp_path) as store:
        generate(store)  # 12 text + 1056 output tokens of gpt-image-1.5
        kept = store.stats().cost
        assert kept > 0
        refused, cut, other = begin(store), begin(store, 0.2), begin(store, 1.0, "Azure")
        store.journal.failed(refused, "refused", may_be_billed=False)
        store.journal.failed(cut, "cut", may_be_billed=True)
        store.journal.failed(other, "cut", may_be_billed=True)
        assert store.journal.spent(start_of_day()) == kept + 0.2 + 1.0
        assert store.journal.spent(start_of_month(), "OpenAI") == kept + 0.2
        assert store.journal.spent(start_of_day() + 86400) == 0
