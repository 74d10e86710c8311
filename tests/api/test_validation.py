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
        (ImageRequest(G, "x", model="dall-e-3", n=2), "n", "n must be 1 for dall-e-3"),
        (ImageRequest(G, "x", n=11), "n", "between 1 and 10"),
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
        (
            ImageRequest(G, "x", output_compression=50),
            "output_compression",
            "PNG output takes no compression; only JPEG and WebP do",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-1.5", output_format="gif"),
            "output_format",
            "png, jpeg or webp",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", output_format="gif", stream=True),
            "stream",
            "GIF images cannot stream",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", output_format="svg", n=2),
            "n",
            "n must be 1",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", output_format="gif", frame_count=20),
            "frame_count",
            "between 2 and 16",
        ),
        (
            ImageRequest(
                G,
                "x",
                model="gpt-image-2.6-flare",
                output_format="svg",
                svg=SvgOptions(reasoning_effort="extreme"),
            ),
            "svg",
            "accepts none",
        ),
        (ImageRequest(G, "x", style="vivid"), "style", "gpt-image-2.6-flare has no style setting"),
        (ImageRequest(G, "x", model="dall-e-3", stream=True), "stream", "cannot stream"),
        (ImageRequest(G, "x", partial_images=4), "partial_images", "between 0 and 3"),
        (
            ImageRequest(G, "x", model="dall-e-3", moderation="low"),
            "moderation",
            "dall-e-3 has no moderation setting",
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
            "gpt-image-1.5 takes no markup",
        ),
        (
            ImageRequest(E, "x", model="gpt-image-1-mini", images=(SQUARE,), input_fidelity="high"),
            "input_fidelity",
            "accepts low",
        ),
        (
            ImageRequest(E, "x", model="gpt-image-2", images=(SQUARE,), input_fidelity="low"),
            "input_fidelity",
            "gpt-image-2 matches its inputs at high fidelity by itself",
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
        ImageRequest(G, "a fox", model="gpt-image-2", size="1536x864"),
        ImageRequest(
            G, "a fox", model="gpt-image-2.6-sunburst", size="2880x2880", complexity="low"
        ),
        ImageRequest(
            G, "a fox", model="gpt-image-2.5-sunburst", quality="max", stream=True, partial_images=3
        ),
        ImageRequest(
            G,
            "a fox",
            model="gpt-image-2.6-flare",
            output_format="gif",
            frame_count=4,
            frame_duration_ms=100,
        ),
        ImageRequest(
            G,
            "a fox",
            model="gpt-image-2.6-flare",
            output_format="svg",
            n=1,
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
        ImageRequest(E, "a hat", model="gpt-image-2.6-flare", images=(SQUARE,), markup=SQUARE),
        ImageRequest(V, images=(SQUARE,), n=3, size="256x256"),
    ],
)
def test_valid_requests_pass(request_: ImageRequest) -> None:
    validate(request_)


def test_unknown_deprecated_and_experimental_are_warnings() -> None:
    assert "does not know the model" in validate(ImageRequest(G, "x", model="mine", quality="q"))[0]
    assert validate(ImageRequest(G, "x", model="dall-e-3"))[0].startswith(
        "dall-e-3 was shut down at OpenAI on 2026-05-12."
    )
    (gone,) = validate(ImageRequest(G, "x", model="gpt-image-1.5"))
    assert "some compatible servers still serve it" in gone
    assert validate(ImageRequest(G, "x", model="gpt-image-2.6-flare")) == ()
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


@pytest.mark.parametrize(
    ("request_", "param", "words"),
    [
        (
            ImageRequest(G, "x", model="gpt-image-2", complexity="low"),
            "complexity",
            "gpt-image-2 has no complexity setting",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", complexity="extreme"),
            "complexity",
            "accepts low, medium or high",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.5-flare", output_format="svg"),
            "output_format",
            "accepts png, jpeg or webp",
        ),
        (
            ImageRequest(E, "x", model="gpt-image-2.5-flare", images=(SQUARE,), markup=SQUARE),
            "markup",
            "takes no markup",
        ),
        (
            ImageRequest(
                G, "x", model="gpt-image-2.6-flare", output_format="gif", frame_duration_ms=10
            ),
            "frame_duration_ms",
            "between 20 and",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", frame_count=4),
            "frame_count",
            "Only for GIF output",
        ),
        (
            ImageRequest(
                G,
                "x",
                model="gpt-image-2.6-flare",
                output_format="gif",
                partial_images=2,
            ),
            "partial_images",
            "GIF images cannot stream",
        ),
        (
            ImageRequest(
                G,
                "x",
                model="gpt-image-2.6-flare",
                output_format="gif",
                output_compression=50,
            ),
            "output_compression",
            "GIF output takes no compression",
        ),
        (
            ImageRequest(
                E,
                "x",
                model="gpt-image-2.6-flare",
                output_format="gif",
                images=(SQUARE,),
                mask=ImageFile.from_bytes(mask(64, 64, (0, 0, 8, 8))),
            ),
            "mask",
            "GIF output cannot be combined with a mask",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", svg=SvgOptions("a", "low")),
            "svg",
            "Only for SVG output",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2", size="512x512"),
            "size",
            "262,144 pixels is fewer than the 655,360",
        ),
        (
            ImageRequest(G, "x", model="gpt-image-2.6-flare", size="2896x2880"),
            "size",
            "more than the 8,294,400",
        ),
        (
            ImageRequest(E, "x", images=(SQUARE,), moderation="low"),
            "moderation",
            "Only for generations",
        ),
        (
            ImageRequest(V, images=(SQUARE,), quality="hd"),
            "quality",
            "A variation takes no quality",
        ),
    ],
)
def test_2_6_parameters_and_free_size_bounds_are_checked(
    request_: ImageRequest, param: str, words: str
) -> None:
    with pytest.raises(InvalidParameters) as caught:
        validate(request_)
    assert caught.value.param == param
    assert words in caught.value.message


def test_transparent_on_gpt_image_2_is_a_preview_warning_not_a_refusal() -> None:
    (warning,) = validate(ImageRequest(G, "x", model="gpt-image-2", background="transparent"))
    assert "preview on gpt-image-2" in warning
    assert (
        validate(ImageRequest(G, "x", model="gpt-image-2.5-flare", background="transparent")) == ()
    )


def test_svg_with_n_1_and_a_mask_is_accepted() -> None:
    validate(
        ImageRequest(
            E,
            "x",
            model="gpt-image-2.6-sunburst",
            output_format="svg",
            n=1,
            images=(SQUARE,),
            mask=ImageFile.from_bytes(mask(64, 64, (0, 0, 8, 8))),
        )
    )
