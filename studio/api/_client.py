"""``ImagesClient``: one keep-alive HTTP client per provider, with the SDK's retries and errors."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import socket
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx2

from studio.api._batches import Batches
from studio.api._formats import sniff
from studio.api._retry import resend_is_safe, retry_after, retry_delay, should_retry
from studio.api._routes import Routes
from studio.api._wire import json_body, multipart
from studio.api.capabilities import Endpoint
from studio.api.errors import (
    ApiError,
    BadResponse,
    ConnectionFailed,
    InvalidRequest,
    ModerationBlocked,
    StreamInterrupted,
    Timeout,
    error_from_response,
)
from studio.api.requests import ImageFile, ImageRequest
from studio.api.results import (
    Completed,
    GeneratedImage,
    ImagesResult,
    PartialImage,
    StreamEvent,
    Usage,
)
from studio.api.validation import validate
from studio.config import Provider

__all__ = ["MAX_EVENT_BYTES", "ClientOptions", "EventStream", "ImagesClient"]

log = logging.getLogger(__name__)

#: One event holds a whole base64 image: a 3840x2160 RGBA PNG of noise is about 44 MB.
MAX_EVENT_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True)
class ClientOptions:
    timeout: float = 600.0
    connect_timeout: float = 5.0
    max_retries: int = 2


class ImagesClient:
    """Talks to one provider. ``provider`` must be resolved (see ``Provider.resolved``)."""

    def __init__(
        self,
        provider: Provider,
        key: str,
        options: ClientOptions | None = None,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        self.options = options or ClientOptions()
        self._routes = Routes(provider, key)
        self._http = httpx2.AsyncClient(
            headers=self._routes.headers,
            timeout=httpx2.Timeout(self.options.timeout, connect=self.options.connect_timeout),
            transport=transport,
        )

    async def __aenter__(self) -> ImagesClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def batches(self) -> Batches:
        """The Files and Batches calls (``api/_batches.py``), with this client's retries."""
        return Batches(self._open)

    async def list_models(self) -> tuple[str, ...]:
        """The model ids the server offers; also how "Test connection" checks a provider."""
        response = await self._open("GET", "models")
        body = _json_body(response)
        try:
            return tuple(str(entry["id"]) for entry in body["data"])
        except (KeyError, TypeError) as error:
            raise BadResponse(
                "The server's list of models was not in the expected form.",
                status=response.status_code,
                request_id=response.headers.get("x-request-id"),
            ) from error

    async def send(self, request: ImageRequest) -> ImagesResult:
        """Run a non-streaming request; images arrive as bytes (``url`` results downloaded)."""
        if request.stream:
            raise ValueError("a streaming request goes through stream()")
        self._check(request)
        response = await self._open("POST", request.endpoint.path, **_content(request))
        request_id = response.headers.get("x-request-id")
        body = _json_body(response)
        if not isinstance(body, dict) or not isinstance(body.get("data"), list):
            raise BadResponse("The server's answer held no images.", request_id=request_id)
        images = [await self._image(item, body, request_id) for item in body["data"]]
        return ImagesResult(
            images=tuple(images),
            created=int(body.get("created") or 0),
            usage=Usage.from_json(body.get("usage")),
            size=body.get("size"),
            quality=body.get("quality"),
            background=body.get("background"),
            output_format=body.get("output_format"),
            request_id=request_id,
        )

    def stream(self, request: ImageRequest) -> EventStream:
        """Run a request with ``stream=True``: partial images, then the final image(s).

        Use as ``async with client.stream(r) as events: async for event in events: ...``.
        Leaving the block, or cancelling the task, closes the connection at once.
        """
        if not request.stream:
            request = replace(request, stream=True)
        self._check(request)
        return EventStream(self._events(request))

    async def run(
        self,
        request: ImageRequest,
        on_partial: Callable[[PartialImage], Awaitable[None]] | None = None,
    ) -> ImagesResult:
        """A request to its result, whether it streams or not; partial images of a stream go
        to ``on_partial`` as they arrive."""
        if not request.stream:
            return await self.send(request)
        images: list[GeneratedImage] = []
        last: Completed | None = None
        async with self.stream(request) as events:
            async for event in events:
                if isinstance(event, PartialImage):
                    if on_partial is not None:
                        await on_partial(event)
                else:
                    images.append(event.image)
                    last = event
        assert last is not None  # a stream without a completed image raises instead
        return ImagesResult(
            images=tuple(images),
            created=last.created_at,
            usage=last.usage,
            size=last.size,
            quality=last.quality,
            background=last.background,
            output_format=request.output_format,
            request_id=last.request_id,
        )

    async def generate(self, prompt: str, **params: Any) -> ImagesResult:
        return await self.send(ImageRequest(Endpoint.GENERATIONS, prompt, **params))

    async def edit(self, prompt: str, images: Sequence[ImageFile], **params: Any) -> ImagesResult:
        request = ImageRequest(Endpoint.EDITS, prompt, images=tuple(images), **params)
        return await self.send(request)

    async def create_variation(self, image: ImageFile, **params: Any) -> ImagesResult:
        return await self.send(ImageRequest(Endpoint.VARIATIONS, images=(image,), **params))

    def _check(self, request: ImageRequest) -> None:
        """Validate before sending; warnings are the caller's to show, so they are only logged."""
        for warning in validate(request):
            log.info("%s", warning)

    async def _events(self, request: ImageRequest) -> AsyncGenerator[StreamEvent]:
        response = await self._open("POST", request.endpoint.path, stream=True, **_content(request))
        request_id = response.headers.get("x-request-id")
        last: PartialImage | None = None
        completed = 0
        try:
            content_type = response.headers.get("content-type", "")
            if not content_type.startswith("text/event-stream"):
                # A server that ignores ``stream`` answers with one JSON result: deliver that.
                await response.aread()
                body = _json_body(response)
                for item in body.get("data") or [] if isinstance(body, dict) else []:
                    image = await self._image(item, body, request_id)
                    completed += 1
                    yield Completed(
                        image, Usage.from_json(body.get("usage")), request_id=request_id
                    )
            else:
                source = httpx2.EventSource(response, max_event_size=MAX_EVENT_BYTES)
                try:
                    async for sse in source:
                        event = _stream_event(sse, request, request_id, last)
                        if isinstance(event, PartialImage):
                            last = event
                        elif isinstance(event, Completed):
                            completed += 1
                        if event is not None:
                            yield event
                except (httpx2.TransportError, httpx2.StreamError) as error:
                    raise _interrupted(
                        "The connection broke before the final image arrived",
                        last,
                        request_id,
                        detail=str(error),
                    ) from error
            if completed == 0:
                raise _interrupted(
                    "The stream ended before the final image arrived", last, request_id
                )
        finally:
            await response.aclose()

    async def _image(
        self, item: Any, body: dict[str, Any], request_id: str | None
    ) -> GeneratedImage:
        if not isinstance(item, dict):
            raise BadResponse("The server's answer held a malformed image.", request_id=request_id)
        if item.get("b64_json"):
            data = _decode(item["b64_json"], request_id)
        elif item.get("url"):
            data = await self._download(str(item["url"]), request_id)
        else:
            raise BadResponse("The server's answer held an empty image.", request_id=request_id)
        return GeneratedImage(
            data=data,
            format=sniff(data) or str(body.get("output_format") or "png"),
            revised_prompt=item.get("revised_prompt"),
        )

    async def _download(self, url: str, request_id: str | None) -> bytes:
        """Fetch a ``response_format=url`` image at once; links expire after an hour."""
        request = self._http.build_request("GET", url)
        for header in ("Authorization", "api-key", "OpenAI-Organization", "OpenAI-Project"):
            request.headers.pop(header, None)  # the link's host is not the API's
        try:
            response = await self._http.send(request)
        except httpx2.TransportError as error:
            raise ConnectionFailed(
                f"The image could not be downloaded from {_host(url)}: {_reason(error)}",
                request_id=request_id,
                detail=str(error),
            ) from error
        if not response.is_success:
            raise BadResponse(
                f"The image link answered {response.status_code}; it may have expired.",
                status=response.status_code,
                request_id=request_id,
            )
        return response.content

    async def _open(
        self, method: str, path: str, *, stream: bool = False, **content: Any
    ) -> httpx2.Response:
        """Send with retries; returns a successful response (read unless ``stream``)."""
        url = self._routes.url(path)
        retries = 0
        while True:
            headers = None
            request = self._http.build_request(method, url, params=self._routes.params, **content)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx2.TransportError as error:
                if isinstance(error, httpx2.TimeoutException):
                    failure: ApiError = Timeout(
                        f"{_host(url)} did not answer in time.", detail=str(error)
                    )
                else:
                    failure = ConnectionFailed(
                        f"Could not reach {_host(url)}: {_reason(error)}", detail=str(error)
                    )
                if not resend_is_safe(method, error):  # see _retry: never billed twice
                    failure.may_be_billed = True
                    raise failure from error
            else:
                if response.is_success:
                    return response
                try:
                    await response.aread()
                finally:
                    await response.aclose()
                headers = response.headers
                failure = error_from_response(
                    response.status_code, _error_body(response), headers, retry_after(headers)
                )
                if not should_retry(response.status_code, headers):
                    raise failure
            if retries >= self.options.max_retries:
                raise failure
            delay = retry_delay(retries, headers)
            log.info("retrying %s %s in %.2f s after: %s", method, path, delay, failure)
            retries += 1
            await asyncio.sleep(delay)


