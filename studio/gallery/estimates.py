"""What a request will cost before it is sent: tokens and money, a range when unsure.

The basis, figure by figure (prices come from ``Pricing``, i.e. ``resources/pricing.json``):

- **Per-image prices** (the table's ``per_image``, DALL·E and the gpt-image-1 family at their
  listed sizes) are used as they are, times ``n``. Quality ``auto`` (or unset) is the range from
  the lowest to the highest listed quality; size ``auto`` the range over the listed sizes.
- **Token prices** otherwise. Output tokens per image follow OpenAI's published table for
  gpt-image-1 (1024x1024: low 272, medium 1056, high 4160; 1024x1536: 408, 1584, 6240;
  1536x1024: 400, 1568, 6208); any other size is scaled by its pixel count from 1024x1024.
  ``xhigh`` and ``max`` have no published figure: high to twice high. All output tokens are priced
  as image output (the Images endpoints report no output details).
- Each streamed partial image adds 100 image output tokens (api-now.md).
- Input: prompt text at 3 to 5 characters a token; each input image 65 tokens plus 129 per 512-pixel
  tile (after fitting in 2048² and bringing the short side to 768), and up to the size's
  high-quality output figure more when high input fidelity may apply (set, or automatic on the
  2 family and later).
- The Batch API costs half (``batch=True``).

A price the table does not have gives ``cost=None``: "unknown", never a guess.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from studio.api import Endpoint, ImageRequest, parse_size
from studio.gallery.pricing import PARTIAL_IMAGE_TOKENS, Pricing

__all__ = ["Estimate", "Span", "Total", "estimate", "total"]

#: Published output tokens per image of gpt-image-1, by size and quality.
_OUTPUT_TOKENS = {
    "1024x1024": {"low": 272, "medium": 1056, "high": 4160},
    "1024x1536": {"low": 408, "medium": 1584, "high": 6240},
    "1536x1024": {"low": 400, "medium": 1568, "high": 6208},
}
_BASE_PIXELS = 1024 * 1024
_HIGHER_QUALITIES = ("xhigh", "max")
_BATCH_DISCOUNT = 0.5


@dataclass(frozen=True)
class Span:
    """A figure known to lie between ``low`` and ``high`` (equal when certain)."""

    low: float
    high: float

    def __add__(self, other: Span) -> Span:
        return Span(self.low + other.low, self.high + other.high)

    def __mul__(self, factor: float) -> Span:
        return Span(self.low * factor, self.high * factor)

    @classmethod
    def exactly(cls, value: float) -> Span:
        return cls(value, value)

    def as_json(self) -> dict[str, float]:
        return {"low": round(self.low, 6), "high": round(self.high, 6)}


def _money(span: Span | None) -> str:
    if span is None:
        return "unknown"
    low, high = f"${span.low:.3f}", f"${span.high:.3f}"
    return low if low == high else f"{low} to {high}"


@dataclass(frozen=True)
class Estimate:
    """One request's expected cost; ``cost`` None means its price is unknown."""

    model: str
    images: int
    input_tokens: Span
    output_tokens: Span | None
    cost: Span | None
    batch: bool = False
    basis: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return _money(self.cost)

    def as_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "images": self.images,
            "input_tokens": self.input_tokens.as_json(),
            "output_tokens": None if self.output_tokens is None else self.output_tokens.as_json(),
            "cost_usd": None if self.cost is None else self.cost.as_json(),
            "batch": self.batch,
            "basis": list(self.basis),
        }


@dataclass(frozen=True)
class Total:
    """Many requests together: the known part summed, the unknown ones counted."""

    requests: int
    images: int
    cost: Span
    unknown: int

    @property
    def text(self) -> str:
        known = _money(self.cost)
        if self.unknown == self.requests and self.requests:
            return "unknown"
        return known + (f" + {self.unknown} unknown" if self.unknown else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "images": self.images,
            "cost_usd": self.cost.as_json(),
            "unknown": self.unknown,
        }


def total(estimates: Iterable[Estimate]) -> Total:
    requests = images = unknown = 0
    cost = Span(0.0, 0.0)
    for each in estimates:
        requests += 1
        images += each.images
        if each.cost is None:
            unknown += 1
        else:
            cost += each.cost
    return Total(requests, images, cost, unknown)


