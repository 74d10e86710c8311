import pytest

from studio.config import OPENAI_BASE_URL, Provider, ProviderKind, check_base_url

ENV = {
    "OPENAI_BASE_URL": "https://proxy.example/v1",
    "OPENAI_ORG_ID": "org-1",
    "OPENAI_PROJECT_ID": "proj-1",
    "OPENAI_API_VERSION": "2024-10-21",
    "AZURE_OPENAI_ENDPOINT": "https://res.openai.azure.com",
}


def test_blank_openai_fields_come_from_the_sdk_variables() -> None:
    resolved = Provider("o", "OpenAI", ProviderKind.OPENAI).resolved(ENV)
    assert resolved.base_url == "https://proxy.example/v1"
    assert (resolved.organization, resolved.project) == ("org-1", "proj-1")


def test_without_variables_openai_uses_the_sdk_default() -> None:
    assert Provider("o", "OpenAI", ProviderKind.OPENAI).resolved({}).base_url == OPENAI_BASE_URL


def test_what_the_user_set_wins_over_the_environment() -> None:
    provider = Provider("o", "O", ProviderKind.OPENAI, base_url="http://mine/v1", project="p")
    resolved = provider.resolved(ENV)
    assert (resolved.base_url, resolved.project) == ("http://mine/v1", "p")


def test_azure_reads_endpoint_and_api_version_from_the_environment() -> None:
    resolved = Provider("a", "Az", ProviderKind.AZURE, deployment="d").resolved(ENV)
    assert resolved.base_url == "https://res.openai.azure.com"
    assert resolved.api_version == "2024-10-21"
    assert resolved.problem() is None


def test_a_compatible_server_needs_a_base_url() -> None:
    problem = Provider("c", "Mine", ProviderKind.COMPATIBLE).resolved({}).problem()
    assert problem == "Mine needs a base URL."


def test_azure_needs_a_deployment() -> None:
    provider = Provider("a", "Az", ProviderKind.AZURE, base_url="https://r.openai.azure.com")
    assert "deployment" in (provider.resolved({}).problem() or "")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("api.openai.com/v1", "must start with https://"),
        ("ftp://host/v1", "must start with https://"),
        ("https:///v1", "no host"),
        ("https://host:99999/v1", "port"),
        ("https://host/v1?x=1", "query"),
        ("https://ho st/v1", "spaces"),
        ("https://me:pw@host/v1", "credentials belong in the key field"),
        ("http://token@127.0.0.1:8000/v1", "user name or password"),
    ],
)
def test_bad_base_urls_are_explained(url: str, fragment: str) -> None:
    assert fragment in (check_base_url(url) or "")


@pytest.mark.parametrize(
    "url", ["https://api.openai.com/v1", "http://127.0.0.1:8000/v1", "http://localhost/v1"]
)
def test_good_base_urls_pass(url: str) -> None:
    assert check_base_url(url) is None
