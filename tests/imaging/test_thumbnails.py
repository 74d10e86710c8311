import pytest

from studio.imaging import NotAnImage, inspect, thumbnail
from tests.images import png


def test_inspect_reads_format_and_size() -> None:
    assert (inspect(png(30, 20, fmt="JPEG")).format, inspect(png(30, 20)).width) == ("jpeg", 30)


def test_thumbnails_keep_the_aspect_ratio() -> None:
    small = inspect(thumbnail(png(1000, 250), edge=200))
    assert (small.format, small.width, small.height) == ("webp", 200, 50)


@pytest.mark.parametrize("data", [b"", b"GIF89a broken", b"%PDF-1.7"])
def test_what_is_not_an_image_says_so(data: bytes) -> None:
    with pytest.raises(NotAnImage):
        inspect(data)
