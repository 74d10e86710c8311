"""Logging to a rotating file, with secrets redacted by the formatter itself.

Call sites log freely; whatever reaches a handler passes through ``RedactingFormatter``, which
turns every key Studio holds (``remember_secret``) into ``…last4``, and blanks ``Authorization``
and ``api-key`` values, anything shaped like an OpenAI key, the query of any URL (signed links
carry their signature there) and a user name and password in a URL — in the message, its
arguments and any traceback alike. ``redact`` is the same cleaning for dialogs and messages.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

__all__ = ["RedactingFormatter", "redact", "remember_secret", "setup_logging"]

REDACTED = "[REDACTED]"

_HEADER_VALUE = re.compile(
    r"""(?ix)
    (\b(?:authorization|api[-_]key|x-api-key|openai[-_]api[-_]key)\b  # the header or field name
     ["']?\s*[:=,]\s*(?:b(?=["']))?["']?\s*                      # : = or , (tuples), quotes
     (?:bearer\s+|basic\s+)?)                                  # an auth scheme stays readable
    [^\s"',;}\])]+                                             # the secret itself
    """
)
_KEY_SHAPE = re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}")
_URL_QUERY = re.compile(r"""(\b[a-z][a-z0-9+.-]*://[^\s?#"'<>]*)\?[^\s#"'<>]+""", re.IGNORECASE)
_URL_USER = re.compile(r"""(\b[a-z][a-z0-9+.-]*://)[^\s/?#@"'<>]+@""", re.IGNORECASE)
#: Shorter values are not worth hiding and would blank ordinary words.
_SHORTEST_SECRET = 8

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_secrets_longest_first: tuple[str, ...] = ()


def remember_secret(value: str) -> None:
    """Hide ``value`` (a key Studio holds, in whatever shape) wherever ``redact`` looks."""
    global _secrets_longest_first
    value = value.strip()
    if len(value) < _SHORTEST_SECRET:
        return
    with _secrets_lock:
        if value not in _secrets:
            _secrets.add(value)
            _secrets_longest_first = tuple(sorted(_secrets, key=len, reverse=True))


def redact(text: str) -> str:
    for secret in _secrets_longest_first:
        if secret in text:
            text = text.replace(secret, "…" + secret[-4:])
    text = _URL_USER.sub(rf"\1{REDACTED}@", _URL_QUERY.sub(rf"\1?{REDACTED}", text))
    return _KEY_SHAPE.sub(REDACTED, _HEADER_VALUE.sub(rf"\1{REDACTED}", text))


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(
    log_file: Path, level: int = logging.INFO, *, console: bool = True
) -> logging.Handler | None:
    """Send the root logger to a rotating file (and warnings to stderr when ``console``).
    Returns the file handler, or None when the log folder is not writable: Studio then logs
    to stderr only, rather than not starting."""
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(level)
    if console:
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.WARNING)
        stderr.setFormatter(formatter)
        root.addHandler(stderr)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as error:
        root.warning("cannot write the log file %s: %s", log_file, error)
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return handler
