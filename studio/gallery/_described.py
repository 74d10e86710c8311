"""What a file says about itself, taken field by field and never trusted.

An imported file (or a note left by a save the disk cut short) may carry Studio's description of
an image. Any of it may be wrong: a field of the wrong type, an impossible date, NaN, text far
too long. Each field that does not hold up is dropped, with a note saying so, and the image is
kept with what remains.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, fields
from typing import Any

from studio.api import Endpoint, GeneratedImage, ImageRequest, Usage
from studio.gallery import embedded
from studio.gallery.records import Kind, Outcome, Status

__all__ = ["describe", "outcome_from_file"]

#: Longer descriptions are not read at all (Studio writes a few kilobytes).
_MAX_DESCRIPTION = 1_000_000
_MAX_PROMPT = 32_000
_MAX_NAME = 200
_MAX_PARAMS = 64_000
#: No image was made before this (1990-01-01); none can be made after tomorrow.
_EARLIEST = 631_152_000.0
_USAGE_FIELDS = {f.name for f in fields(Usage)}


def describe(outcome: Outcome, added: float, params: dict[str, Any]) -> dict[str, Any]:
    """What the gallery would record of ``outcome`` (sent with ``params``), in the form
    ``outcome_from_file`` reads."""
    request = outcome.request
    return {
        "created": outcome.created or added,
        "kind": (outcome.kind or Kind.of(request.endpoint)).value,
        "model": outcome.model or request.model_name,
        "prompt": request.prompt,
        "revised_prompt": next(
            (i.revised_prompt for i in outcome.images if i.revised_prompt), None
        ),
        "params": params,
        "provider": outcome.provider,
        "size": outcome.size or request.size,
        "quality": outcome.quality or request.quality,
        "background": outcome.background or request.background,
        "output_format": outcome.output_format or request.output_format,
        "request_id": outcome.request_id,
        "usage": None if outcome.usage is None else asdict(outcome.usage),
        "cost": outcome.cost,
        "duration": outcome.duration,
        "status": outcome.status.value,
        "parent_ids": list(outcome.parents),
    }


class _Fields:
    """The description's fields, each checked as it is taken; what fails is noted."""

    def __init__(self, described: dict[str, Any]) -> None:
        self._described = described
        self.notes: list[str] = []

    def _drop(self, key: str, why: str) -> None:
        self.notes.append(f"its “{key}” was left out ({why})")

    def text(self, key: str, limit: int = _MAX_NAME) -> str | None:
        value = self._described.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self._drop(key, f"{type(value).__name__}, not text")
            return None
        if len(value) > limit:
            self._drop(key, f"{len(value)} characters, more than {limit}")
            return None
        return value.replace("\x00", "")

    def number(self, key: str, low: float, high: float) -> float | None:
        value = self._described.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self._drop(key, f"{type(value).__name__}, not a number")
            return None
        if not math.isfinite(value) or not low <= value <= high:
            self._drop(key, f"{value} is not possible")
            return None
        return float(value)

    def choice(self, key: str, kind: Any) -> Any:
        value = self.text(key)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            self._drop(key, f"“{value[:40]}” is not known")
            return None

    def params(self) -> dict[str, Any] | None:
        value = self._described.get("params")
        if value is None:
            return None
        if not isinstance(value, dict):
            self._drop("params", f"{type(value).__name__}, not a set of settings")
            return None
        try:
            size = len(json.dumps(value, allow_nan=False))
        except (ValueError, TypeError, RecursionError):
            self._drop("params", "values that are not plain settings")
            return None
        if size > _MAX_PARAMS:
            self._drop("params", f"{size} bytes, more than {_MAX_PARAMS}")
            return None
        return value

    def usage(self) -> Usage | None:
        value = self._described.get("usage")
        if value is None:
            return None
        counts = value if isinstance(value, dict) else {}
        good = (
            isinstance(value, dict)
            and set(counts) <= _USAGE_FIELDS
            and all(
                isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 10**12
                for n in counts.values()
            )
        )
        if not good:
            self._drop("usage", "not a count of tokens")
            return None
        return Usage(**counts)

    def parents(self) -> tuple[int, ...]:
        value = self._described.get("parent_ids")
        if value is None:
            return ()
        if not isinstance(value, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and 0 < n < 2**62 for n in value
        ):
            self._drop("parent_ids", "not a list of image numbers")
            return ()
        return tuple(value)


def _loaded(found: embedded.Embedded, notes: list[str]) -> dict[str, Any]:
    if not found.studio:
        return {}
    if len(found.studio) > _MAX_DESCRIPTION:
        notes.append(f"its Studio description was left out ({len(found.studio)} characters)")
        return {}
    try:
        loaded = json.loads(found.studio)
    except (ValueError, RecursionError):
        notes.append("its Studio description was left out (it is not readable JSON)")
        return {}
    if not isinstance(loaded, dict):
        notes.append("its Studio description was left out (it is not a set of fields)")
        return {}
    return loaded


def outcome_from_file(
    name: str,
    modified: float,
    data: bytes,
    fmt: str,
    found: embedded.Embedded,
    *,
    own_note: bool = False,
) -> tuple[Outcome, tuple[str, ...]]:
    """An ``Outcome`` from a file's bytes and its embedded metadata, with a note for each part
    of that metadata that was left out. Only the gallery's ``own_note`` (of a save a full disk
    cut short) names parents by their number in this gallery."""
    notes = list(found.notes)
    described = _loaded(found, notes)
    take = _Fields(described)
    prompt = take.text("prompt", _MAX_PROMPT) or ""
    if not prompt and found.parameters:
        prompt = found.parameters.split("\n", 1)[0][:_MAX_PROMPT]
    params = take.params()
    endpoint = Endpoint.GENERATIONS
    if params is not None and "endpoint" in params:
        try:
            endpoint = Endpoint(params["endpoint"])
        except (ValueError, TypeError):
            take.notes.append("its endpoint was left out (it is not one Studio knows)")
    created = take.number("created", _EARLIEST, time.time() + 86_400)
    outcome = Outcome(
        request=ImageRequest(endpoint, prompt),
        images=(GeneratedImage(data, fmt, take.text("revised_prompt", _MAX_PROMPT)),),
        provider=take.text("provider") or "",
        usage=take.usage(),
        size=take.text("size"),
        quality=take.text("quality"),
        background=take.text("background"),
        output_format=take.text("output_format") or fmt,
        request_id=take.text("request_id"),
        duration=take.number("duration", 0, 86_400 * 7) or 0.0,
        status=take.choice("status", Status) or Status.COMPLETE,
        kind=take.choice("kind", Kind) or Kind.IMPORT,
        model=take.text("model") or "unknown",
        params=params or {"file": name[:_MAX_NAME]},
        created=created or modified,
        cost=take.number("cost", 0, 1_000_000),
        parents=take.parents() if own_note else (),
    )
    return outcome, (*notes, *take.notes)
