"""Inputs are checked before they are read: pipes and devices refused with a reason, nothing
read past a cap; phone photos (HEIF, AVIF) converted rather than refused."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image

from studio.api import ImageFile, InvalidParameters, sniff
from studio.imaging import (
    MAX_INPUT_BYTES,
    NotAnImage,
    display_pixels,
    prepare_input,
    read_image_file,
)
from tests.images import png


def heic(width: int = 64, height: int = 48, colour=(200, 30, 30)) -> bytes:
    """A HEIC photo as a phone writes it, made with pillow-heif itself."""
    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (width, height), colour)).save(out, quality=90)
    return out.getvalue()


def avif(width: int = 64, height: int = 48, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), (10, 200, 30, 128)[: len(mode)]).save(out, "AVIF")
    return out.getvalue()


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "fine.png"
    path.write_bytes(png())
    assert read_image_file(path) == png()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: os.mkfifo(p), "it is a named pipe, not a file"),
        (lambda p: p.mkdir(), "it is a folder"),
        (lambda p: None, "it cannot be read (No such file or directory)"),
    ],
)
def test_what_is_not_a_regular_file_is_refused_before_it_is_read(
    tmp_path: Path, make, said: str
) -> None:
    path = tmp_path / "input.png"
    make(path)
    finished: list[str] = []

    def read() -> None:  # a pipe must not block: nobody will ever write to it
        try:
            read_image_file(path)
        except NotAnImage as error:
            finished.append(str(error))

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(5)
    assert finished == [said]


def test_a_device_is_refused() -> None:
    with pytest.raises(NotAnImage, match="it is a device, not a file"):
        read_image_file(Path("/dev/zero"))


def test_a_file_over_the_cap_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as stream:
        stream.truncate(400 * 1024 * 1024)  # sparse: nothing is written, nothing read
    with pytest.raises(NotAnImage, match="it is 419 MB, more than the 134 MB"):
        read_image_file(path)
    with pytest.raises(NotAnImage, match="more than"):
        read_image_file(tmp_path / "huge.png", limit=1000)
    assert MAX_INPUT_BYTES < 400 * 1024 * 1024


@pytest.mark.parametrize("name", ["/dev/zero", "pipe"])
def test_image_file_from_path_names_the_reason(tmp_path: Path, name: str) -> None:
    path = Path(name) if name.startswith("/") else tmp_path / name
    if not name.startswith("/"):
        os.mkfifo(path)
    with pytest.raises(InvalidParameters, match=r"Cannot read .*(device|named pipe)") as caught:
        ImageFile.from_path(path, param="mask")
    assert caught.value.param == "mask"


def test_a_heic_photo_is_converted_to_jpeg_and_said(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(heic())
    notes: list[str] = []
    image = ImageFile.from_path(path, notes=notes)
    assert (image.format, image.filename, sniff(image.data)) == ("jpeg", "IMG_0001.jpg", "jpeg")
    assert image.dimensions == (64, 48)
    assert notes == ["IMG_0001.HEIC was converted from HEIF to JPEG."]
    frame = display_pixels(heic(), 32)
    assert (frame.full_width, frame.full_height) == (64, 48)


def test_an_avif_photo_is_converted_and_one_with_transparency_becomes_png() -> None:
    formats = ("png", "jpeg", "webp")
    photo = prepare_input(avif(), formats=formats, max_bytes=10**8, name="a.avif")
    assert (photo.format, photo.changes) == ("jpeg", ("a.avif was converted from AVIF to JPEG.",))
    clear = prepare_input(avif(mode="RGBA"), formats=formats, max_bytes=10**8, name="b.avif")
    assert (clear.format, sniff(clear.data)) == ("png", "png")
    square = prepare_input(heic(), formats=("png",), max_bytes=10**8, square_png=True, name="c")
    assert (square.format, square.width, square.height) == ("png", 64, 64)
