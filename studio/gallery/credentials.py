"""Content credentials (C2PA) read from an image and validated, told as a person would say it.

``read(data)`` asks ``c2pa-python`` for the file's manifest store and keeps what a reader of the
gallery wants: who signed it and when, the program that made it, what was done to the picture,
and whether the file is still the one that was signed. Nothing is fetched from the network (no
remote manifests, no OCSP), and whatever the file says is cut to size: it is untrusted input.
"""

from __future__ import annotations

import enum
import io
import json
import threading
from dataclasses import dataclass
from typing import Any

from studio.api import CONTENT_TYPES, sniff

__all__ = ["LOCAL_TEST_SIGNER", "Action", "Credentials", "Validity", "read"]

#: The common name of the certificate the local server signs with (``studio.localapi``).
LOCAL_TEST_SIGNER = "Studio local test signer"

_SETTINGS = {
    "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
    "builder": {"thumbnail": {"enabled": False}},
}
#: Manifest text is the file's word, not ours: long enough for any honest value.
_TEXT_LIMIT = 200
_ACTION_LIMIT = 20

_ACTION_WORDS = {
    "c2pa.created": "created",
    "c2pa.opened": "opened",
    "c2pa.edited": "edited",
    "c2pa.converted": "converted",
    "c2pa.placed": "placed",
    "c2pa.resized": "resized",
    "c2pa.cropped": "cropped",
    "c2pa.color_adjustments": "colours adjusted",
    "c2pa.drawing": "drawn on",
    "c2pa.filtered": "filtered",
    "c2pa.transcoded": "transcoded",
    "c2pa.repackaged": "repackaged",
    "c2pa.watermarked": "watermarked",
    "c2pa.published": "published",
}
_SOURCE_WORDS = {
    "trainedAlgorithmicMedia": "by a generative AI model",
    "compositeWithTrainedAlgorithmicMedia": "with parts made by a generative AI model",
    "algorithmicMedia": "by an algorithm",
    "digitalCapture": "by a camera",
}
#: Failure codes that mean the file changed after it was signed, and what to say for each.
_TAMPERING = {
    "assertion.dataHash.mismatch": "the picture was changed after it was signed",
    "assertion.boxesHash.mismatch": "the picture was changed after it was signed",
    "assertion.bmffHash.mismatch": "the picture was changed after it was signed",
    "assertion.hashedURI.mismatch": "the credentials were changed after they were signed",
    "claimSignature.mismatch": "the signature does not match what was signed",
}
_CERTIFICATE_WORDS = {
    "signingCredential.expired": "the signer's certificate had expired",
    "signingCredential.revoked": "the signer's certificate was revoked",
    "signingCredential.invalid": "the signer's certificate is not one that may sign",
    "claimSignature.outsideValidity": "it was signed outside the certificate's validity",
}


class Validity(enum.Enum):
    #: No manifest in the file.
    NONE = "none"
    #: Intact, and the signer chains to a trust anchor the library knows.
    TRUSTED = "trusted"
    #: Intact (signature and hashes match), but nothing vouches for the signer.
    VALID = "valid"
    #: The file or its credentials changed after signing.
    TAMPERED = "tampered"
    #: Intact, but the signature itself does not hold (an expired or revoked certificate...).
    INVALID = "invalid"
    #: The manifest (or the file) could not be read at all.
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Action:
    #: The C2PA action name, e.g. ``c2pa.created``.
    name: str
    software: str | None = None
    when: str | None = None
    #: The IPTC digital source type's last word, e.g. ``trainedAlgorithmicMedia``.
    source: str | None = None

    @property
    def described(self) -> str:
        """``created by gpt-image-2, by a generative AI model``."""
        words = _ACTION_WORDS.get(self.name) or self.name.removeprefix("c2pa.").replace("_", " ")
        if self.software:
            words += f" by {self.software}"
        if self.source in _SOURCE_WORDS:
            words += f", {_SOURCE_WORDS[self.source]}"
        return words


@dataclass(frozen=True)
class Credentials:
    validity: Validity
    #: The signing certificate's common name (who signed).
    signer: str | None = None
    #: The certificate's issuer (organisation), as the library reports it.
    issuer: str | None = None
    #: When it was signed (a timestamp authority's time, else the first action's).
    signed_at: str | None = None
    #: The program that wrote the manifest (claim generator), with its version.
    generator: str | None = None
    actions: tuple[Action, ...] = ()
    #: What went wrong, for a person (tampering, certificate trouble, an unreadable manifest).
    problems: tuple[str, ...] = ()

    @property
    def present(self) -> bool:
        return self.validity is not Validity.NONE

    @property
    def summary(self) -> str:
        """One sentence saying whether the credentials hold, and whose they are."""
        signer = self.signer or self.issuer or "an unnamed signer"
        match self.validity:
            case Validity.NONE:
                return "No content credentials."
            case Validity.TRUSTED:
                return f"Valid: signed by {signer}, unchanged since."
            case Validity.VALID if self.signer == LOCAL_TEST_SIGNER:
                return f"Valid, signed by {LOCAL_TEST_SIGNER} (not a trusted authority)."
            case Validity.VALID:
                return (
                    f"Valid: unchanged since {signer} signed it (Studio has no trust list "
                    "to vouch for the signer)."
                )
            case Validity.TAMPERED:
                return f"Tampered: {'; '.join(self.problems)}."
            case Validity.INVALID:
                return f"Not valid: {'; '.join(self.problems)}."
            case Validity.UNREADABLE:
                return f"Could not be read: {'; '.join(self.problems)}."


