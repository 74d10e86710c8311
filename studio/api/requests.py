"""What a request asks for: one frozen ``ImageRequest`` for all three endpoints.

Unset parameters are None and are not sent, so the server's defaults apply, as with the SDK.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from studio import imaging
from studio.api._formats import CONTENT_TYPES, EXTENSIONS, dimensions, sniff
from studio.api.capabilities import Endpoint
from studio.api.errors import InvalidParameters
from studio.config import words
from studio.imaging import MAX_INPUT_BYTES, NotAnImage, read_image_file

__all__ = ["DEFAULT_MODEL", "ImageFile", "ImageRequest", "SvgOptions"]

#: What Studio asks for when nothing else is chosen; always sent explicitly to GPT endpoints,
#: since the API's own default (gpt-image-1.5 for edits) may be a model it has shut down.
#: Flare rather than Sunburst: the 2.6 pair costs the same, and a studio's everyday work is
#: drafting and iterating, which the fast one is for; Sunburst is one click away for finals.
DEFAULT_MODEL = "gpt-image-2.6-flare"


@dataclass(frozen=True)
class ImageFile:
    """An image to upload, with the name and content type the multipart part needs."""

    data: bytes = field(repr=False)
    filename: str
    format: str

    @classmethod
    def from_bytes(cls, data: bytes, filename: str = "image", *, param: str = "image") -> ImageFile:
        kind = sniff(data)
        if kind is None or kind == "svg":
            raise InvalidParameters(
                words("Requests", "{file} is not a PNG, JPEG, WebP or GIF image.").format(
                    file=filename
                ),
                param=param,
            )
        stem = Path(filename).stem or "image"
        return cls(data, stem + EXTENSIONS[kind], kind)

    @classmethod
    def from_path(
        cls, path: Path, *, param: str = "image", notes: list[str] | None = None
    ) -> ImageFile:
        """The file at ``path``, read only if it is a regular file of a sane size. One in a
        format the API does not take (a phone's HEIF or AVIF photo, say) is converted, and a
        sentence saying so added to ``notes``."""
        try:
            data = read_image_file(path)
        except NotAnImage as error:
            raise InvalidParameters(
                words("Requests", "Cannot read {path}: {reason}.").format(
                    path=path, reason=error.reason
                ),
                param=param,
            ) from error
        if sniff(data) in (None, "svg"):
            try:
                converted = imaging.prepare_input(
                    data, formats=("png", "jpeg"), max_bytes=MAX_INPUT_BYTES, name=path.name
                )
            except NotAnImage as error:
                raise InvalidParameters(
                    words(
                        "Requests",
                        "{file} is not a PNG, JPEG, WebP or GIF image, nor one Studio can "
                        "convert ({reason}).",
                    ).format(file=path.name, reason=error.reason),
                    param=param,
                ) from error
            if notes is not None:
                notes.extend(converted.changes)
            data = converted.data
        return cls.from_bytes(data, path.name, param=param)

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.format]

    @property
    def dimensions(self) -> tuple[int, int] | None:
        return dimensions(self.data)


@dataclass(frozen=True)
class SvgOptions:
    model: str | None = None
    reasoning_effort: str | None = None


@dataclass(frozen=True)
class ImageRequest:
    endpoint: Endpoint
    prompt: str = ""
    model: str | None = None
    images: tuple[ImageFile, ...] = ()
    mask: ImageFile | None = None
    markup: ImageFile | None = None
    n: int | None = None
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    output_format: str | None = None
    output_compression: int | None = None
    moderation: str | None = None
    partial_images: int | None = None
    input_fidelity: str | None = None
    response_format: str | None = None
    style: str | None = None
    complexity: str | None = None
    frame_count: int | None = None
    frame_duration_ms: int | None = None
    svg: SvgOptions | None = None
    safety_identifier: str | None = None
    user: str | None = None
    stream: bool = False

    @property
    def model_name(self) -> str:
        """The model the server will use: the one set, else ``DEFAULT_MODEL``, which the client
        sends (for variations, which it leaves to the server, the API's default dall-e-2)."""
        if self.model:
            return self.model
        return "dall-e-2" if self.endpoint is Endpoint.VARIATIONS else DEFAULT_MODEL

    def parameters(self) -> dict[str, Any]:
        """The set scalar parameters in the SDK's order, files and the endpoint left out."""
        skip = {"endpoint", "images", "mask", "markup", "svg", "stream"}
        values = {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in skip and getattr(self, f.name) is not None
        }
        if self.endpoint is Endpoint.VARIATIONS:
            values.pop("prompt", None)
        return values

    @classmethod
    def from_parameters(
        cls, endpoint: Endpoint, params: dict[str, Any], prompt: str | None = None
    ) -> ImageRequest:
        """The request ``parameters()`` (or a body as sent) describes; unknown keys and files
        are left out, ``prompt`` given wins over one in ``params``."""
        skip = {"endpoint", "images", "mask", "markup", "svg", "stream"}
        names = {f.name for f in fields(cls)} - skip
        values = {k: v for k, v in params.items() if k in names}
        if prompt is not None:
            values["prompt"] = prompt
        return cls(endpoint, **values)

    @property
    def output_format_or_default(self) -> str:
        return self.output_format or "png"
