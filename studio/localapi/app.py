"""The offline Images API as a Starlette app: the real API's paths, headers, errors and streams."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

from PIL import Image
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from studio.api import (
    CONTENT_TYPES,
    Endpoint,
    ImageRequest,
    ProviderModel,
    capabilities_for,
    lifecycle_for,
    parse_day,
    sniff,
    table_models,
)
from studio.localapi.batches import LocalBatches
from studio.localapi.faults import Fault, FaultKind, FaultPlan
from studio.localapi.images import Made, ServerOptions, make_images, metadata, usage
from studio.localapi.incoming import Refusal, read_request

__all__ = ["API_DEFAULT_MODEL", "DEMO_KEY", "TODAY_VARIABLE", "api_error", "create_app"]

#: The key Studio sends to its own demo server; the API accepts any non-empty key, but the
#: control paths (``/_local/faults``) only this one.
DEMO_KEY = "studio-demo"
#: Studio's own paths. A link to a result needs no key (it works like a signed URL); the
#: control paths need the demo key and a JSON body, so a web page cannot reach them.
LOCAL_PREFIX = "/_local/"
FILES_PREFIX = f"{LOCAL_PREFIX}files/"
_URL_LIFETIME = 3600.0
#: What an HTML error page from a proxy looks like (the fault ``html_error``).
_HTML_PAGE = """<!DOCTYPE html><html><head><title>502 Bad Gateway</title>
<style>body { font-family: sans-serif }</style><script>var tracking = 1;</script></head>
<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response from an upstream
server.</p><hr><address>nginx</address></body></html>"""


def api_error(
    status: int,
    message: str,
    *,
    type_: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


#: Set to YYYY-MM-DD to judge model lifecycles on that day instead of today (tests, demos).
TODAY_VARIABLE = "STUDIO_LOCAL_TODAY"
#: What the real API uses when a request names no model (the reference's defaults).
API_DEFAULT_MODEL = {
    Endpoint.GENERATIONS: "gpt-image-1.5",
    Endpoint.EDITS: "gpt-image-1.5",
    Endpoint.VARIATIONS: "dall-e-2",
}
#: The creation time reported for a model whose release the table does not give.
_EPOCH_OF_UNKNOWN = date(2022, 1, 1)


def _model_not_found(model: str, shutdown: date | None = None) -> JSONResponse:
    if shutdown is None:
        message = f"The model `{model}` does not exist or you do not have access to it."
    else:
        message = f"The model `{model}` was shut down on {shutdown.isoformat()}."
    return api_error(404, message, param="model", code="model_not_found")


class ApiFrame:
    """ASGI middleware: refuses requests without a key and stamps ``x-request-id`` on every
    response, streamed ones included (which ``BaseHTTPMiddleware`` would buffer)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"req_{uuid.uuid4().hex}".encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id)]
            await send(message)

        path = str(scope.get("path", ""))
        headers = Headers(scope=scope)
        if path.startswith(LOCAL_PREFIX) and not path.startswith(FILES_PREFIX):
            refused = _control_refusal(scope, headers)
            if refused is not None:
                await refused(scope, receive, send_with_id)
                return
        elif not path.startswith(FILES_PREFIX) and not _has_key(headers):
            # Like the real API: any key is accepted here, but a request without one is not.
            response = api_error(
                401,
                "You didn't provide an API key. Provide it in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
            await response(scope, receive, send_with_id)
            return
        await self.app(scope, receive, send_with_id)


def _control_refusal(scope: Scope, headers: Headers) -> Response | None:
    """Why a control request is refused: 401 without the demo key, 415 without JSON."""
    if _bearer(headers) != DEMO_KEY:
        return api_error(401, "The control paths need the demo key as a Bearer token.")
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if scope.get("method") == "POST" and kind != "application/json":
        return api_error(415, "The control paths take application/json only.")
    return None


def _bearer(headers: Headers) -> str:
    authorization = headers.get("authorization", "")
    return authorization[7:].strip() if authorization.startswith("Bearer ") else ""


def _has_key(headers: Headers) -> bool:
    return bool(_bearer(headers) or headers.get("api-key", "").strip())


class LocalApi:
    """Routes and the state they share: options, planned faults, files behind result links,
    and the day model lifecycles are judged on."""

    def __init__(
        self,
        options: ServerOptions,
        faults: FaultPlan,
        today: date | None = None,
        serves_retired: frozenset[str] = frozenset(),
    ) -> None:
        self.options = options
        self.faults = faults
        self._today = today
        self.serves_retired = serves_retired
        #: Result links: name → (made at, bytes, the fault the link serves them with).
        self._files: dict[str, tuple[float, bytes, Fault | None]] = {}
        #: The newest image requests as parsed, so tests can see what arrived.
        self.received: deque[ImageRequest] = deque(maxlen=20)

    @property
    def today(self) -> date:
        """The fixed day if one was given, else ``STUDIO_LOCAL_TODAY`` (YYYY-MM-DD), else the
        real date: a model is refused from its shutdown day on."""
        if self._today is not None:
            return self._today
        return parse_day(os.environ.get(TODAY_VARIABLE)) or date.today()

    def _shutdown(self, model: str) -> date | None:
        """The day ``model`` stops (stopped) being served here; None when it never does."""
        if model in self.serves_retired:
            return None
        return lifecycle_for(model).shutdown

    def _models(self) -> dict[str, ProviderModel]:
        """The image models, each with its shutdown date, in the shape of OpenAI's list."""
        served = {}
        for name in table_models():
            info = lifecycle_for(name)
            created = info.released or _EPOCH_OF_UNKNOWN
            served[name] = ProviderModel(
                id=name,
                shutdown_date=self._shutdown(name),
                owned_by="studio-local",
                created=int(
                    datetime(created.year, created.month, created.day, tzinfo=UTC).timestamp()
                ),
            )
        return served

    async def list_models(self, request: Request) -> Response:
        data = [model.to_json() for model in self._models().values()]
        return JSONResponse({"object": "list", "data": data})

    async def get_model(self, request: Request) -> Response:
        model = self._models().get(request.path_params["model"])
        if model is None:
            return _model_not_found(request.path_params["model"])
        return JSONResponse(model.to_json())

    async def images(self, request: Request) -> Response:
        try:
            endpoint = Endpoint(request.path_params["endpoint"])
        except ValueError:
            return api_error(404, f"Invalid URL (POST {request.url.path})")
        if "deployment" in request.path_params and not request.query_params.get("api-version"):
            return api_error(
                404, "Resource not found: Azure OpenAI requests need an api-version query."
            )
        try:
            parsed = await read_request(request, endpoint)
        except Refusal as refusal:
            return api_error(
                refusal.status,
                refusal.message,
                type_=refusal.type,
                param=refusal.param,
                code=refusal.code,
            )
        # Without a model the API falls back on its own default, which it may have shut down;
        # on Azure the deployment stands for the model (here, its name is the model's).
        deployment = request.path_params.get("deployment")
        model = parsed.model or deployment or API_DEFAULT_MODEL[endpoint]
        shutdown = self._shutdown(model)
        if shutdown is not None and shutdown <= self.today:
            return _model_not_found(model, shutdown)
        self.received.append(parsed)
        fault = self.faults.take()
        refused = await self._early_fault(fault, parsed, request)
        if refused is not None:
            return refused
        made = await asyncio.to_thread(make_images, parsed, self.options, 0)
        if fault is not None and fault.kind in (FaultKind.BMP_IMAGE, FaultKind.JUNK_IMAGE):
            made = [_spoiled(image, fault.kind) for image in made]
        if fault is not None and fault.kind is FaultKind.NO_IMAGES:
            made = []
        if parsed.stream:
            return StreamingResponse(
                self._events(parsed, made, fault),
                media_type="text/event-stream",
                headers={"cache-control": "no-cache"},
            )
        return JSONResponse(self._result(request, parsed, made, fault))

    async def _early_fault(
        self, fault: Fault | None, parsed: ImageRequest, request: Request
    ) -> Response | None:
        if fault is None:
            return None
        if fault.kind is FaultKind.DRIP:
            media = "text/event-stream" if parsed.stream else "application/json"
            return StreamingResponse(_drip(fault.seconds, parsed.stream), media_type=media)
        if fault.kind is FaultKind.HTML_ERROR:
            return Response(_HTML_PAGE, status_code=502, media_type="text/html")
        if fault.kind is FaultKind.HOSTILE_ERROR:
            key = _bearer(request.headers) or request.headers.get("api-key", "")
            message = (
                "\x1b[2J\x1b[31mInvalid request\x1b[0m\r\nfrom key "
                f"{key}\x07\x1b]0;owned\x07\x00 " + "padding " * 400
            )
            return api_error(400, message)
        if fault.kind is FaultKind.LATENCY:
            await asyncio.sleep(fault.seconds)
        elif fault.kind is FaultKind.RATE_LIMIT:
            return api_error(
                429,
                "Rate limit reached for images per minute. Please try again shortly.",
                type_="requests",
                code="rate_limit_exceeded",
                headers={"retry-after": f"{fault.seconds:g}"},
            )
        elif fault.kind is FaultKind.SERVER_ERROR:
            return api_error(
                500,
                "The server had an error while processing your request. Sorry about that!",
                type_="server_error",
            )
        elif fault.kind is FaultKind.MODERATION:
            dalle = not capabilities_for(parsed.model_name).gpt_image
            return api_error(
                400,
                "Your request was rejected as a result of our safety system.",
                code="content_policy_violation" if dalle else "moderation_blocked",
            )
        return None

    def _result(
        self, request: Request, parsed: ImageRequest, made: list[Made], fault: Fault | None
    ) -> dict[str, Any]:
        data = []
        for image in made:
            if parsed.response_format == "url" and fault and fault.kind is FaultKind.URL:
                item: dict[str, Any] = {"url": fault.url}
            elif parsed.response_format == "url":
                item = {"url": self._link(request, image.data, fault)}
            else:
                item = {"b64_json": base64.b64encode(image.data).decode()}
            if parsed.model_name == "dall-e-3":
                item["revised_prompt"] = f"{parsed.prompt.strip()}, as a bright, detailed scene"
            data.append(item)
        body: dict[str, Any] = {"created": int(time.time()), "data": data, **metadata(parsed)}
        spent = usage(parsed, partials=0)
        if spent is not None:
            body["usage"] = spent
        return body

    def _link(self, request: Request, data: bytes, fault: Fault | None) -> str:
        now = time.time()
        for name, (made_at, _, _) in list(self._files.items()):
            if now - made_at > _URL_LIFETIME:
                del self._files[name]
        name = f"{uuid.uuid4().hex}.{sniff(data) or 'png'}"
        self._files[name] = (now, data, fault)
        # Signed like a storage link: the signature is a secret that must not reach a log.
        return str(request.url_for("file", name=name)) + f"?sig={uuid.uuid4().hex}"

    async def file(self, request: Request) -> Response:
        if "authorization" in request.headers or "api-key" in request.headers:
            # A storage link is another host: a client must not send the API key there.
            return api_error(400, "Authentication headers are not accepted on file links.")
        name = request.path_params["name"]
        found = self._files.get(name)
        if found is None:
            return api_error(404, "This link has expired or never existed.")
        _, data, fault = found
        media = CONTENT_TYPES[sniff(data) or "png"]
        if fault is not None and fault.kind is FaultKind.HUGE_DOWNLOAD:
            return StreamingResponse(_endless(data), media_type=media)
        if fault is not None and fault.kind is FaultKind.SLOW_DOWNLOAD:
            return StreamingResponse(
                _drip(fault.seconds, stream=False, first=data[:64]), media_type=media
            )
        return Response(data, media_type=media)

    async def add_fault(self, request: Request) -> Response:
        try:
            fault = Fault.from_json(await request.json())
        except (KeyError, TypeError, ValueError) as error:
            return api_error(400, f"Not a fault: {error}")
        self.faults.add(fault)
        return JSONResponse({"planned": fault.kind.value})

    async def clear_faults(self, request: Request) -> Response:
        self.faults.clear()
        return JSONResponse({"planned": None})

    async def _events(
        self, parsed: ImageRequest, made: list[Made], fault: Fault | None
    ) -> AsyncIterator[bytes]:
        prefix = "image_edit" if parsed.endpoint is Endpoint.EDITS else "image_generation"
        described = metadata(parsed)
        kind = fault.kind if fault else None
        sent = 0
        for image in made:
            total = len(image.partials)
            for index, partial in enumerate(image.partials):
                payload = {
                    "type": f"{prefix}.partial_image",
                    "b64_json": base64.b64encode(partial).decode(),
                    "partial_image_index": index,
                    "created_at": int(time.time()),
                    **described,
                }
                yield await self._event(payload, sent, kind)
                sent += 1
                if fault and kind is FaultKind.CUT_STREAM and sent >= fault.after_events:
                    return
            if kind is FaultKind.STREAM_ERROR:
                error = {
                    "message": "The image could not be finished.",
                    "type": "server_error",
                    "param": None,
                    "code": "server_error",
                }
                yield await self._event({"type": "error", "error": error}, sent, None)
                return
            payload = {
                "type": f"{prefix}.completed",
                "b64_json": base64.b64encode(image.data).decode(),
                "created_at": int(time.time()),
                **described,
                "usage": usage(parsed, partials=total),
            }
            yield await self._event(payload, sent, kind)
            sent += 1
            if fault and kind is FaultKind.CUT_STREAM and sent >= fault.after_events:
                return

    async def _event(self, payload: dict[str, Any], sent: int, kind: FaultKind | None) -> bytes:
        if sent:
            await asyncio.sleep(self.options.pace)
        if kind is FaultKind.BAD_BASE64 and "b64_json" in payload:
            payload = {**payload, "b64_json": "!!not base64!!" + payload["b64_json"][:64]}
        if kind is FaultKind.HUGE_EVENT:
            payload = {**payload, "padding": "x" * (48 * 1024 * 1024)}
        data = json.dumps(payload, separators=(",", ":"))
        if kind is FaultKind.MALFORMED_EVENT:
            data = data[: len(data) // 2]
        return f"event: {payload['type']}\ndata: {data}\n\n".encode()


def _spoiled(image: Made, kind: FaultKind) -> Made:
    """The image (and its previews) as a broken server sends them: BMP, or junk under PNG."""
    if kind is FaultKind.BMP_IMAGE:
        return Made(_as_bmp(image.data), tuple(_as_bmp(p) for p in image.partials))
    junk = b"\x89PNG\r\n\x1a\n" + b"this is not an image " * 64
    return Made(junk, tuple(junk for _ in image.partials))


def _as_bmp(data: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).convert("RGB").save(out, "BMP")
    return out.getvalue()


async def _drip(seconds: float, stream: bool, first: bytes = b"") -> AsyncIterator[bytes]:
    """An answer that never ends: a byte every ``seconds`` (an SSE comment in a stream)."""
    if first:
        yield first
    while True:
        yield b":" if stream else b" "
        await asyncio.sleep(seconds)


async def _endless(data: bytes) -> AsyncIterator[bytes]:
    """The image, then zeros without end: a link to something far bigger than an image."""
    yield data
    block = bytes(1024 * 1024)
    while True:
        yield block
        await asyncio.sleep(0)


def create_app(
    options: ServerOptions | None = None,
    faults: FaultPlan | None = None,
    *,
    today: date | None = None,
    serves_retired: frozenset[str] = frozenset(),
) -> Starlette:
    """The app. ``today`` fixes the day lifecycles are judged on (default: see
    ``LocalApi.today``); ``serves_retired`` names shut-down models it still serves, as some
    compatible servers still serve DALL·E."""
    api = LocalApi(options or ServerOptions(), faults or FaultPlan(), today, serves_retired)
    batches = LocalBatches(api.options)
    app = Starlette(
        routes=[
            Route("/v1/models", api.list_models, methods=["GET"]),
            Route("/v1/models/{model:path}", api.get_model, methods=["GET"]),
            Route("/v1/images/{endpoint:str}", api.images, methods=["POST"]),
            # Azure OpenAI's form of the same endpoints (the deployment stands for the model).
            Route(
                "/openai/deployments/{deployment:str}/images/{endpoint:str}",
                api.images,
                methods=["POST"],
            ),
            Route("/openai/models", api.list_models, methods=["GET"]),
            Route("/openai/models/{model:path}", api.get_model, methods=["GET"]),
            Route(f"{LOCAL_PREFIX}files/{{name:str}}", api.file, methods=["GET"], name="file"),
            Route(f"{LOCAL_PREFIX}faults", api.add_fault, methods=["POST"]),
            Route(f"{LOCAL_PREFIX}faults", api.clear_faults, methods=["DELETE"]),
            *batches.routes(),
        ],
        middleware=[Middleware(ApiFrame)],
    )
    app.state.received = api.received
    app.state.batches = batches
    return app
