"""The Batch API: JSONL lines, ``/v1/files`` and ``/v1/batches``, as typed values (no Qt).

A batch is one uploaded JSONL file (purpose ``batch``) of request lines ``{"custom_id", "method",
"url", "body"}``; the server runs them within 24 h at half price and writes an output file (one
``{"custom_id", "response": {"status_code", "request_id", "body"}}`` per line) and an error file.
Edits go in the JSON form of the edit body: images and mask as data URLs.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studio.api._formats import sniff
from studio.api._wire import json_body
from studio.api.capabilities import Endpoint
from studio.api.errors import BadResponse, InvalidParameters
from studio.api.requests import ImageFile, ImageRequest
from studio.api.results import GeneratedImage, Usage
from studio.config import words

if TYPE_CHECKING:
    import httpx2  # the window imports this module at start; the HTTP stack loads on first use

__all__ = [
    "FINISHED",
    "BatchLineResult",
    "BatchStatus",
    "Batches",
    "batch_line",
    "parse_results",
]

#: Statuses after which a batch changes no more.
FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})
_URLS = {Endpoint.GENERATIONS: "/v1/images/generations", Endpoint.EDITS: "/v1/images/edits"}

Open = Callable[..., Awaitable["httpx2.Response"]]


def _data_url(image: ImageFile) -> dict[str, str]:
    encoded = base64.b64encode(image.data).decode("ascii")
    return {"image_url": f"data:{image.content_type};base64,{encoded}"}


def batch_line(custom_id: str, request: ImageRequest) -> dict[str, Any]:
    """One JSONL line of a batch; streaming is not for batches and is left out."""
    url = _URLS.get(request.endpoint)
    if url is None:
        raise InvalidParameters(
            words("ApiErrors", "Variations cannot run in a batch."), param="endpoint"
        )
    body = json_body(request)
    body.pop("stream", None)
    body.pop("partial_images", None)
    if request.endpoint is Endpoint.EDITS:
        body["images"] = [_data_url(image) for image in request.images]
        if request.mask is not None:
            body["mask"] = _data_url(request.mask)
        if request.markup is not None:
            body["markup"] = _data_url(request.markup)
    return {"custom_id": custom_id, "method": "POST", "url": url, "body": body}


@dataclass(frozen=True)
class BatchStatus:
    id: str
    status: str
    endpoint: str
    input_file_id: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_at: int = 0
    total: int = 0
    completed: int = 0
    failed: int = 0
    #: Why the server refused the whole batch (validation errors), when it did.
    errors: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def counts(self) -> dict[str, int]:
        return {"total": self.total, "completed": self.completed, "failed": self.failed}

    @classmethod
    def from_json(cls, body: Any) -> BatchStatus:
        if not isinstance(body, dict) or "id" not in body or "status" not in body:
            raise BadResponse(
                words("ApiErrors", "The server's batch was not in the expected form.")
            )
        counts = body.get("request_counts") or {}
        errors = (body.get("errors") or {}).get("data") or []
        return cls(
            id=str(body["id"]),
            status=str(body["status"]),
            endpoint=str(body.get("endpoint") or ""),
            input_file_id=str(body.get("input_file_id") or ""),
            output_file_id=body.get("output_file_id"),
            error_file_id=body.get("error_file_id"),
            created_at=int(body.get("created_at") or 0),
            total=int(counts.get("total") or 0),
            completed=int(counts.get("completed") or 0),
            failed=int(counts.get("failed") or 0),
            errors=tuple(str(e.get("message", "")) for e in errors if isinstance(e, dict)),
            metadata=dict(body.get("metadata") or {}),
        )


@dataclass(frozen=True)
class BatchLineResult:
    """What became of one line: its images, or why it failed."""

    custom_id: str
    status_code: int | None
    request_id: str | None
    images: tuple[GeneratedImage, ...] = ()
    usage: Usage | None = None
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    output_format: str | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.images)


def parse_results(jsonl: bytes) -> Iterable[BatchLineResult]:
    """The lines of an output or error file; a line that cannot be read is a failed line."""
    for number, raw in enumerate(jsonl.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            yield BatchLineResult(f"line-{number}", None, None, error="unreadable result line")
            continue
        yield _line_result(line)


def _line_result(line: dict[str, Any]) -> BatchLineResult:
    custom_id = str(line.get("custom_id") or "")
    response = line.get("response") or {}
    status = response.get("status_code")
    request_id = response.get("request_id")
    body = response.get("body") or {}
    error = line.get("error") or (body.get("error") if isinstance(body, dict) else None)
    if error:
        message = error.get("message") if isinstance(error, dict) else str(error)
        return BatchLineResult(custom_id, status, request_id, error=str(message or "failed"))
    images = []
    for item in body.get("data") or []:
        try:
            data = base64.b64decode(str(item.get("b64_json") or ""), validate=True)
        except ValueError:
            return BatchLineResult(custom_id, status, request_id, error="undecodable image")
        if data:
            images.append(
                GeneratedImage(
                    data,
                    sniff(data) or str(body.get("output_format") or "png"),
                    item.get("revised_prompt"),
                )
            )
    return BatchLineResult(
        custom_id,
        status,
        request_id,
        tuple(images),
        Usage.from_json(body.get("usage")),
        body.get("size"),
        body.get("quality"),
        body.get("background"),
        body.get("output_format"),
        error="" if images else "no image in the result",
    )


class Batches:
    """The Files and Batches calls, through the images client's retrying ``_open``."""

    def __init__(self, open_: Open) -> None:
        self._open = open_

    async def upload(self, lines: Iterable[dict[str, Any]], filename: str = "batch.jsonl") -> str:
        """Upload the lines as a JSONL file (purpose ``batch``); returns the file's id."""
        content = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
        response = await self._open(
            "POST",
            "files",
            data={"purpose": "batch"},
            files=[("file", (filename, content, "application/jsonl"))],
        )
        body = _json(response)
        if not isinstance(body, dict) or "id" not in body:
            raise BadResponse(words("ApiErrors", "The server's file was not in the expected form."))
        return str(body["id"])

    async def create(
        self, input_file_id: str, endpoint: Endpoint, metadata: dict[str, str] | None = None
    ) -> BatchStatus:
        body = {
            "input_file_id": input_file_id,
            "endpoint": _URLS[endpoint],
            "completion_window": "24h",
        }
        if metadata:
            body["metadata"] = metadata  # type: ignore[assignment]
        return BatchStatus.from_json(_json(await self._open("POST", "batches", json=body)))

    async def retrieve(self, batch_id: str) -> BatchStatus:
        return BatchStatus.from_json(_json(await self._open("GET", f"batches/{batch_id}")))

    async def cancel(self, batch_id: str) -> BatchStatus:
        return BatchStatus.from_json(_json(await self._open("POST", f"batches/{batch_id}/cancel")))

    async def list(self, limit: int = 20) -> tuple[BatchStatus, ...]:
        body = _json(await self._open("GET", f"batches?limit={limit}"))
        return tuple(BatchStatus.from_json(item) for item in (body.get("data") or []))

    async def content(self, file_id: str) -> bytes:
        response = await self._open("GET", f"files/{file_id}/content")
        return response.content


def _json(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError as error:
        raise BadResponse(
            words("ApiErrors", "The server's answer was not JSON."),
            status=response.status_code,
            request_id=response.headers.get("x-request-id"),
        ) from error
