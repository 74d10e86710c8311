"""Refusals before sending: each names its parameter and says what is allowed."""

import pytest

from studio.api import Endpoint, ImageFile, ImageRequest, InvalidParameters, SvgOptions, validate
from tests.images import mask, png

G, E, V = Endpoint.GENERATIONS, Endpoint.EDITS, Endpoint.VARIATIONS
SQUARE = ImageFile.from_bytes(png(64, 64), "square.png")
WIDE = ImageFile.from_bytes(png(96, 64), "wide.png")
JPEG = ImageFile.from_bytes(png(64, 64, fmt="JPEG"), "photo.jpg")


@pytest.mark.parametrize(
    ("request_", "param", "words"),
    [
        (ImageRequest(G, "  "), "prompt", "Write a prompt"),
        (ImageRequest(G, "x" * 1001, model="dall-e-2"), "prompt", "at most 1,000"),
        (
            ImageRequest(G, "x", model="gpt-image-2", size="1000x1000"),
            "size",
            "size 1000x1000: both sides must be multiples of 16 for gpt-image-2",
        ),
        (ImageRequest(G, "x", model="gpt-image-2", size="3840x960"), "size", "between 1:3 and 3:1"),
        (
            ImageRequest(G, "x", model="dall-e-3", size="512x512"),
            "size",
            "1024x1024, 1792x1024 or 1024x1792",
        ),
        (ImageRequest(G, "x", model="dall-e-3", n=2), "n", "at most 1"),
        (ImageRequest(G, "x", n=11), "n", "1 to 10"),
        (
            ImageRequest(G, "x", model="gpt-image-1.5", quality="hd"),
            "quality",
            "auto, low, medium or high",
        ),
        (
            ImageRequest(G, "x", background="transparent", output_format="jpeg"),
            "background",
            "png or webp",
        ),
        (ImageRequest(G, "x", output_compression=50), "output_compression", "jpeg and webp"),
        (
            ImageRequest(G, "x", model="gpt-image-1.5", output_format="gif"),
            "output_format",
            "png, jpeg or webp",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.5-flare", output_format="gif", stream=True),
            "stream",
            "cannot be streamed",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.5-flare", output_format="svg", n=2),
            "n",
            "n must be 1",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.5-flare", output_format="gif", frame_count=20),
            "frame_count",
            "between 2 and 16",
        ),
        (
            ImageRequest(
                G,
                "x",
                model="gpt-image-2.5-flare",
                output_format="svg",
                svg=SvgOptions(reasoning_effort="extreme"),
            ),
            "svg",
            "accepts none",
        ),
        (ImageRequest(G, "x", style="vivid"), "style", "does not take style"),
        (ImageRequest(G, "x", model="dall-e-3", stream=True), "stream", "cannot stream"),
        (ImageRequest(G, "x", partial_images=4), "partial_images", "between 0 and 3"),
        (
            ImageRequest(G, "x", model="dall-e-3", moderation="low"),
            "moderation",
            "does not take moderation",
        ),
        (ImageRequest(E, "x"), "image", "at least one input image"),
        (ImageRequest(E, "x", images=(SQUARE,) * 17), "image", "at most 16"),
        (ImageRequest(E, "x", model="dall-e-2", images=(WIDE,)), "image", "needs a square"),
        (ImageRequest(E, "x", model="dall-e-2", images=(JPEG,)), "image", "takes png images"),
        (ImageRequest(E, "x", model="dall-e-3", images=(SQUARE,)), "model", "cannot make edits"),
        (
            ImageRequest(
                E, "x", images=(SQUARE,), mask=ImageFile.from_bytes(mask(32, 32, (0, 0, 8, 8)))
            ),
            "mask",
            "mask is 32x32 but the first image is 64x64",
        ),
        (ImageRequest(E, "x", images=(SQUARE,), mask=JPEG), "mask", "must be a PNG"),
        (
            ImageRequest(E, "x", images=(SQUARE,), mask=SQUARE, markup=SQUARE),
            "markup",
            "either a mask or a markup",
        ),
        (
            ImageRequest(E, "x", model="gpt-image-1.5", images=(SQUARE,), markup=SQUARE),
            "markup",
            "does not take a markup",
        ),
        (
            ImageRequest(E, "x", model="gpt-image-1-mini", images=(SQUARE,), input_fidelity="high"),
            "input_fidelity",
            "accepts low",
        ),
        (
            ImageRequest(E, "x", model="gpt-image-2", images=(SQUARE,), input_fidelity="low"),
            "input_fidelity",
            "does not take input_fidelity",
        ),
        (
            ImageRequest(V, images=(SQUARE,), model="gpt-image-1.5"),
            "model",
            "cannot make variations; use dall-e-2",
        ),
        (ImageRequest(V, images=(SQUARE, SQUARE)), "image", "exactly one"),
        (ImageRequest(G, "x", model="custom", size="big"), "size", "WIDTHxHEIGHT"),
    ],
)
def test_refusals_name_the_parameter_and_what_is_allowed(
    request_: ImageRequest, param: str, words: str
) -> None:
    with pytest.raises(InvalidParameters) as caught:
        validate(request_)
    assert caught.value.param == param
    assert words in caught.value.message


