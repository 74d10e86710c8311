"""Content credentials read from real signed files: who signed, what made it, whether it holds."""

from __future__ import annotations

import struct
import zlib

import pytest

from studio.gallery.credentials import LOCAL_TEST_SIGNER, Credentials, Validity, read
from studio.gallery.embedded import embed
from studio.localapi import LocalServer
from tests.gallery.conftest import from_local_server
from tests.images import png


def _with_text_chunk(data: bytes) -> bytes:
    """``data`` with a ``tEXt`` chunk inserted after the header, as a careless tool would."""
    payload = b"Comment\x00touched"
    chunk = struct.pack(">I", len(payload)) + b"tEXt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + payload) & 0xFFFFFFFF)
    return data[:33] + chunk + data[33:]


@pytest.fixture
async def signed(local_server: LocalServer) -> bytes:
    return await from_local_server(local_server.base_url)


def test_a_local_server_image_is_signed_and_valid(signed: bytes) -> None:
    found = read(signed)
    assert found.validity is Validity.VALID
    assert (found.signer, found.issuer) == (LOCAL_TEST_SIGNER, "Studio (local test, not OpenAI)")
    assert found.generator is not None
    assert found.generator.startswith("Studio local server ")
    assert [a.name for a in found.actions] == ["c2pa.created"]
    assert found.actions[0].described == "created by gpt-image-2.6-flare, by a generative AI model"
    assert found.signed_at is not None
    assert found.signed_at.startswith("20")
    assert found.summary == ("Valid, signed by Studio local test signer (not a trusted authority).")


async def test_each_raster_format_is_signed(local_server: LocalServer) -> None:
    for fmt in ("jpeg", "webp"):
        data = await from_local_server(local_server.base_url, output_format=fmt)
        assert read(data).validity is Validity.VALID, fmt


def test_an_inserted_chunk_reads_as_tampered(signed: bytes) -> None:
    found = read(_with_text_chunk(signed))
    assert found.validity is Validity.TAMPERED
    assert found.summary == "Tampered: the picture was changed after it was signed."
    assert found.signer == LOCAL_TEST_SIGNER  # still says whose signature it was


def test_embedding_metadata_breaks_the_binding(signed: bytes) -> None:
    copy = embed(signed, "a signed fox", "{}")
    assert read(copy).validity is Validity.TAMPERED


def test_a_file_without_a_manifest_has_none() -> None:
    assert read(png(16, 16)) == Credentials(Validity.NONE)
    assert read(b"").summary == "No content credentials."


def test_garbage_and_damaged_manifests_are_sentences_not_tracebacks(signed: bytes) -> None:
    garbage = read(b"\x89PNG\r\n\x1a\n" + b"garbage" * 20)
    assert garbage.validity is Validity.UNREADABLE
    assert garbage.summary.startswith("Could not be read: ")
    assert "Traceback" not in garbage.summary
    start = signed.index(b"caBX") + 40
    damaged = signed[:start] + bytes(64) + signed[start + 64 :]
    found = read(damaged)
    assert found.validity in (Validity.UNREADABLE, Validity.TAMPERED, Validity.INVALID)
    assert found.summary.split(":")[0] in ("Could not be read", "Tampered", "Not valid")


def test_what_the_manifest_says_is_cut_to_size() -> None:
    from studio.gallery.credentials import _credentials

    store = {
        "active_manifest": "m",
        "manifests": {
            "m": {
                "claim_generator_info": [{"name": "x" * 5000, "version": ["not", "text"]}],
                "signature_info": {"common_name": 12, "issuer": {"o": 1}},
                "assertions": [
                    {"label": "c2pa.actions", "data": {"actions": [{"action": "c2pa.x"}] * 99}},
                    {"label": "c2pa.actions", "data": "not a dict"},
                    "not an assertion",
                ],
            }
        },
        "validation_state": "Valid",
    }
    found = _credentials(store)
    assert found.generator == "x" * 200
    assert (found.signer, found.issuer) == ("12", None)
    assert len(found.actions) == 20
