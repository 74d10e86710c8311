"""Each kind of provider reaches the server in its own form: paths, query and auth headers."""

import pytest

from studio.api import Endpoint, ImageRequest, ImagesClient, ModelGone
from studio.api._routes import Routes
from studio.config import Provider, ProviderKind
from studio.localapi import LocalServer

AZURE = Provider(
    "az",
    "Azure",
    ProviderKind.AZURE,
    base_url="https://res.openai.azure.com/",
    deployment="images-prod",
    api_version="2025-04-01-preview",
)


def test_azure_uses_the_deployment_path_api_version_and_api_key_header() -> None:
    routes = Routes(AZURE, "azure-key")
    assert routes.url("images/edits") == (
        "https://res.openai.azure.com/openai/deployments/images-prod/images/edits"
    )
    assert routes.params == {"api-version": "2025-04-01-preview"}
    assert routes.headers["api-key"] == "azure-key"
    assert "Authorization" not in routes.headers


def test_openai_uses_bearer_and_its_organization_headers() -> None:
    provider = Provider("o", "O", ProviderKind.OPENAI, organization="org-1", project="p-1")
    headers = Routes(provider.resolved({}), "sk-1").headers
    assert headers["Authorization"] == "Bearer sk-1"
    assert (headers["OpenAI-Organization"], headers["OpenAI-Project"]) == ("org-1", "p-1")
    assert Routes(provider.resolved({}), "").url("models") == "https://api.openai.com/v1/models"


async def test_an_azure_provider_generates_against_the_local_server(
    local_server: LocalServer,
) -> None:
    provider = Provider(
        "az",
        "Azure",
        ProviderKind.AZURE,
        base_url=f"http://127.0.0.1:{local_server.port}",
        deployment="gpt-image-2.6-flare",
    ).resolved({})
    async with ImagesClient(provider, "azure-key") as client:
        result = await client.send(ImageRequest(Endpoint.GENERATIONS, "a kite"))
        models = await client.list_models()
    assert len(result.images) == 1
    assert "gpt-image-2.6-flare" in {model.id for model in models}


async def test_an_azure_deployment_of_a_shut_down_model_is_model_gone(
    local_server: LocalServer,
) -> None:
    provider = Provider(
        "az",
        "Azure",
        ProviderKind.AZURE,
        base_url=f"http://127.0.0.1:{local_server.port}",
        deployment="gpt-image-1.5",
    ).resolved({})
    async with ImagesClient(provider, "azure-key") as client:
        with pytest.raises(ModelGone) as gone:
            await client.send(ImageRequest(Endpoint.GENERATIONS, "a kite"))
    assert gone.value.model == "gpt-image-1.5"
    assert "shut down on 2026-12-01" in gone.value.message
