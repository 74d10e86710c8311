"""Everything that can go wrong with a request, as one exception tree.

```
ApiError                      message for a person, status, code, param, request_id
├── RequestRejected           the server answered with an error status
│   ├── InvalidRequest        400/422: a parameter was refused; ``param`` names it
│   ├── AuthError             401: the key is missing or wrong
│   ├── PermissionDenied      403: the key may not do this
│   ├── NotFound              404: unknown model, deployment or path
│   │   └── ModelGone         404 ``model_not_found``, or a model known to be shut down;
│   │                         ``model`` and its ``replacement``
│   ├── ModerationBlocked     the safety system refused the prompt or image
│   ├── RateLimited           429: too many requests or no quota; ``retry_after``
│   └── ServerError           5xx
├── ConnectionFailed          the server could not be reached
│   └── Timeout               it did not answer in time
├── BadResponse               the answer was not what the API promises
└── StreamInterrupted         a stream ended before its final image; ``last_partial``
InvalidParameters             refused before sending (ValueError too): ``param``
```

Whatever a server says reaches a person or the log only through ``server_text``: one line, no
markup, no terminal escapes, no key Studio holds, no longer than a sentence or two.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from studio.config import Words, redact, words

__all__ = [
    "ApiError",
    "AuthError",
    "BadResponse",
    "ConnectionFailed",
    "InvalidParameters",
    "InvalidRequest",
    "ModelGone",
    "ModerationBlocked",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "RequestRejected",
    "ServerError",
    "StreamInterrupted",
    "Timeout",
    "error_from_response",
    "request_id_of",
    "server_text",
]

MODERATION_CODES = frozenset({"moderation_blocked", "content_policy_violation"})
#: What a person can do when the server refuses one of these parameters.
_PARAM_HINTS = {
    "background": words(
        "ApiErrors",
        "Transparent backgrounds are a preview on gpt-image-2 and some deployments "
        "refuse them: choose an opaque background, or a 2.5 or 2.6 model.",
    ),
}


class ApiError(Exception):
    """Base of every request failure; ``str(error)`` is the sentence to show a person."""

    #: The server may have started the work (and billed it): never resend on its own.
    may_be_billed: bool = False

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.param = param
        self.request_id = request_id
        #: The server's own words, when the sentence above rephrased them.
        self.detail = detail


class RequestRejected(ApiError):
    pass


class InvalidRequest(RequestRejected):
    pass


class AuthError(RequestRejected):
    pass


class PermissionDenied(RequestRejected):
    pass


class NotFound(RequestRejected):
    pass


class ModelGone(NotFound):
    """The model is shut down (or this server no longer offers it).

    Raised for a 404 with code ``model_not_found``, and before sending a request for a model
    that the lifecycle table knows OpenAI has shut down. ``str(error)`` names the replacement.
    """

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        replacement: str | None = None,
        **kw: Any,
    ) -> None:
        kw.setdefault("status", 404)
        kw.setdefault("code", "model_not_found")
        kw.setdefault("param", "model")
        super().__init__(message, **kw)
        self.model = model
        self.replacement = replacement


class ModerationBlocked(RequestRejected):
    pass


class RateLimited(RequestRejected):
    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(RequestRejected):
    pass


class ConnectionFailed(ApiError):
    pass


class Timeout(ConnectionFailed):
    pass


class BadResponse(ApiError):
    may_be_billed = True  # the server answered "done" with something unusable


class StreamInterrupted(ApiError):
    may_be_billed = True

    def __init__(self, message: str, *, last_partial: Any = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        #: The last partial image received before the stream broke, if any.
        self.last_partial = last_partial


class InvalidParameters(ApiError, ValueError):
    """Raised by validation before anything is sent."""

    def __init__(self, message: str, *, param: str) -> None:
        super().__init__(message, param=param)


#: How much of a server's words a message quotes.
SERVER_TEXT_LIMIT = 300
_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|title)\b", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
# Terminal escapes: CSI (colours, cursor, clear screen), OSC (window titles, links) and the
# two-byte forms; what is left of them after that is removed as control characters.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x1b\x9d]\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]"
)
# C0 and C1 controls, DEL, and the invisible marks that reorder or hide text (bidi overrides).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def server_text(text: str, limit: int = SERVER_TEXT_LIMIT) -> str:
    """A server's words made safe to show and log: an HTML page becomes its title (or its
    text), escapes and control characters go, whitespace becomes single spaces, any key
    Studio holds becomes ``…last4``, and the result is cut to ``limit`` characters."""
    if _HTML.search(text):
        title = _TITLE.search(text)
        text = title.group(1) if title else _TAG.sub(" ", _HIDDEN.sub(" ", text))
        text = html.unescape(text)
    text = _CONTROL.sub(" ", _ESCAPE.sub("", text))
    text = redact(" ".join(text.split()))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The ``x-request-id`` a server sent, safe to show (people copy it into support tickets)."""
    return server_text(headers.get("x-request-id") or "", 120) or None


