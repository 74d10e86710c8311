"""Reading an incoming request into an ``ImageRequest``, refusing it as the real API would."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from studio.api import (
    PARAMS,
    Endpoint,
    ImageFile,
    ImageRequest,
    InvalidParameters,
    ParamKind,
    SvgOptions,
    capabilities_for,
    sniff,
    validate,
)

__all__ = ["Refusal", "read_request", "request_from"]

UPLOAD_TYPES = ("image/png", "image/jpeg", "image/webp")
_INTEGERS = {spec.field for spec in PARAMS if spec.kind is ParamKind.INT}
_SCALARS = {f.name for f in fields(ImageRequest)} - {"endpoint", "images", "mask", "markup", "svg"}
_FILES = {"image", "image[]", "mask", "markup"}


@dataclass
class Refusal(Exception):
    """An error answer: ``{"error": {message, type, param, code}}`` with ``status``."""

    status: int
    message: str
    param: str | None = None
    code: str | None = None
    type: str = "invalid_request_error"


def _scalar(name: str, value: Any) -> Any:
    if name == "stream":
        if isinstance(value, bool):
            return value
        if value in ("true", "false"):
            return value == "true"
        raise Refusal(400, f"Invalid value for 'stream': expected a boolean, got {value!r}.", name)
    if name in _INTEGERS:
        if isinstance(value, bool):
            raise Refusal(400, f"Invalid type for '{name}': expected an integer.", name)
        try:
            return int(value)
        except (TypeError, ValueError):
            raise Refusal(
                400, f"Invalid type for '{name}': expected an integer, got {value!r}.", name
            ) from None
    if not isinstance(value, str):
        raise Refusal(400, f"Invalid type for '{name}': expected a string.", name)
    return value


async def _file(part: UploadFile, name: str) -> ImageFile:
    declared = (part.content_type or "").split(";")[0].strip()
    if declared not in UPLOAD_TYPES:
        raise Refusal(
            400,
            f"Invalid file '{name}': unsupported mimetype ('{declared or 'none'}'). Supported "
            "file formats are 'image/jpeg', 'image/png', and 'image/webp'.",
            name,
            "unsupported_file_mimetype",
        )
    data = await part.read()
    if sniff(data) is None:
        raise Refusal(400, f"Invalid image file '{name}': the file is not an image.", name)
    try:
        return ImageFile.from_bytes(data, part.filename or "image", param=name)
    except InvalidParameters as error:
        raise Refusal(400, error.message, name) from error


async def _from_form(form: FormData) -> tuple[dict[str, Any], dict[str, list[ImageFile]]]:
    values: dict[str, Any] = {}
    files: dict[str, list[ImageFile]] = {}
    svg: dict[str, str] = {}
    for name, value in form.multi_items():
        if isinstance(value, UploadFile):
            if name not in _FILES:
                raise Refusal(400, f"Unrecognized file argument supplied: {name}", name)
            files.setdefault(name.removesuffix("[]"), []).append(await _file(value, name))
        elif name == "svg[model]":
            svg["model"] = value
        elif name == "svg[reasoning][effort]":
            svg["effort"] = value
        elif name in _FILES:
            raise Refusal(400, f"'{name}' must be a file upload, not text.", name)
        else:
            values[name] = value
    if svg:
        values["svg"] = {"model": svg.get("model"), "reasoning": {"effort": svg.get("effort")}}
    return values, files


def _svg(value: Any) -> SvgOptions:
    if not isinstance(value, dict):
        raise Refusal(400, "Invalid type for 'svg': expected an object.", "svg")
    reasoning = value.get("reasoning") or {}
    if not isinstance(reasoning, dict):
        raise Refusal(400, "Invalid type for 'svg.reasoning': expected an object.", "svg")
    model, effort = value.get("model"), reasoning.get("effort")
    for name, text in (("svg.model", model), ("svg.reasoning.effort", effort)):
        if text is not None and not isinstance(text, str):
            raise Refusal(400, f"Invalid type for '{name}': expected a string.", "svg")
    return SvgOptions(model=model, reasoning_effort=effort)


async def read_request(request: Request, endpoint: Endpoint) -> ImageRequest:
    content_type = request.headers.get("content-type", "")
    files: dict[str, list[ImageFile]] = {}
    if endpoint is Endpoint.GENERATIONS:
        try:
            values = json.loads(await request.body())
        except ValueError:
            raise Refusal(
                400,
                "We could not parse the JSON body of your request. (HINT: This likely means "
                "you aren't using your HTTP library correctly.)",
            ) from None
        if not isinstance(values, dict):
            raise Refusal(400, "The request body must be a JSON object.")
    else:
        if not content_type.startswith("multipart/form-data"):
            raise Refusal(
                400,
                f"Invalid Content-Type header ({content_type or 'none'}), expected "
                "multipart/form-data.",
            )
        async with request.form(max_part_size=64 * 1024 * 1024) as form:
            values, files = await _from_form(form)
    return request_from(endpoint, values, files)


def request_from(
    endpoint: Endpoint, values: dict[str, Any], files: dict[str, list[ImageFile]]
) -> ImageRequest:
    """The request that parsed ``values`` and ``files`` make, refused as the API would."""
    arguments: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        if name == "svg":
            arguments["svg"] = _svg(value)
        elif name in _SCALARS:
            arguments[name] = _scalar(name, value)
        else:
            raise Refusal(400, f"Unrecognized request argument supplied: {name}", name)
    if endpoint is not Endpoint.VARIATIONS and "prompt" not in arguments:
        raise Refusal(400, "Missing required parameter: 'prompt'.", "prompt", "missing_required")
    images = tuple(files.get("image", ()))
    if not images and endpoint is not Endpoint.GENERATIONS:
        raise Refusal(400, "Missing required parameter: 'image'.", "image", "missing_required")
    masks, markups = files.get("mask", []), files.get("markup", [])
    parsed = ImageRequest(
        endpoint,
        images=images,
        mask=masks[0] if masks else None,
        markup=markups[0] if markups else None,
        **arguments,
    )
    if not capabilities_for(parsed.model_name).known:
        raise Refusal(
            404,
            f"The model '{parsed.model_name}' does not exist or you do not have access to it.",
            "model",
            "model_not_found",
        )
    try:
        validate(parsed)
    except InvalidParameters as error:
        raise Refusal(400, error.message, error.param, "invalid_value") from error
    return parsed
