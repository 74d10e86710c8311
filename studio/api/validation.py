"""Checking a request against its model's capabilities before anything is sent.

``validate`` raises ``InvalidParameters`` naming the parameter and what is allowed, and returns
warnings (an unknown or deprecated model, an experimental size) that do not stop the request.
"""

from __future__ import annotations

from collections.abc import Sequence

from studio.api.capabilities import (
    Endpoint,
    ModelCapabilities,
    capabilities_for,
    known_models,
    parse_size,
)
from studio.api.errors import InvalidParameters
from studio.api.requests import ImageFile, ImageRequest

__all__ = ["validate"]

MASK_MAX_BYTES = 4 * 1024 * 1024
PROTOCOL_N_MAX = 10
PROTOCOL_PARTIALS_MAX = 3


def _choices(values: Sequence[str]) -> str:
    quoted = [str(v) for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _refuse(param: str, message: str) -> InvalidParameters:
    return InvalidParameters(message, param=param)


def _check_choice(param: str, value: str | None, allowed: Sequence[str], model: str) -> None:
    if value is None:
        return
    if not allowed:
        raise _refuse(param, f"{model} does not take {param}; leave it unset.")
    if value not in allowed:
        raise _refuse(param, f"{param} {value}: {model} accepts {_choices(allowed)}.")


def validate(request: ImageRequest) -> tuple[str, ...]:
    caps = capabilities_for(request.model_name)
    warnings: list[str] = []
    if not caps.known:
        warnings.append(
            f"Studio does not know the model {caps.name}; the request is sent as set and the "
            "server decides what it accepts."
        )
    elif caps.deprecated:
        warnings.append(caps.deprecated)
    _check_protocol(request)
    if caps.known:
        warnings.extend(_check_model(request, caps))
    return tuple(warnings)


def _check_protocol(request: ImageRequest) -> None:
    """What any server speaking the Images API requires, whatever the model."""
    if request.endpoint is not Endpoint.VARIATIONS and not request.prompt.strip():
        raise _refuse("prompt", "Write a prompt: it says what the image should show.")
    if request.n is not None and not 1 <= request.n <= PROTOCOL_N_MAX:
        raise _refuse("n", f"n {request.n}: ask for 1 to {PROTOCOL_N_MAX} images.")
    if request.size is not None and request.size != "auto" and parse_size(request.size) is None:
        raise _refuse("size", f"size {request.size}: write it as WIDTHxHEIGHT, e.g. 1024x1024.")
    if request.output_compression is not None and not 0 <= request.output_compression <= 100:
        raise _refuse("output_compression", "output_compression must be between 0 and 100.")
    if request.partial_images is not None and not (
        0 <= request.partial_images <= PROTOCOL_PARTIALS_MAX
    ):
        raise _refuse("partial_images", "partial_images must be between 0 and 3.")
    if request.mask is not None and request.markup is not None:
        raise _refuse("markup", "Use either a mask or a markup, not both.")
    if request.endpoint is Endpoint.GENERATIONS and request.images:
        raise _refuse("image", "A generation takes no input images; use an edit instead.")
    if request.endpoint is Endpoint.EDITS and not request.images:
        raise _refuse("image", "An edit needs at least one input image.")
    if request.endpoint is Endpoint.VARIATIONS and len(request.images) != 1:
        raise _refuse("image", "A variation takes exactly one input image.")


def _check_model(request: ImageRequest, caps: ModelCapabilities) -> list[str]:
    model = caps.name
    warnings: list[str] = []
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
    if request.n is not None and request.n > caps.n_max:
        raise _refuse("n", f"n {request.n}: {model} makes at most {caps.n_max} per request.")
    warnings.extend(_check_size(request, caps))
    _check_choice("quality", request.quality, caps.qualities, model)
    _check_choice("background", request.background, caps.backgrounds, model)
    _check_choice("output_format", request.output_format, caps.output_formats, model)
    _check_choice("style", request.style, caps.styles, model)
    _check_choice("response_format", request.response_format, caps.response_formats, model)
    _check_choice("complexity", request.complexity, caps.complexity, model)
    if request.endpoint is Endpoint.GENERATIONS:
        _check_choice("moderation", request.moderation, caps.moderation, model)
    elif request.moderation is not None:
        raise _refuse("moderation", "moderation applies to generations only.")
    if request.endpoint is Endpoint.EDITS:
        _check_choice("input_fidelity", request.input_fidelity, caps.input_fidelity, model)
    elif request.input_fidelity is not None:
        raise _refuse("input_fidelity", "input_fidelity applies to edits only.")
    if request.safety_identifier is not None and not caps.safety_identifier:
        raise _refuse("safety_identifier", f"{model} does not take safety_identifier.")
    _check_output(request, caps)
    if request.endpoint is not Endpoint.GENERATIONS:
        _check_inputs(request, caps)
    return warnings


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
    if parsed[0] * parsed[1] > caps.free_size.experimental_above:
        return [f"size {size} is above 2560x1440, which {caps.name} makes only experimentally."]
    return []


def _check_output(request: ImageRequest, caps: ModelCapabilities) -> None:
    model = caps.name
    fmt = request.output_format_or_default
    if request.background == "transparent" and fmt not in ("png", "webp"):
        raise _refuse(
            "background",
            f"A transparent background needs png or webp output, not {fmt}.",
        )
    if request.output_compression is not None:
        if not caps.compression:
            raise _refuse("output_compression", f"{model} does not take output_compression.")
        if fmt not in ("jpeg", "webp"):
            raise _refuse(
                "output_compression", f"output_compression applies to jpeg and webp, not {fmt}."
            )
    if request.stream and not caps.streaming:
        raise _refuse("stream", f"{model} cannot stream partial images.")
    if request.partial_images is not None and request.partial_images > caps.partial_images_max:
        raise _refuse(
            "partial_images", f"{model} sends at most {caps.partial_images_max} partial images."
        )
    animated_or_vector = fmt in ("gif", "svg")
    if animated_or_vector:
        if request.stream or request.partial_images:
            raise _refuse("stream", f"{fmt} output cannot be streamed or sent in partials.")
        if request.mask is not None:
            raise _refuse("mask", f"{fmt} output cannot be combined with a mask.")
    if fmt == "svg" and (request.n or 1) != 1:
        raise _refuse("n", "svg output makes one image per request (n must be 1).")
    if request.frame_count is not None or request.frame_duration_ms is not None:
        if fmt != "gif":
            raise _refuse("frame_count", "frame_count and frame_duration_ms apply to gif output.")
        low, high = caps.gif_frames
        if request.frame_count is not None and not low <= request.frame_count <= high:
            raise _refuse("frame_count", f"frame_count must be between {low} and {high}.")
        if request.frame_duration_ms is not None and request.frame_duration_ms <= 0:
            raise _refuse("frame_duration_ms", "frame_duration_ms must be more than 0.")
    if request.svg is not None:
        if fmt != "svg":
            raise _refuse("svg", "svg options apply to svg output.")
        _check_choice(
            "svg", request.svg.reasoning_effort, caps.svg_reasoning, f"{model} (svg reasoning)"
        )


def _check_inputs(request: ImageRequest, caps: ModelCapabilities) -> None:
    model = caps.name
    if len(request.images) > caps.max_images:
        raise _refuse(
            "image",
            f"{model} takes at most {caps.max_images} input image"
            f"{'s' if caps.max_images > 1 else ''}; {len(request.images)} were given.",
        )
    for image in request.images:
        _check_input_image(image, caps)
    base = request.images[0].dimensions
    for param, layer in (("mask", request.mask), ("markup", request.markup)):
        if layer is None:
            continue
        if param == "mask" and not caps.mask:
            raise _refuse("mask", f"{model} does not take a mask.")
        if param == "markup" and not caps.markup:
            raise _refuse("markup", f"{model} does not take a markup; use a mask instead.")
        if layer.format != "png":
            raise _refuse(param, f"The {param} must be a PNG image, not {layer.format}.")
        if param == "mask" and len(layer.data) > MASK_MAX_BYTES:
            raise _refuse("mask", "The mask must be smaller than 4 MB.")
        if base is not None and layer.dimensions not in (None, base):
            width, height = layer.dimensions or (0, 0)
            raise _refuse(
                param,
                f"The {param} is {width}x{height} but the first image is "
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
    return sorted(able, key=lambda m: bool(m.deprecated))
