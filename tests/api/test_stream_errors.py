"""Errors inside a stream: the local server sends all four fields, and the client turns each
kind into the error a caller can act on."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from studio.api import (
    ApiError,
    Endpoint,
    ImageRequest,
    ImagesClient,
    InvalidRequest,
    ModerationBlocked,
    PartialImage,
    StreamInterrupted,
)
from studio.config import Provider, ProviderKind
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan, LocalServer, ThreadedServer
from tests.images import png

STREAM = ImageRequest(Endpoint.GENERATIONS, "x", partial_images=1, size="1024x1024", stream=True)
PARTIAL = {
    "type": "image_generation.partial_image",
    "b64_json": base64.b64encode(png(8, 8)).decode(),
    "partial_image_index": 0,
}


async def test_the_local_servers_stream_error_carries_all_four_fields(
    local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.STREAM_ERROR))
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {DEMO_KEY}"}) as http:
        response = await http.post(
            local_server.base_url + "/images/generations",
            json={
                "prompt": "x",
                "model": "gpt-image-2.6-flare",
                "stream": True,
                "partial_images": 1,
            },
        )
    events = [json.loads(line[6:]) for line in response.text.splitlines() if line[:6] == "data: "]
    error = events[-1]["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert (error["type"], error["code"]) == ("server_error", "server_error")


class ErrorStream:
    """A server whose stream sends one partial image, then the error set by the test."""

    def __init__(self) -> None:
        self.error: dict[str, Any] = {}

    async def answer(self, request: Request) -> Response:
        events = [PARTIAL, {"type": "error", "error": self.error}]
        body = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events)
        return Response(body, media_type="text/event-stream", headers={"x-request-id": "req_9"})


@pytest.fixture(scope="module")
def error_stream() -> Iterator[tuple[ErrorStream, Provider]]:
    stream = ErrorStream()
    app = Starlette(routes=[Route("/v1/images/generations", stream.answer, methods=["POST"])])
    with ThreadedServer(app) as server:
        yield stream, Provider("e", "E", ProviderKind.COMPATIBLE, base_url=server.base_url)


async def failure_of(error_stream: tuple[ErrorStream, Provider], error: dict[str, Any]) -> ApiError:
    stream, provider = error_stream
    stream.error = error
    async with ImagesClient(provider, "sk-x") as client:
        with pytest.raises(ApiError) as caught:
            await client.run(STREAM)
    return caught.value


async def test_a_server_error_mid_stream_interrupts_it_and_keeps_the_preview(
    error_stream: tuple[ErrorStream, Provider],
) -> None:
    error = await failure_of(
        error_stream,
        {"message": "Rendering failed", "type": "server_error", "param": None, "code": "boom"},
    )
    assert type(error) is StreamInterrupted
    # the preview travels with the error; the caller keeps it and says where (not this layer)
    assert error.message == "The server stopped the stream with an error (Rendering failed)."
    assert isinstance(error.last_partial, PartialImage)
    assert (error.code, error.request_id) == ("boom", "req_9")


async def test_a_moderation_refusal_mid_stream_is_a_moderation_error(
    error_stream: tuple[ErrorStream, Provider],
) -> None:
    error = await failure_of(
        error_stream,
        {
            "message": "The final image was refused",
            "type": "invalid_request_error",
            "param": None,
            "code": "moderation_blocked",
        },
    )
    assert type(error) is ModerationBlocked
    assert "safety system" in error.message


async def test_a_refused_parameter_mid_stream_names_the_parameter(
    error_stream: tuple[ErrorStream, Provider],
) -> None:
    error = await failure_of(
        error_stream,
        {
            "message": "Transparent backgrounds are not available for this deployment",
            "type": "invalid_request_error",
            "param": "background",
            "code": "invalid_value",
        },
    )
    assert type(error) is InvalidRequest
    assert (error.param, error.code, error.status) == ("background", "invalid_value", 400)
    assert "background" in error.message
    assert "not available for this deployment" in error.message
    assert "choose an opaque background, or a 2.5 or 2.6 model" in error.message
