"""When each model was released and shuts down, merged with what the provider itself says.

The table is the top-level ``lifecycle`` section of ``resources/models.json``; a provider's
``GET /models`` list (cached a day in a ``ModelCache``) adds which models a key may use and its own
``shutdown_date``, which wins over the table's. ``model_choices`` turns both into what a model
list shows; ``model_gone`` builds the error for a model that is no longer served.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from studio.api.capabilities import known_models
from studio.api.errors import ModelGone
from studio.config import Paths, resource, words

__all__ = [
    "Lifecycle",
    "ModelCache",
    "ModelInfo",
    "ProviderModel",
    "is_image_model",
    "lifecycle_for",
    "lifecycle_note",
    "model_choices",
    "model_gone",
    "parse_day",
    "replacement_for",
    "table_models",
]

log = logging.getLogger(__name__)

#: Names OpenAI gives its image models; a provider's list also holds chat, audio … models.
_IMAGE_PREFIXES = ("gpt-image", "dall-e", "chatgpt-image")
#: Words in the names compatible servers give their own image models.
_IMAGE_WORDS = ("image", "dall", "diffusion", "flux", "sdxl", "imagen", "kandinsky")
_DATED = re.compile(r"^(?P<base>.+)-\d{4}-\d{2}-\d{2}$")


class Lifecycle(StrEnum):
    LIVE = "live"
    #: A shutdown date is announced and still ahead.
    DEPRECATED = "deprecated"
    SHUT_DOWN = "shut down"


@dataclass(frozen=True)
class ModelInfo:
    """One model's lifecycle, as the table and (when asked) the provider know it."""

    name: str
    released: date | None = None
    shutdown: date | None = None
    replacements: tuple[str, ...] = ()
    #: None: the provider was not asked; True/False: whether its ``/models`` list holds it.
    offered: bool | None = None
    #: Whether Studio's table knows the model (a compatible server's own names are not).
    known: bool = False
    #: What sets it apart from its sibling ("fast", "detailed"); empty when nothing does.
    note: str = ""

    def state(self, today: date) -> Lifecycle:
        if self.shutdown is None:
            return Lifecycle.LIVE
        return Lifecycle.SHUT_DOWN if self.shutdown <= today else Lifecycle.DEPRECATED

    @property
    def replacement(self) -> str | None:
        return self.replacements[0] if self.replacements else None

    @property
    def label(self) -> str:
        """The name with its note: ``gpt-image-2.6-flare (fast)``."""
        return f"{self.name} ({self.note})" if self.note else self.name


@dataclass(frozen=True)
class ProviderModel:
    """One entry of a provider's ``GET /models`` list."""

    id: str
    shutdown_date: date | None = None
    owned_by: str | None = None
    #: Unix time the provider gives as the model's creation.
    created: int | None = None

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> ProviderModel:
        """An entry of OpenAI's list, or of Azure's (whose ``deprecation.inference`` is the
        time the model stops answering)."""
        shutdown = parse_day(entry.get("shutdown_date"))
        deprecation = entry.get("deprecation")
        if shutdown is None and isinstance(deprecation, Mapping):
            when = deprecation.get("inference")
            if isinstance(when, int | float) and not isinstance(when, bool):
                shutdown = datetime.fromtimestamp(when, UTC).date()
        created = entry.get("created", entry.get("created_at"))
        owner = entry.get("owned_by")
        return cls(
            id=str(entry["id"]),
            shutdown_date=shutdown,
            owned_by=str(owner) if owner is not None else None,
            created=int(created) if isinstance(created, int | float) else None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "model",
            "created": self.created,
            "owned_by": self.owned_by,
            "shutdown_date": self.shutdown_date.isoformat() if self.shutdown_date else None,
        }


def parse_day(text: Any) -> date | None:
    """``"2026-12-01"`` → a date; ``"2025-04"`` → its first day; anything else → None."""
    if not isinstance(text, str):
        return None
    try:
        if len(text) == len("2025-04"):
            return date.fromisoformat(text + "-01")
        return date.fromisoformat(text)
    except ValueError:
        return None


@cache
def _table() -> dict[str, ModelInfo]:
    raw = json.loads(resource("models.json").read_text("utf-8"))
    entries: dict[str, dict[str, Any]] = raw.get("lifecycle", {})
    return {
        name: ModelInfo(
            name=name,
            released=parse_day(entry.get("released")),
            shutdown=parse_day(entry.get("shutdown")),
            replacements=tuple(entry.get("replacements") or ()),
            known=True,
            note=str(entry.get("note") or ""),
        )
        for name, entry in entries.items()
    }


@cache
def table_models() -> tuple[str, ...]:
    """Every model Studio's tables know: the capability table's order, then lifecycle-only
    names (dated aliases the capability table does not list)."""
    names = [caps.name for caps in known_models()]
    return tuple(dict.fromkeys([*names, *_table()]))


