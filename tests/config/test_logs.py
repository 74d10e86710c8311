import logging
from pathlib import Path

import pytest

from studio.config import redact, setup_logging

SECRET = "sk-proj-4bc9f00dcafe1234"


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {SECRET}",
        f"headers={{'Authorization': 'Bearer {SECRET}'}}",
        f"(b'authorization', b'Bearer {SECRET}')",
        f"api-key: {SECRET}",
        f'{{"api_key": "{SECRET}"}}',
        f"a key {SECRET} in prose",
        "api-key=0123456789abcdef0123456789abcdef",
    ],
)
def test_secrets_are_redacted(text: str) -> None:
    cleaned = redact(text)
    assert SECRET not in cleaned
    assert "0123456789abcdef" not in cleaned
    assert "[REDACTED]" in cleaned


def test_ordinary_text_is_left_alone() -> None:
    text = "authorization failed for model gpt-image-1; api-key missing"
    assert redact(text) == text


def test_the_log_file_never_holds_a_key(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "studio.log"
    root = logging.getLogger()
    before = list(root.handlers)
    handler = setup_logging(log_file)
    try:
        log = logging.getLogger("studio.test")
        log.warning("sending with headers %s", {"Authorization": f"Bearer {SECRET}"})
        try:
            raise RuntimeError(f"api-key: {SECRET} rejected")
        except RuntimeError:
            log.exception("request failed")
    finally:
        for added in set(root.handlers) - set(before):
            root.removeHandler(added)
            added.close()
    assert handler is not None
    written = log_file.read_text()
    assert "request failed" in written
    assert "RuntimeError" in written
    assert SECRET not in written


def test_signed_links_and_credentials_in_urls_are_redacted() -> None:
    text = (
        'HTTP Request: GET https://files.example.com/img.png?se=2026&sig=abc%2Fdef "HTTP/1.1 200"'
        " from https://me:hunter2@host.example/v1"
    )
    cleaned = redact(text)
    assert "sig=abc" not in cleaned
    assert "hunter2" not in cleaned
    assert "https://files.example.com/img.png?[REDACTED]" in cleaned
    assert '"HTTP/1.1 200"' in cleaned
