"""Our requests equal the official SDK's for the same calls, captured on a recording server."""

from __future__ import annotations

import base64
import hashlib
import inspect
import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from studio.api import PARAMS, Endpoint, ImageFile, ImageRequest, ImagesClient, SvgOptions
from studio.config import Provider, ProviderKind
from studio.localapi import ThreadedServer
from tests.images import mask, png

IMAGE = png(64, 64)
SECOND = png(64, 64, (0, 0, 255, 255))
MASK = mask(64, 64, (0, 0, 16, 16))
ANSWER = {"created": 1, "data": [{"b64_json": base64.b64encode(IMAGE).decode()}]}


class Recorder:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    async def record(self, request: Request) -> Response:
        seen: dict[str, Any] = {
            "path": request.url.path,
            "authorization": request.headers.get("authorization"),
            "organization": request.headers.get("openai-organization"),
            "project": request.headers.get("openai-project"),
        }
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            fields, files = {}, []
            async with request.form() as form:
                for name, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        digest = hashlib.sha256(await value.read()).hexdigest()[:12]
                        files.append((name, value.filename, value.content_type, digest))
                    else:
                        fields[name] = value
            seen |= {"fields": fields, "files": files}
        else:
            seen["json"] = json.loads(await request.body())
        self.requests.append(seen)
        if seen.get("json", {}).get("stream") or seen.get("fields", {}).get("stream") == "true":
            event = {"type": "image_generation.completed", **ANSWER["data"][0]}
            body = f"event: {event['type']}\ndata: {json.dumps(event)}\n\n"
            return Response(body, media_type="text/event-stream")
        return JSONResponse(ANSWER)


@pytest.fixture(scope="module")
def recorder() -> Iterator[tuple[Recorder, str]]:
    recording = Recorder()
    app = Starlette(routes=[Route("/v1/{path:path}", recording.record, methods=["POST"])])
    with ThreadedServer(app) as server:
        yield recording, server.base_url


