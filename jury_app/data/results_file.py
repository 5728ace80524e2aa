"""Result files, format version 1: a juror's evaluations, signed on their laptop, merged on the lead's.

A result file is one JSON object (UTF-8, no BOM):

    {
      "format": "jury-app-results",
      "format_version": 1,
      "session": {"id": "...", "package_sha256": "<SHA-256 of the session package>"},
      "juror": {"id": "J1", "name": "Prénom Nom"},
      "exported_at": "2026-12-07T17:05:00Z",            (UTC)
      "app_version": "0.1.0",
      "scope": {"candidates": ["C01", "C02"]},
      "certificate_pem": "-----BEGIN CERTIFICATE-----...",
      "content": {
        "declarations": [{"candidate", "has_link", "note", "declared_at"}],
        "grids": [{"candidate", "modality", "source": "app"|"paper", "updated_at",
                   "marks": {criterion: "satisfied"|"not_satisfied"|"not_observed"},
                   "assessments": {competence: {"judgement": "acquired"|"not_acquired"|null,
                                                "observation": "..."}},
                   "notes": [{"at", "phase_label", "text"}]}],
        "runs": [{"candidate", "modality", "status", "timer_speed",                  (optional)
                  "events": [{"seq", "kind", "at", "phase_id", "reason", "juror", "steady_at"?}],
                  "draws": [{"seq", "card", "drawn_at", "day", "witness", "reason", "juror",
                             "superseded"}]}],
        "incidents": [{"candidate", "modality", "kind", "text", "at", "juror"}]   (optional)
      },
      "trail": {"entries": 42, "seq": 57, "head": "<SHA-256>"},              (optional)
      "signature": {"algorithm": "ecdsa-p256-sha256", "value": "<base64 of the DER signature>"}
    }

`trail` seals the audit trail of the juror's laptop as it stood at the export: how many entries
were the juror's, and the number and hash of their last one, whose hash covers every entry before it
(jury_app.data.anchors). Files written before it existed have none.

`runs` and `incidents` carry what the exam room recorded on the juror's laptop for the candidates
in scope, whoever recorded it there: each modality's status (absences and abandonments too), its
timer events (the actual phase durations) and its draws (the scenario card drawn), and the
incidents. Both may be missing: files written before they existed still read and verify (the
signature covers the document as written).

The signature is ECDSA P-256 with SHA-256 over the canonical JSON of the whole document without
its `signature` member: keys sorted, separators "," and ":", no ASCII escaping, UTF-8. It is
checked with the certificate the file carries; whether that certificate is the one registered for
the juror is the importer's business (jury_app.data.results_merge). The `session` member binds the
file to one session package: a file is only ever merged into the same session of the same package.

The format's fields and the rules on them are in `jury_app.data.results_format`. Nothing here
touches the disk or the database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import ValidationError

from jury_app.data.results_format import MAX_RESULT_FILE_BYTES as MAX_RESULT_FILE_BYTES
from jury_app.data.results_format import RESULTS_FORMAT as RESULTS_FORMAT
from jury_app.data.results_format import RESULTS_FORMAT_VERSION, SIGNATURE_ALGORITHM, semantic_problems
from jury_app.data.results_format import ResultFile as ResultFile
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import msg
from jury_app.domain.problems import InvalidInput, from_validation_error


def file_stamp(moment: datetime) -> str:
    """A time in a file's name: 20261207T170500Z (UTC)."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def utc_text(moment: datetime) -> str:
    """How a time is written in a result file: ISO 8601, UTC, suffix Z."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def canonical_bytes(document: dict[str, Any]) -> bytes:
    """The signed bytes: canonical JSON of `document` (which must not hold `signature`)."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER encoding, lowercase hexadecimal (as for the PV's signatures)."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


# --- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridContent:
    candidate: str
    modality: str
    source: str
    updated_at: datetime
    marks: dict[str, str]
    assessments: dict[str, tuple[str | None, str]]  # competence -> (judgement, observation)
    notes: tuple[tuple[datetime, str, str], ...]  # (at, phase label, text)


@dataclass(frozen=True)
class TimerEventContent:
    seq: int
    kind: str
    at: datetime
    phase_id: str | None
    reason: str
    juror: str
    steady_at: datetime | None = None


