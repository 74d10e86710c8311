"""Build the window's catalogues: ``python packaging/translations.py`` updates
resources/i18n/studio_*.ts from the sources (translations kept, vanished strings dropped), marks
plural messages and compiles the .qm files beside them; ``--check`` exits 1 when a German or
Chinese message is unfinished or a .qm is older than its .ts."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
#: Catalogues translators complete; English needs only its plural forms (its text is the source).
TRANSLATED = ("de", "zh_CN")
LANGUAGES = ("en", *TRANSLATED)
#: Where user-facing strings live: the Qt layers' tr() calls and the plain-Python layers'
#: ``words()`` sentences (config/wording.py); the CLI prints those in English.
SOURCE_GLOBS = (
    "studio/ui/*.py",
    "studio/core/*.py",
    "studio/app.py",
    "studio/api/*.py",
    "studio/batch/*.py",
    "studio/config/*.py",
    "studio/gallery/*.py",
    "studio/imaging/*.py",
    "studio/worker/*.py",
)
#: How many plural forms each language's catalogue holds (Qt's rules: German two, Chinese one).
PLURAL_FORMS = {"en": 2, "de": 2, "zh_CN": 1}

#: A plural message holds the count as %n (or %Ln, written with the locale's separators).
_PLURAL = re.compile(r"%L?n")
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def sources() -> list[Path]:
    return sorted(path for pattern in SOURCE_GLOBS for path in ROOT.glob(pattern))


def catalogue(language: str) -> Path:
    return CATALOGUES / f"studio_{language}.ts"


def update(ts_file: Path, language: str) -> None:
    """Bring ``ts_file`` up to date with the sources (creating it if need be)."""
    command = [
        "pyside6-lupdate",
        *(str(path.relative_to(ROOT)) for path in sources()),
        "-ts",
        str(ts_file),
        "-tr-function-alias",
        "QT_TRANSLATE_NOOP+=words",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
    ]
    kept = _plural_translations(ts_file) if ts_file.exists() else {}
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    mark_numerus(ts_file, language, kept)


_Key = tuple[str, str, str]


def _key(context: ET.Element, message: ET.Element) -> _Key:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def _plural_translations(ts_file: Path) -> dict[_Key, tuple[list[str], bool]]:
    """The plural forms written so far, and whether each message was finished."""
    kept = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                forms = [form.text or "" for form in translation.findall("numerusform")]
                kept[_key(context, message)] = (forms, translation.get("type") is None)
    return kept


def mark_numerus(
    ts_file: Path, language: str, kept: dict[_Key, tuple[list[str], bool]] | None = None
) -> None:
    """pyside6-lupdate marks only ``tr(text, None, n)`` as plural, and turns a plural message it
    did not mark back into a plain one with its first form: every message whose source holds %n
    (or %Ln)
    is made plural again (``QCoreApplication.translate`` with n), its forms from ``kept`` (the
    catalogue before lupdate ran), one per plural of the language; English forms are filled in
    from "(s)" where still empty."""
    kept = kept or {}
    tree = ET.parse(ts_file)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if language == "en" and not _PLURAL.search(message.findtext("source") or ""):
                context.remove(message)  # English needs only its plural forms
            else:
                _mark(context, message, language, kept)
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(_HEADER + body + "\n", encoding="utf-8")


def _mark(
    context: ET.Element,
    message: ET.Element,
    language: str,
    kept: dict[_Key, tuple[list[str], bool]],
) -> None:
    source = message.findtext("source") or ""
    if not _PLURAL.search(source):
        return
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation", type="unfinished")
    forms = [form.text or "" for form in translation.findall("numerusform")]
    if not forms and (translation.text or "").strip():
        forms = [translation.text or ""]
    if _key(context, message) in kept:
        forms, finished = kept[_key(context, message)]
        if finished:
            translation.attrib.pop("type", None)
    forms = (forms + [""] * PLURAL_FORMS[language])[: PLURAL_FORMS[language]]
    if language == "en" and not any(forms):
        forms = [_english(source, plural=False), _english(source, plural=True)]
        translation.attrib.pop("type", None)
    translation.text = None
    for form in list(translation):
        translation.remove(form)
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text


def _english(source: str, *, plural: bool) -> str:
    """ "%n image(s)" → "%n image" / "%n images"; "(is/are)" picks one of the two."""
    text = re.sub(r"\((\w+)/(\w+)\)", lambda m: m.group(2 if plural else 1), source)
    return re.sub(r"\((\w+)\)", lambda m: m.group(1) if plural else "", text)


def release(ts_file: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def unfinished(ts_file: Path) -> list[str]:
    """The sources of the messages in ``ts_file`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        texts = [] if translation is None else [translation.text or ""]
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")] or [""]
        done = translation is not None and translation.get("type") is None
        if not done or not all(text.strip() for text in texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        ts_file = catalogue(language)
        qm_file = ts_file.with_suffix(".qm")
        if not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            problems.append(f"{qm_file.name} is older than {ts_file.name}: run this script")
        if language in TRANSLATED:
            problems += [f"{ts_file.name}: unfinished: {text!r}" for text in unfinished(ts_file)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "catalogues complete")
        return 1 if problems else 0
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update(catalogue(language), language)
        release(catalogue(language))
    counts = {language: len(unfinished(catalogue(language))) for language in TRANSLATED}
    print(f"catalogues built in {CATALOGUES.relative_to(ROOT)}; unfinished: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