def estimate(request: ImageRequest, pricing: Pricing, *, batch: bool = False) -> Estimate:
    """The cost of sending ``request`` once (through the Batch API when ``batch``)."""
    model = request.model_name
    images = request.n or 1
    basis: list[str] = []
    dalle = model.startswith("dall-e")  # their defaults: 1024x1024, standard
    sizes = _sizes(request.size or ("1024x1024" if dalle else None))
    qualities = _qualities(request.quality or ("standard" if dalle else None))
    partials = (request.partial_images or 0) if request.stream else 0

    text_tokens = _text_tokens(request.prompt)
    image_tokens = _image_input_tokens(request)
    per_image_output = _output_tokens(sizes, qualities, basis)
    partial_tokens = Span.exactly(partials * PARTIAL_IMAGE_TOKENS)
    output_tokens = per_image_output * images + partial_tokens
    if partials:
        basis.append(f"{partials} partial images at {PARTIAL_IMAGE_TOKENS} tokens each")

    prices = pricing.tokens(model)
    listed = _listed(pricing, model, sizes, qualities)
    cost: Span | None = None
    if prices is not None:
        per_token = 1 / 1_000_000
        input_cost = text_tokens * (prices.text_input * per_token) + image_tokens * (
            prices.image_input * per_token
        )
    if listed is not None:
        cost = listed * images
        basis.append("listed price per image")
        if prices is not None:
            cost += input_cost + partial_tokens * (prices.image_output * per_token)
    elif prices is not None:
        cost = input_cost + output_tokens * (prices.image_output * per_token)
        basis.append("token prices")
    else:
        basis.append(f"no price known for {model}")
    if batch and cost is not None:
        cost = cost * _BATCH_DISCOUNT
        basis.append("Batch API: half price")
    output = None if prices is None else output_tokens  # per-image models report no tokens
    return Estimate(model, images, text_tokens + image_tokens, output, cost, batch, tuple(basis))


def _listed(
    pricing: Pricing, model: str, sizes: tuple[str, ...], qualities: tuple[str, ...]
) -> Span | None:
    """The range of listed per-image prices; None when any size has none for these qualities."""
    figures: list[float] = []
    for size in sizes:
        found = [pricing.per_image(model, size, quality) for quality in qualities]
        known = [float(each) for each in found if each is not None]
        if not known:
            return None
        figures.extend(known)
    return Span(min(figures), max(figures))


def _sizes(size: str | None) -> tuple[str, ...]:
    if size in (None, "auto"):
        return tuple(_OUTPUT_TOKENS)
    return (size,)


def _qualities(quality: str | None) -> tuple[str, ...]:
    if quality in (None, "auto"):
        return ("low", "medium", "high", "standard", "hd")
    return (quality,)


def _output_tokens(sizes: tuple[str, ...], qualities: tuple[str, ...], basis: list[str]) -> Span:
    figures: list[float] = []
    for size in sizes:
        for quality in qualities:
            figures.extend(_output_for(size, quality, basis))
    if not figures:
        figures = [0.0]
    return Span(min(figures), max(figures))


def _output_for(size: str, quality: str, basis: list[str]) -> list[float]:
    table = _OUTPUT_TOKENS.get(size)
    if table is None:
        dims = parse_size(size)
        scale = (dims[0] * dims[1] / _BASE_PIXELS) if dims else 1.0
        table = {q: t * scale for q, t in _OUTPUT_TOKENS["1024x1024"].items()}
        if dims and "scaled by pixel count" not in " ".join(basis):
            basis.append(f"output tokens for {size} scaled by pixel count from 1024x1024")
    if quality in table:
        return [table[quality]]
    if quality in _HIGHER_QUALITIES:
        return [table["high"], 2 * table["high"]]
    if quality in ("standard", "hd"):  # DALL·E: priced per image, no tokens
        return []
    return [table["low"], table["high"]]


def _text_tokens(prompt: str) -> Span:
    return Span(math.ceil(len(prompt) / 5), math.ceil(len(prompt) / 3))


def _image_input_tokens(request: ImageRequest) -> Span:
    tokens = Span(0, 0)
    if request.endpoint is not Endpoint.EDITS:
        return tokens
    for image in request.images:
        width, height = image.dimensions or (1024, 1024)
        base = 65 + 129 * _tiles(width, height)
        extra = 0.0
        if request.input_fidelity != "low":
            extra = _OUTPUT_TOKENS["1024x1024"]["high"] * min(width * height / _BASE_PIXELS, 1.5)
        tokens += Span(base, base + extra)
    return tokens


def _tiles(width: int, height: int) -> int:
    fit = min(1.0, 2048 / max(width, height))
    width, height = width * fit, height * fit
    short = min(width, height)
    if short > 768:
        width, height = width * 768 / short, height * 768 / short
    return math.ceil(width / 512) * math.ceil(height / 512)
