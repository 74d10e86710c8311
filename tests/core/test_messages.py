"""The one message path: expected failures become a sentence on Messages, the unexpected
still raise (to reach the crash dialog)."""

from __future__ import annotations

import errno

import pytest

from studio.api import ApiError
from studio.core.messages import Kind, Message, Messages, reports
from studio.gallery import GalleryError
from studio.imaging import NotAnImage


class Action:
    def __init__(self) -> None:
        self.messages = Messages()

    @reports("The image could not be opened: {why}.")
    def open(self, error: BaseException | None) -> str:
        if error is not None:
            raise error
        return "opened"

    @reports("The request failed: {why}")
    async def send(self, error: BaseException | None) -> str:
        if error is not None:
            raise error
        return "sent"


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (OSError(errno.ENOENT, "No such file or directory", "/x.png"), "No such file or directory"),
        (NotAnImage("not an image Studio can read"), "not an image Studio can read"),
        (GalleryError("the disk is full"), "the disk is full"),
    ],
)
def test_an_expected_error_of_a_sync_action_is_said_once(error: Exception, said: str) -> None:
    action = Action()
    seen: list[str] = []
    action.messages.error.connect(seen.append)
    assert action.open(error) is None
    text = f"The image could not be opened: {said}."
    assert seen == [text]
    assert action.messages.records == [Message(Kind.ERROR, text)]


async def test_an_api_error_of_an_async_action_is_said() -> None:
    action = Action()
    assert await action.send(ApiError("Your key was refused.", status=401)) is None
    assert action.messages.records == [
        Message(Kind.ERROR, "The request failed: Your key was refused.")
    ]
    assert await action.send(None) == "sent"
    assert action.open(None) == "opened"
    assert len(action.messages.records) == 1


async def test_the_unexpected_is_not_swallowed() -> None:
    action = Action()
    with pytest.raises(ZeroDivisionError):
        action.open(ZeroDivisionError("bug"))
    with pytest.raises(KeyError):
        await action.send(KeyError("bug"))
    assert action.messages.records == []


def test_notices_and_status_lines_are_recorded_in_order() -> None:
    messages = Messages()
    statuses: list[tuple[str, int]] = []
    messages.status.connect(lambda text, ms: statuses.append((text, ms)))
    messages.tell("a")
    messages.show_status("b", 3000)
    with messages.reporting("could not: {why}"):
        raise OSError("gone")
    assert [m.kind for m in messages.records] == [Kind.NOTICE, Kind.STATUS, Kind.ERROR]
    assert statuses == [("b", 3000)]
    assert messages.records[-1].text == "could not: gone"
