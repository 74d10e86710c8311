"""Logging to a rotating file, with secrets redacted by the formatter itself.

Call sites log freely; whatever reaches a handler passes through ``RedactingFormatter``, which
blanks ``Authorization`` and ``api-key`` values and anything shaped like an OpenAI key — in the
message, its arguments and any traceback alike.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

__all__ = ["RedactingFormatter", "redact", "setup_logging"]

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


def redact(text: str) -> str:
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
