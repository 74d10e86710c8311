"""The local server signs its final images with a labelled test certificate, and only those."""

from __future__ import annotations

import time

from studio.api import Endpoint, ImageFile, ImageRequest
from studio.gallery.credentials import LOCAL_TEST_SIGNER, Validity, read
from studio.localapi.credentials import sign
from studio.localapi.images import ServerOptions, make_images
from tests.images import png


def test_finals_are_signed_and_partials_are_not() -> None:
    request = ImageRequest(
        Endpoint.GENERATIONS, "a fox", model="gpt-image-1.5", stream=True, partial_images=2
    )
    (made,) = make_images(request, ServerOptions(), 0)
    assert read(made.data).signer == LOCAL_TEST_SIGNER
    assert [read(partial).validity for partial in made.partials] == [Validity.NONE] * 2


def test_an_edit_says_it_was_edited() -> None:
    request = ImageRequest(
        Endpoint.EDITS, "a hat", model="gpt-image-1.5", images=(ImageFile.from_bytes(png()),)
    )
    (made,) = make_images(request, ServerOptions(), 0)
    found = read(made.data)
    assert found.validity is Validity.VALID
    assert [action.name for action in found.actions] == ["c2pa.created", "c2pa.edited"]


def test_gif_and_svg_answers_go_out_unsigned() -> None:
    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model="gpt-image-2.6-sunburst")
    for fmt in ("gif", "svg"):
        asked = ImageRequest(
            Endpoint.GENERATIONS, "a fox", model=request.model_name, output_format=fmt
        )
        (made,) = make_images(asked, ServerOptions(), 0)
        assert sign(made.data, fmt, asked) == made.data
        assert read(made.data).validity is Validity.NONE


def test_signing_costs_little_next_to_making_the_picture() -> None:
    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model="gpt-image-1.5", size="1024x1024")
    plain = png(1024, 1024)
    sign(plain, "png", request)  # the signer is made once, here
    started = time.perf_counter()
    for _ in range(5):
        sign(plain, "png", request)
    each = (time.perf_counter() - started) / 5
    assert each < 0.05, f"signing took {each * 1000:.0f} ms an image"
