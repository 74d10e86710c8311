"""The Images API client: plain Python, no Qt.

``ImagesClient`` sends an ``ImageRequest`` (validated against ``capabilities_for(model)``) and
returns an ``ImagesResult``, or streams ``PartialImage`` and ``Completed`` events. Every failure is
an ``ApiError`` (see ``studio.api.errors`` for the tree).
"""

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
    "Lifecycle",
    "ModelCache",
    "ModelCapabilities",
    "ModelGone",
    "ModelInfo",
    "ModerationBlocked",
    "NotFound",
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
    "capabilities_for",
    "dimensions",
    "is_image_model",
    "known_models",
    "lifecycle_for",
    "lifecycle_note",
    "model_choices",
    "model_gone",
    "parse_day",
    "parse_size",
    "replacement_for",
    "sniff",
    "table_models",
    "validate",
]
