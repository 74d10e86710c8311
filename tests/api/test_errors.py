import pytest

from studio.api.errors import (
    AuthError,
    InvalidRequest,
    ModerationBlocked,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    error_from_response,
    server_text,
)


def _body(message: str, code: str | None = None, param: str | None = None) -> dict:
    return {
        "error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}
    }


def test_a_refused_parameter_is_named() -> None:
    error = error_from_response(400, _body("Invalid size", param="size"), {"x-request-id": "r1"})
    assert isinstance(error, InvalidRequest)
    assert (error.param, error.status, error.request_id) == ("size", 400, "r1")
    assert "“size”" in error.message
    assert "Invalid size." in error.message


@pytest.mark.parametrize("code", ["moderation_blocked", "content_policy_violation"])
@pytest.mark.parametrize("status", [400, 403])
def test_moderation_refusals_are_recognised(status: int, code: str) -> None:
    error = error_from_response(status, _body("Rejected by the safety system", code), {})
    assert isinstance(error, ModerationBlocked)
    assert "safety system" in error.message


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, AuthError),
        (403, PermissionDenied),
        (404, NotFound),
        (429, RateLimited),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_statuses_map_to_their_errors(status: int, kind: type) -> None:
    assert isinstance(error_from_response(status, _body("nope"), {}), kind)


def test_rate_limits_say_how_long_to_wait() -> None:
    error = error_from_response(429, _body("slow down"), {}, retry_after=20)
    assert isinstance(error, RateLimited)
    assert error.retry_after == 20
    assert "20 s" in error.message


def test_no_quota_is_not_called_a_rate_limit() -> None:
    error = error_from_response(429, _body("You exceeded your quota", "insufficient_quota"), {})
    assert "billing" in error.message


def test_a_body_that_is_not_json_still_makes_a_sentence() -> None:
    error = error_from_response(502, "<html>Bad gateway</html>", {})
    assert isinstance(error, ServerError)
    assert error.message.startswith("The server had a problem (502).")


def test_a_model_not_found_is_model_gone_and_a_plain_404_is_not() -> None:
    from studio.api.errors import ModelGone

    body = _body("The model `gpt-image-1.5` does not exist.", "model_not_found", "model")
    gone = error_from_response(404, body, {"x-request-id": "r9"})
    assert isinstance(gone, ModelGone)
    assert isinstance(gone, NotFound)
    assert (gone.status, gone.code, gone.param, gone.request_id) == (
        404,
        "model_not_found",
        "model",
        "r9",
    )
    assert "does not exist" in gone.detail
    assert not isinstance(error_from_response(404, _body("No such path"), {}), ModelGone)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>x</body>",
            "502 Bad Gateway",
        ),
        (
            "<html><head><script>alert(1)</script></head><body><h1>Oops</h1> <p>down &amp; out</p>",
            "Oops down & out",
        ),
        ("\x1b[31mred\x1b[0m \x1b]0;title\x07plain\x1b]8;;http://x\x1b\\link", "red plainlink"),
        ("line one\r\nline two\x00\x08\tend", "line one line two end"),
        ("abc\u202edcba\u200b", "abc dcba"),
        ("x" * 1000, "x" * 299 + "…"),
    ],
)
def test_server_text_is_one_safe_line(text: str, shown: str) -> None:
    assert server_text(text) == shown


def test_a_request_id_is_cleaned_too() -> None:
    error = error_from_response(500, "oops", {"x-request-id": "req_1\x1b[2J\nforged"})
    assert error.request_id == "req_1 forged"