def lifecycle_for(model: str) -> ModelInfo:
    """The table's lifecycle of ``model``; a dated alias (``…-2026-09-08``) not listed takes its
    base model's. An unknown name is live as far as Studio knows."""
    table = _table()
    found = table.get(model)
    if found is not None:
        return found
    dated = _DATED.match(model)
    if dated and dated["base"] in table:
        return replace(table[dated["base"]], name=model)
    in_capabilities = model in {caps.name for caps in known_models()}
    return ModelInfo(name=model, known=in_capabilities)


def is_image_model(model: str, *, openai: bool = False) -> bool:
    """Whether a name from a provider's list looks like an image model: one of OpenAI's image
    names, or (``openai=False``) a name a compatible server would give one."""
    if model in table_models() or model.startswith(_IMAGE_PREFIXES):
        return True
    lowered = model.casefold()
    return not openai and any(word in lowered for word in _IMAGE_WORDS)


def _merged(entry: ProviderModel, openai: bool) -> ModelInfo:
    """The table's lifecycle with the provider's word on it. The table's shutdown dates are
    OpenAI's: a compatible server that still lists a model decides its own date."""
    info = lifecycle_for(entry.id)
    released = info.released
    if released is None and entry.created:
        released = datetime.fromtimestamp(entry.created, UTC).date()
    shutdown = entry.shutdown_date or (info.shutdown if openai else None)
    return replace(info, released=released, shutdown=shutdown, offered=True)


def _newest_first(infos: Iterable[ModelInfo], today: date) -> list[ModelInfo]:
    """Live before deprecated before shut down; newest release first within each; otherwise the
    order given (the table puts sunburst before flare, a base before its dated alias)."""
    rank = {Lifecycle.LIVE: 0, Lifecycle.DEPRECATED: 1, Lifecycle.SHUT_DOWN: 2}
    ordered = list(infos)
    position = {info.name: index for index, info in enumerate(ordered)}

    def key(info: ModelInfo) -> tuple[int, int, int]:
        released = -info.released.toordinal() if info.released else 0
        return rank[info.state(today)], released, position[info.name]

    return sorted(ordered, key=key)


def model_choices(
    provider_models: tuple[ProviderModel, ...] | None,
    *,
    openai: bool,
    today: date,
) -> tuple[ModelInfo, ...]:
    """What a model list should show, in order.

    - OpenAI (``openai=True``): shut-down models are hidden; with the provider's list, only the
      image models it offers (a key may lack some), unknown new ones included.
    - A compatible server with a list: its image models as it gives them (when none of its names
      looks like an image model, all of them: it may name its own models anything), with the
      shutdown dates it gives (the table's are OpenAI's).
    - No list: the table's models.
    Live models come first (newest family first), then deprecated ones.
    """
    if provider_models is None:
        infos = [lifecycle_for(name) for name in table_models()]
    else:
        listed = [m for m in provider_models if is_image_model(m.id, openai=openai)]
        if not listed and not openai:
            listed = list(provider_models)
        infos = [_merged(m, openai) for m in dict((m.id, m) for m in listed).values()]
        if not openai:
            return tuple(infos)
    if openai:
        infos = [info for info in infos if info.state(today) is not Lifecycle.SHUT_DOWN]
    return tuple(_newest_first(infos, today))


def _live_replacements(
    model: str,
    today: date,
    provider_models: tuple[ProviderModel, ...] | None,
    openai: bool = True,
) -> tuple[ModelInfo, ...]:
    """The live models to use instead of ``model``: its listed replacements (following a chain
    through replacements that are gone too), else the newest live models in the table."""
    offered = None if provider_models is None else {m.id: m for m in provider_models}

    def usable(name: str) -> ModelInfo | None:
        info = lifecycle_for(name)
        if offered is not None:
            if name not in offered:
                return None
            info = _merged(offered[name], openai)
        return info if info.state(today) is Lifecycle.LIVE else None

    found: list[ModelInfo] = []
    seen: set[str] = {model}
    queue = list(lifecycle_for(model).replacements)
    while queue:
        name = queue.pop(0)
        if name in seen:
            continue
        seen.add(name)
        info = usable(name)
        if info is not None:
            found.append(info)
        else:
            queue.extend(lifecycle_for(name).replacements)
    if not found:
        # The table names none (gpt-image-1, DALL·E: "use the GPT image models"): the newest
        # live family, which is what the table would say today.
        candidates = [
            info
            for name in table_models()
            if (info := usable(name)) is not None
            and info.known
            and info.name.startswith("gpt-image")
            and not _DATED.match(info.name)
        ]
        ordered = _newest_first(candidates, today)
        if ordered:
            newest = ordered[0].released
            found = [info for info in ordered if info.released == newest]
    return tuple(found)


