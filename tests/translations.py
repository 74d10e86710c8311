"""A tiny catalogue for tests, compiled by pyside6-lrelease as the real ones are, installed on
the application for the length of a ``with``."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator

#: (context, English, translation)
Entry = tuple[str, str, str]


def _ts(entries: Iterable[Entry], language: str) -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, translation in entries:
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    head = '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
    return f'{head}<TS version="2.1" language="{language}">{body}</TS>'


@contextmanager
def translated(entries: Iterable[Entry], folder: Path, language: str = "de") -> Iterator[None]:
    """``entries`` compiled into ``folder`` and installed on the running QCoreApplication."""
    source = folder / f"studio_{language}.ts"
    source.write_text(_ts(entries, language), "utf-8")
    compiled = source.with_suffix(".qm")
    subprocess.run(
        ["pyside6-lrelease", str(source), "-qm", str(compiled)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
