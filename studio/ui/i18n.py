"""The window's language: which catalogue is loaded at start (Studio's and Qt's own), and the
languages a user may choose in Settings (a change applies at the next start)."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio.config import resource
from studio.config.settings import LANGUAGES

__all__ = ["ENV_VARIABLE", "active_language", "apply_language", "available_languages"]

log = logging.getLogger(__name__)

#: Overrides the setting (tests and the screenshot script pick a language with it).
ENV_VARIABLE = "STUDIO_LANGUAGE"

#: The shipped catalogues, each named in its own language (how a language list should read).
_NAMES = {"en": "English", "de": "Deutsch", "zh_CN": "简体中文"}

# The installed translators: QCoreApplication keeps no reference of its own.
_installed: list[QTranslator] = []
_active = "en"


def available_languages() -> list[tuple[str, str]]:
    """(code, name) for the Settings choice: "system" first, then each shipped language."""
    system = QCoreApplication.translate("Language", "System language ({name})").format(
        name=_NAMES[_resolve("system")]
    )
    return [("system", system)] + [(code, _NAMES[code]) for code in LANGUAGES if code != "system"]


def active_language() -> str:
    """The language the window's strings are in now: "en", "de" or "zh_CN"."""
    return _active


def apply_language(setting: str) -> str:
    """Install the catalogues for ``setting`` ("system", "en", "de" or "zh_CN"; the environment's
    STUDIO_LANGUAGE wins over it) and make numbers and dates follow; returns the language used.
    Call before widgets are built: a window already shown keeps its words until the next start."""
    global _active
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs the QApplication first")
    language = _resolve(os.environ.get(ENV_VARIABLE) or setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{language}", qt_folder), (f"studio_{language}", _catalogue_folder())]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif language != "en" or name.startswith("studio"):
            log.warning("no catalogue %s in %s", name, folder)
    QLocale.setDefault(_formatting_locale(language))
    _active = language
    return language


def _resolve(setting: str) -> str:
    """A shipped language for a setting; "system" (or anything unknown) goes by the system
    locale, falling back to English."""
    if setting in LANGUAGES and setting != "system":
        return setting
    if setting != "system":
        log.warning("unknown language %r: following the system", setting)
    system = QLocale.system()
    if system.language() == QLocale.Language.German:
        return "de"
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def _formatting_locale(language: str) -> QLocale:
    """Numbers and dates as the system writes them when it speaks the chosen language (a Swiss
    German desktop keeps its own separators), else as the language's main country does; the
    C locale (no locale set) writes as English does, with thousands separators."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and _resolve("system") == language:
        return system
    return QLocale({"en": "en_US", "de": "de_DE", "zh_CN": "zh_CN"}[language])


def _catalogue_folder() -> str:
    return str(resource("i18n"))