def replacement_for(
    model: str,
    today: date,
    provider_models: tuple[ProviderModel, ...] | None = None,
    *,
    openai: bool = True,
) -> str | None:
    """The model to use instead of a shut-down one; None when ``model`` is live or unknown
    (a name Studio does not know is the server's business). With the provider's list, only
    models it offers are proposed; ``openai=False``: a compatible server's list decides which
    of its models are shut down."""
    info = lifecycle_for(model)
    if provider_models is not None:
        listed = {m.id: m for m in provider_models}
        if model in listed:
            info = _merged(listed[model], openai)
    if not info.known or info.state(today) is not Lifecycle.SHUT_DOWN:
        return None
    found = _live_replacements(model, today, provider_models, openai)
    return found[0].name if found else None


def _either(names: list[str]) -> str:
    """``a``, ``a or b``, ``a or b or c``."""
    if len(names) == 1:
        return names[0]
    return words("Lifecycle", "{one} or {other}").format(one=names[0], other=_either(names[1:]))


def lifecycle_note(model: str, today: date) -> str:
    """What to say about a model that is shut down or deprecated at OpenAI, in a warning or a
    tooltip; empty for a live or unknown model."""
    info = lifecycle_for(model)
    if info.shutdown is None:
        return ""
    day = info.shutdown.isoformat()
    if info.state(today) is Lifecycle.DEPRECATED:
        return words("Lifecycle", "{model} shuts down at OpenAI on {day}.").format(
            model=model, day=day
        )
    replacements = _live_replacements(model, today, None)
    if not replacements:
        return words(
            "Lifecycle",
            "{model} was shut down at OpenAI on {day}; some compatible servers still serve it.",
        ).format(model=model, day=day)
    return words(
        "Lifecycle",
        "{model} was shut down at OpenAI on {day}. Use {instead} there; some compatible "
        "servers still serve it.",
    ).format(model=model, day=day, instead=_either([r.label for r in replacements]))


def model_gone(
    model: str,
    today: date,
    provider_models: tuple[ProviderModel, ...] | None = None,
    **details: Any,
) -> ModelGone:
    """The error for a model that is no longer served, as a sentence naming what to use."""
    info = lifecycle_for(model)
    shut_down = info.known and info.state(today) is Lifecycle.SHUT_DOWN
    replacements = _live_replacements(model, today, provider_models) if shut_down else ()
    if shut_down and info.shutdown is not None:
        what = words("Lifecycle", "{model} was shut down on {day}.").format(
            model=model, day=info.shutdown.isoformat()
        )
    else:
        what = words("Lifecycle", "The server does not offer {model} (or not to this key).").format(
            model=model
        )
    if replacements:
        advice = words("Lifecycle", "Use {names} instead.").format(
            names=_either([r.label for r in replacements])
        )
    else:
        advice = words("Lifecycle", "Choose another model.")
    detail = details.pop("detail", "")
    return ModelGone(
        words("Lifecycle", "{what} {advice}").format(what=what, advice=advice),
        model=model,
        replacement=replacements[0].name if replacements else None,
        detail=detail,
        **details,
    )


class ModelCache:
    """A provider's ``/models`` list and when it was fetched, one small JSON file per provider.

    A damaged or unreadable file counts as absent: the list is asked for again.
    """

    MAX_AGE = timedelta(days=1)

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or Paths.from_environment().cache / "models"

    def _file(self, provider_id: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", provider_id) or "_"
        return self.directory / f"{safe}.json"

    def load(self, provider_id: str) -> tuple[tuple[ProviderModel, ...], datetime] | None:
        try:
            raw = json.loads(self._file(provider_id).read_text("utf-8"))
            fetched = datetime.fromisoformat(raw["fetched_at"])
            if fetched.tzinfo is None:
                fetched = fetched.replace(tzinfo=UTC)
            models = tuple(ProviderModel.from_json(entry) for entry in raw["models"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            log.info("ignoring the damaged model cache for %s: %s", provider_id, error)
            return None
        return models, fetched

    def save(
        self,
        provider_id: str,
        models: tuple[ProviderModel, ...],
        fetched_at: datetime | None = None,
    ) -> None:
        fetched_at = fetched_at or datetime.now(UTC)
        document = {
            "fetched_at": fetched_at.isoformat(),
            "models": [model.to_json() for model in models],
        }
        path = self._file(provider_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(document), "utf-8")
        os.replace(temporary, path)

    def fresh(
        self,
        provider_id: str,
        max_age: timedelta = MAX_AGE,
        now: datetime | None = None,
    ) -> tuple[ProviderModel, ...] | None:
        """The cached list when it is younger than ``max_age``, else None (ask the provider)."""
        loaded = self.load(provider_id)
        if loaded is None:
            return None
        models, fetched = loaded
        age = (now or datetime.now(UTC)) - fetched
        return models if timedelta(0) <= age < max_age else None
