"""Estimated cost of a request, from ``resources/pricing.json`` and the user's overrides.

GPT image models are priced by their reported ``usage`` (text and image input tokens, image
output tokens); the DALL·E models per image. A model without a known price costs ``None``
("unknown"), never a guess.

How the reference reads (api-now.md "Model lifecycle", pricing.md): the Images endpoints report
``usage`` without ``output_tokens_details``, so every output token is priced as image output
(pricing some as text undercounts). "Each streamed partial image adds 100 image output tokens"
is what the *reported* usage holds: the completed event's ``output_tokens`` already include them
(the local server reports them so), and adding them again would count them twice. They are
added only where no usage was reported and the cost is estimated per image.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from studio.api import Usage
from studio.config import resource

__all__ = ["Pricing", "TokenPrices"]


#: Image output tokens each streamed partial image costs.
PARTIAL_IMAGE_TOKENS = 100


@dataclass(frozen=True)
class TokenPrices:
    """USD per 1M tokens. The cached-input prices are listed for completeness: the Images
    endpoints' usage reports no cached tokens, so they never apply to a request here."""

    text_input: float
    image_input: float
    image_output: float
    text_input_cached: float | None = None
    image_input_cached: float | None = None

    def cost(self, usage: Usage) -> float:
        text = usage.input_text_tokens
        image = usage.input_image_tokens
        if text + image == 0:  # usage without details: count all input as text
            text = usage.input_tokens
        # All output tokens as image output, partial images' included (see the module doc).
        return (
            text * self.text_input
            + image * self.image_input
            + usage.output_tokens * self.image_output
        ) / 1_000_000


class Pricing:
    def __init__(self, table: Mapping[str, Any]) -> None:
        self._models: dict[str, dict[str, Any]] = {}
        for name, entry in table.items():
            self._models[name] = dict(table[entry["same_as"]]) if "same_as" in entry else entry

    @classmethod
    def load(cls, overrides: Mapping[str, Mapping[str, float]] | None = None) -> Pricing:
        """The shipped table; ``overrides`` maps a model to its own token prices."""
        raw = json.loads(resource("pricing.json").read_text("utf-8"))
        table: dict[str, Any] = dict(raw["models"])
        for model, tokens in (overrides or {}).items():
            table[model] = {**table.get(model, {}), "tokens": dict(tokens)}
            table[model].pop("same_as", None)
        return cls(table)

    def tokens(self, model: str) -> TokenPrices | None:
        prices = self._models.get(model, {}).get("tokens")
        return TokenPrices(**prices) if prices else None

    def recorded(self, model: str) -> str | None:
        """The date the model's prices were read, when the table gives one."""
        return self._models.get(model, {}).get("recorded")

    def per_image(self, model: str, size: str | None, quality: str | None) -> float | None:
        by_size = self._models.get(model, {}).get("per_image", {})
        by_quality = by_size.get(size or "1024x1024") or {}
        if quality in (None, "auto"):
            quality = "medium" if "medium" in by_quality else "standard"
        return by_quality.get(quality)

    def estimate(
        self,
        model: str,
        usage: Usage | None,
        *,
        images: int = 1,
        size: str | None = None,
        quality: str | None = None,
        partials: int = 0,
    ) -> float | None:
        """USD for one request, or None when the price is unknown. ``partials``: streamed
        partial images, counted only when there is no ``usage`` (which includes them)."""
        prices = self.tokens(model)
        if usage is not None and prices is not None:
            return round(prices.cost(usage), 6)
        each = self.per_image(model, size, quality)
        if each is None:
            return None
        extra = 0.0
        if partials and prices is not None:
            extra = partials * PARTIAL_IMAGE_TOKENS * prices.image_output / 1_000_000
        return round(each * images + extra, 6)
