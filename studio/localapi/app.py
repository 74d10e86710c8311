"""The offline Images API as a Starlette app: the real API's paths, headers and error bodies."""

from __future__ import annotations

import time
import uuid

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["DEMO_MODELS", "api_error", "create_app"]

DEMO_MODELS = ("gpt-image-1.5", "gpt-image-1-mini", "gpt-image-2", "dall-e-2", "dall-e-3")


def api_error(
    status: int, message: str, *, type_: str, param: str | None = None, code: str | None = None
) -> JSONResponse:
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return JSONResponse(body, status_code=status)


async def list_models(request: Request) -> Response:
    created = int(time.time())
    data = [
        {"id": name, "object": "model", "created": created, "owned_by": "studio-local"}
        for name in DEMO_MODELS
    ]
    return JSONResponse({"object": "list", "data": data})


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
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id)]
            await send(message)

        if not _has_key(Headers(scope=scope)):
            # Like the real API: any key is accepted here, but a request without one is not.
            response = api_error(
                401,
                "You didn't provide an API key. Provide it in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                type_="invalid_request_error",
            )
            await response(scope, receive, send_with_id)
            return
        await self.app(scope, receive, send_with_id)


def _has_key(headers: Headers) -> bool:
    authorization = headers.get("authorization", "")
    bearer = authorization[7:].strip() if authorization.startswith("Bearer ") else ""
    return bool(bearer or headers.get("api-key", "").strip())


def create_app() -> Starlette:
    return Starlette(
        routes=[Route("/v1/models", list_models, methods=["GET"])],
        middleware=[Middleware(ApiFrame)],
    )
