"""Providers: where requests go and how they authenticate, as the settings hold them.

A blank field means "as the official SDK would have it": it is filled from the same environment
variables the SDK reads (``OPENAI_BASE_URL``, ``OPENAI_ORG_ID`` …) or from the SDK's default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from urllib.parse import urlsplit

from studio.config.wording import words

__all__ = ["OPENAI_BASE_URL", "Provider", "ProviderKind", "check_base_url"]

OPENAI_BASE_URL = "https://api.openai.com/v1"
AZURE_DEFAULT_API_VERSION = "2025-04-01-preview"


class ProviderKind(StrEnum):
    OPENAI = "openai"
    AZURE = "azure"
    COMPATIBLE = "compatible"

    @property
    def label(self) -> str:
        return {
            ProviderKind.OPENAI: "OpenAI",
            ProviderKind.AZURE: "Azure OpenAI",
            ProviderKind.COMPATIBLE: "Compatible server",
        }[self]

    @property
    def key_variable(self) -> str:
        """The environment variable the official SDK takes this kind's key from."""
        return "AZURE_OPENAI_API_KEY" if self is ProviderKind.AZURE else "OPENAI_API_KEY"


@dataclass(frozen=True)
class Provider:
    """One place to send requests to. ``base_url`` is the Azure resource endpoint for Azure."""

    id: str
    name: str
    kind: ProviderKind
    base_url: str = ""
    organization: str = ""
    project: str = ""
    deployment: str = ""
    api_version: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ProviderKind(self.kind))
        if not self.id:
            raise ValueError("a provider needs an id")

    @classmethod
    def new(cls, kind: ProviderKind, name: str = "", **fields: str) -> Provider:
        # Random hex like a uuid's, without importing uuid (and platform) at start-up.
        return cls(id=os.urandom(6).hex(), name=name or kind.label, kind=kind, **fields)

    def resolved(self, environ: Mapping[str, str] = os.environ) -> Provider:
        """This provider with blank fields filled the way the official SDK fills them."""
        if self.kind is ProviderKind.AZURE:
            return replace(
                self,
                base_url=self.base_url or environ.get("AZURE_OPENAI_ENDPOINT", ""),
                api_version=(
                    self.api_version
                    or environ.get("OPENAI_API_VERSION", "")
                    or AZURE_DEFAULT_API_VERSION
                ),
            )
        default_url = OPENAI_BASE_URL if self.kind is ProviderKind.OPENAI else ""
        return replace(
            self,
            base_url=self.base_url or environ.get("OPENAI_BASE_URL", "") or default_url,
            organization=self.organization or environ.get("OPENAI_ORG_ID", ""),
            project=self.project or environ.get("OPENAI_PROJECT_ID", ""),
        )

    def problem(self) -> str | None:
        """What keeps this provider (already resolved) from being usable, in one sentence."""
        azure = self.kind is ProviderKind.AZURE
        if not self.base_url:
            if azure:
                return words("Providers", "{name} needs a endpoint.").format(name=self.name)
            return words("Providers", "{name} needs a base URL.").format(name=self.name)
        url_problem = check_base_url(self.base_url)
        if url_problem:
            if azure:
                said = words("Providers", "The endpoint of {name} {problem}")
            else:
                said = words("Providers", "The base URL of {name} {problem}")
            return said.format(name=self.name, problem=url_problem)
        if azure and not self.deployment:
            return words("Providers", "{name} needs the name of an image deployment.").format(
                name=self.name
            )
        return None


def check_base_url(text: str) -> str | None:
    """Why ``text`` is not a usable base URL (a sentence ending), or None when it is."""
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https"):
        return words(
            "Providers", "must start with https:// (or http:// for a server on this computer)."
        )
    if "@" in parts.netloc:
        return words(
            "Providers",
            "must not hold a user name or password (user:password@); credentials belong in "
            "the key field.",
        )
    if not parts.hostname:
        return words("Providers", "has no host name.")
    if " " in text.strip():
        return words("Providers", "must not contain spaces.")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return words("Providers", "has a port that is not a number between 0 and 65535.")
    if parts.query or parts.fragment:
        return words("Providers", "must not have a query (?…) or fragment (#…).")
    return None
