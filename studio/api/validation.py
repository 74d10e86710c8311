"""Checking a request against its model's capabilities before anything is sent.

``validate`` raises ``InvalidParameters`` naming the parameter and what is allowed, and returns
warnings (an unknown model, one with a shutdown date at OpenAI, an experimental size) that do not
stop the request: a compatible server may still serve a model OpenAI has shut down.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from studio.api.capabilities import (
    Endpoint,
    ModelCapabilities,
    capabilities_for,
    known_models,
    parse_size,
)
from studio.api.errors import InvalidParameters
from studio.api.lifecycle import lifecycle_for, lifecycle_note
from studio.api.params import PARAMS, ParamKind, ParamSpec, applies, param
from studio.api.requests import ImageFile, ImageRequest
from studio.config import words

__all__ = ["validate"]

MASK_MAX_BYTES = 4 * 1024 * 1024
#: The sentences about a mask or a markup layer, whole (a translation declines the noun).
_LAYER_MUST_BE_PNG = {
    "mask": words("Validation", "The mask must be a PNG image, not {format}."),
    "markup": words("Validation", "The markup must be a PNG image, not {format}."),
}
_LAYER_SIZE_DIFFERS = {
    "mask": words(
        "Validation",
        "The mask is {width}x{height} but the first image is {base_width}x{base_height}; "
        "they must be the same size.",
    ),
    "markup": words(
        "Validation",
        "The markup is {width}x{height} but the first image is {base_width}x{base_height}; "
        "they must be the same size.",
    ),
}


def _choices(values: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    quoted = [str(v) for v in values]
    if len(quoted) == 1:
        return quoted[0]
    return words("Validation", "{some} or {last}").format(
        some=", ".join(quoted[:-1]), last=quoted[-1]
    )


def _refuse(param: str, message: str) -> InvalidParameters:
    return InvalidParameters(message, param=param)


def validate(request: ImageRequest) -> tuple[str, ...]:
    caps = capabilities_for(request.model_name)
    warnings: list[str] = []
    if not caps.known:
        warnings.append(
            words(
                "Validation",
                "Studio does not know the model {model}; the request is sent as set and the "
                "server decides what it accepts.",
            ).format(model=caps.name)
        )
    elif note := lifecycle_note(caps.name, date.today()):
        warnings.append(note)
    _check_protocol(request)
    if caps.known:
        warnings.extend(_check_model(request, caps))
    # An unknown model's capabilities carry the protocol's own limits.
    for spec in PARAMS:
        if spec.bounds is not None:
            _check_bounds(spec, spec.value_in(request), caps)
    return tuple(warnings)


def _check_protocol(request: ImageRequest) -> None:
    """What any server speaking the Images API requires, whatever the model."""
    if request.endpoint is not Endpoint.VARIATIONS and not request.prompt.strip():
        raise _refuse(
            "prompt", words("Validation", "Write a prompt: it says what the image should show.")
        )
    if request.size is not None and request.size != "auto" and parse_size(request.size) is None:
        raise _refuse(
            "size",
            words("Validation", "size {size}: write it as WIDTHxHEIGHT, e.g. 1024x1024.").format(
                size=request.size
            ),
        )
    if request.mask is not None and request.markup is not None:
        raise _refuse("markup", words("Validation", "Use either a mask or a markup, not both."))
    if request.endpoint is Endpoint.GENERATIONS and request.images:
        raise _refuse(
            "image", words("Validation", "A generation takes no input images; use an edit instead.")
        )
    if request.endpoint is Endpoint.EDITS and not request.images:
        raise _refuse("image", words("Validation", "An edit needs at least one input image."))
    if request.endpoint is Endpoint.VARIATIONS and len(request.images) != 1:
        raise _refuse("image", words("Validation", "A variation takes exactly one input image."))


def _is_set(spec: ParamSpec, value: Any) -> bool:
    return value not in (None, (), "") and value not in spec.inert


def _check_model(request: ImageRequest, caps: ModelCapabilities) -> list[str]:
    model = caps.name
    if request.endpoint not in caps.endpoints:
        able = [m.name for m in _models_for(request.endpoint)]
        raise _refuse(
            "model",
            words("Validation", "{model} cannot make {endpoint}; use {able}.").format(
                model=model, endpoint=request.endpoint.value, able=_choices(able[:3])
            ),
        )
    if len(request.prompt) > caps.prompt_max:
        raise _refuse(
            "prompt",
            words(
                "Validation",
                "The prompt has {length:,} characters; {model} takes at most {most:,}.",
            ).format(length=len(request.prompt), model=model, most=caps.prompt_max),
        )
    fmt = request.output_format_or_default
    # The format first: what else applies depends on it.
    formats = param("output_format")
    _check_choice(formats, request.output_format, caps)
    for spec in PARAMS:
        value = spec.value_in(request)
        if not _is_set(spec, value):
            continue
        why = applies(spec, caps, request.endpoint, fmt)
        if why is not None:
            raise _refuse(spec.api_name, why)
        if spec.kind is ParamKind.CHOICE:
            _check_choice(spec, value, caps)
    warnings = _check_size(request, caps)
    if request.background == "transparent":
        if fmt not in ("png", "webp"):
            raise _refuse(
                "background",
                words(
                    "Validation", "A transparent background needs png or webp output, not {format}."
                ).format(format=fmt),
            )
        if caps.transparent_preview:
            warnings.append(
                words(
                    "Validation",
                    "Transparent backgrounds are a preview on {model}: some deployments refuse "
                    "them. If the server does, choose opaque, or a 2.5 or 2.6 model.",
                ).format(model=model)
            )
    if request.endpoint is not Endpoint.GENERATIONS:
        _check_inputs(request, caps)
    return warnings


def _check_choice(spec: ParamSpec, value: Any, caps: ModelCapabilities) -> None:
    allowed = spec.choices(caps) if spec.choices is not None else ()
    if value is None or not allowed or value in allowed:
        return
    name = spec.api_name
    raise _refuse(
        name,
        words("Validation", "{param} {value}: {model} accepts {allowed}.").format(
            param=name, value=value, model=caps.name, allowed=_choices(allowed)
        ),
    )


def _check_bounds(spec: ParamSpec, value: Any, caps: ModelCapabilities) -> None:
    if value is None or spec.bounds is None:
        return
    low, high = spec.bounds(caps)
    if low <= value <= high:
        return
    name = spec.api_name
    if low == high and caps.known:
        said = words("Validation", "{param} must be {low} for {model}.")
    elif low == high:
        said = words("Validation", "{param} must be {low}.")
    elif caps.known:
        said = words("Validation", "{param} must be between {low:,} and {high:,} for {model}.")
    else:
        said = words("Validation", "{param} must be between {low:,} and {high:,}.")
    raise _refuse(name, said.format(param=name, low=low, high=high, model=caps.name))


def _check_size(request: ImageRequest, caps: ModelCapabilities) -> list[str]:
    size = request.size
    if size is None or size in caps.sizes:
        return []
    parsed = parse_size(size)
    if caps.free_size is None or parsed is None:
        raise _refuse(
            "size",
            words("Validation", "size {size}: {model} makes {sizes}.").format(
                size=size, model=caps.name, sizes=_choices(caps.sizes)
            ),
        )
    problem = caps.free_size.problem(*parsed)
    if problem:
        raise _refuse(
            "size",
            words("Validation", "size {size}: {problem} for {model}.").format(
                size=size, problem=problem, model=caps.name
            ),
        )
    if caps.free_size.experimental(*parsed):
        return [
            words(
                "Validation",
                "size {size} is above 2560x1440, which {model} makes only experimentally.",
            ).format(size=size, model=caps.name)
        ]
    return []


def _check_inputs(request: ImageRequest, caps: ModelCapabilities) -> None:
    if len(request.images) > caps.max_images:
        raise _refuse(
            "image",
            (
                words(
                    "Validation", "{model} takes at most {most} input images; {given} were given."
                )
                if caps.max_images > 1
                else words(
                    "Validation", "{model} takes at most {most} input image; {given} were given."
                )
            ).format(model=caps.name, most=caps.max_images, given=len(request.images)),
        )
    for image in request.images:
        _check_input_image(image, caps)
    base = request.images[0].dimensions
    for name, layer in (("mask", request.mask), ("markup", request.markup)):
        if layer is None:
            continue
        if layer.format != "png":
            raise _refuse(
                name,
                _LAYER_MUST_BE_PNG[name].format(format=layer.format),
            )
        if name == "mask" and len(layer.data) > MASK_MAX_BYTES:
            raise _refuse("mask", words("Validation", "The mask must be smaller than 4 MB."))
        if base is not None and layer.dimensions not in (None, base):
            width, height = layer.dimensions or (0, 0)
            raise _refuse(
                name,
                _LAYER_SIZE_DIFFERS[name].format(
                    width=width, height=height, base_width=base[0], base_height=base[1]
                ),
            )


def _check_input_image(image: ImageFile, caps: ModelCapabilities) -> None:
    if image.format not in caps.image_formats:
        raise _refuse(
            "image",
            words("Validation", "{file} is {format}; {model} takes {formats} images.").format(
                file=image.filename,
                format=image.format,
                model=caps.name,
                formats=_choices(caps.image_formats),
            ),
        )
    if len(image.data) > caps.image_max_bytes:
        limit = caps.image_max_bytes // (1024 * 1024)
        raise _refuse(
            "image",
            words("Validation", "{file} is larger than {model}'s {limit} MB limit.").format(
                file=image.filename, model=caps.name, limit=limit
            ),
        )
    if caps.square_png_input:
        size = image.dimensions
        if size is not None and size[0] != size[1]:
            raise _refuse(
                "image",
                words("Validation", "{file} is {width}x{height}; {model} needs a square.").format(
                    file=image.filename, width=size[0], height=size[1], model=caps.name
                ),
            )


def _models_for(endpoint: Endpoint) -> list[ModelCapabilities]:
    """Models that serve ``endpoint``, current ones first."""
    able = [m for m in known_models() if endpoint in m.endpoints]
    return sorted(able, key=lambda m: lifecycle_for(m.name).shutdown is not None)
