"""What the server refuses, and how, sent raw (our own client would not send these)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest

from studio.localapi import DEMO_KEY, FaultPlan, LocalServer
from tests.images import mask, png


@pytest.fixture
async def http(local_server: LocalServer) -> AsyncIterator[httpx2.AsyncClient]:
    async with httpx2.AsyncClient(
        base_url=local_server.base_url + "/", headers={"Authorization": f"Bearer {DEMO_KEY}"}
    ) as client:
        yield client


def error_of(response: httpx2.Response) -> dict:
    assert response.headers["x-request-id"].startswith("req_")
    body = response.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


async def test_files_sent_as_octet_stream_are_refused(http: httpx2.AsyncClient) -> None:
    response = await http.post(
        "images/edits",
        data={"prompt": "x"},
        files={"image": ("upload", png(), "application/octet-stream")},
    )
    assert response.status_code == 400
    assert error_of(response)["code"] == "unsupported_file_mimetype"


async def test_too_many_images_are_refused(http: httpx2.AsyncClient) -> None:
    files = [("image[]", (f"{n}.png", png(), "image/png")) for n in range(17)]
    response = await http.post(
        "images/edits", data={"prompt": "x", "model": "gpt-image-1.5"}, files=files
    )
    assert response.status_code == 400
    assert error_of(response)["param"] == "image"


async def test_a_mask_of_another_size_is_refused(http: httpx2.AsyncClient) -> None:
    response = await http.post(
        "images/edits",
        data={"prompt": "x"},
        files=[
            ("image", ("a.png", png(64, 64), "image/png")),
            ("mask", ("m.png", mask(32, 32, (0, 0, 4, 4)), "image/png")),
        ],
    )
    assert response.status_code == 400
    error = error_of(response)
    assert error["param"] == "mask"
    assert "same size" in error["message"]


async def test_a_prompt_too_long_is_refused(http: httpx2.AsyncClient) -> None:
    response = await http.post(
        "images/generations", json={"prompt": "x" * 4001, "model": "dall-e-3"}
    )
    assert response.status_code == 400
    assert error_of(response)["param"] == "prompt"


async def test_unknown_arguments_and_wrong_types_are_refused(http: httpx2.AsyncClient) -> None:
    unknown = await http.post("images/generations", json={"prompt": "x", "seed": 4})
    assert "Unrecognized request argument supplied: seed" in error_of(unknown)["message"]
    wrong = await http.post("images/generations", json={"prompt": "x", "n": "two"})
    assert error_of(wrong)["param"] == "n"


async def test_bad_content_types_are_refused(http: httpx2.AsyncClient) -> None:
    not_json = await http.post("images/generations", content=b"prompt=x")
    assert not_json.status_code == 400
    assert "could not parse the JSON body" in error_of(not_json)["message"]
    not_form = await http.post("images/edits", json={"prompt": "x"})
    assert not_form.status_code == 400
    assert "multipart/form-data" in error_of(not_form)["message"]


async def test_an_unknown_model_is_a_404(http: httpx2.AsyncClient) -> None:
    response = await http.post("images/generations", json={"prompt": "x", "model": "gpt-9"})
    assert response.status_code == 404
    assert error_of(response)["code"] == "model_not_found"


async def test_every_answer_has_a_request_id(local_server: LocalServer) -> None:
    async with httpx2.AsyncClient() as anonymous:
        response = await anonymous.get(local_server.base_url + "/models")
    assert response.status_code == 401
    assert error_of(response)["message"].startswith("You didn't provide an API key")


async def test_faults_can_be_planned_over_http(
    http: httpx2.AsyncClient, local_server: LocalServer
) -> None:
    control = f"http://127.0.0.1:{local_server.port}/_local/faults"
    planned = await http.post(control, json={"kind": "server_error", "times": 1})
    assert planned.json() == {"planned": "server_error"}
    body = {"prompt": "x", "model": "gpt-image-2.6-flare"}
    failed = await http.post("images/generations", json=body)
    assert failed.status_code == 500
    assert (await http.post("images/generations", json=body)).status_code == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),  # no key: a web page the user visits could otherwise plan faults
        ({"Authorization": "Bearer sk-some-other-key"}, 401),
        ({"Authorization": f"Bearer {DEMO_KEY}", "Content-Type": "text/plain"}, 415),
        (
            {
                "Authorization": f"Bearer {DEMO_KEY}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
            415,
        ),
    ],
)
async def test_the_control_paths_need_the_demo_key_and_json(
    local_server: LocalServer, faults: FaultPlan, headers: dict[str, str], status: int
) -> None:
    control = f"http://127.0.0.1:{local_server.port}/_local/faults"
    async with httpx2.AsyncClient() as plain:
        response = await plain.post(control, content=b'{"kind": "server_error"}', headers=headers)
        cleared = await plain.delete(control)
    assert response.status_code == status
    assert error_of(response)["message"]
    assert cleared.status_code == 401
    assert faults.take() is None  # nothing was planned


@pytest.mark.parametrize(
    ("body", "param", "words"),
    [
        ({"model": "gpt-image-2", "complexity": "low"}, "complexity", "no complexity setting"),
        ({"model": "gpt-image-2.6-flare", "complexity": "max"}, "complexity", "low, medium"),
        ({"model": "gpt-image-2.5-flare", "output_format": "gif"}, "output_format", "png, jpeg"),
        ({"model": "gpt-image-2.6-flare", "frame_count": 4}, "frame_count", "Only for GIF"),
        (
            {"model": "gpt-image-2.6-flare", "output_format": "gif", "frame_duration_ms": 5},
            "frame_duration_ms",
            "between 20 and",
        ),
        (
            {"model": "gpt-image-2.6-flare", "output_format": "gif", "stream": True},
            "stream",
            "GIF images cannot stream",
        ),
        (
            {"model": "gpt-image-2.6-flare", "output_format": "svg", "n": 2},
            "n",
            "one image per request",
        ),
        (
            {"model": "gpt-image-2.6-flare", "output_format": "svg", "svg": {"reasoning": 3}},
            "svg",
            "expected an object",
        ),
        ({"model": "gpt-image-2", "size": "3200x2880"}, "size", "more than the 8,294,400"),
    ],
)
async def test_2_6_parameters_are_refused_as_the_api_does(
    http: httpx2.AsyncClient, body: dict, param: str, words: str
) -> None:
    response = await http.post("images/generations", json={"prompt": "x", **body})
    assert response.status_code == 400
    error = error_of(response)
    assert error["param"] == param
    assert words in error["message"]


async def test_an_svg_edit_with_its_options_in_brackets_is_made(
    http: httpx2.AsyncClient, local_server: LocalServer
) -> None:
    response = await http.post(
        "images/edits",
        data={
            "prompt": "as a logo",
            "model": "gpt-image-2.6-sunburst",
            "output_format": "svg",
            "complexity": "medium",
            "svg[model]": "svg-author",
            "svg[reasoning][effort]": "high",
        },
        files={"image": ("a.png", png(64, 64), "image/png")},
    )
    assert response.status_code == 200, response.text
    received = local_server.received[-1]
    assert (received.complexity, received.svg.model, received.svg.reasoning_effort) == (
        "medium",
        "svg-author",
        "high",
    )


async def test_a_bad_svg_effort_in_multipart_names_svg(http: httpx2.AsyncClient) -> None:
    response = await http.post(
        "images/edits",
        data={
            "prompt": "x",
            "model": "gpt-image-2.6-flare",
            "output_format": "svg",
            "svg[reasoning][effort]": "extreme",
        },
        files={"image": ("a.png", png(64, 64), "image/png")},
    )
    assert response.status_code == 400
    assert error_of(response)["param"] == "svg"
