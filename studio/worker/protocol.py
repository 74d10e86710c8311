"""What the app and its request worker say to each other, and how.

Frames are a 4-byte big-endian length and a UTF-8 JSON object, over the worker's stdin (requests)
and stdout (events). Pixels never go through the pipe: the worker writes each display copy to a
file of its own in memory (``/dev/shm``; the temporary folder where there is none) and names it;
the app reads it and deletes it. Both sides turn frames into the frozen dataclasses below at once;
no dict travels further.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import logging
import os
import struct
import tempfile
import time
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from studio.api import ImageFile, ImageRequest, SvgOptions, Usage
from studio.api.capabilities import Endpoint
from studio.config import Provider, Words, from_plain, to_plain
from studio.imaging import DisplayPixels

__all__ = [
    "Cancel",
    "Cancelled",
    "Done",
    "Failed",
    "FinalImage",
    "Frame",
    "Partial",
    "Progress",
    "Run",
    "decode",
    "encode",
    "encode_news",
    "put_frame",
    "sweep_frames",
    "take_frame",
]

log = logging.getLogger(__name__)

HEADER = struct.Struct(">I")
#: How the files that carry frames are named (in ``_frames_folder``).
_FRAME_PREFIX = "studio-frame-"


#: Display pixels (straight RGBA), as imaging decodes them and the canvas paints them.
Frame = DisplayPixels


# -- app → worker ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    job: int
    request: ImageRequest
    provider: Provider
    key: str = field(repr=False)
    #: Longest edge of the display copy of the final image (room to zoom in).
    display_edge: int = 2048
    save: bool = True
    #: Longest edge of partial previews: the canvas's size is all they need.
    partial_edge: int = 1024
    #: A masked edit: put the first image's pixels back outside the mask (the raw result is
    #: kept too).
    keep_unmasked: bool = False
    #: Gallery images the inputs came from (found by content too, unless they were converted).
    parents: tuple[int, ...] = ()
    #: An edit standing in for a variation (the provider makes none): kept as a variation.
    variation: bool = False


@dataclass(frozen=True)
class Cancel:
    job: int


# -- worker → app ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """``stage`` is "sending", "receiving" or "saving"."""

    job: int
    stage: str


@dataclass(frozen=True)
class Partial:
    job: int
    index: int
    frame: Frame
    #: ``time.monotonic()`` when the worker had the whole event (system-wide on Linux).
    received_at: float = 0.0


@dataclass(frozen=True)
class FinalImage:
    job: int
    number: int
    frame: Frame | None
    #: The gallery id it was saved under (None when not saved).
    image_id: int | None = None
    #: With keep-unmasked: the model's own result, what share of the pixels outside the mask
    #: it had changed (0 to 1), and where (red over clear, the display copy's size).
    raw_image_id: int | None = None
    changed_outside: float | None = None
    heat: Frame | None = None


@dataclass(frozen=True)
class Done:
    job: int
    usage: Usage | None = None
    cost: float | None = None
    request_id: str | None = None
    revised_prompt: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failed:
    job: int
    message: str
    kind: str = "ApiError"
    request_id: str | None = None
    status: int | None = None
    param: str | None = None
    #: Worth trying again as it is (a rate limit, a dropped connection …).
    retryable: bool = True
    #: The last partial image, kept in the gallery as a partial.
    kept_image_id: int | None = None
    #: For a model that is gone (``kind`` "ModelGone"): the model to offer instead.
    replacement: str | None = None


@dataclass(frozen=True)
class Cancelled:
    job: int
    kept_image_id: int | None = None


Message = Run | Cancel | Progress | Partial | FinalImage | Done | Failed | Cancelled
_TYPES: dict[str, type] = {cls.__name__: cls for cls in Message.__args__}  # type: ignore[attr-defined]


# -- frames ----------------------------------------------------------------------------------


def encode(message: Message) -> bytes:
    body = json.dumps({"type": type(message).__name__, **_plain(message)}).encode()
    return HEADER.pack(len(body)) + body


def encode_news(message: Message) -> bytes | None:
    """``encode``; where the pixels cannot be written (no room left in memory or on the disk),
    the news goes without them: a final image is saved and listed, only not painted, and a
    preview is skipped (the next one, or the final image, takes its place). None: send nothing.
    """
    try:
        return encode(message)
    except OSError as error:
        if isinstance(message, Partial):
            log.warning("a preview of job %s was not shown: %s", message.job, error)
            return None
        if isinstance(message, FinalImage):
            log.warning("image %s of job %s is not painted: %s", message.number, message.job, error)
            return encode(replace(message, frame=None, heat=None))
        raise


def decode(body: bytes) -> Message:
    raw = json.loads(body)
    cls = _TYPES[raw.pop("type")]
    if cls is Run:
        return Run(
            job=raw["job"],
            request=_request_from(raw["request"]),
            provider=Provider(**raw["provider"]),
            key=raw["key"],
            display_edge=raw["display_edge"],
            save=raw["save"],
            partial_edge=raw["partial_edge"],
            keep_unmasked=raw["keep_unmasked"],
            parents=tuple(raw["parents"]),
            variation=raw["variation"],
        )
    if "usage" in raw and raw["usage"] is not None:
        raw["usage"] = Usage(**raw["usage"])
    for name in ("frame", "heat"):
        if raw.get(name) is not None:
            raw[name] = take_frame(raw[name])
    if "warnings" in raw:
        raw["warnings"] = tuple(map(from_plain, raw["warnings"]))
    if "message" in raw:
        raw["message"] = from_plain(raw["message"])
    return cls(**raw)


def _plain(message: Message) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in fields(message):
        value = getattr(message, item.name)
        if isinstance(value, Frame):
            value = put_frame(value)
        elif isinstance(value, ImageRequest):
            value = _request_to(value)
        elif isinstance(value, (Provider, Usage)):
            value = asdict(value)
        elif isinstance(value, Words):  # the window translates it: it travels with its template
            value = to_plain(value)
        elif isinstance(value, tuple) and any(isinstance(v, Words) for v in value):
            value = [to_plain(v) for v in value]
        values[item.name] = value
    return values


def _request_to(request: ImageRequest) -> dict[str, Any]:
    def file(image: ImageFile | None) -> dict[str, str] | None:
        if image is None:
            return None
        return {
            "data": base64.b64encode(image.data).decode(),
            "filename": image.filename,
            "format": image.format,
        }

    values = {f.name: getattr(request, f.name) for f in fields(request)}
    values["endpoint"] = request.endpoint.value
    values["images"] = [file(image) for image in request.images]
    values["mask"], values["markup"] = file(request.mask), file(request.markup)
    values["svg"] = None if request.svg is None else asdict(request.svg)
    return values


def _request_from(values: dict[str, Any]) -> ImageRequest:
    def file(raw: dict[str, str] | None) -> ImageFile | None:
        if raw is None:
            return None
        return ImageFile(base64.b64decode(raw["data"]), raw["filename"], raw["format"])

    values = dict(values)
    values["endpoint"] = Endpoint(values["endpoint"])
    values["images"] = tuple(file(raw) for raw in values["images"])
    values["mask"], values["markup"] = file(values["mask"]), file(values["markup"])
    values["svg"] = None if values["svg"] is None else SvgOptions(**values["svg"])
    return ImageRequest(**values)


# -- pixels in a file in memory --------------------------------------------------------------


def put_frame(frame: Frame) -> dict[str, Any]:
    """Write the pixels (and an animation's or SVG's own bytes after them) to a new file that
    the receiver will read and delete.

    A file written with one call costs less than a fresh shared-memory block filled page by
    page: 0.5 against 1.4 ms for a 1.5 MB preview, 3.9 against 8.7 ms for a 9 MB final frame
    (docs/performance.md §11), and no resource tracker has to be told to leave it alone."""
    path = os.path.join(_frames_folder(), f"{_FRAME_PREFIX}{os.urandom(8).hex()}")
    # Windows: binary, and kept in the cache rather than written out (it lives a moment).
    windows = getattr(os, "O_BINARY", 0) | getattr(os, "O_SHORT_LIVED", 0)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | windows, 0o600)
    try:
        try:
            for part in (frame.rgba, frame.source):
                with memoryview(part) as left:
                    while left:
                        left = left[os.write(fd, left) :]
        finally:
            os.close(fd)
    except OSError:  # a full disk: nothing is left behind
        os.unlink(path)
        raise
    return {
        "path": path,
        "width": frame.width,
        "height": frame.height,
        "full_width": frame.full_width,
        "full_height": frame.full_height,
        "source_size": len(frame.source),
        "source_format": frame.source_format,
        "frame_count": frame.frame_count,
    }


def take_frame(described: dict[str, Any]) -> Frame:
    path = described["path"]
    try:
        with open(path, "rb") as file:
            data = file.read()
    finally:
        os.unlink(path)
    size = described["width"] * described["height"] * 4
    expected = size + described["source_size"]
    if len(data) != expected:
        raise ValueError(f"the frame in {path} is {len(data)} bytes, not {expected}")
    return Frame(
        described["width"],
        described["height"],
        data[:size] if described["source_size"] else data,
        described["full_width"],
        described["full_height"],
        data[size:],
        described["source_format"],
        described["frame_count"],
    )


def sweep_frames(older_than: float = 3600) -> None:
    """Delete frames nobody read (the app was killed before it could): each is read within
    moments of being written, so one older than ``older_than`` seconds is left over."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(_frames_folder()) as entries:
        for entry in entries:
            if entry.name.startswith(_FRAME_PREFIX):
                with contextlib.suppress(OSError):  # read meanwhile, or not ours to delete
                    if now - entry.stat().st_mtime > older_than:
                        os.unlink(entry.path)


@functools.cache
def _frames_folder() -> str:
    """``/dev/shm`` where the system has it (a file there never touches a disk), otherwise the
    temporary folder (read back at once, such a file rarely leaves the disk cache)."""
    memory = "/dev/shm"
    if os.path.isdir(memory) and os.access(memory, os.W_OK | os.X_OK):
        return memory
    return tempfile.gettempdir()
