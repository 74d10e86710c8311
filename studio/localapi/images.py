"""Making the images a request asks for, with the metadata and usage the real API reports.

CPU-heavy: the app runs these functions in a worker thread, never on its event loop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from studio.api import Endpoint, ImageRequest, capabilities_for, dimensions, parse_size
from studio.localapi import credentials, render

__all__ = ["Made", "ServerOptions", "make_images", "metadata", "output_size", "usage"]

_OUTPUT_TOKENS_1024 = {"low": 272, "medium": 1056, "high": 4160, "xhigh": 6240, "max": 8320}
PARTIAL_TOKENS = 100


@dataclass(frozen=True)
class ServerOptions:
    #: Seconds between stream events, so people (and tests) can watch partials arrive.
    pace: float = 0.0
    #: Render random noise: the largest possible images, for benchmarks.
    noise: bool = False


@dataclass(frozen=True)
class Made:
    """One output image, encoded, with its partial previews (each encoded too)."""

    data: bytes = field(repr=False)
    partials: tuple[bytes, ...] = field(default=(), repr=False)


def output_size(request: ImageRequest) -> tuple[int, int]:
    parsed = parse_size(request.size or "auto")
    if parsed:
        return parsed
    if request.images:
        size = dimensions(request.images[0].data)
        if size:
            return size
    return 1024, 1024


def quality_of(request: ImageRequest) -> str:
    caps = capabilities_for(request.model_name)
    if request.quality and request.quality != "auto":
        return request.quality
    return "medium" if caps.gpt_image else "standard"


def metadata(request: ImageRequest) -> dict[str, Any]:
    """The ``size``, ``quality``, ``background`` and ``output_format`` a response reports."""
    if not capabilities_for(request.model_name).gpt_image:
        return {}
    width, height = output_size(request)
    return {
        "size": f"{width}x{height}",
        "quality": quality_of(request),
        "background": "transparent" if request.background == "transparent" else "opaque",
        "output_format": request.output_format_or_default,
    }


def usage(request: ImageRequest, partials: int) -> dict[str, Any] | None:
    """The usage the API reports: partial images' tokens inside ``output_tokens``, and no
    ``output_tokens_details`` (the Images endpoints send none)."""
    if not capabilities_for(request.model_name).gpt_image:
        return None
    width, height = output_size(request)
    text = max(1, math.ceil(len(request.prompt) / 4))
    image_in = 0
    for image in request.images:
        w, h = dimensions(image.data) or (1024, 1024)
        image_in += 65 + 129 * math.ceil(w / 512) * math.ceil(h / 512)
    per_image = _OUTPUT_TOKENS_1024.get(quality_of(request), 1056) * width * height / 1024**2
    output = (request.n or 1) * round(per_image) + partials * PARTIAL_TOKENS
    return {
        "input_tokens": text + image_in,
        "input_tokens_details": {"text_tokens": text, "image_tokens": image_in},
        "output_tokens": output,
        "total_tokens": text + image_in + output,
    }


def make_images(request: ImageRequest, options: ServerOptions, seed: int) -> list[Made]:
    width, height = output_size(request)
    fmt = request.output_format_or_default
    if fmt == "svg":
        return [Made(render.svg_picture(request.prompt, width, height))]
    count = (request.partial_images or 0) if request.stream else 0
    made = []
    for number in range(request.n or 1):
        picture = _picture(request, options, width, height, seed + number)

        def encoded(image: Image.Image) -> bytes:
            return render.encode(
                image,
                fmt,
                compression=request.output_compression,
                frames=request.frame_count or 9,
                frame_ms=request.frame_duration_ms or 200,
                fast=options.noise,
            )

        final = encoded(picture)
        if options.noise:  # noise has no coarser version; encoding it once is what is slow
            partials = (final,) * count
        else:
            partials = tuple(encoded(render.partial(picture, i, count)) for i in range(count))
        # Final images carry content credentials as the API's do; partials are unsigned previews.
        made.append(Made(credentials.sign(final, fmt, request), partials))
    return made


def _picture(
    request: ImageRequest, options: ServerOptions, width: int, height: int, seed: int
) -> Image.Image:
    if options.noise:
        return render.noise(width, height)
    if request.endpoint is Endpoint.VARIATIONS:
        return render.variation(request.images[0].data, (width, height), seed)
    prompt = request.prompt if seed == 0 else f"{request.prompt}\x1f{seed}"
    if request.endpoint is Endpoint.EDITS:
        return render.edit(
            prompt,
            request.images[0].data,
            (width, height),
            mask=request.mask.data if request.mask else None,
            markup=request.markup.data if request.markup else None,
        )
    return render.picture(prompt, width, height, transparent=request.background == "transparent")
