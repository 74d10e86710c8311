"""The Images API client: plain Python, no Qt.

``ImagesClient`` sends an ``ImageRequest`` (validated against ``capabilities_for(model)``) and
returns an ``ImagesResult``, or streams ``PartialImage`` and ``Completed`` events. Every failure is
an ``ApiError`` (see ``studio.api.errors`` for the tree).

The client and its HTTP stack (httpx2, TLS, certificates) load on first use of a name from
``_client``: the window shows without them, and only the request worker and "Test connection"
need them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.api._client import MAX_EVENT_BYTES, ClientOptions, EventStream, ImagesClient
from studio.api._formats import CONTENT_TYPES, EXTENSIONS, dimensions, sniff
from studio.api.capabilities import (
    Endpoint,
    ModelCapabilities,
    SizeRule,
    capabilities_for,
    known_models,
    parse_size,
)
from studio.api.errors import (
    ApiError,
    AuthError,
    BadResponse,
    ConnectionFailed,
    InvalidParameters,
    InvalidRequest,
    ModerationBlocked,
    NotFound,
    PermissionDenied,
    RateLimited,
    RequestRejected,
    ServerError,
    StreamInterrupted,
    Timeout,
)
from studio.api.params import (
    PARAMS,
    ParamKind,
    ParamSpec,
    applies,
    param,
    request_values,
    values_of,
)
from studio.api.requests import DEFAULT_MODEL, ImageFile, ImageRequest, SvgOptions
from studio.api.results import (
    Completed,
    GeneratedImage,
    ImagesResult,
    PartialImage,
    StreamEvent,
    Usage,
)
from studio.api.validation import validate

__all__ = [
    "CONTENT_TYPES",
    "DEFAULT_MODEL",
    "EXTENSIONS",
    "MAX_EVENT_BYTES",
    "PARAMS",
    "ApiError",
    "AuthError",
    "BadResponse",
    "ClientOptions",
    "Completed",
    "ConnectionFailed",
    "Endpoint",
    "EventStream",
    "GeneratedImage",
    "ImageFile",
    "ImageRequest",
    "ImagesClient",
    "ImagesResult",
    "InvalidParameters",
    "InvalidRequest",
    "ModelCapabilities",
    "ModerationBlocked",
    "NotFound",
    "ParamKind",
    "ParamSpec",
    "PartialImage",
    "PermissionDenied",
    "RateLimited",
    "RequestRejected",
    "ServerError",
    "SizeRule",
    "StreamEvent",
    "StreamInterrupted",
    "SvgOptions",
    "Timeout",
    "Usage",
    "applies",
    "capabilities_for",
    "dimensions",
    "known_models",
    "param",
    "parse_size",
    "request_values",
    "sniff",
    "validate",
    "values_of",
]


_LAZY = {"MAX_EVENT_BYTES", "ClientOptions", "EventStream", "ImagesClient"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'studio.api' has no attribute {name!r}")
    value = getattr(importlib.import_module("studio.api._client"), name)
    globals()[name] = value
    return value
