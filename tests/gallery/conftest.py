from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.api import Endpoint, GeneratedImage, ImageFile, ImageRequest, ImagesResult, Usage
from studio.gallery import GalleryStore, ImageRecord, Outcome
from tests.images import png


def with_c2pa(data: bytes) -> bytes:
    """A PNG with a provenance (``caBX``) chunk before IEND, as signed API output has."""
    payload = b"c2pa manifest stand-in"
    chunk = struct.pack(">I", len(payload)) + b"caBX" + payload
    chunk += struct.pack(">I", zlib.crc32(b"caBX" + payload) & 0xFFFFFFFF)
    return data[:-12] + chunk + data[-12:]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[GalleryStore]:
    gallery = GalleryStore(tmp_path / "gallery")
    yield gallery
    gallery.close()


def generate(
    store: GalleryStore,
    prompt: str = "a red fox in the snow",
    *,
    colours: tuple[tuple[int, int, int, int], ...] = ((200, 40, 40, 255),),
    model: str = "gpt-image-1.5",
    **request: object,
) -> tuple[ImageRecord, ...]:
    images = tuple(GeneratedImage(png(96, 64, colour), "png") for colour in colours)
    result = ImagesResult(
        images=images,
        usage=Usage(input_tokens=12, output_tokens=1056, input_text_tokens=12),
        size="1024x1024",
        quality="medium",
        request_id="req_test",
    )
    ask = ImageRequest(Endpoint.GENERATIONS, prompt, model=model, n=len(images), **request)
    return store.save(Outcome.of(ask, result, provider="OpenAI", duration=2.5))


def edit(
    store: GalleryStore, source: bytes, prompt: str = "add a hat", colour=(0, 0, 200, 255)
) -> tuple[ImageRecord, ...]:
    ask = ImageRequest(
        Endpoint.EDITS, prompt, model="gpt-image-1.5", images=(ImageFile.from_bytes(source),)
    )
    result = ImagesResult(images=(GeneratedImage(png(96, 64, colour), "png"),))
    return store.save(Outcome.of(ask, result, provider="OpenAI"))


async def from_local_server(base_url: str, prompt: str = "a signed fox", **params: object) -> bytes:
    """A final image as the local server answers it: real HTTP, content credentials included."""
    from studio.api import ImagesClient
    from studio.config import Provider, ProviderKind
    from studio.localapi import DEMO_KEY

    provider = Provider("local", "Local", ProviderKind.COMPATIBLE, base_url=base_url)
    async with ImagesClient(provider, DEMO_KEY) as client:
        result = await client.generate(
            prompt, model="gpt-image-2.6-flare", size="1024x1024", **params
        )
    return result.images[0].data
