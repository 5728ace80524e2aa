"""The « PV à faire signer » file, and the jurors' certificates that check a signed PV anywhere.

A request (`.jurypv`) is a zip of two members: `proces-verbal.pdf` (the session's PV as it stands,
with the signatures it already carries) and `certificats.json` (what the PV is — its hash, size and
revisions as generated, the deliberation state, whether it was closed — and, for each juror who
must sign, their field, name and the certificate registered for them, when known). A juror signs the
request on their own laptop; the file keeps its form, so it can go to the next juror or back to the
lead. The JSON alone is the certificates file `report verify --certs` takes (and the archive keeps).
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from jury_app.data.pv_store import CERTIFICATES_NAME
from jury_app.data.safejson import loads_strict
from jury_app.domain.messages import Message, msg
from jury_app.domain.problems import InvalidInput, from_validation_error

REQUEST_SUFFIX = ".jurypv"
PDF_MEMBER = "proces-verbal.pdf"
CERTIFICATES_MEMBER = "certificats.json"
CERTIFICATES_FORMAT = "jury-app-pv-certificates"
MAX_PDF = 256 * 1024**2
MAX_JSON = 4 * 1024**2


class Signatory(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    juror_ref: str
    field: str
    name: str
    role: str = ""
    certificate_pem: str | None = None  # the certificate registered for the juror, when known


class PvCertificates(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["jury-app-pv-certificates"] = "jury-app-pv-certificates"
    format_version: Literal[1] = 1
    session_id: str
    session_title: str
    centre: str = ""
    timezone: str = "Europe/Paris"
    pv_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    pv_size: int = Field(gt=0)
    pv_revisions: int = Field(gt=0)
    state_digest: str
    closed: bool
    generated_at: datetime
    exported_at: datetime
    signatories: tuple[Signatory, ...]

    def signatory(self, juror_ref: str) -> Signatory | None:
        return next((s for s in self.signatories if s.juror_ref == juror_ref), None)

    def by_field(self, field: str) -> Signatory | None:
        return next((s for s in self.signatories if s.field == field), None)


def _problem(where: str, message: Message) -> InvalidInput:
    return InvalidInput.one(where, message)


def certificates_json(certs: PvCertificates) -> bytes:
    return (json.dumps(certs.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse_certificates(data: bytes, where: str) -> PvCertificates:
    raw = loads_strict(data, where)  # refused in French, saying where the JSON is wrong
    if not isinstance(raw, dict) or raw.get("format") != CERTIFICATES_FORMAT:
        raise _problem(where, msg("ce fichier n'est pas un fichier de certificats de procès-verbal de l'application"))
    try:
        return PvCertificates.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(from_validation_error(exc, where)) from None


def request_zip(pdf: bytes, certs: PvCertificates) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(PDF_MEMBER, pdf)
        z.writestr(CERTIFICATES_MEMBER, certificates_json(certs))
    return buf.getvalue()


def is_request(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _member(z: zipfile.ZipFile, name: str, limit: int, where: str) -> bytes:
    try:
        info = z.getinfo(name)
    except KeyError:
        raise _problem(where, msg("« {0} » manque dans ce fichier de procès-verbal à signer", name)) from None
    if info.file_size > limit:
        raise _problem(where, msg("« {0} » est trop volumineux", name))
    with z.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _problem(where, msg("« {0} » est trop volumineux", name))
    return data


def read_request(data: bytes, where: str) -> tuple[bytes, PvCertificates]:
    """(the PV, its certificates) of a « PV à faire signer » file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if names != {PDF_MEMBER, CERTIFICATES_MEMBER}:
                raise _problem(where, msg("ce fichier n'est pas un procès-verbal à faire signer de l'application"))
            pdf = _member(z, PDF_MEMBER, MAX_PDF, where)
            certs = parse_certificates(_member(z, CERTIFICATES_MEMBER, MAX_JSON, where), where)
    except zipfile.BadZipFile as exc:
        raise _problem(where, msg("fichier de procès-verbal à signer illisible")) from exc
    return pdf, certs


def archived_certificates(path: Path) -> PvCertificates | None:
    """The jurors' certificates a session's archive keeps (its `…/proces-verbal-certificats.json`),
    read from the zip on disk (an archive may be large); None when `path` is no such archive."""
    try:
        with zipfile.ZipFile(path) as z:
            kept = [n for n in z.namelist() if n.rsplit("/", 1)[-1] == CERTIFICATES_NAME]
            if len(kept) != 1:
                return None
            return parse_certificates(_member(z, kept[0], MAX_JSON, str(path)), str(path))
    except (zipfile.BadZipFile, OSError):
        return None


def read_certificates(data: bytes, where: str) -> PvCertificates:
    """The certificates of a request file, or of a certificates JSON file."""
    if is_request(data):
        return read_request(data, where)[1]
    return parse_certificates(data, where)