async def both(
    recorder: tuple[Recorder, str],
    ours: ImageRequest,
    sdk_call: str,
    *,
    kind: ProviderKind = ProviderKind.OPENAI,
    **sdk_args: Any,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Our request and the SDK's, as the server saw them. A model OpenAI has shut down goes to
    a compatible server (``kind``): Studio refuses to send it to OpenAI at all."""
    recording, base_url = recorder
    recording.requests.clear()
    provider = Provider("p", "P", kind, base_url=base_url, organization="org-9", project="proj-9")
    async with ImagesClient(provider, "sk-wire") as client:
        if ours.stream:
            async with client.stream(ours) as events:
                async for _ in events:
                    pass
        else:
            await client.send(ours)
    sdk = openai.AsyncOpenAI(
        api_key="sk-wire",
        base_url=base_url,
        organization="org-9",
        project="proj-9",
        max_retries=0,
    )
    answer = await getattr(sdk.images, sdk_call)(**sdk_args)
    if sdk_args.get("stream"):
        async for _ in answer:
            pass
    await sdk.close()
    ours_seen, sdk_seen = recording.requests
    return ours_seen, sdk_seen


GENERATION = {
    "prompt": "a lighthouse at dusk",
    "model": "gpt-image-2.6-sunburst",
    "n": 2,
    "size": "1536x864",
    "quality": "xhigh",
    "background": "opaque",
    "output_format": "webp",
    "output_compression": 70,
    "moderation": "low",
    "complexity": "high",
    "safety_identifier": "user-hash-1",
}


async def test_generation_json_is_the_sdks(recorder: tuple[Recorder, str]) -> None:
    ours, sdk = await both(
        recorder, ImageRequest(Endpoint.GENERATIONS, **GENERATION), "generate", **GENERATION
    )
    assert ours == sdk
    assert ours["json"] == GENERATION  # nothing unset was sent
    assert ours["authorization"] == "Bearer sk-wire"
    assert (ours["organization"], ours["project"]) == ("org-9", "proj-9")


async def test_streaming_generation_json_is_the_sdks(recorder: tuple[Recorder, str]) -> None:
    args = {"prompt": "a kite", "model": "gpt-image-2.6-flare", "partial_images": 2}
    ours, sdk = await both(
        recorder,
        ImageRequest(Endpoint.GENERATIONS, stream=True, **args),
        "generate",
        stream=True,
        **args,
    )
    assert ours == sdk
    assert ours["json"]["stream"] is True


async def test_dall_e_3_generation_is_the_sdks(recorder: tuple[Recorder, str]) -> None:
    args = {
        "prompt": "a kite",
        "model": "dall-e-3",
        "quality": "hd",
        "style": "natural",
        "response_format": "b64_json",
        "size": "1792x1024",
        "user": "u-7",
    }
    ours, sdk = await both(
        recorder,
        ImageRequest(Endpoint.GENERATIONS, **args),
        "generate",
        kind=ProviderKind.COMPATIBLE,
        **args,
    )
    assert ours == sdk


async def test_svg_generation_nests_the_svg_object_like_the_sdk(
    recorder: tuple[Recorder, str],
) -> None:
    args = {"prompt": "a logo", "model": "gpt-image-2.6-flare", "output_format": "svg"}
    ours, sdk = await both(
        recorder,
        ImageRequest(Endpoint.GENERATIONS, svg=SvgOptions("svg-author", "low"), **args),
        "generate",
        svg={"model": "svg-author", "reasoning": {"effort": "low"}},
        **args,
    )
    assert ours == sdk


async def test_single_image_edit_multipart_is_the_sdks(recorder: tuple[Recorder, str]) -> None:
    args = {
        "prompt": "add a hat",
        "model": "gpt-image-1.5",
        "n": 3,
        "size": "1024x1024",
        "input_fidelity": "high",
        "quality": "low",
    }
    ours, sdk = await both(
        recorder,
        ImageRequest(
            Endpoint.EDITS,
            images=(ImageFile.from_bytes(IMAGE, "cat.png"),),
            mask=ImageFile.from_bytes(MASK, "mask.png"),
            **args,
        ),
        "edit",
        kind=ProviderKind.COMPATIBLE,  # input_fidelity: gpt-image-1.5, gone at OpenAI
        image=("cat.png", IMAGE, "image/png"),
        mask=("mask.png", MASK, "image/png"),
        **args,
    )
    assert ours == sdk
    assert ours["fields"]["n"] == "3"
    assert [f[0] for f in ours["files"]] == ["image", "mask"]


async def test_several_images_go_as_image_brackets_like_the_sdk(
    recorder: tuple[Recorder, str],
) -> None:
    args = {
        "prompt": "combine them",
        "model": "gpt-image-2.6-flare",
        "output_format": "png",
        "partial_images": 1,
    }
    images = (ImageFile.from_bytes(IMAGE, "a.png"), ImageFile.from_bytes(SECOND, "b.png"))
    ours, sdk = await both(
        recorder,
        ImageRequest(
            Endpoint.EDITS,
            images=images,
            markup=ImageFile.from_bytes(MASK, "m.png"),
            stream=True,
            **args,
        ),
        "edit",
        image=[("a.png", IMAGE, "image/png"), ("b.png", SECOND, "image/png")],
        markup=("m.png", MASK, "image/png"),
        stream=True,
        **args,
    )
    assert ours == sdk
    assert [f[0] for f in ours["files"]] == ["image[]", "image[]", "markup"]
    assert ours["fields"]["stream"] == "true"


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # the SDK's, for dall-e-2
async def test_variation_multipart_is_the_sdks(recorder: tuple[Recorder, str]) -> None:
    args = {
        "model": "dall-e-2",
        "n": 2,
        "size": "512x512",
        "response_format": "b64_json",
        "user": "u-4",
    }
    ours, sdk = await both(
        recorder,
        ImageRequest(Endpoint.VARIATIONS, images=(ImageFile.from_bytes(IMAGE, "v.png"),), **args),
        "create_variation",
        kind=ProviderKind.COMPATIBLE,
        image=("v.png", IMAGE, "image/png"),
        **args,
    )
    assert ours == sdk
    assert ours["path"] == "/v1/images/variations"


async def test_every_file_part_has_a_real_content_type(recorder: tuple[Recorder, str]) -> None:
    jpeg = png(64, 64, fmt="JPEG")
    ours, _ = await both(
        recorder,
        ImageRequest(Endpoint.EDITS, "x", images=(ImageFile.from_bytes(jpeg, "upload"),)),
        "edit",
        image=("upload.jpg", jpeg, "image/jpeg"),
        prompt="x",
    )
    assert ours["files"][0][1:3] == ("upload.jpg", "image/jpeg")


async def test_gif_generation_with_frames_is_the_sdks(recorder: tuple[Recorder, str]) -> None:
    args = {
        "prompt": "a spinning coin",
        "model": "gpt-image-2.6-flare",
        "output_format": "gif",
        "frame_count": 12,
        "frame_duration_ms": 80,
        "complexity": "low",
        "user": "u-3",
    }
    ours, sdk = await both(recorder, ImageRequest(Endpoint.GENERATIONS, **args), "generate", **args)
    assert ours == sdk
    assert ours["json"] == args


async def test_svg_edit_sends_svg_in_brackets_like_the_sdk(recorder: tuple[Recorder, str]) -> None:
    args = {
        "prompt": "trace it",
        "model": "gpt-image-2.6-sunburst",
        "output_format": "svg",
        "complexity": "medium",
        "safety_identifier": "hash-2",
        "user": "u-2",
    }
    ours, sdk = await both(
        recorder,
        ImageRequest(
            Endpoint.EDITS,
            images=(ImageFile.from_bytes(IMAGE, "logo.png"),),
            svg=SvgOptions("svg-author", "minimal"),
            **args,
        ),
        "edit",
        image=("logo.png", IMAGE, "image/png"),
        svg={"model": "svg-author", "reasoning": {"effort": "minimal"}},
        **args,
    )
    assert ours == sdk
    assert ours["fields"]["svg[model]"] == "svg-author"
    assert ours["fields"]["svg[reasoning][effort]"] == "minimal"
    assert ours["fields"]["complexity"] == "medium"


async def test_gif_edit_frames_are_form_numbers_like_the_sdk(
    recorder: tuple[Recorder, str],
) -> None:
    args = {
        "prompt": "make it wave",
        "model": "gpt-image-2.6-flare",
        "output_format": "gif",
        "frame_count": 3,
        "frame_duration_ms": 40,
    }
    ours, sdk = await both(
        recorder,
        ImageRequest(Endpoint.EDITS, images=(ImageFile.from_bytes(IMAGE, "f.png"),), **args),
        "edit",
        image=("f.png", IMAGE, "image/png"),
        **args,
    )
    assert ours == sdk
    assert (ours["fields"]["frame_count"], ours["fields"]["frame_duration_ms"]) == ("3", "40")


def test_the_parameter_table_speaks_the_sdks_names_per_endpoint() -> None:
    """Each parameter, for each endpoint the table gives it, is one the SDK's call takes, and
    the SDK takes no parameter the table lacks."""
    calls = {
        Endpoint.GENERATIONS: openai.resources.images.AsyncImages.generate,
        Endpoint.EDITS: openai.resources.images.AsyncImages.edit,
        Endpoint.VARIATIONS: openai.resources.images.AsyncImages.create_variation,
    }
    plumbing = {"self", "extra_headers", "extra_query", "extra_body", "timeout"}
    for endpoint, call in calls.items():
        sdk = set(inspect.signature(call).parameters) - plumbing
        ours = {spec.api_name for spec in PARAMS if endpoint in spec.endpoints}
        assert ours == sdk, endpoint