@dataclass(frozen=True)
class DrawContent:
    seq: int
    card: str
    drawn_at: datetime
    day: str
    witness: str
    reason: str
    juror: str
    superseded: bool


@dataclass(frozen=True)
class RunContent:
    candidate: str
    modality: str
    status: str
    timer_speed: float
    events: tuple[TimerEventContent, ...]
    draws: tuple[DrawContent, ...]


@dataclass(frozen=True)
class IncidentContent:
    candidate: str
    modality: str | None
    kind: str
    text: str
    at: datetime
    juror: str


@dataclass(frozen=True)
class DeclarationContent:
    candidate: str
    has_link: bool
    note: str
    declared_at: datetime


class _EventLike(Protocol):
    @property
    def seq(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def phase_id(self) -> str | None: ...
    @property
    def reason(self) -> str: ...
    @property
    def juror(self) -> str: ...
    @property
    def steady_at(self) -> datetime | None: ...


class _DrawLike(Protocol):
    @property
    def seq(self) -> int: ...
    @property
    def card(self) -> str: ...
    @property
    def drawn_at(self) -> datetime: ...
    @property
    def day(self) -> str: ...
    @property
    def witness(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def juror(self) -> str: ...
    @property
    def superseded(self) -> bool: ...


def run_json(
    status: str, timer_speed: float, events: Sequence[_EventLike], draws: Sequence[_DrawLike]
) -> dict[str, Any]:
    """A modality's run as a result file writes it (and as a merge compares it)."""
    return {
        "status": status,
        "timer_speed": float(timer_speed),
        "events": [
            {
                "seq": e.seq,
                "kind": e.kind,
                "at": utc_text(e.at),
                "phase_id": e.phase_id,
                "reason": e.reason,
                "juror": e.juror,
            }
            | ({"steady_at": utc_text(e.steady_at)} if e.steady_at is not None else {})
            for e in events
        ],
        "draws": [
            {
                "seq": d.seq,
                "card": d.card,
                "drawn_at": utc_text(d.drawn_at),
                "day": d.day,
                "witness": d.witness,
                "reason": d.reason,
                "juror": d.juror,
                "superseded": d.superseded,
            }
            for d in draws
        ],
    }


def build_document(
    *,
    session_id: str,
    package_sha256: str,
    juror_id: str,
    juror_name: str,
    exported_at: datetime,
    app_version: str,
    candidates: list[str],
    certificate_pem: str,
    declarations: list[DeclarationContent],
    grids: list[GridContent],
    runs: Sequence[RunContent] = (),
    incidents: Sequence[IncidentContent] = (),
    trail: tuple[int, int, str] | None = None,
) -> dict[str, Any]:
    """The document to sign (every member but `signature`); `trail`: (the juror's entries, the number
    and the hash of their last one)."""
    document = {
        "format": RESULTS_FORMAT,
        "format_version": RESULTS_FORMAT_VERSION,
        "session": {"id": session_id, "package_sha256": package_sha256},
        "juror": {"id": juror_id, "name": juror_name},
        "exported_at": utc_text(exported_at),
        "app_version": app_version,
        "scope": {"candidates": list(candidates)},
        "certificate_pem": certificate_pem,
        "content": {
            "declarations": [
                {
                    "candidate": d.candidate,
                    "has_link": d.has_link,
                    "note": d.note,
                    "declared_at": utc_text(d.declared_at),
                }
                for d in declarations
            ],
            "grids": [
                {
                    "candidate": g.candidate,
                    "modality": g.modality,
                    "source": g.source,
                    "updated_at": utc_text(g.updated_at),
                    "marks": dict(sorted(g.marks.items())),
                    "assessments": {
                        cid: {"judgement": judgement, "observation": observation}
                        for cid, (judgement, observation) in sorted(g.assessments.items())
                    },
                    "notes": [{"at": utc_text(at), "phase_label": label, "text": text} for at, label, text in g.notes],
                }
                for g in grids
            ],
            "runs": [
                {"candidate": r.candidate, "modality": r.modality, **run_json(r.status, r.timer_speed, r.events, r.draws)}
                for r in runs
            ],
            "incidents": [
                {
                    "candidate": i.candidate,
                    "modality": i.modality,
                    "kind": i.kind,
                    "text": i.text,
                    "at": utc_text(i.at),
                    "juror": i.juror,
                }
                for i in incidents
            ],
        },
    }
    if trail is not None:
        document["trail"] = {"entries": trail[0], "seq": trail[1], "head": trail[2]}
    return document


def sign_document(document: dict[str, Any], private_key: ec.EllipticCurvePrivateKey, name: str) -> bytes:
    """The file's bytes: `document` with its signature, indented for a human reader.

    The document is checked against the format first: a file this app writes always reads back.
    """
    if not isinstance(private_key.curve, ec.SECP256R1):
        raise InvalidInput.one(name, msg("la clé de signature n'est pas une clé ECDSA P-256"), "/signature")
    body = {k: v for k, v in document.items() if k != "signature"}
    try:
        signed = canonical_bytes(body)
    except UnicodeEncodeError:
        raise InvalidInput.one(name, msg("texte invalide (caractère hors Unicode)")) from None
    value = base64.b64encode(private_key.sign(signed, ec.ECDSA(hashes.SHA256()))).decode("ascii")
    full = {**body, "signature": {"algorithm": SIGNATURE_ALGORITHM, "value": value}}
    problems = semantic_problems(_validate(full, name), name)
    if problems:
        raise InvalidInput(problems)
    return (json.dumps(full, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedResultFile:
    """A result file whose format and signature hold (its certificate is not yet trusted)."""

    document: ResultFile
    sha256: str  # of the file's bytes
    fingerprint: str  # of the embedded certificate
    certificate_pem: str


def _validate(raw: Any, name: str) -> ResultFile:
    try:
        return ResultFile.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(from_validation_error(exc, name)) from None


def read_result_file(data: bytes, name: str) -> VerifiedResultFile:
    """Parses and verifies a result file; any problem is an InvalidInput naming `name` and the field.

    Checked: strict JSON (UTF-8, no duplicate keys), the format's every field (nothing missing,
    nothing added), the certificate (ECDSA P-256), and the signature over the canonical document.
    """
    raw = loads_strict(data, name, max_bytes=MAX_RESULT_FILE_BYTES)
    if not isinstance(raw, dict):
        raise InvalidInput.one(name, msg("un objet JSON est attendu (fichier de résultats jury-app)"))
    if raw.get("format") != RESULTS_FORMAT:
        not_ours = msg("ce n'est pas un fichier de résultats jury-app (« {0} » attendu)", RESULTS_FORMAT)
        raise InvalidInput.one(name, not_ours, "/format")
    version = raw.get("format_version")
    if type(version) is not int or version != RESULTS_FORMAT_VERSION:  # true == 1 in Python: not here
        raise InvalidInput.one(
            name,
            msg("version de format non prise en charge : {0} (attendu : {1})", json.dumps(version), RESULTS_FORMAT_VERSION),
            "/format_version",
        )
    doc = _validate(raw, name)
    problems = semantic_problems(doc, name)
    if problems:
        raise InvalidInput(problems)

    try:
        cert = x509.load_pem_x509_certificate(doc.certificate_pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise InvalidInput.one(name, msg("certificat illisible"), "/certificate_pem") from None
    public_key = cert.public_key()
    if not isinstance(public_key, ec.EllipticCurvePublicKey) or not isinstance(public_key.curve, ec.SECP256R1):
        raise InvalidInput.one(name, msg("le certificat ne porte pas une clé ECDSA P-256"), "/certificate_pem")
    try:
        signature = base64.b64decode(doc.signature.value, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput.one(name, msg("signature illisible (base64 attendu)"), "/signature/value") from None
    body = {k: v for k, v in raw.items() if k != "signature"}
    try:
        signed = canonical_bytes(body)
    except UnicodeEncodeError:
        raise InvalidInput.one(name, msg("texte invalide (caractère hors Unicode)")) from None
    try:
        public_key.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise InvalidInput.one(
            name,
            msg(
                "signature invalide : le fichier a été modifié après sa signature, "
                "ou n'a pas été signé avec la clé de son certificat"
            ),
            "/signature",
        ) from None
    return VerifiedResultFile(
        document=doc,
        sha256=hashlib.sha256(data).hexdigest(),
        fingerprint=certificate_fingerprint(cert),
        certificate_pem=doc.certificate_pem,
    )
