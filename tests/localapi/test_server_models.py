"""The local server's ``/v1/models`` and its refusal of shut-down models, sent raw."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import httpx2
import pytest

from studio.api import table_models
from studio.localapi import DEMO_KEY, LocalServer

AUTH = {"Authorization": f"Bearer {DEMO_KEY}"}


@pytest.fixture
async def http(local_server: LocalServer) -> AsyncIterator[httpx2.AsyncClient]:
    async with httpx2.AsyncClient(base_url=local_server.base_url + "/", headers=AUTH) as client:
        yield client


async def test_the_list_has_openais_shape_with_shutdown_dates(http: httpx2.AsyncClient) -> None:
    body = (await http.get("models")).json()
    assert body["object"] == "list"
    listed = {entry["id"]: entry for entry in body["data"]}
    assert set(listed) == set(table_models())
    for entry in body["data"]:
        assert set(entry) == {"id", "object", "created", "owned_by", "shutdown_date"}
        assert entry["object"] == "model"
        assert isinstance(entry["created"], int)
    assert listed["gpt-image-1.5"]["shutdown_date"] == "2026-12-01"
    assert listed["gpt-image-1"]["shutdown_date"] == "2026-10-23"
    assert listed["gpt-image-2.6-sunburst"]["shutdown_date"] is None


async def test_one_model_and_an_unknown_one(http: httpx2.AsyncClient) -> None:
    one = (await http.get("models/gpt-image-2.5-flare-2026-09-08")).json()
    assert one["id"] == "gpt-image-2.5-flare-2026-09-08"
    assert one["shutdown_date"] is None
    missing = await http.get("models/gpt-image-9")
    assert missing.status_code == 404
    error = missing.json()["error"]
    assert (error["code"], error["param"], error["type"]) == (
        "model_not_found",
        "model",
        "invalid_request_error",
    )


@pytest.mark.parametrize("model", ["gpt-image-1.5", "gpt-image-1-mini", "dall-e-3"])
async def test_a_model_shut_down_as_of_today_is_a_404(http: httpx2.AsyncClient, model: str) -> None:
    response = await http.post("images/generations", json={"prompt": "x", "model": model})
    assert response.status_code == 404
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert (error["code"], error["param"], error["type"]) == (
        "model_not_found",
        "model",
        "invalid_request_error",
    )
    assert model in error["message"]
    assert response.headers["x-request-id"].startswith("req_")


async def test_an_edit_for_a_gone_model_is_a_404_too(http: httpx2.AsyncClient) -> None:
    from tests.images import png

    files = {"image": ("a.png", png(64, 64), "image/png")}
    data = {"prompt": "x", "model": "gpt-image-1.5"}
    response = await http.post("images/edits", data=data, files=files)
    assert response.status_code == 404


async def test_the_day_before_a_shutdown_the_model_still_answers() -> None:
    with LocalServer(today=date(2026, 11, 30)) as server:
        async with httpx2.AsyncClient(headers=AUTH) as http:
            url = server.base_url + "/images/generations"
            answer = await http.post(url, json={"prompt": "x", "model": "gpt-image-1.5"})
    assert answer.status_code == 200


async def test_the_day_comes_from_the_environment_when_not_fixed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with LocalServer() as server:
        async with httpx2.AsyncClient(headers=AUTH) as http:
            url = server.base_url + "/images/generations"
            body = {"prompt": "x", "model": "gpt-image-1.5"}
            monkeypatch.setenv("STUDIO_LOCAL_TODAY", "2026-11-30")
            assert (await http.post(url, json=body)).status_code == 200
            monkeypatch.setenv("STUDIO_LOCAL_TODAY", "2026-12-01")
            assert (await http.post(url, json=body)).status_code == 404


async def test_a_server_that_keeps_dalle_lists_it_without_a_shutdown() -> None:
    with LocalServer(today=date(2026, 12, 1), serves_retired=frozenset({"dall-e-3"})) as server:
        async with httpx2.AsyncClient(base_url=server.base_url + "/", headers=AUTH) as http:
            listed = {e["id"]: e for e in (await http.get("models")).json()["data"]}
            body = {"prompt": "x", "model": "dall-e-3"}
            answer = await http.post("images/generations", json=body)
            body = {"prompt": "x", "model": "gpt-image-1"}
            gone = await http.post("images/generations", json=body)
    assert listed["dall-e-3"]["shutdown_date"] is None
    assert answer.status_code == 200
    assert gone.status_code == 404


async def test_the_azure_form_lists_models_too(local_server: LocalServer) -> None:
    async with httpx2.AsyncClient(headers={"api-key": "k"}) as http:
        base = f"http://127.0.0.1:{local_server.port}/openai"
        listed = await http.get(base + "/models", params={"api-version": "2025-04-01-preview"})
        one = await http.get(base + "/models/gpt-image-1", params={"api-version": "x"})
    assert "gpt-image-2.6-flare" in {e["id"] for e in listed.json()["data"]}
    assert one.json()["shutdown_date"] == "2026-10-23"


async def test_the_server_run_alone_takes_its_day_from_the_command_line() -> None:
    import asyncio
    import sys

    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "studio.localapi",
        "--today",
        "2026-11-30",
        "--exit-with-stdin",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
        base_url = line.split()[1]
        async with httpx2.AsyncClient(headers=AUTH) as http:
            body = {"prompt": "x", "model": "gpt-image-1.5"}
            answer = await http.post(base_url + "/images/generations", json=body)
        assert answer.status_code == 200
    finally:
        assert process.stdin is not None
        process.stdin.close()
        await asyncio.wait_for(process.wait(), 15)
