"""The Images API client: plain Python, no Qt."""

from studio.api._client import ClientOptions, ImagesClient
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

__all__ = [
    "ApiError",
    "AuthError",
    "BadResponse",
    "ClientOptions",
    "ConnectionFailed",
    "ImagesClient",
    "InvalidParameters",
    "InvalidRequest",
    "ModerationBlocked",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "RequestRejected",
    "ServerError",
    "StreamInterrupted",
    "Timeout",
]