def error_from_response(
    status: int,
    body: Any,
    headers: Mapping[str, str],
    retry_after: float | None = None,
) -> RequestRejected:
    """Turn an error answer (``{"error": {message, type, param, code}}``) into its exception."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {"message": body if isinstance(body, str) else ""}
    detail = _sentence(server_text(str(error.get("message") or "")))
    code = server_text(str(error.get("code") or error.get("type") or ""), 80) or None
    param = server_text(str(error.get("param") or ""), 80) or None
    common: dict[str, Any] = {
        "status": status,
        "code": str(code) if code else None,
        "param": str(param) if param else None,
        "request_id": request_id_of(headers),
        "detail": detail,
    }

    def said(text: Words) -> Words:
        if not detail:
            return text
        return words("ApiErrors", "{sentence} The server said: {detail}").format(
            sentence=text, detail=detail
        )

    if code in MODERATION_CODES:
        return ModerationBlocked(
            said(
                words(
                    "ApiErrors",
                    "The safety system refused this request. Rephrase the prompt or use "
                    "another image.",
                )
            ),
            **common,
        )
    if status == 401:
        return AuthError(
            said(
                words(
                    "ApiErrors",
                    "The server did not accept the API key. Check the key in Settings → Providers.",
                )
            ),
            **common,
        )
    if status == 403:
        return PermissionDenied(
            said(words("ApiErrors", "This API key is not allowed to do that.")), **common
        )
    if status == 404 and code == "model_not_found":
        # Which model, and what replaces it, the caller knows: see ``lifecycle.model_gone``.
        return ModelGone(
            said(
                words("ApiErrors", "The server no longer offers this model. Choose another model.")
            ),
            **common,
        )
    if status == 404:
        return NotFound(
            detail or words("ApiErrors", "The server does not know what was asked for."), **common
        )
    if status == 429:
        if code == "insufficient_quota":
            text = words(
                "ApiErrors", "The account has run out of credit or quota; check its billing."
            )
        elif retry_after:
            text = words(
                "ApiErrors",
                "The server is getting too many requests. Try again in {seconds:.0f} s.",
            ).format(seconds=retry_after)
        else:
            text = words("ApiErrors", "The server is getting too many requests. Try again shortly.")
        return RateLimited(said(text), retry_after=retry_after, **common)
    if status >= 500:
        return ServerError(
            said(
                words(
                    "ApiErrors", "The server had a problem ({status}). Try again in a moment."
                ).format(status=status)
            ),
            **common,
        )
    if param:
        text = said(
            words("ApiErrors", "The server refused the parameter “{param}”.").format(param=param)
        )
        if param in _PARAM_HINTS:
            text = words("ApiErrors", "{sentence} {hint}").format(
                sentence=text, hint=_PARAM_HINTS[param]
            )
        return InvalidRequest(text, **common)
    return InvalidRequest(
        said(
            words("ApiErrors", "The server refused the request ({status}).").format(status=status)
        ),
        **common,
    )