class EventStream:
    """The events of one streaming request; closes its connection when left or closed."""

    def __init__(self, events: AsyncGenerator[StreamEvent]) -> None:
        self._events = events

    def __aiter__(self) -> AsyncGenerator[StreamEvent]:
        return self._events

    async def aclose(self) -> None:
        await self._events.aclose()

    async def __aenter__(self) -> EventStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _content(request: ImageRequest) -> dict[str, Any]:
    if request.endpoint is Endpoint.GENERATIONS:
        return {"json": json_body(request)}
    data, files = multipart(request)
    return {"data": data, "files": files}


def _decode(text: str, request_id: str | None) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise BadResponse(
            "The server sent an image that could not be decoded.", request_id=request_id
        ) from error


def _stream_event(
    sse: httpx2.ServerSentEvent,
    request: ImageRequest,
    request_id: str | None,
    last: PartialImage | None,
) -> StreamEvent | None:
    """One server-sent event as a typed event, picked by its JSON ``type``; errors raise."""
    try:
        payload = json.loads(sse.data)
    except ValueError as error:
        raise StreamInterrupted(
            "The server sent an unreadable event"
            + ("; the last preview is kept." if last else "."),
            last_partial=last,
            request_id=request_id,
            detail=sse.data[:200],
        ) from error
    if not isinstance(payload, dict):
        return None
    if "error" in payload:
        raise _stream_error(payload, request_id, last)
    kind = str(payload.get("type", ""))
    if not kind.endswith((".partial_image", ".completed")):
        return None
    try:
        data = _decode(str(payload.get("b64_json", "")), request_id)
    except BadResponse as error:
        raise _interrupted(error.message.rstrip("."), last, request_id) from error
    fmt = sniff(data) or str(payload.get("output_format") or request.output_format_or_default)
    common = {
        "size": payload.get("size"),
        "quality": payload.get("quality"),
        "background": payload.get("background"),
        "created_at": int(payload.get("created_at") or 0),
    }
    if kind.endswith(".partial_image"):
        index = int(payload.get("partial_image_index") or 0)
        return PartialImage(index=index, data=data, format=fmt, **common)
    image = GeneratedImage(data=data, format=fmt, revised_prompt=payload.get("revised_prompt"))
    usage = Usage.from_json(payload.get("usage"))
    return Completed(image=image, usage=usage, request_id=request_id, **common)


