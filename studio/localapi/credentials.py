"""Content credentials for the local server's images, signed by a labelled test certificate.

The real API signs its final images with a C2PA manifest (api-now.md, "Content credentials"), so
the offline demo does too, and tests can check what Studio shows. The certificate chain is made
in memory once per process (an ES256 root "Studio local test root" and a signing certificate
"Studio local test signer", organisation "Studio (local test, not OpenAI)"): nothing trusts it,
and nobody can mistake it for OpenAI. Partial images stay unsigned — they are previews, and the
API documents credentials on the images it returns, not on stream previews. GIF and SVG
answers are not signed either: the API documents PNG and JPEG manifests (WebP is signed too,
as the library supports it the same way).
"""

from __future__ import annotations

import datetime
import functools
import io
import json
import threading
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from studio import __version__
from studio.api import CONTENT_TYPES, Endpoint, ImageRequest

__all__ = ["ORGANISATION", "SIGNER_NAME", "sign"]

SIGNER_NAME = "Studio local test signer"
ORGANISATION = "Studio (local test, not OpenAI)"
_SIGNED_FORMATS = ("png", "jpeg", "webp")
#: id-kp-documentSigning (RFC 9336), one of the purposes C2PA accepts for a signing certificate.
_DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
_AI_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
_AI_COMPOSITE = (
    "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
)
_SETTINGS = {
    "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False, "verify_after_sign": False},
    # A thumbnail in the manifest costs 30-50 ms an image; the gallery makes its own.
    "builder": {"thumbnail": {"enabled": False}},
}
_lock = threading.Lock()


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
        ]
    )


def _key_usage(*, sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not sign,
        crl_sign=not sign,
        encipher_only=False,
        decipher_only=False,
    )


def _chain() -> tuple[bytes, bytes]:
    """(signing certificate then root, as PEM; the signing key, as PEM)."""
    now = datetime.datetime.now(datetime.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("Studio local test root")
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    # What C2PA asks of a signing certificate: not a CA, digitalSignature (critical), an
    # extended key usage it accepts, and key identifiers linking it to its issuer.
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(SIGNER_NAME))
        .issuer_name(root_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, _DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .sign(root_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    chain = leaf.public_bytes(pem) + root.public_bytes(pem)
    private = key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return chain, private


@functools.cache
def _signer() -> tuple[Any, Any]:
    """(the library's signer, its context): made once per process, reused for every image."""
    import c2pa  # a 20 MB native library: loaded with the first signed image

    chain, private = _chain()
    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain, private, None)
    context = c2pa.Context(settings=c2pa.Settings.from_dict(_SETTINGS))
    return c2pa.Signer.from_info(info), context


def _manifest(request: ImageRequest, fmt: str) -> dict[str, Any]:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    model = {"name": request.model_name}
    if request.endpoint is Endpoint.GENERATIONS:
        actions = [
            {
                "action": "c2pa.created",
                "when": when,
                "softwareAgent": model,
                "digitalSourceType": _AI_SOURCE,
            },
        ]
    else:
        actions = [
            {"action": "c2pa.created", "when": when, "softwareAgent": model,
             "digitalSourceType": _AI_COMPOSITE},
            {"action": "c2pa.edited", "when": when, "softwareAgent": model,
             "description": f"{request.endpoint.value} of {len(request.images)} input image(s)"},
        ]  # fmt: skip
    return {
        "claim_generator_info": [{"name": "Studio local server", "version": __version__}],
        "title": f"image.{fmt}",
        "format": CONTENT_TYPES[fmt],
        "assertions": [{"label": "c2pa.actions", "data": {"actions": actions}}],
    }


def sign(data: bytes, fmt: str, request: ImageRequest) -> bytes:
    """``data`` with a signed manifest saying the local server made it; GIF and SVG as they
    are (see the module's docstring)."""
    if fmt not in _SIGNED_FORMATS:
        return data
    import c2pa

    signer, context = _signer()
    builder = c2pa.Builder.from_json(json.dumps(_manifest(request, fmt)), context)
    signed = io.BytesIO()
    with _lock:  # one signer, shared by the server's worker threads
        builder.sign(signer, CONTENT_TYPES[fmt], io.BytesIO(data), signed)
    return signed.getvalue()
