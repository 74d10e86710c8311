"""The Images API client: plain Python, no Qt.

``ImagesClient`` sends an ``ImageRequest`` (validated against ``capabilities_for(model)``) and
returns an ``ImagesResult``, or streams ``PartialImage`` and ``Completed`` events. Every failure is
an ``ApiError`` (see ``studio.api.errors`` for the tree).

The client and the Batch API's calls, with their HTTP stack (httpx2, TLS, certificates), load on
first use of one of their names: the window shows without them, and only the request worker,
"Test connection" and batches need them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studio.api._batches import (
        FINISHED,
        Batches,
        BatchLineResult,
        BatchStatus,
        batch_line,
        parse_results,
    )
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
    ModelGone,
    ModerationBlocked,
    NotFound,
    PermissionDenied,
    RateLimited,
    RequestRejected,
    ServerError,
    StreamInterrupted,
    Timeout,
)
from studio.api.lifecycle import (
    Lifecycle,
    ModelCache,
    ModelInfo,
    ProviderModel,
    is_image_model,
    lifecycle_for,
    lifecycle_note,
    model_choices,
    model_gone,
    parse_day,
    replacement_for,
    table_models,
)
from studio.api.params import (
    PARAMS,
    ParamKind,
    ParamSpec,
    applies,
    choice_name,
    param,
    request_values,
    values_of,
)
from studio.api.requests import DEFAULT_MODEL, ImageFile, ImageRequest, SvgOptions
from studio.api.results import (
    Completed,
    GeneratedImage,
    ImagesResult,
    ImageWatch,
    PartialImage,
    StreamEvent,
    Usage,
    WatchImages,
)
from studio.api.validation import validate

__all__ = [
    "CONTENT_TYPES",
    "DEFAULT_MODEL",
    "EXTENSIONS",
    "FINISHED",
    "MAX_EVENT_BYTES",
    "PARAMS",
    "ApiError",
    "AuthError",
    "BadResponse",
    "BatchLineResult",
    "BatchStatus",
    "Batches",
    "ClientOptions",
    "Completed",
    "ConnectionFailed",
    "Endpoint",
    "EventStream",
    "GeneratedImage",
    "ImageFile",
    "ImageRequest",
    "ImageWatch",
    "ImagesClient",
    "ImagesResult",
    "InvalidParameters",
    "InvalidRequest",
    "Lifecycle",
    "ModelCache",
    "ModelCapabilities",
    "ModelGone",
    "ModelInfo",
    "ModerationBlocked",
    "NotFound",
    "ParamKind",
    "ParamSpec",
    "PartialImage",
    "PermissionDenied",
    "ProviderModel",
    "RateLimited",
    "RequestRejected",
    "ServerError",
    "SizeRule",
    "StreamEvent",
    "StreamInterrupted",
    "SvgOptions",
    "Timeout",
    "Usage",
    "WatchImages",
    "applies",
    "batch_line",
    "capabilities_for",
    "choice_name",
    "dimensions",
    "is_image_model",
    "known_models",
    "lifecycle_for",
    "lifecycle_note",
    "model_choices",
    "model_gone",
    "param",
    "parse_day",
    "parse_results",
    "parse_size",
    "replacement_for",
    "request_values",
    "sniff",
    "table_models",
    "validate",
    "values_of",
]


_LAZY = {
    **dict.fromkeys(
        ("MAX_EVENT_BYTES", "ClientOptions", "EventStream", "ImagesClient"), "studio.api._client"
    ),
    **dict.fromkeys(
        ("FINISHED", "Batches", "BatchLineResult", "BatchStatus", "batch_line", "parse_results"),
        "studio.api._batches",
    ),
}


def __getattr__(name: str) -> Any:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'studio.api' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