#: The HTTP status an error's ``type`` stands for, when it arrives inside a stream (already 200).
_STATUS_OF_TYPES = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "rate_limit_error": 429,
    "requests": 429,
    "tokens": 429,
    "server_error": 500,
}


def _stream_error(
    payload: dict[str, Any], request_id: str | None, last: PartialImage | None
) -> ApiError:
    """An ``error`` event: a refusal (moderation, a parameter) as itself; anything else as an
    interrupted stream, which keeps the last preview and may be retried."""
    body = payload.get("error")
    fields = body if isinstance(body, dict) else {}
    status = _STATUS_OF_TYPES.get(str(fields.get("type")), 400 if fields.get("param") else 500)
    error = error_from_response(status, payload, {"x-request-id": request_id or ""})
    if isinstance(error, ModerationBlocked | InvalidRequest):
        return error
    said = f" ({error.detail.rstrip('.')})" if error.detail else ""
    interrupted = _interrupted(
        f"The server stopped the stream with an error{said}", last, request_id, error.detail
    )
    interrupted.code, interrupted.param = error.code, error.param
    return interrupted


def _interrupted(
    what: str, last: PartialImage | None, request_id: str | None, detail: str = ""
) -> StreamInterrupted:
    """A broken stream, with the last preview kept when there was one."""
    return StreamInterrupted(
        what + ("; the last preview is kept." if last else "."),
        last_partial=last,
        request_id=request_id,
        detail=detail,
    )


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _reason(error: BaseException) -> str:
    """The cause a person can act on, found down the exception chain (anyio hides it)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "the connection was refused (is the server running?)."
        if isinstance(seen, socket.gaierror):
            return "the host name could not be found."
        seen = seen.__cause__ or seen.__context__
    text = str(error) or type(error).__name__
    return text if text.endswith(".") else text + "."


def _error_body(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text[:500]


def _json_body(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError as error:
        raise BadResponse(
            "The server's answer was not JSON.",
            status=response.status_code,
            request_id=response.headers.get("x-request-id"),
        ) from error
