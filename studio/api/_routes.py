"""Where each call goes and how it authenticates, per kind of provider."""

from __future__ import annotations

from dataclasses import dataclass

from studio import __version__
from studio.config import Provider, ProviderKind

__all__ = ["Routes"]


@dataclass(frozen=True)
class Routes:
    """URLs, query and headers for one resolved provider and key."""

    provider: Provider
    key: str

    def url(self, path: str) -> str:
        """``path`` is the OpenAI-style path below the base: ``models``, ``images/edits`` …"""
        base = self.provider.base_url.rstrip("/")
        if self.provider.kind is not ProviderKind.AZURE:
            return f"{base}/{path}"
        if path == "models":
            return f"{base}/openai/models"
        return f"{base}/openai/deployments/{self.provider.deployment}/{path}"

    @property
    def params(self) -> dict[str, str]:
        if self.provider.kind is ProviderKind.AZURE:
            return {"api-version": self.provider.api_version}
        return {}

    @property
    def headers(self) -> dict[str, str]:
        headers = {"User-Agent": f"Studio/{__version__}", "Accept": "application/json"}
        if self.provider.kind is ProviderKind.AZURE:
            if self.key:
                headers["api-key"] = self.key
            return headers
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        if self.provider.organization:
            headers["OpenAI-Organization"] = self.provider.organization
        if self.provider.project:
            headers["OpenAI-Project"] = self.provider.project
        return headers
