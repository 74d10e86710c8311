"""The local server with an inbox: every image request it received, its fields and files, as
the server parsed them off the socket — so a test checks what was really sent."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from studio.localapi import FaultPlan, ThreadedServer, create_app


@dataclass
class Received:
    path: str
    fields: dict[str, str] = field(default_factory=dict)
    #: Multipart field name → the files' bytes, in the order sent.
    files: dict[str, list[bytes]] = field(default_factory=dict)


class RecordingServer(ThreadedServer):
    """Use as a context manager, like ``LocalServer``; ``received`` fills as requests land."""

    def __init__(self) -> None:
        self.faults = FaultPlan()
        self.received: list[Received] = []
        super().__init__(self._recording(create_app(None, self.faults)))

    def _recording(self, app: ASGIApp) -> ASGIApp:
        async def recorded(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["method"] != "POST":
                await app(scope, receive, send)
                return
            body, more = b"", True
            while more:
                message = await receive()
                body += message.get("body", b"")
                more = message.get("more_body", False)

            def replay() -> Receive:
                given = False

                async def again() -> Message:
                    nonlocal given
                    if given:  # a streaming response waits here for the client to go
                        return await receive()
                    given = True
                    return {"type": "http.request", "body": body, "more_body": False}

                return again

            seen = Received(scope["path"])
            if "multipart" in Request(scope).headers.get("content-type", ""):
                async with Request(scope, replay()).form(max_part_size=64 * 2**20) as form:
                    for name, value in form.multi_items():
                        if isinstance(value, UploadFile):
                            seen.files.setdefault(name, []).append(await value.read())
                        else:
                            seen.fields[name] = value
            self.received.append(seen)
            await app(scope, replay(), send)

        return recorded
