"""What comes back: results and stream events as frozen dataclasses, images as bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from studio.imaging import inspect

__all__ = [
    "Completed",
    "GeneratedImage",
    "ImageWatch",
    "ImagesResult",
    "PartialImage",
    "StreamEvent",
    "Usage",
    "WatchImages",
]


class ImageWatch(Protocol):
    """Told a streamed image's bytes in order while its event is still arriving (a decoder
    that starts early); ``close`` when no more will come: the image ended, or was dropped."""

    def feed(self, data: bytes) -> None: ...

    def close(self) -> None: ...


#: Asked, as a streamed image's base64 begins, for a watch of its bytes; given the event's
#: ``type`` when the event named it before the image ("" otherwise). None: no watch for it.
WatchImages = Callable[[str], ImageWatch | None]


@dataclass(frozen=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0
    input_text_tokens: int = 0
    input_image_tokens: int = 0
    output_image_tokens: int = 0
    output_text_tokens: int = 0

    @classmethod
    def from_json(cls, usage: Any) -> Usage | None:
        if not isinstance(usage, dict):
            return None
        given = usage.get("input_tokens_details") or {}
        made = usage.get("output_tokens_details") or {}
        output_tokens = int(usage.get("output_tokens") or 0)
        return cls(
            input_tokens=int(usage.get("input_tokens") or 0),
            output_tokens=output_tokens,
            total_tokens=int(usage.get("total_tokens") or 0),
            input_text_tokens=int(given.get("text_tokens") or 0),
            input_image_tokens=int(given.get("image_tokens") or 0),
            output_image_tokens=int(made.get("image_tokens") or output_tokens),
            output_text_tokens=int(made.get("text_tokens") or 0),
        )


@dataclass(frozen=True)
class GeneratedImage:
    """One image exactly as the API returned it (never re-encoded)."""

    data: bytes = field(repr=False)
    format: str
    revised_prompt: str | None = None

    def checked(self) -> GeneratedImage:
        """This image with the format its bytes decode as; raises ``NotAnImage`` (its message
        says why) for anything Studio cannot keep: junk, a BMP, a truncated file. CPU-bound:
        call it off the event loop. Whatever is written to a user's folder or the gallery
        passes here first."""
        real = inspect(self.data).format
        return self if real == self.format else replace(self, format=real)


@dataclass(frozen=True)
class ImagesResult:
    images: tuple[GeneratedImage, ...]
    created: int = 0
    usage: Usage | None = None
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    output_format: str | None = None
    request_id: str | None = None
    #: Images of the answer that were not usable and were left out, as sentences.
    unusable: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartialImage:
    """A preview while the image is being made; ``index`` counts from 0."""

    index: int
    data: bytes = field(repr=False)
    format: str
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    created_at: int = 0
    #: The watch the caller's ``WatchImages`` gave for this image, told all of ``data``.
    watch: ImageWatch | None = field(default=None, compare=False, repr=False)

    @property
    def image(self) -> GeneratedImage:
        """This preview as an image to keep (check it with ``checked()`` first)."""
        return GeneratedImage(self.data, self.format)


@dataclass(frozen=True)
class Completed:
    """The final image of a stream (one per image when n > 1)."""

    image: GeneratedImage
    usage: Usage | None = None
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    created_at: int = 0
    request_id: str | None = None


StreamEvent = PartialImage | Completed
