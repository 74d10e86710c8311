"""Metadata beside an exported image instead of inside it, so the image keeps the API's bytes.

Inserting anything into a signed file breaks its content credentials (design.md, "Known
pitfalls"), so an export writes the image unchanged and two files next to it:

- ``NAME.EXT.json`` (``studio-12.png.json``): everything the gallery knows, the JSON that
  ``embedded`` would put in the file. The full name keeps ``x.png`` and ``x.jpg`` apart.
- ``NAME.xmp`` (``studio-12.xmp``): a standalone XMP packet with the same two fields as the
  embedded one (``dc:description`` and ``studio:metadata``), named as Adobe's tools, darktable
  and exiftool look for it.

Import reads any of ``NAME.EXT.json``, ``NAME.json``, ``NAME.EXT.xmp`` and ``NAME.xmp`` beside a
file that carries no metadata of its own. What a sidecar says is untrusted: its size is capped
and a field of the wrong type is dropped.
"""

from __future__ import annotations

import json
from pathlib import Path

from studio.gallery import embedded

__all__ = ["beside", "is_sidecar", "paths_for", "write"]

#: A sidecar far larger than any description Studio writes is not one of ours.
_LIMIT = 1024 * 1024
_SUFFIXES = (".json", ".xmp")
_NUMBER = (int, float)
#: The type each field of the description must have; others are dropped field by field.
_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "studio": str,
    "created": _NUMBER,
    "kind": str,
    "model": str,
    "prompt": str,
    "revised_prompt": str,
    "params": dict,
    "provider": str,
    "size": str,
    "quality": str,
    "background": str,
    "output_format": str,
    "request_id": str,
    "usage": dict,
    "cost": _NUMBER,
    "duration": _NUMBER,
    "status": str,
    "sha256": str,
    "parents": list,
    "favourite": bool,
    "tags": list,
    "notes": str,
}


def paths_for(image: Path) -> tuple[Path, Path]:
    """Where the JSON and the XMP sidecars of ``image`` go."""
    return image.with_name(image.name + ".json"), image.with_suffix(".xmp")


def write(image: Path, parameters: str, studio: str) -> tuple[Path, Path]:
    """Write both sidecars of ``image``: ``studio`` is the description as JSON text."""
    json_path, xmp_path = paths_for(image)
    json_path.write_text(json.dumps(json.loads(studio), ensure_ascii=False, indent=1) + "\n")
    xmp_path.write_bytes(embedded.xmp_packet(parameters, studio))
    return json_path, xmp_path


def is_sidecar(path: Path) -> bool:
    """``path`` is a sidecar of an image lying beside it (so not a file to import itself)."""
    if path.suffix.lower() not in _SUFFIXES:
        return False
    inner = path.with_suffix("")
    if inner.suffix and inner.is_file():
        return True  # NAME.EXT.json
    return any(
        other != path and other.suffix.lower() not in _SUFFIXES
        for other in path.parent.glob(f"{_glob_escape(path.stem)}.*")
    )


def beside(image: Path) -> embedded.Embedded:
    """The metadata a sidecar next to ``image`` holds; empty when there is none (or it is not
    readable as one)."""
    for candidate in (
        image.with_name(image.name + ".json"),
        image.with_suffix(".json"),
        image.with_name(image.name + ".xmp"),
        image.with_suffix(".xmp"),
    ):
        try:
            if not candidate.is_file() or candidate.stat().st_size > _LIMIT:
                continue
            raw = candidate.read_bytes()
        except OSError:
            continue
        found = _from_json(raw) if candidate.suffix == ".json" else _from_xmp(raw)
        if found != embedded.Embedded():
            return found
    return embedded.Embedded()


def _from_json(raw: bytes) -> embedded.Embedded:
    try:
        loaded = json.loads(raw)
    except ValueError:
        return embedded.Embedded()
    return _checked(loaded, None)


def _from_xmp(raw: bytes) -> embedded.Embedded:
    found = embedded.xmp_values(raw)
    if found.studio is None:
        return embedded.Embedded(found.parameters)
    try:
        loaded = json.loads(found.studio)
    except ValueError:
        loaded = None
    return _checked(loaded, found.parameters)


def _checked(loaded: object, parameters: str | None) -> embedded.Embedded:
    """Only the description's known fields, each of its type (a bool is not a number)."""
    if not isinstance(loaded, dict):
        return embedded.Embedded(parameters)
    kept = {}
    for key, kind in _FIELD_TYPES.items():
        value = loaded.get(key)
        if value is None or (isinstance(value, bool) and kind is not bool):
            continue
        if isinstance(value, kind):
            kept[key] = value
    studio = json.dumps(kept, ensure_ascii=False) if kept else None
    return embedded.Embedded(parameters, studio)


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)
