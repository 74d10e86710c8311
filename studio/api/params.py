"""Every request parameter once: the ``ParamSpec`` table and ``applies``, which says why not.

The parameter panel (its controls and what it remembers), the command line's flags and
validation are all built from ``PARAMS``; ``applies`` is the one place that decides whether a
parameter means anything for a model, an endpoint and an output format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from studio.api.capabilities import Endpoint, ModelCapabilities
from studio.api.requests import ImageRequest, SvgOptions
from studio.config import Words, words

__all__ = [
    "PARAMS",
    "ParamKind",
    "ParamSpec",
    "applies",
    "choice_name",
    "param",
    "request_values",
    "values_of",
]


class ParamKind(StrEnum):
    PROMPT = "prompt"
    MODEL = "model"
    IMAGES = "images"  # one or more input images
    FILE = "file"  # one PNG layer: mask or markup
    CHOICE = "choice"
    INT = "int"
    BOOL = "bool"
    TEXT = "text"
    SIZE = "size"


_ALL = frozenset(Endpoint)
_MAKING = frozenset({Endpoint.GENERATIONS, Endpoint.EDITS})
_FORMAT_NAMES = {"png": "PNG", "jpeg": "JPEG", "webp": "WebP", "gif": "GIF", "svg": "SVG"}
#: The choices a person reads as words; the others (sizes, formats, ``url``, ``hd``) are names.
_CHOICE_NAMES = {
    "auto": words("Params", "auto"),
    "low": words("Params", "low"),
    "medium": words("Params", "medium"),
    "high": words("Params", "high"),
    "max": words("Params", "max"),
    "standard": words("Params", "standard"),
    "opaque": words("Params", "opaque"),
    "transparent": words("Params", "transparent"),
    "natural": words("Params", "natural"),
    "vivid": words("Params", "vivid"),
    "none": words("Params", "none"),
    "minimal": words("Params", "minimal"),
}


@dataclass(frozen=True)
class Draft:
    """What ``applies`` looks at: the model, the endpoint, the output format, and (when known)
    whether the request streams."""

    caps: ModelCapabilities
    endpoint: Endpoint
    output_format: str
    stream: bool | None

    @property
    def model(self) -> str:
        return self.caps.name

    @property
    def format_name(self) -> str:
        return _FORMAT_NAMES.get(self.output_format, self.output_format)


Rule = Callable[[Draft], "str | None"]


@dataclass(frozen=True)
class ParamSpec:
    """One request parameter: how it is shown, remembered, typed on the command line and checked."""

    #: Unique key: the API's name, or ``svg_model``/``svg_effort`` for the parts of ``svg``.
    name: str
    label: str
    kind: ParamKind
    help: str
    #: The ``ImageRequest`` field it fills; ``part`` for a field of the nested svg object.
    field: str = ""
    part: str = ""
    #: Where the server's errors point (``param`` in an error).
    api_name: str = ""
    endpoints: frozenset[Endpoint] = _MAKING
    #: The allowed choices, from the model's capabilities.
    choices: Callable[[ModelCapabilities], tuple[str, ...]] | None = None
    #: (lowest, highest) for an integer, from the model's capabilities.
    bounds: Callable[[ModelCapabilities], tuple[int, int]] | None = None
    #: Why it does not apply beyond the endpoint, or None.
    rule: Rule | None = None
    #: Values that change nothing, so they are accepted even where the parameter does not apply.
    inert: tuple[Any, ...] = ()
    #: What the panel shows first; None: the first allowed choice.
    default: Any = None
    #: Unset means the model's own default, which no choice names: the panel offers it.
    optional: bool = False
    #: The panel's remembered setting (``params/KEY``); empty: not a panel control.
    setting: str = ""
    #: Command-line flags, the first the canonical spelling; empty: not a flag.
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.field:
            object.__setattr__(self, "field", self.name)
        if not self.api_name:
            object.__setattr__(self, "api_name", self.field)

    def value_in(self, request: ImageRequest) -> Any:
        value = getattr(request, self.field)
        if self.part:
            return None if value is None else getattr(value, self.part)
        return value


def choice_name(value: str) -> str:
    """How a choice is shown: the value itself, marked for translation when it is a word."""
    return _CHOICE_NAMES.get(value, value)


def _endpoint_sentence(spec: ParamSpec, endpoint: Endpoint) -> str:
    if spec.endpoints == {Endpoint.EDITS}:
        return words("Params", "Only for edits.")
    if spec.endpoints == {Endpoint.GENERATIONS}:
        return words("Params", "Only for generations.")
    if spec.endpoints == {Endpoint.EDITS, Endpoint.VARIATIONS}:
        return words("Params", "Only for edits and variations.")
    if endpoint is Endpoint.VARIATIONS:
        return words("Params", "A variation takes no {what}.").format(what=spec.label.lower())
    return words("Params", "Not for {endpoint}.").format(endpoint=endpoint.value)


def applies(
    spec: ParamSpec | str,
    caps: ModelCapabilities,
    endpoint: Endpoint,
    output_format: str | None = None,
    *,
    stream: bool | None = None,
) -> str | None:
    """None when the parameter means something for this request, else a short sentence of why
    not ("GIF images cannot stream", "dall-e-3 has no input fidelity", "Only for edits.").

    ``stream`` is whether the request streams, when that is known; ``None`` leaves out the
    rules that depend on it (partial images without streaming).
    """
    spec = param(spec) if isinstance(spec, str) else spec
    if endpoint not in spec.endpoints:
        return _endpoint_sentence(spec, endpoint)
    if spec.rule is None:
        return None
    return spec.rule(Draft(caps, endpoint, output_format or "png", stream))


# -- the rules ----------------------------------------------------------------------------------


def _choices_rule(
    values: Callable[[ModelCapabilities], tuple[str, ...]], missing: Words
) -> Callable[[Draft], str | None]:
    """A choice the model may lack: ``missing`` is the sentence, with ``{model}``."""

    def rule(draft: Draft) -> str | None:
        return None if values(draft.caps) else missing.format(model=draft.model)

    return rule


def _size(draft: Draft) -> str | None:
    if draft.caps.sizes or draft.caps.free_size:
        return None
    return words("Params", "{model} chooses its own size.").format(model=draft.model)


def _n(draft: Draft) -> str | None:
    if draft.output_format == "svg":
        return words("Params", "SVG output makes one image per request (n must be 1).")
    return None


def _compression(draft: Draft) -> str | None:
    if not draft.caps.compression:
        return words("Params", "{model} has no compression setting.").format(model=draft.model)
    if draft.output_format not in ("jpeg", "webp"):
        return words(
            "Params", "{format} output takes no compression; only JPEG and WebP do."
        ).format(format=draft.format_name)
    return None


def _streaming(draft: Draft) -> str | None:
    if not draft.caps.streaming:
        return words("Params", "{model} cannot stream partial images.").format(model=draft.model)
    if draft.output_format in ("gif", "svg"):
        return words("Params", "{format} images cannot stream.").format(format=draft.format_name)
    return None


def _partials(draft: Draft) -> str | None:
    why = _streaming(draft)
    if why is None and draft.stream is False:
        return words("Params", "Partial images come only while streaming.")
    return why


def _fidelity(draft: Draft) -> str | None:
    if draft.caps.input_fidelity:
        return None
    if draft.caps.free_size is not None:  # the gpt-image-2 family keeps inputs close by itself
        return words("Params", "{model} matches its inputs at high fidelity by itself.").format(
            model=draft.model
        )
    return words("Params", "{model} has no input fidelity.").format(model=draft.model)


def _gif(draft: Draft) -> str | None:
    if "gif" not in draft.caps.output_formats:
        return words("Params", "{model} makes no GIFs (the 2.6 models do).").format(
            model=draft.model
        )
    if draft.output_format != "gif":
        return words("Params", "Only for GIF output.")
    return None


def _svg(draft: Draft) -> str | None:
    if "svg" not in draft.caps.output_formats:
        return words("Params", "{model} makes no SVGs (the 2.6 models do).").format(
            model=draft.model
        )
    if draft.output_format != "svg":
        return words("Params", "Only for SVG output.")
    return None


def _svg_effort(draft: Draft) -> str | None:
    why = _svg(draft)
    if why is None and not draft.caps.svg_reasoning:
        return words("Params", "{model} has no SVG reasoning setting.").format(model=draft.model)
    return why


def _mask(draft: Draft) -> str | None:
    if not draft.caps.mask:
        return words("Params", "{model} takes no mask.").format(model=draft.model)
    if draft.output_format == "gif":
        return words("Params", "GIF output cannot be combined with a mask.")
    return None


def _markup(draft: Draft) -> str | None:
    if draft.caps.markup:
        return None
    return words("Params", "{model} takes no markup; use a mask instead.").format(model=draft.model)


def _safety(draft: Draft) -> str | None:
    if draft.caps.safety_identifier:
        return None
    return words("Params", "{model} takes no safety identifier; use the user field.").format(
        model=draft.model
    )


# -- the table ----------------------------------------------------------------------------------

PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec(
        "prompt",
        words("Params", "Prompt"),
        ParamKind.PROMPT,
        words("Params", "what the image should show, or how to change the input images"),
    ),
    ParamSpec(
        "model",
        words("Params", "Model"),
        ParamKind.MODEL,
        words("Params", "model name (the table's or a compatible server's own)"),
        endpoints=_ALL,
        setting="model",
        flags=("--model",),
    ),
    ParamSpec(
        "images",
        words("Params", "Images"),
        ParamKind.IMAGES,
        words("Params", "an input image (repeatable)"),
        api_name="image",
        endpoints=frozenset({Endpoint.EDITS, Endpoint.VARIATIONS}),
        flags=("--image",),
    ),
    ParamSpec(
        "mask",
        words("Params", "Mask"),
        ParamKind.FILE,
        words("Params", "PNG, transparent where to change"),
        endpoints=frozenset({Endpoint.EDITS}),
        rule=_mask,
        flags=("--mask",),
    ),
    ParamSpec(
        "markup",
        words("Params", "Markup"),
        ParamKind.FILE,
        words("Params", "PNG of strokes drawn over the first image to guide the edit (2.6 models)"),
        endpoints=frozenset({Endpoint.EDITS}),
        rule=_markup,
        flags=("--markup",),
    ),
    ParamSpec(
        "size",
        words("Params", "Size"),
        ParamKind.SIZE,
        words(
            "Params", "WIDTHxHEIGHT or auto (gpt-image-2 and later: any multiple of 16, 1:3 to 3:1)"
        ),
        endpoints=_ALL,
        choices=lambda caps: caps.sizes,
        rule=_size,
        setting="size",
        flags=("--size",),
    ),
    ParamSpec(
        "quality",
        words("Params", "Quality"),
        ParamKind.CHOICE,
        words(
            "Params",
            "low, medium, high, auto; xhigh and max on 2.5 and 2.6; standard or hd on DALL·E",
        ),
        choices=lambda caps: caps.qualities,
        rule=_choices_rule(
            lambda caps: caps.qualities, words("Params", "{model} has no quality setting.")
        ),
        setting="quality",
        flags=("--quality",),
    ),
    ParamSpec(
        "n",
        words("Params", "Images"),
        ParamKind.INT,
        words("Params", "how many images (1-10)"),
        endpoints=_ALL,
        bounds=lambda caps: (1, caps.n_max),
        rule=_n,
        inert=(1,),
        default=1,
        setting="n",
        flags=("--n",),
    ),
    ParamSpec(
        "stream",
        words("Params", "Streaming"),
        ParamKind.BOOL,
        words("Params", "show partial images"),
        rule=_streaming,
        inert=(False,),
        default=True,
        setting="stream",
        flags=("--stream",),
    ),
    ParamSpec(
        "partial_images",
        words("Params", "Partial images"),
        ParamKind.INT,
        words("Params", "partial images while streaming (0-3)"),
        bounds=lambda caps: (0, caps.partial_images_max),
        rule=_partials,
        inert=(0,),
        default=2,
        setting="partials",
        flags=("--partial-images", "--partials"),
    ),
    ParamSpec(
        "output_format",
        words("Params", "Format"),
        ParamKind.CHOICE,
        words("Params", "png, jpeg, webp; gif and svg on 2.6"),
        choices=lambda caps: caps.output_formats,
        rule=_choices_rule(
            lambda caps: caps.output_formats,
            words("Params", "{model} returns PNG only; it has no format choice."),
        ),
        setting="output_format",
        flags=("--output-format", "--format"),
    ),
    ParamSpec(
        "output_compression",
        words("Params", "Compression %"),
        ParamKind.INT,
        words("Params", "0-100, for jpeg and webp"),
        bounds=lambda caps: (0, 100),
        rule=_compression,
        default=85,
        setting="compression",
        flags=("--output-compression", "--compression"),
    ),
    ParamSpec(
        "background",
        words("Params", "Background"),
        ParamKind.CHOICE,
        words("Params", "auto, opaque or transparent (transparent needs png or webp)"),
        choices=lambda caps: caps.backgrounds,
        rule=_choices_rule(
            lambda caps: caps.backgrounds, words("Params", "{model} has no background setting.")
        ),
        setting="background",
        flags=("--background",),
    ),
    ParamSpec(
        "frame_count",
        words("Params", "Frames"),
        ParamKind.INT,
        words("Params", "frames of a GIF (2-16, 9 when unset)"),
        bounds=lambda caps: caps.gif_frames,
        rule=_gif,
        default=9,
        setting="frames",
        flags=("--frame-count",),
    ),
    ParamSpec(
        "frame_duration_ms",
        words("Params", "Frame ms"),
        ParamKind.INT,
        words("Params", "how long each GIF frame shows, in ms (20 or more, 200 when unset)"),
        bounds=lambda caps: caps.gif_frame_ms,
        rule=_gif,
        default=200,
        setting="frame_ms",
        flags=("--frame-duration-ms",),
    ),
    ParamSpec(
        "svg_model",
        words("Params", "SVG model"),
        ParamKind.TEXT,
        words("Params", "the model that writes the SVG (when your account chooses it)"),
        field="svg",
        part="model",
        rule=_svg,
        setting="svg_model",
        flags=("--svg-model",),
    ),
    ParamSpec(
        "svg_effort",
        words("Params", "SVG effort"),
        ParamKind.CHOICE,
        words(
            "Params",
            "how hard the SVG author reasons: none, minimal, low, medium, high, xhigh, max",
        ),
        field="svg",
        part="reasoning_effort",
        choices=lambda caps: caps.svg_reasoning,
        rule=_svg_effort,
        optional=True,
        setting="svg",
        flags=("--svg-effort",),
    ),
    ParamSpec(
        "complexity",
        words("Params", "Complexity"),
        ParamKind.CHOICE,
        words(
            "Params",
            "planning effort, apart from quality: low, medium, high (2.6 models; high when unset)",
        ),
        choices=lambda caps: caps.complexity,
        rule=_choices_rule(
            lambda caps: caps.complexity,
            words("Params", "{model} has no complexity setting (the 2.6 models do)."),
        ),
        default="high",
        setting="complexity",
        flags=("--complexity",),
    ),
    ParamSpec(
        "style",
        words("Params", "Style"),
        ParamKind.CHOICE,
        words("Params", "vivid or natural (dall-e-3)"),
        endpoints=frozenset({Endpoint.GENERATIONS}),
        choices=lambda caps: caps.styles,
        rule=_choices_rule(
            lambda caps: caps.styles,
            words("Params", "{model} has no style setting; describe it in the prompt."),
        ),
        setting="style",
        flags=("--style",),
    ),
    ParamSpec(
        "response_format",
        words("Params", "Returned as"),
        ParamKind.CHOICE,
        words("Params", "url or b64_json (DALL·E)"),
        endpoints=_ALL,
        choices=lambda caps: tuple(reversed(caps.response_formats)),
        rule=_choices_rule(
            lambda caps: caps.response_formats,
            words("Params", "{model} always returns the image itself."),
        ),
        setting="response_format",
        flags=("--response-format",),
    ),
    ParamSpec(
        "moderation",
        words("Params", "Moderation"),
        ParamKind.CHOICE,
        words("Params", "auto or low (less strict filtering)"),
        endpoints=frozenset({Endpoint.GENERATIONS}),
        choices=lambda caps: caps.moderation,
        rule=_choices_rule(
            lambda caps: caps.moderation, words("Params", "{model} has no moderation setting.")
        ),
        setting="moderation",
        flags=("--moderation",),
    ),
    ParamSpec(
        "input_fidelity",
        words("Params", "Fidelity"),
        ParamKind.CHOICE,
        words("Params", "high keeps faces and details of the inputs closer, at a higher cost"),
        endpoints=frozenset({Endpoint.EDITS}),
        choices=lambda caps: caps.input_fidelity,
        rule=_fidelity,
        setting="input_fidelity",
        flags=("--input-fidelity",),
    ),
    ParamSpec(
        "safety_identifier",
        words("Params", "Safety id"),
        ParamKind.TEXT,
        words("Params", "a stable hashed id of the end user, for the provider's abuse checks"),
        rule=_safety,
        setting="safety_identifier",
        flags=("--safety-identifier",),
    ),
    ParamSpec(
        "user",
        words("Params", "User"),
        ParamKind.TEXT,
        words("Params", "an end-user id (deprecated: the safety identifier replaces it)"),
        endpoints=_ALL,
        setting="user",
        flags=("--user",),
    ),
)

_BY_NAME = {spec.name: spec for spec in PARAMS}


def param(name: str) -> ParamSpec:
    """The spec called ``name`` (KeyError for a name the table lacks)."""
    return _BY_NAME[name]


def request_values(
    values: Mapping[str, Any], specs: Iterable[ParamSpec] = PARAMS
) -> dict[str, Any]:
    """``ImageRequest`` keyword arguments from values by spec name; None and absent are unset."""
    arguments: dict[str, Any] = {}
    svg: dict[str, Any] = {}
    for spec in specs:
        value = values.get(spec.name)
        if value is None:
            continue
        if spec.part:
            svg[spec.part] = value
        else:
            arguments[spec.field] = value
    if svg:
        arguments["svg"] = SvgOptions(**svg)
    return arguments


def values_of(request: ImageRequest) -> dict[str, Any]:
    """The request's set parameters by spec name (the reverse of ``request_values``)."""
    return {
        spec.name: value
        for spec in PARAMS
        if spec.kind not in (ParamKind.IMAGES, ParamKind.FILE)
        and (value := spec.value_in(request)) is not None
    }
