"""Requests as the official SDK puts them on the wire: JSON for generations, multipart for the rest.

Unset parameters are omitted; form scalars are decimal text and ``true``/``false``; one image is
the part ``image``, several are parts named ``image[]``; every file part carries a filename and
its real content type; the svg object becomes ``svg[model]`` and ``svg[reasoning][effort]``.
"""

from __future__ import annotations

from typing import Any

from studio.api.capabilities import Endpoint
from studio.api.requests import ImageFile, ImageRequest

__all__ = ["FilePart", "json_body", "multipart"]

FilePart = tuple[str, tuple[str, bytes, str]]


def _svg_json(request: ImageRequest) -> dict[str, Any] | None:
    if request.svg is None:
        return None
    body: dict[str, Any] = {}
    if request.svg.model is not None:
        body["model"] = request.svg.model
    if request.svg.reasoning_effort is not None:
        body["reasoning"] = {"effort": request.svg.reasoning_effort}
    return body


def json_body(request: ImageRequest) -> dict[str, Any]:
    body = request.parameters()
    svg = _svg_json(request)
    if svg is not None:
        body["svg"] = svg
    if request.stream:
        body["stream"] = True
    return body


def _form_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _part(name: str, image: ImageFile) -> FilePart:
    return (name, (image.filename, image.data, image.content_type))


def multipart(request: ImageRequest) -> tuple[dict[str, str], list[FilePart]]:
    fields = {name: _form_value(value) for name, value in request.parameters().items()}
    if request.stream:
        fields["stream"] = "true"
    svg = _svg_json(request)
    if svg:
        if "model" in svg:
            fields["svg[model]"] = svg["model"]
        if "reasoning" in svg:
            fields["svg[reasoning][effort]"] = svg["reasoning"]["effort"]
    name = "image[]" if len(request.images) > 1 else "image"
    files = [_part(name, image) for image in request.images]
    if request.endpoint is Endpoint.EDITS:
        if request.mask is not None:
            files.append(_part("mask", request.mask))
        if request.markup is not None:
            files.append(_part("markup", request.markup))
    return fields, files