_context: Any = None
_context_lock = threading.Lock()


def _c2pa_context() -> Any:
    """One library context per process (the import and the settings are paid once)."""
    global _context
    with _context_lock:
        if _context is None:
            import c2pa  # a 20 MB native library: loaded when credentials are first needed

            _context = c2pa.Context(settings=c2pa.Settings.from_dict(_SETTINGS))
        return _context


def read(data: bytes) -> Credentials:
    """The content credentials of ``data``; never raises for what the file holds."""
    if not data:
        return Credentials(Validity.NONE)
    try:
        import c2pa

        kind = sniff(data)
        mime = CONTENT_TYPES[kind] if kind else None  # an SVG is not recognised without it
        reader = c2pa.Reader.try_create(mime, io.BytesIO(data), None, _c2pa_context())
        if reader is None:
            return Credentials(Validity.NONE)
        with reader:
            store = json.loads(reader.json())
    except Exception as error:  # the native library reports bad files as many error types
        return Credentials(Validity.UNREADABLE, problems=(_reason(error),))
    if not isinstance(store, dict):
        return Credentials(Validity.UNREADABLE, problems=("the manifest store is not an object",))
    return _credentials(store)


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    # The library prefixes its messages with the error kind ("Other: ...", "Verify: ...").
    kind, _, rest = text.partition(": ")
    if rest and kind.isalpha():
        text = rest
    return _text(text.rstrip(".")) or "unknown error"


def _text(value: object) -> str | None:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text[:_TEXT_LIMIT] if text else None


def _credentials(store: dict[str, Any]) -> Credentials:
    manifests = store.get("manifests")
    active = manifests.get(store.get("active_manifest")) if isinstance(manifests, dict) else None
    if not isinstance(active, dict):
        return Credentials(Validity.UNREADABLE, problems=("no active manifest",))
    signature = active.get("signature_info")
    signature = signature if isinstance(signature, dict) else {}
    actions = _actions(active.get("assertions"))
    validity, problems = _validity(store)
    return Credentials(
        validity,
        signer=_text(signature.get("common_name")),
        issuer=_text(signature.get("issuer")),
        signed_at=_text(signature.get("time")) or next((a.when for a in actions if a.when), None),
        generator=_generator(active),
        actions=actions,
        problems=problems,
    )


def _validity(store: dict[str, Any]) -> tuple[Validity, tuple[str, ...]]:
    state = store.get("validation_state")
    failures = []
    results = store.get("validation_results")
    if isinstance(results, dict) and isinstance(results.get("activeManifest"), dict):
        failures = results["activeManifest"].get("failure") or []
    elif isinstance(store.get("validation_status"), list):
        failures = store["validation_status"]
    codes = [f.get("code") for f in failures if isinstance(f, dict)]
    explanations = {
        f.get("code"): _text(f.get("explanation")) for f in failures if isinstance(f, dict)
    }
    tampered = list(dict.fromkeys(_TAMPERING[c] for c in codes if c in _TAMPERING))
    if tampered:
        return Validity.TAMPERED, tuple(tampered)
    if state == "Trusted":
        return Validity.TRUSTED, ()
    if state == "Valid":
        return Validity.VALID, ()
    problems = [
        _CERTIFICATE_WORDS.get(code) or explanations.get(code) or str(code)
        for code in codes
        if code != "signingCredential.untrusted" and isinstance(code, str)
    ]
    return Validity.INVALID, tuple(dict.fromkeys(problems)) or ("the validator said no",)


def _generator(manifest: dict[str, Any]) -> str | None:
    info = manifest.get("claim_generator_info")
    if isinstance(info, list) and info and isinstance(info[0], dict):
        name, version = _text(info[0].get("name")), _text(info[0].get("version"))
        if name:
            return f"{name} {version}" if version else name
    return _text(manifest.get("claim_generator"))


def _actions(assertions: object) -> tuple[Action, ...]:
    found: list[Action] = []
    for assertion in assertions if isinstance(assertions, list) else []:
        if not isinstance(assertion, dict):
            continue
        label = assertion.get("label")
        data = assertion.get("data")
        if label not in ("c2pa.actions", "c2pa.actions.v2") or not isinstance(data, dict):
            continue
        listed = data.get("actions")
        for action in listed if isinstance(listed, list) else []:
            name = _text(action.get("action")) if isinstance(action, dict) else None
            if name and len(found) < _ACTION_LIMIT:
                found.append(
                    Action(
                        name,
                        software=_software(action.get("softwareAgent")),
                        when=_text(action.get("when")),
                        source=_source(action.get("digitalSourceType")),
                    )
                )
    return tuple(found)


def _software(agent: object) -> str | None:
    if isinstance(agent, dict):
        name, version = _text(agent.get("name")), _text(agent.get("version"))
        return f"{name} {version}" if name and version else name
    return _text(agent)


def _source(kind: object) -> str | None:
    text = _text(kind)
    return text.rstrip("/").rsplit("/", 1)[-1] if text else None
