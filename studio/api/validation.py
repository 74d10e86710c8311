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

__all__ = ["validate"]

MASK_MAX_BYTES = 4 * 1024 * 1024


def _choices(values: Sequence[str]) -> str:
    quoted = [str(v) for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _refuse(param: str, message: str) -> InvalidParameters:
    return InvalidParameters(message, param=param)


def validate(request: ImageRequest) -> tuple[str, ...]:
    caps = capabilities_for(request.model_name)
    warnings: list[str] = []
    if not caps.known:
        warnings.append(
            f"Studio does not know the model {caps.name}; the request is sent as set and the "
            "server decides what it accepts."
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
        raise _refuse("prompt", "Write a prompt: it says what the image should show.")
    if request.size is not None and request.size != "auto" and parse_size(request.size) is None:
        raise _refuse("size", f"size {request.size}: write it as WIDTHxHEIGHT, e.g. 1024x1024.")
    if request.mask is not None and request.markup is not None:
        raise _refuse("markup", "Use either a mask or a markup, not both.")
    if request.endpoint is Endpoint.GENERATIONS and request.images:
        raise _refuse("image", "A generation takes no input images; use an edit instead.")
    if request.endpoint is Endpoint.EDITS and not request.images:
        raise _refuse("image", "An edit needs at least one input image.")
    if request.endpoint is Endpoint.VARIATIONS and len(request.images) != 1:
        raise _refuse("image", "A variation takes exactly one input image.")


def _is_set(spec: ParamSpec, value: Any) -> bool:
    return value not in (None, (), "") and value not in spec.inert


def _check_model(request: ImageRequest, caps: ModelCapabilities) -> list[str]:
    model = caps.name
    if request.endpoint not in caps.endpoints:
        able = [m.name for m in _models_for(request.endpoint)]
        raise _refuse(
            "model",
            f"{model} cannot make {request.endpoint.value}; use {_choices(able[:3])}.",
        )
    if len(request.prompt) > caps.prompt_max:
        raise _refuse(
            "prompt",
            f"The prompt has {len(request.prompt):,} characters; {model} takes at most "
            f"{caps.prompt_max:,}.",
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
                "background", f"A transparent background needs png or webp output, not {fmt}."
            )
        if caps.transparent_preview:
            warnings.append(
                f"Transparent backgrounds are a preview on {model}: some deployments refuse "
                "them. If the server does, choose opaque, or a 2.5 or 2.6 model."
            )
    if request.endpoint is not Endpoint.GENERATIONS:
        _check_inputs(request, caps)
    return warnings


def _check_choice(spec: ParamSpec, value: Any, caps: ModelCapabilities) -> None:
    allowed = spec.choices(caps) if spec.choices is not None else ()
    if value is None or not allowed or value in allowed:
        return
    name = spec.api_name
    raise _refuse(name, f"{name} {value}: {caps.name} accepts {_choices(allowed)}.")


def _check_bounds(spec: ParamSpec, value: Any, caps: ModelCapabilities) -> None:
    if value is None or spec.bounds is None:
        return
    low, high = spec.bounds(caps)
    if low <= value <= high:
        return
    who = f" for {caps.name}" if caps.known else ""
    if low == high:
        raise _refuse(spec.api_name, f"{spec.api_name} must be {low}{who}.")
    raise _refuse(spec.api_name, f"{spec.api_name} must be between {low:,} and {high:,}{who}.")


def _check_size(request: ImageRequest, caps: ModelCapabilities) -> list[str]:
    size = request.size
    if size is None or size in caps.sizes:
        return []
    parsed = parse_size(size)
    if caps.free_size is None or parsed is None:
        raise _refuse("size", f"size {size}: {caps.name} makes {_choices(caps.sizes)}.")
    problem = caps.free_size.problem(*parsed)
    if problem:
        raise _refuse("size", f"size {size}: {problem} for {caps.name}.")
    if caps.free_size.experimental(*parsed):
        return [f"size {size} is above 2560x1440, which {caps.name} makes only experimentally."]
    return []


def _check_inputs(request: ImageRequest, caps: ModelCapabilities) -> None:
    if len(request.images) > caps.max_images:
        raise _refuse(
            "image",
            f"{caps.name} takes at most {caps.max_images} input image"
            f"{'s' if caps.max_images > 1 else ''}; {len(request.images)} were given.",
        )
    for image in request.images:
        _check_input_image(image, caps)
    base = request.images[0].dimensions
    for name, layer in (("mask", request.mask), ("markup", request.markup)):
        if layer is None:
            continue
        if layer.format != "png":
            raise _refuse(name, f"The {name} must be a PNG image, not {layer.format}.")
        if name == "mask" and len(layer.data) > MASK_MAX_BYTES:
            raise _refuse("mask", "The mask must be smaller than 4 MB.")
        if base is not None and layer.dimensions not in (None, base):
            width, height = layer.dimensions or (0, 0)
            raise _refuse(
                name,
                f"The {name} is {width}x{height} but the first image is "
                f"{base[0]}x{base[1]}; they must be the same size.",
            )


def _check_input_image(image: ImageFile, caps: ModelCapabilities) -> None:
    if image.format not in caps.image_formats:
        raise _refuse(
            "image",
            f"{image.filename} is {image.format}; {caps.name} takes "
            f"{_choices(caps.image_formats)} images.",
        )
    if len(image.data) > caps.image_max_bytes:
        limit = caps.image_max_bytes // (1024 * 1024)
        raise _refuse("image", f"{image.filename} is larger than {caps.name}'s {limit} MB limit.")
    if caps.square_png_input:
        size = image.dimensions
        if size is not None and size[0] != size[1]:
            raise _refuse(
                "image", f"{image.filename} is {size[0]}x{size[1]}; {caps.name} needs a square."
            )


def _models_for(endpoint: Endpoint) -> list[ModelCapabilities]:
    """Models that serve ``endpoint``, current ones first."""
    able = [m for m in known_models() if endpoint in m.endpoints]
    return sorted(able, key=lambda m: lifecycle_for(m.name).shutdown is not None)
