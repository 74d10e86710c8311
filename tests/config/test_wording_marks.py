"""The plain layers' ``words(...)`` marks are what pyside6-lupdate extracts: every one of them,
with the alias packaging/translations.py passes."""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import studio

STUDIO = Path(studio.__file__).parent
#: The layers without Qt whose sentences reach the window.
PLAIN_LAYERS = ("api", "batch", "config", "gallery", "imaging", "worker")
LUPDATE_ALIAS = ("-tr-function-alias", "QT_TRANSLATE_NOOP+=words")

Mark = tuple[str, str]


def _sources() -> list[Path]:
    return sorted(path for layer in PLAIN_LAYERS for path in (STUDIO / layer).glob("*.py"))


def _marks_in(path: Path) -> tuple[set[Mark], list[str]]:
    """The (context, template) of each ``words`` call, and the calls lupdate cannot read."""
    found: set[Mark] = set()
    unreadable: list[str] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "words"):
            continue
        args = node.args
        if (
            len(args) == 2
            and not node.keywords
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)
        ):
            found.add((args[0].value, args[1].value))  # type: ignore[attr-defined]
        else:
            unreadable.append(f"{path.name}:{node.lineno}")
    return found, unreadable


def _extracted(tmp_path: Path) -> set[Mark]:
    catalogue = tmp_path / "plain.ts"
    subprocess.run(
        ["pyside6-lupdate", *map(str, _sources()), *LUPDATE_ALIAS, "-ts", str(catalogue)],
        check=True,
        capture_output=True,
    )
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(catalogue).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_mark_is_two_string_literals() -> None:
    unreadable = [call for path in _sources() for call in _marks_in(path)[1]]
    assert not unreadable, "lupdate reads only words(CONTEXT, TEMPLATE) of two literals"


def test_lupdate_extracts_every_mark(tmp_path: Path) -> None:
    marks = set().union(*(_marks_in(path)[0] for path in _sources()))
    extracted = _extracted(tmp_path)
    assert (
        "ApiErrors",
        "The server did not accept the API key. Check the key in Settings → Providers.",
    ) in extracted
    assert ("Params", "Compression %") in extracted
    assert ("Params", "{model} takes no mask.") in extracted
    assert ("Validation", "An edit needs at least one input image.") in extracted
    assert extracted == marks
