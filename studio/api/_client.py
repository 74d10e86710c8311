"""``ImagesClient``: one keep-alive HTTP client per provider, with the SDK's retries and errors.

Every request has one overall deadline (``run``), besides the per-read timeouts: a server that
drips a byte now and then never holds a request forever. Images are checked (decoded) before a
caller gets them. ``response_format=url`` links are followed only over https (or plain http to
the provider's own host when that is local), never to a private, loopback or link-local address
unless the provider itself is there, and are capped in size and time.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import logging
import socket
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx2

from studio.api._batches import Batches
from studio.api._formats import sniff
from studio.api._retry import resend_is_safe, retry_after, retry_delay, should_retry
from studio.api._routes import Routes
from studio.api._sse import EventData, event_data, event_payload
from studio.api._wire import json_body, multipart
from studio.api.capabilities import Endpoint
from studio.api.errors import (
    ApiError,
    BadResponse,
    ConnectionFailed,
    InvalidRequest,
    ModelGone,
    ModerationBlocked,
    StreamInterrupted,
    Timeout,
    error_from_response,
    request_id_of,
    server_text,
)
from studio.api.lifecycle import Lifecycle, ProviderModel, lifecycle_for, model_gone
from studio.api.requests import DEFAULT_MODEL, ImageFile, ImageRequest
from studio.api.results import (
    Completed,
    GeneratedImage,
    ImagesResult,
    PartialImage,
    StreamEvent,
    Usage,
    WatchImages,
)
from studio.api.validation import validate
from studio.config import Provider, ProviderKind, remember_secret, words
from studio.imaging import NotAnImage

__all__ = ["MAX_EVENT_BYTES", "ClientOptions", "EventStream", "ImagesClient"]

log = logging.getLogger(__name__)

#: One event holds a whole base64 image: a 3840x2160 RGBA PNG of noise is about 44 MB.
MAX_EVENT_BYTES = 128 * 1024 * 1024


#: Set while ``run`` keeps the overall deadline, so the calls inside it keep no other.
_under_deadline: ContextVar[bool] = ContextVar("_under_deadline", default=False)
#: The most a ``response_format=url`` link may send: far above any real image.
MAX_DOWNLOAD_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True)
class ClientOptions:
    #: Seconds to wait for any one read (or write) of a request.
    timeout: float = 600.0
    connect_timeout: float = 5.0
    max_retries: int = 2
    #: Seconds one ``run`` may take in all, retries and streaming included.
    deadline: float = 600.0
    #: Seconds and bytes one image link may take.
    download_timeout: float = 120.0
    max_download_bytes: int = MAX_DOWNLOAD_BYTES
    #: The day model lifecycles are judged on; None: the real date (tests fix it).
    today: date | None = None


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
        remember_secret(key)  # whatever a server echoes of it is hidden from people and logs
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

    async def list_models(self) -> tuple[ProviderModel, ...]:
        """Every model the server offers (``GET {base}/models``), with its ``shutdown_date``;
        also how "Test connection" checks a provider. Which of them are image models is
        ``lifecycle.model_choices``' business.

        Azure: the resource's ``/openai/models`` list (the models it can deploy, each with its
        retirement date), not the deployments; a request still goes to the deployment.
        """
        response = await self._open("GET", "models")
        body = _json_body(response)
        try:
            return tuple(ProviderModel.from_json(entry) for entry in body["data"])
        except (KeyError, TypeError, ValueError) as error:
            raise BadResponse(
                words("ApiErrors", "The server's list of models was not in the expected form."),
                status=response.status_code,
                request_id=request_id_of(response.headers),
            ) from error

    async def send(self, request: ImageRequest) -> ImagesResult:
        """Run a non-streaming request; images arrive as bytes (``url`` results downloaded)."""
        if request.stream:
            raise ValueError("a streaming request goes through stream()")
        request = self._prepared(request)
        response = await self._open_for(request)
        request_id = request_id_of(response.headers)
        body = _json_body(response)
        if not isinstance(body, dict) or not isinstance(body.get("data"), list) or not body["data"]:
            raise BadResponse(
                words("ApiErrors", "The server's answer held no images."), request_id=request_id
            )
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

    def stream(self, request: ImageRequest, *, watch: WatchImages | None = None) -> EventStream:
        """Run a request with ``stream=True``: partial images, then the final image(s).

        Use as ``async with client.stream(r) as events: async for event in events: ...``.
        Leaving the block, or cancelling the task, closes the connection at once.
        """
        if not request.stream:
            request = replace(request, stream=True)
        return EventStream(self._events(self._prepared(request), watch))

    async def run(
        self,
        request: ImageRequest,
        on_partial: Callable[[PartialImage], Awaitable[None]] | None = None,
        *,
        deadline: float | None = None,
        watch: WatchImages | None = None,
    ) -> ImagesResult:
        """A request to its result, whether it streams or not; partial images of a stream go
        to ``on_partial`` as they arrive. The whole request ends by ``deadline`` seconds
        (``options.deadline`` unless given) with ``Timeout``. Each image is checked (decoded):
        unusable ones are left out and named in ``unusable``; ``BadResponse`` when none is
        usable. ``watch`` is asked for a watch of each streamed image's bytes as they arrive;
        a partial image carries the one it was told to."""
        limit = self.options.deadline if deadline is None else deadline
        inside = _under_deadline.set(True)
        try:
            async with asyncio.timeout(limit) as clock:
                result = await self._collect(request, on_partial, watch)
        except TimeoutError as error:
            if not clock.expired():
                raise
            raise Timeout(
                words(
                    "ApiErrors",
                    "The request was stopped after {seconds:g} s without its final image (the "
                    "overall time limit).",
                ).format(seconds=limit),
                detail=str(error),
            ) from error
        finally:
            _under_deadline.reset(inside)
        return await asyncio.to_thread(_usable, result)

    async def _collect(
        self,
        request: ImageRequest,
        on_partial: Callable[[PartialImage], Awaitable[None]] | None,
        watch: WatchImages | None,
    ) -> ImagesResult:
        if not request.stream:
            return await self.send(request)
        images: list[GeneratedImage] = []
        last: Completed | None = None
        async with self.stream(request, watch=watch) as events:
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

    @property
    def today(self) -> date:
        return self.options.today or date.today()

    def _prepared(self, request: ImageRequest) -> ImageRequest:
        """The request as it will be sent: validated (warnings are the caller's to show, so they
        are only logged); with Studio's default model named explicitly, since the API's own
        default may be a model it has shut down (not on Azure, where the deployment is the
        model); refused at once when it names a model OpenAI has shut down (compatible servers
        may still serve old models: they decide)."""
        kind = self._routes.provider.kind
        if (
            request.model is None
            and request.endpoint is not Endpoint.VARIATIONS
            and kind is not ProviderKind.AZURE  # the deployment decides the model
        ):
            request = replace(request, model=DEFAULT_MODEL)
        for warning in validate(request):
            log.info("%s", warning)
        if kind is ProviderKind.OPENAI:
            info = lifecycle_for(request.model_name)
            if info.known and info.state(self.today) is Lifecycle.SHUT_DOWN:
                raise model_gone(request.model_name, self.today)
        return request

    async def _open_for(self, request: ImageRequest, *, stream: bool = False) -> httpx2.Response:
        """POST ``request``; a 404 ``model_not_found`` says which model is gone and what
        replaces it."""
        try:
            return await self._open(
                "POST", request.endpoint.path, stream=stream, **_content(request)
            )
        except ModelGone as gone:
            provider = self._routes.provider
            azure = provider.kind is ProviderKind.AZURE and not request.model
            raise model_gone(
                provider.deployment if azure else request.model_name,
                self.today,
                status=gone.status,
                request_id=gone.request_id,
                detail=gone.detail,
            ) from gone

    async def _events(
        self, request: ImageRequest, watch: WatchImages | None = None
    ) -> AsyncGenerator[StreamEvent]:
        response = await self._open_for(request, stream=True)
        request_id = request_id_of(response.headers)
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
                try:
                    async for data in event_data(response.aiter_bytes(), MAX_EVENT_BYTES, watch):
                        event = _stream_event(data, request, request_id, last)
                        if isinstance(event, PartialImage):
                            last = event
                        elif isinstance(event, Completed):
                            completed += 1
                        if event is not None:
                            yield event
                except (httpx2.TransportError, httpx2.StreamError) as error:
                    raise _interrupted(
                        words("ApiErrors", "The connection broke before the final image arrived."),
                        last,
                        request_id,
                        detail=str(error),
                    ) from error
            if completed == 0:
                raise _interrupted(
                    words("ApiErrors", "The stream ended before the final image arrived."),
                    last,
                    request_id,
                )
        finally:
            await response.aclose()

    async def _image(
        self, item: Any, body: dict[str, Any], request_id: str | None
    ) -> GeneratedImage:
        if not isinstance(item, dict):
            raise BadResponse(
                words("ApiErrors", "The server's answer held a malformed image."),
                request_id=request_id,
            )
        if item.get("b64_json"):
            data = _decode(item["b64_json"], request_id)
        elif item.get("url"):
            data = await self._download(str(item["url"]), request_id)
        else:
            raise BadResponse(
                words("ApiErrors", "The server's answer held an empty image."),
                request_id=request_id,
            )
        return GeneratedImage(
            data=data,
            format=sniff(data) or str(body.get("output_format") or "png"),
            revised_prompt=_revised(item.get("revised_prompt")),
        )

    async def _download(self, url: str, request_id: str | None) -> bytes:
        """Fetch a ``response_format=url`` image at once (links expire after an hour), within
        ``options.download_timeout`` and ``options.max_download_bytes``."""
        host = _host(url)
        problem = await self._link_problem(url, request_id)
        if problem:
            raise BadResponse(
                words(
                    "ApiErrors", "Studio did not download the image from {host}: {problem}"
                ).format(host=host, problem=problem),
                request_id=request_id,
            )
        request = self._http.build_request("GET", url)
        for header in ("Authorization", "api-key", "OpenAI-Organization", "OpenAI-Project"):
            request.headers.pop(header, None)  # the link's host is not the API's
        limit = self.options.max_download_bytes
        too_big = BadResponse(
            words(
                "ApiErrors",
                "The image link at {host} sent more than {limit} MB; Studio stopped the download.",
            ).format(host=host, limit=limit // 1_000_000),
            request_id=request_id,
        )
        data = bytearray()
        try:
            async with asyncio.timeout(self.options.download_timeout):
                response = await self._http.send(request, stream=True)
                try:
                    if not response.is_success:
                        raise BadResponse(
                            words(
                                "ApiErrors",
                                "The image link answered {status}; it may have expired.",
                            ).format(status=response.status_code),
                            status=response.status_code,
                            request_id=request_id,
                        )
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > limit:
                        raise too_big
                    async for chunk in response.aiter_bytes():
                        data += chunk
                        if len(data) > limit:
                            raise too_big
                finally:
                    await response.aclose()
        except (TimeoutError, httpx2.TimeoutException) as error:
            raise Timeout(
                words(
                    "ApiErrors", "The image from {host} did not arrive within {seconds:g} s."
                ).format(host=host, seconds=self.options.download_timeout),
                request_id=request_id,
            ) from error
        except httpx2.TransportError as error:
            raise ConnectionFailed(
                words(
                    "ApiErrors", "The image could not be downloaded from {host}: {reason}"
                ).format(host=host, reason=_reason(error)),
                request_id=request_id,
                detail=server_text(str(error)),
            ) from error
        return bytes(data)

    async def _link_problem(self, url: str, request_id: str | None) -> str | None:
        """Why an image link must not be followed (the end of a sentence), or None.

        Every address the link's host resolves to is checked before connecting: a server
        must not be able to point Studio at the user's own network (a router, a cloud
        metadata service) — unless the provider itself lives there."""
        parts, own = urlsplit(url), urlsplit(self._routes.provider.base_url)
        host, own_host = (parts.hostname or "").lower(), (own.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host:
            return words("ApiErrors", "the link is not an https link.")
        if "@" in parts.netloc:
            return words("ApiErrors", "the link holds a user name or password.")
        plain_http = words(
            "ApiErrors",
            "the link is not https (plain http is only followed to a provider on this network).",
        )
        if parts.scheme == "http" and host != own_host:
            return plain_http
        addresses = await _addresses(host, request_id)
        if parts.scheme == "https" and all(map(_public, addresses)):
            return None
        # Only the provider's own host may be local (a server on this computer or network).
        try:
            own_addresses = await _addresses(own_host, request_id) if own_host else set()
        except ConnectionFailed:
            own_addresses = set()
        if parts.scheme == "http" and (not own_addresses or any(map(_public, own_addresses))):
            return plain_http
        for address in sorted(addresses):
            if not _public(address) and address not in own_addresses:
                return words(
                    "ApiErrors", "the link leads to a private or local address ({address})."
                ).format(address=address)
        return None

    async def _open(
        self, method: str, path: str, *, stream: bool = False, **content: Any
    ) -> httpx2.Response:
        """Send with retries; returns a successful response (read unless ``stream``).

        Outside ``run`` (which has its own deadline), the call ends by ``options.deadline``
        too: a list of models that drips forever must not hold "Test connection" forever."""
        if _under_deadline.get():
            return await self._open_with_retries(method, path, stream=stream, **content)
        limit = self.options.deadline
        try:
            async with asyncio.timeout(limit) as clock:
                return await self._open_with_retries(method, path, stream=stream, **content)
        except TimeoutError as error:
            if not clock.expired():
                raise
            raise Timeout(
                words("ApiErrors", "{host} did not finish answering within {seconds:g} s.").format(
                    host=_host(self._routes.url(path)), seconds=limit
                )
            ) from error

    async def _open_with_retries(
        self, method: str, path: str, *, stream: bool = False, **content: Any
    ) -> httpx2.Response:
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
                        words("ApiErrors", "{host} did not answer in time.").format(
                            host=_host(url)
                        ),
                        detail=server_text(str(error)),
                    )
                else:
                    failure = ConnectionFailed(
                        words("ApiErrors", "Could not reach {host}: {reason}").format(
                            host=_host(url), reason=_reason(error)
                        ),
                        detail=server_text(str(error)),
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
            words("ApiErrors", "The server sent an image that could not be decoded."),
            request_id=request_id,
        ) from error


def _stream_event(
    event: EventData,
    request: ImageRequest,
    request_id: str | None,
    last: PartialImage | None,
) -> StreamEvent | None:
    """One server-sent event as a typed event, picked by its JSON ``type``; errors raise."""
    try:
        payload, image, watched = event_payload(event)
    except binascii.Error as error:
        raise _interrupted(
            words("ApiErrors", "The server sent an image that could not be decoded."),
            last,
            request_id,
        ) from error
    except ValueError as error:
        raise StreamInterrupted(
            words("ApiErrors", "The server sent an unreadable event."),
            last_partial=last,
            request_id=request_id,
            detail=server_text(event[0][event[1] : event[1] + 200].decode("utf-8", "replace")),
        ) from error
    if not isinstance(payload, dict):
        return None
    if "error" in payload:
        raise _stream_error(payload, request_id, last)
    kind = str(payload.get("type", ""))
    if not kind.endswith((".partial_image", ".completed")):
        return None
    data = image or b""
    fmt = sniff(data) or str(payload.get("output_format") or request.output_format_or_default)
    common = {
        "size": payload.get("size"),
        "quality": payload.get("quality"),
        "background": payload.get("background"),
        "created_at": int(payload.get("created_at") or 0),
    }
    if kind.endswith(".partial_image"):
        index = int(payload.get("partial_image_index") or 0)
        return PartialImage(index=index, data=data, format=fmt, watch=watched, **common)
    image = GeneratedImage(
        data=data, format=fmt, revised_prompt=_revised(payload.get("revised_prompt"))
    )
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
    if error.detail:
        what = words("ApiErrors", "The server stopped the stream with an error ({detail}).").format(
            detail=error.detail.rstrip(".")
        )
    else:
        what = words("ApiErrors", "The server stopped the stream with an error.")
    interrupted = _interrupted(what, last, request_id, error.detail)
    interrupted.code, interrupted.param = error.code, error.param
    return interrupted


def _interrupted(
    what: str, last: PartialImage | None, request_id: str | None, detail: str = ""
) -> StreamInterrupted:
    """A broken stream, carrying its last preview when there was one: the caller keeps it and
    says where (this layer keeps nothing, so its message promises nothing)."""
    return StreamInterrupted(
        what,
        last_partial=last,
        request_id=request_id,
        detail=detail,
    )


def _host(url: str) -> str:
    """The host (and port) of ``url``, never the user name or password it may hold."""
    parts = urlsplit(url)
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return server_text((parts.hostname or "") + port, 200) or words("ApiErrors", "the server")


def _revised(text: Any) -> str | None:
    """A revised prompt as a person may read it (it is shown and printed)."""
    return server_text(str(text), 4000) or None if text else None


def _usable(result: ImagesResult) -> ImagesResult:
    """``result`` with each image checked: unusable ones left out and named."""
    images, unusable = [], []
    for number, image in enumerate(result.images, start=1):
        try:
            images.append(image.checked())
        except NotAnImage as error:
            unusable.append(
                words(
                    "ApiErrors", "Image {number} from the server is not a usable image ({reason})."
                ).format(number=number, reason=error.reason)
            )
    if not images:
        raise BadResponse(
            words("ApiErrors", "The server's answer held no usable image: {unusable}").format(
                unusable=" ".join(unusable)
            ),
            request_id=result.request_id,
        )
    return replace(result, images=tuple(images), unusable=tuple(unusable))


async def _addresses(host: str, request_id: str | None) -> set[str]:
    """Every address ``host`` resolves to (an address itself resolves to itself)."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise ConnectionFailed(
            words("ApiErrors", "The image link's host {host} could not be found.").format(
                host=server_text(host, 200)
            ),
            request_id=request_id,
        ) from error
    return {str(info[4][0]).split("%")[0] for info in found}


def _public(address: str) -> bool:
    """An address on the internet: not private, loopback, link-local, reserved or multicast."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _reason(error: BaseException) -> str:
    """The cause a person can act on, found down the exception chain (anyio hides it)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return words("ApiErrors", "the connection was refused (is the server running?).")
        if isinstance(seen, socket.gaierror):
            return words("ApiErrors", "the host name could not be found.")
        seen = seen.__cause__ or seen.__context__
    text = str(error) or type(error).__name__
    return text if text.endswith(".") else text + "."


def _error_body(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text[:20_000]  # an HTML page's title may come late


def _json_body(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError as error:
        raise BadResponse(
            words("ApiErrors", "The server's answer was not JSON."),
            status=response.status_code,
            request_id=request_id_of(response.headers),
        ) from error
