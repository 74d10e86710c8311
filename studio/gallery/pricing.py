"""Estimated cost of a request, from ``resources/pricing.json`` and the user's overrides.

GPT image models are priced by their reported ``usage`` (text and image input tokens, image
output tokens); the DALL·E models per image. A model without a known price costs ``None``
("unknown"), never a guess.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from studio.api import Usage
from studio.config import resource

__all__ = ["Pricing", "TokenPrices"]


@dataclass(frozen=True)
class TokenPrices:
    """USD per 1M tokens."""

    text_input: float
    image_input: float
    image_output: float

    def cost(self, usage: Usage) -> float:
        text = usage.input_text_tokens
        image = usage.input_image_tokens
        if text + image == 0:  # usage without details: count all input as text
            text = usage.input_tokens
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
    ) -> float | None:
        """USD for one request, or None when the price is unknown."""
        prices = self.tokens(model)
        if usage is not None and prices is not None:
            return round(prices.cost(usage), 6)
        each = self.per_image(model, size, quality)
        return None if each is None else round(each * images, 6)
