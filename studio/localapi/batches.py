"""The Files and Batches endpoints of the local server, close enough for the official SDK.

``POST /v1/files`` keeps an uploaded file in memory; ``POST /v1/batches`` checks its JSONL
(a malformed line, a missing or repeated ``custom_id`` or a wrong ``url`` fails the whole batch,
as the real one does) and runs the lines in the background, one at a time, ``pace`` seconds
apart (tests hold it with ``paused``). A line whose body the Images endpoint would refuse goes to
the error file with its status and error; the others to the output file. Prices are the client's
business (half the usual), so usage is reported as for a single request.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from studio.api import Endpoint, ImageFile, InvalidParameters
from studio.localapi.images import ServerOptions, make_images, metadata, usage
from studio.localapi.incoming import Refusal, request_from

__all__ = ["LocalBatches"]

_ENDPOINTS = {"/v1/images/generations": Endpoint.GENERATIONS, "/v1/images/edits": Endpoint.EDITS}
_MAX_LINES = 50_000


@dataclass
class _File:
    id: str
    filename: str
    purpose: str
    data: bytes = field(repr=False)
    created_at: int = field(default_factory=lambda: int(time.time()))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "file",
            "bytes": len(self.data),
            "created_at": self.created_at,
            "expires_at": None,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
            "status_details": None,
        }


@dataclass
class _Batch:
    id: str
    endpoint: str
    input_file_id: str
    metadata: dict[str, str]
    status: str = "validating"
    created_at: int = field(default_factory=lambda: int(time.time()))
    output_file_id: str | None = None
    error_file_id: str | None = None
    counts: dict[str, int] = field(
        default_factory=lambda: {"total": 0, "completed": 0, "failed": 0}
    )
    errors: list[dict[str, Any]] = field(default_factory=list)
    stamps: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        stamp_names = (
            "in_progress_at",
            "finalizing_at",
            "completed_at",
            "failed_at",
            "expired_at",
            "cancelling_at",
            "cancelled_at",
        )
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": self.endpoint,
            "errors": {"object": "list", "data": self.errors} if self.errors else None,
            "input_file_id": self.input_file_id,
            "completion_window": "24h",
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "expires_at": self.created_at + 86400,
            **{name: self.stamps.get(name) for name in stamp_names},
            "request_counts": dict(self.counts),
            "metadata": self.metadata or None,
        }


def _error(status: int, message: str, param: str | None = None) -> JSONResponse:
    body = {"error": {"message": message, "type": "invalid_request_error", "param": param}}
    return JSONResponse(body, status_code=status)


class LocalBatches:
    """The files and batches one local server holds, and the tasks that run the batches."""

    def __init__(self, options: ServerOptions) -> None:
        self.options = options
        #: Seconds between two lines of a batch.
        self.pace = 0.0
        #: While cleared, batches wait before their next line (tests look at them mid-way).
        self.running = threading.Event()
        self.running.set()
        self.files: dict[str, _File] = {}
        self.batches: dict[str, _Batch] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def routes(self) -> list[Route]:
        return [
            Route("/v1/files", self.upload, methods=["POST"]),
            Route("/v1/files/{file_id:str}", self.file, methods=["GET"]),
            Route("/v1/files/{file_id:str}/content", self.content, methods=["GET"]),
            Route("/v1/batches", self.create, methods=["POST"]),
            Route("/v1/batches", self.list, methods=["GET"]),
            Route("/v1/batches/{batch_id:str}", self.retrieve, methods=["GET"]),
            Route("/v1/batches/{batch_id:str}/cancel", self.cancel, methods=["POST"]),
        ]

    # -- files ------------------------------------------------------------------------------

    async def upload(self, request: Request) -> Response:
        async with request.form(max_part_size=200 * 1024 * 1024) as form:
            purpose = form.get("purpose")
            part = form.get("file")
            if not isinstance(part, UploadFile):
                return _error(400, "Missing required parameter: 'file'.", "file")
            if purpose not in ("batch", "vision", "user_data"):
                return _error(400, f"Invalid value for 'purpose': {purpose!r}.", "purpose")
            data = await part.read()
            stored = self._keep(part.filename or "upload", str(purpose), data)
        return JSONResponse(stored.as_json())

    def _keep(self, filename: str, purpose: str, data: bytes) -> _File:
        stored = _File(f"file-{uuid.uuid4().hex[:24]}", filename, purpose, data)
        self.files[stored.id] = stored
        return stored

    async def file(self, request: Request) -> Response:
        found = self.files.get(request.path_params["file_id"])
        if found is None:
            return _error(404, "No such File object.", "id")
        return JSONResponse(found.as_json())

    async def content(self, request: Request) -> Response:
        found = self.files.get(request.path_params["file_id"])
        if found is None:
            return _error(404, "No such File object.", "id")
        return Response(found.data, media_type="application/octet-stream")

    # -- batches ----------------------------------------------------------------------------

    async def create(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(400, "We could not parse the JSON body of your request.")
        if not isinstance(body, dict):
            return _error(400, "The request body must be a JSON object.")
        endpoint = body.get("endpoint")
        if endpoint not in _ENDPOINTS:
            return _error(400, f"Invalid value for 'endpoint': {endpoint!r}.", "endpoint")
        if body.get("completion_window") != "24h":
            return _error(400, "Invalid value for 'completion_window'.", "completion_window")
        source = self.files.get(str(body.get("input_file_id")))
        if source is None or source.purpose != "batch":
            return _error(400, "Invalid 'input_file_id': no batch file with that id.")
        batch = _Batch(
            f"batch_{uuid.uuid4().hex[:24]}",
            str(endpoint),
            source.id,
            dict(body.get("metadata") or {}),
        )
        self.batches[batch.id] = batch
        task = asyncio.ensure_future(self._run(batch, source.data))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return JSONResponse(batch.as_json())

    async def retrieve(self, request: Request) -> Response:
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None:
            return _error(404, "No such Batch object.", "id")
        return JSONResponse(batch.as_json())

    async def list(self, request: Request) -> Response:
        limit = int(request.query_params.get("limit") or 20)
        after = request.query_params.get("after")
        newest = sorted(self.batches.values(), key=lambda b: b.created_at, reverse=True)
        ids = [b.id for b in newest]
        if after in ids:
            newest = newest[ids.index(after) + 1 :]
        page = newest[:limit]
        return JSONResponse(
            {
                "object": "list",
                "data": [b.as_json() for b in page],
                "first_id": page[0].id if page else None,
                "last_id": page[-1].id if page else None,
                "has_more": len(newest) > limit,
            }
        )

    async def cancel(self, request: Request) -> Response:
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None:
            return _error(404, "No such Batch object.", "id")
        if batch.status in ("validating", "in_progress", "finalizing"):
            batch.status = "cancelling"
            batch.stamps["cancelling_at"] = int(time.time())
        elif batch.status not in ("cancelling", "cancelled"):
            return _error(409, f"Cannot cancel a batch with status '{batch.status}'.")
        return JSONResponse(batch.as_json())

    # -- running ----------------------------------------------------------------------------

    async def _run(self, batch: _Batch, source: bytes) -> None:
        lines = self._validated(batch, source)
        if lines is None:
            batch.status = "failed"
            batch.stamps["failed_at"] = int(time.time())
            return
        batch.counts["total"] = len(lines)
        if batch.status == "validating":
            batch.status = "in_progress"
            batch.stamps["in_progress_at"] = int(time.time())
        outputs: list[bytes] = []
        errors: list[bytes] = []
        for line in lines:
            await self._wait_turn()
            if batch.status == "cancelling":
                break
            result, failed = await self._answer(line)
            (errors if failed else outputs).append(json.dumps(result).encode() + b"\n")
            batch.counts["failed" if failed else "completed"] += 1
        cancelled = batch.status == "cancelling"
        if not cancelled:
            batch.status = "finalizing"
            batch.stamps["finalizing_at"] = int(time.time())
        if outputs:
            batch.output_file_id = self._keep(
                f"{batch.id}_output.jsonl", "batch_output", b"".join(outputs)
            ).id
        if errors:
            batch.error_file_id = self._keep(
                f"{batch.id}_error.jsonl", "batch_output", b"".join(errors)
            ).id
        batch.status = "cancelled" if cancelled else "completed"
        batch.stamps[f"{batch.status}_at"] = int(time.time())

    async def _wait_turn(self) -> None:
        if not self.running.is_set():  # set from another thread: wait for it in one
            await asyncio.to_thread(self.running.wait)
        if self.pace:
            await asyncio.sleep(self.pace)

    def _validated(self, batch: _Batch, source: bytes) -> list[dict[str, Any]] | None:
        """The lines, or None with ``errors`` said when the file as a whole is refused."""
        lines, seen = [], set()
        for number, raw in enumerate(source.splitlines(), start=1):
            if not raw.strip():
                continue
            problem = None
            try:
                line = json.loads(raw)
            except ValueError:
                line, problem = None, "This line is not valid JSON."
            if problem is None and not isinstance(line, dict):
                problem = "This line is not a JSON object."
            elif problem is None:
                assert isinstance(line, dict)
                custom_id = line.get("custom_id")
                if not isinstance(custom_id, str) or not custom_id:
                    problem = "Missing 'custom_id'."
                elif custom_id in seen:
                    problem = f"The custom_id '{custom_id}' is used more than once."
                elif line.get("url") != batch.endpoint:
                    problem = f"The url must be the batch's endpoint, {batch.endpoint}."
                elif line.get("method") != "POST":
                    problem = "The method must be POST."
                seen.add(custom_id)
            if problem is not None:
                batch.errors.append(
                    {"code": "invalid_request", "message": problem, "param": None, "line": number}
                )
            else:
                lines.append(line)
        if not lines and not batch.errors:
            batch.errors.append({"code": "empty_file", "message": "The file has no requests."})
        if len(lines) > _MAX_LINES:
            batch.errors.append({"code": "too_many_requests", "message": "Over 50,000 lines."})
        return None if batch.errors else lines

    async def _answer(self, line: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        request_id = f"req_{uuid.uuid4().hex[:24]}"
        endpoint = _ENDPOINTS[str(line["url"])]
        answer: dict[str, Any] = {
            "id": f"batch_req_{uuid.uuid4().hex[:24]}",
            "custom_id": line["custom_id"],
            "error": None,
        }
        try:
            parsed = request_from(endpoint, *_values(endpoint, line.get("body")))
        except Refusal as refusal:
            error = {
                "message": refusal.message,
                "type": refusal.type,
                "param": refusal.param,
                "code": refusal.code,
            }
            answer["response"] = {
                "status_code": refusal.status,
                "request_id": request_id,
                "body": {"error": error},
            }
            return answer, True
        made = await asyncio.to_thread(make_images, parsed, self.options, 0)
        body: dict[str, Any] = {
            "created": int(time.time()),
            "data": [{"b64_json": base64.b64encode(m.data).decode()} for m in made],
            **metadata(parsed),
        }
        spent = usage(parsed, partials=0)
        if spent is not None:
            body["usage"] = spent
        answer["response"] = {"status_code": 200, "request_id": request_id, "body": body}
        return answer, False


def _values(endpoint: Endpoint, body: Any) -> tuple[dict[str, Any], dict[str, list[ImageFile]]]:
    """A line's JSON body as request values and files (edits: images and mask as data URLs)."""
    if not isinstance(body, dict):
        raise Refusal(400, "The request body must be a JSON object.")
    values = dict(body)
    if values.pop("stream", None):
        raise Refusal(400, "Streaming is not supported in a batch.", "stream")
    files: dict[str, list[ImageFile]] = {}
    if endpoint is Endpoint.EDITS:
        images = values.pop("images", None) or []
        if not isinstance(images, list):
            raise Refusal(400, "Invalid type for 'images': expected an array.", "images")
        files["image"] = [_data_url(item, "images") for item in images]
        for name in ("mask", "markup"):
            if values.get(name) is not None:
                files[name] = [_data_url(values.pop(name), name)]
    return values, files


def _data_url(item: Any, param: str) -> ImageFile:
    url = item.get("image_url") if isinstance(item, dict) else None
    if not isinstance(url, str) or not url.startswith("data:") or ";base64," not in url:
        raise Refusal(400, f"Invalid '{param}': expected an image_url data URL.", param)
    try:
        data = base64.b64decode(url.partition(";base64,")[2], validate=True)
        return ImageFile.from_bytes(data, param, param=param)
    except (binascii.Error, ValueError, InvalidParameters) as error:
        raise Refusal(400, f"Invalid '{param}': the data URL is not an image.", param) from error
