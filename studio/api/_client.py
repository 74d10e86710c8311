"""``ImagesClient``: one keep-alive HTTP client per provider, with the SDK's retries and errors."""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx2

from studio.api._retry import retry_after, retry_delay, should_retry
from studio.api._routes import Routes
from studio.api.errors import (
    ApiError,
    BadResponse,
    ConnectionFailed,
    Timeout,
    error_from_response,
)
from studio.config import Provider

__all__ = ["ClientOptions", "ImagesClient"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClientOptions:
    timeout: float = 600.0
    connect_timeout: float = 5.0
    max_retries: int = 2


class ImagesClient:
    """Talks to one provider. ``provider`` must be resolved (see ``Provider.resolved``)."""

    def __init__(
        self,
        provider: Provider,
        key: str,
        options: ClientOptions | None = None,
        *,
        transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        self.options = options or ClientOptions()
        self._routes = Routes(provider, key)
        self._http = httpx2.AsyncClient(
            headers=self._routes.headers,
            timeout=httpx2.Timeout(self.options.timeout, connect=self.options.connect_timeout),
            transport=transport,
        )

    async def __aenter__(self) -> ImagesClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def list_models(self) -> tuple[str, ...]:
        """The model ids the server offers; also how "Test connection" checks a provider."""
        response = await self._send("GET", "models")
        body = _json_body(response)
        try:
            return tuple(str(entry["id"]) for entry in body["data"])
        except (KeyError, TypeError) as error:
            raise BadResponse(
                "The server's list of models was not in the expected form.",
                status=response.status_code,
                request_id=response.headers.get("x-request-id"),
            ) from error

    async def _send(self, method: str, path: str, **content: Any) -> httpx2.Response:
        """Send with retries; returns a successful, fully read response or raises ApiError."""
        url = self._routes.url(path)
        retries = 0
        while True:
            headers = None
            try:
                response = await self._http.request(
                    method, url, params=self._routes.params, **content
                )
            except httpx2.TimeoutException as error:
                failure: ApiError = Timeout(
                    f"{_host(url)} did not answer in time.", detail=str(error)
                )
            except httpx2.TransportError as error:
                failure = ConnectionFailed(
                    f"Could not reach {_host(url)}: {_reason(error)}", detail=str(error)
                )
            else:
                if response.is_success:
                    return response
                headers = response.headers
                failure = error_from_response(
                    response.status_code, _error_body(response), headers, retry_after(headers)
                )
                if not should_retry(response.status_code, headers):
                    raise failure
            if retries >= self.options.max_retries:
                raise failure
            delay = retry_delay(retries, headers)
            log.info("retrying %s %s in %.2f s after: %s", method, path, delay, failure)
            retries += 1
            await asyncio.sleep(delay)


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _reason(error: BaseException) -> str:
    """The cause a person can act on, found down the exception chain (anyio hides it)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "the connection was refused (is the server running?)."
        if isinstance(seen, socket.gaierror):
            return "the host name could not be found."
        seen = seen.__cause__ or seen.__context__
    text = str(error) or type(error).__name__
    return text if text.endswith(".") else text + "."


def _error_body(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text[:500]


def _json_body(response: httpx2.Response) -> Any:
    try:
        return response.json()
    except ValueError as error:
        raise BadResponse(
            "The server's answer was not JSON.",
            status=response.status_code,
            request_id=response.headers.get("x-request-id"),
        ) from error