@pytest.mark.parametrize(
    "request_",
    [
        ImageRequest(G, "a fox"),
        ImageRequest(G, "a fox", model="gpt-image-2", size="1536x864", complexity="high"),
        ImageRequest(
            G, "a fox", model="gpt-image-2.5-sunburst", quality="max", stream=True, partial_images=3
        ),
        ImageRequest(
            G,
            "a fox",
            model="gpt-image-2.5-flare",
            output_format="gif",
            frame_count=4,
            frame_duration_ms=100,
        ),
        ImageRequest(
            G,
            "a fox",
            model="gpt-image-2.5-flare",
            output_format="svg",
            svg=SvgOptions("svg-author", "low"),
        ),
        ImageRequest(
            G,
            "a fox",
            output_format="webp",
            output_compression=60,
            background="transparent",
            moderation="low",
            safety_identifier="u-1",
        ),
        ImageRequest(
            G,
            "a fox",
            model="dall-e-3",
            quality="hd",
            style="natural",
            response_format="url",
            size="1792x1024",
        ),
        ImageRequest(
            E, "a hat", model="gpt-image-1.5", images=(SQUARE, WIDE, JPEG), input_fidelity="high"
        ),
        ImageRequest(
            E, "a hat", images=(SQUARE,), mask=ImageFile.from_bytes(mask(64, 64, (0, 0, 8, 8)))
        ),
        ImageRequest(E, "a hat", model="gpt-image-2.5-flare", images=(SQUARE,), markup=SQUARE),
        ImageRequest(V, images=(SQUARE,), n=3, size="256x256"),
    ],
)
def test_valid_requests_pass(request_: ImageRequest) -> None:
    validate(request_)


def test_unknown_deprecated_and_experimental_are_warnings() -> None:
    assert "does not know the model" in validate(ImageRequest(G, "x", model="mine", quality="q"))[0]
    assert "retired" in validate(ImageRequest(G, "x", model="dall-e-3"))[0]
    (warning,) = validate(ImageRequest(G, "x", model="gpt-image-2", size="3840x2160"))
    assert "experimental" in warning


def test_a_file_that_is_not_an_image_is_refused_by_name() -> None:
    with pytest.raises(InvalidParameters) as caught:
        ImageFile.from_bytes(b"%PDF-1.7 ...", "notes.pdf")
    assert "notes.pdf is not a PNG, JPEG, WebP or GIF image" in caught.value.message


def test_file_names_get_the_extension_of_their_real_format() -> None:
    image = ImageFile.from_bytes(png(8, 8, fmt="JPEG"), "photo.png")
    assert (image.filename, image.content_type, image.dimensions) == (
        "photo.jpg",
        "image/jpeg",
        (8, 8),
    )
