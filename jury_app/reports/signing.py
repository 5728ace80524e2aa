"""PAdES signatures of a PDF: empty signature fields, signing, and checking every signature.

Signatures are PAdES baseline B-B (no timestamp: the jury's laptops are offline), SHA-256, one
incremental update each, so every earlier signature stays valid. The first one certifies the
document (DocMDP, level 2: only form filling and further signatures allowed): an annotation or a
page overlay added afterwards breaks the certification for every reader that checks it. A field
may have a box on a page: it then shows an appearance before signing (« non signé ») and, once
signed, the stamp the signer drew (`stamp_pdf`).

All the fields are added at once, in one incremental update, before anyone signs: a signature then
only fills its own field, a change that validators accept after an earlier signature. The same
update may add the app's own entries to the document information (`info`), which say which session
and which deliberation state the document was made from.

The certificates are self-signed: trust comes from the certificate registered for the juror in the
session (see `jury_app.actions.signing`), so the validation here trusts each signer's own
certificate and its verdict is about integrity: the signed bytes, the signature value, the
certificate's usage and dates, and what was changed in the file after each signature.

pyHanko takes about 0.3 s to import: it is imported inside the functions that need it.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric import ec

from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import InvalidInput, Problem
from jury_app.reports.keys import key_matches_certificate, load_certificate
from jury_app.reports.model import pv_signature_field_name as pv_signature_field_name  # the PV's field names

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

MD_ALGORITHM = "sha256"
MAX_FIELD_NAME = 64


def _reader(pdf: bytes) -> PdfFileReader:
    """The PDF parsed by pyHanko; anything that is not a readable PDF is told in French."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not pdf[:1024].lstrip().startswith(b"%PDF-"):
        raise InvalidInput.one("PDF", msg("ce fichier n'est pas un PDF"))
    try:
        reader = PdfFileReader(io.BytesIO(pdf))
        _ = reader.root  # the catalogue: parsing errors show up here rather than later
        _ = reader.trailer
    except Exception as exc:  # pyHanko raises many kinds of errors on damaged files
        raise InvalidInput.one("PDF", msg("PDF illisible ou endommagé")) from exc
    if reader.encrypted:
        raise InvalidInput.one("PDF", msg("PDF chiffré : non pris en charge"))
    return reader


@dataclass(frozen=True)
class FieldState:
    name: str
    signed: bool


def _fields(reader: PdfFileReader) -> list[FieldState]:
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        return [FieldState(str(name), value is not None) for name, value, _ref in enumerate_sig_fields(reader)]
    except Exception as exc:
        raise InvalidInput.one("PDF", msg("formulaire du PDF illisible")) from exc


def signature_fields(pdf: bytes) -> list[FieldState]:
    """The PDF's signature fields, in the document's order, each signed or not."""
    return _fields(_reader(pdf))


def check_field_names(names: Sequence[str]) -> None:
    """Names of new signature fields: non-empty, plain, unique, and none a prefix of another."""
    problems: list[Message] = []
    for name in names:
        if not name or len(name) > MAX_FIELD_NAME or not name.isascii() or not name.isprintable():
            problems.append(msg("nom de champ invalide : « {0} »", name))
        elif "." in name or " " in name:
            problems.append(msg("nom de champ sans point ni espace : « {0} »", name))
    ordered = sorted(names)
    for first, second in pairwise(ordered):
        if second == first:
            problems.append(msg("nom de champ en double : « {0} »", first))
        elif second.startswith(first):
            problems.append(msg("« {0} » est le début de « {1} » : noms ambigus", first, second))
    if not names:
        problems.append(msg("aucun champ demandé"))
    if problems:
        raise InvalidInput([Problem("champ de signature", "", str(p), p) for p in problems])


@dataclass(frozen=True)
class FieldBox:
    """Where a visible signature field goes, and what it shows until it is signed (a one-page PDF
    the size of the box)."""

    page: int  # 0-based
    rect: tuple[float, float, float, float]  # x0, y0, x1, y1 from the page's bottom-left corner
    unsigned_pdf: bytes


INFO_PREFIX = "/JuryApp"


def add_signature_fields(
    pdf: bytes,
    names: Sequence[str],
    *,
    boxes: Mapping[str, FieldBox] | None = None,
    info: Mapping[str, str] | None = None,
) -> bytes:
    """The PDF with one empty signature field per name, added in one incremental update.

    A name with a box in `boxes` gets a visible field showing the box's unsigned appearance;
    without, the field is invisible. `info` entries ("PvState": "…") are written in the document
    information as /JuryAppPvState. Refused when the PDF is already signed (fields come before the
    first signature) or already holds a field of one of these names.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field, enumerate_sig_fields

    check_field_names(names)
    reader = _reader(pdf)
    existing = _fields(reader)
    if any(f.signed for f in existing):
        raise InvalidInput.one(
            "champ de signature",
            msg("le PDF est déjà signé : les champs de signature s'ajoutent avant la première signature"),
        )
    clash = sorted({f.name for f in existing} & set(names))
    if clash:
        listed = ", ".join(clash)
        raise InvalidInput.one("champ de signature", msg("champ déjà présent dans le PDF : {0}", listed))
    # A new name must not be a prefix of an existing one either (nor the reverse).
    check_field_names([*names, *(f.name for f in existing)])
    boxes = boxes or {}
    try:
        writer = IncrementalPdfFileWriter.from_reader(reader)
        for name in names:
            box = boxes.get(name)
            if box is None:  # an invisible field (its widget an empty rectangle), on the last page
                append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=-1))
            else:
                rect = tuple(round(v) for v in box.rect)  # pyHanko takes whole points
                append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=box.page, box=rect))  # type: ignore[arg-type]
        for name, _value, ref in enumerate_sig_fields(writer):
            box = boxes.get(str(name))
            if box is not None:  # what the box shows until it is signed
                field = ref.get_object()
                appearance = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(box.unsigned_pdf)))
                field["/AP"] = generic.DictionaryObject({generic.NameObject("/N"): appearance})  # type: ignore[no-untyped-call]
                writer.update_container(field)
        if info:
            document_info = writer.trailer["/Info"]
            for key, value in info.items():
                document_info[generic.NameObject(f"{INFO_PREFIX}{key}")] = generic.TextStringObject(value)
            writer.mark_update(writer.trailer.raw_get("/Info"))
        out = io.BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput.one("PDF", msg("impossible d'ajouter les champs de signature")) from exc
    return out.getvalue()


def pdf_info(pdf: bytes) -> dict[str, str]:
    """The app's own entries of the document information (/JuryAppPvState -> "PvState")."""
    reader = _reader(pdf)
    try:
        info = reader.trailer["/Info"]
        return {str(k)[len(INFO_PREFIX) :]: str(v) for k, v in info.items() if str(k).startswith(INFO_PREFIX)}
    except Exception:
        return {}


def field_rect(pdf: bytes, field_name: str) -> tuple[float, float, float, float] | None:
    """The box of a visible signature field on its page (None: invisible, or no such field)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(pdf)
    try:
        for name, _value, ref in enumerate_sig_fields(reader):
            if str(name) == field_name:
                x0, y0, x1, y1 = (float(v) for v in ref.get_object()["/Rect"])
                if x1 - x0 > 1 and y1 - y0 > 1:
                    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    except Exception:
        return None
    return None


@dataclass(frozen=True)
class RevisionLayout:
    total: int  # revisions of the file (the first one, then one per incremental update)
    signed: tuple[int, ...]  # for each signature in signing order, the revision that holds it


def revision_layout(pdf: bytes) -> RevisionLayout:
    """How the file grew: whether each update after generation is one signature and nothing else."""
    reader = _reader(pdf)
    try:
        signed = tuple(sorted(emb.signed_revision for emb in reader.embedded_signatures))
        return RevisionLayout(reader.xrefs.total_revisions, signed)
    except Exception as exc:
        raise InvalidInput.one("PDF", msg("structure du PDF illisible")) from exc


def sign_pdf(
    pdf: bytes,
    field_name: str,
    key: ec.EllipticCurvePrivateKey,
    cert: bytes,
    signer_name: str,
    reason: str,
    location: str,
    *,
    signing_time: datetime | None = None,
    stamp_pdf: bytes | None = None,
) -> bytes:
    """The PDF signed in its empty field `field_name`: PAdES B-B, SHA-256, an incremental update.

    `cert` is the signer's certificate (PEM) and must match `key`. `signing_time` (an aware
    datetime, the app's clock) is the time written in the signature; the machine's clock otherwise.
    `stamp_pdf` (a one-page PDF) is what a visible field shows once signed. The first signature of
    the document certifies it (DocMDP level 2); later ones approve it. Earlier signatures stay
    valid: only this field is filled.
    """
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if signing_time is not None and (signing_time.tzinfo is None or signing_time.utcoffset() is None):
        raise ValueError("signing_time sans fuseau horaire")
    reader = _reader(pdf)
    field = next((f for f in _fields(reader) if f.name == field_name), None)
    if field is None:
        raise InvalidInput.one("champ de signature", msg("aucun champ de signature « {0} » dans ce PDF", field_name))
    if field.signed:
        raise InvalidInput.one("champ de signature", msg("le champ « {0} » est déjà signé", field_name))
    first = not any(f.signed for f in _fields(reader))
    if not key_matches_certificate(key, cert):
        raise InvalidInput.one("champ de signature", msg("la clé privée ne correspond pas au certificat"))

    asn1_cert = translate_pyca_cryptography_cert_to_asn1(load_certificate(cert))
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register(asn1_cert)
    signer = signers.SimpleSigner(
        signing_cert=asn1_cert,
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=registry,
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm=MD_ALGORITHM,
        subfilter=SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=signer_name or None,
        certify=first,
        docmdp_permissions=MDPPerm.FILL_FORMS,
    )

    class _TimedSigner(signers.PdfSigner):
        """Writes the app's clock, not the machine's, as the signing time (/M)."""

        def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
            session = super().init_signing_session(*args, **kwargs)
            if signing_time is not None:
                session.system_time = signing_time.astimezone(UTC)
            return session

    try:
        with tempfile.TemporaryDirectory(prefix="jury_app-stamp-") as folder:
            style = None
            if stamp_pdf is not None:
                stamp_file = Path(folder) / "tampon.pdf"  # pyHanko reads a stamp from a file
                stamp_file.write_bytes(stamp_pdf)
                style = StaticStampStyle.from_pdf_file(str(stamp_file), border_width=0)
            writer = IncrementalPdfFileWriter.from_reader(reader)
            out = _TimedSigner(meta, signer, stamp_style=style).sign_pdf(writer, existing_fields_only=True)
    except Exception as exc:
        raise InvalidInput.one("PDF", msg("signature impossible")) from exc
    signed: bytes = out.getvalue()
    return signed


# --- verification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureInfo:
    """One embedded signature, as checked."""

    field_name: str
    signer_name: str  # the certificate's common name
    signing_time: datetime | None  # as the signer's computer said (no timestamp in B-B)
    fingerprint: str  # SHA-256 of the signer's certificate (DER), "" when unreadable
    reason: str
    location: str
    intact: bool  # the signed bytes are those the signer signed
    valid: bool  # intact, and the signature value is right for the certificate's key
    certificate_ok: bool  # the certificate may sign (key usage) and was valid at the signing time
    covers_whole_file: bool  # nothing at all was added to the file after this signature
    modification_level: str | None  # after this signature: none | form_filling | annotations | other…
    modifications_ok: bool  # what was added after it is allowed (more signatures only)
    problems: tuple[str, ...] = ()  # in French, empty when the signature is fine
    certificate_der: bytes = b""  # the signer's certificate, as embedded in the signature
    certifies: bool = False  # a certification signature (DocMDP): the document's first

    @property
    def ok(self) -> bool:
        return self.valid and self.intact and self.certificate_ok and self.modifications_ok


@dataclass(frozen=True)
class VerificationReport:
    signatures: tuple[SignatureInfo, ...]  # in signing order
    empty_fields: tuple[str, ...]  # signature fields not signed yet
    size: int  # bytes of the file checked

    @property
    def modified_after_last_signature(self) -> bool:
        """Something (anything) follows the last signature in the file."""
        return bool(self.signatures) and not self.signatures[-1].covers_whole_file

    @property
    def all_valid(self) -> bool:
        """At least one signature; every one valid and intact; nothing changed since the last."""
        return bool(self.signatures) and all(s.ok for s in self.signatures) and not self.modified_after_last_signature


def _text(value: Any) -> str:
    if value is None:
        return ""
    try:
        return str(value)
    except Exception:
        return ""


def _certifies(emb: Any) -> bool:
    try:
        return emb.docmdp_level is not None
    except Exception:
        return False


def _check_signature(emb: Any) -> SignatureInfo:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    field_name = _text(emb.field_name)
    sig_object = emb.sig_object
    reason, location = _text(sig_object.get("/Reason")), _text(sig_object.get("/Location"))
    try:
        signing_time = emb.self_reported_timestamp
    except Exception:
        signing_time = None
    try:
        cert = emb.signer_cert
        certificate_der = cert.dump()
        fingerprint = hashlib.sha256(certificate_der).hexdigest()
        signer_name = _text(cert.subject.native.get("common_name", ""))
        # Trust the signer's own (self-signed) certificate, at the time the signer gave: the verdict
        # is about integrity; whether this certificate is the juror's is the caller's question.
        moment = signing_time if signing_time is not None else datetime.now(UTC)
        context = ValidationContext(trust_roots=[cert], moment=moment, allow_fetching=False)
        status = validate_pdf_signature(emb, context)
    except Exception:
        return SignatureInfo(
            field_name=field_name,
            signer_name="",
            signing_time=signing_time,
            fingerprint="",
            reason=reason,
            location=location,
            intact=False,
            valid=False,
            certificate_ok=False,
            covers_whole_file=False,
            modification_level=None,
            modifications_ok=False,
            problems=(Told(msg("signature illisible : sa structure ne peut pas être lue")),),
        )
    intact = bool(status.intact)
    valid = intact and bool(status.valid)
    certificate_ok = bool(status.trusted)
    covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    level = status.modification_level
    allowed = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
    modifications_ok = covers_whole_file or (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and bool(status.docmdp_ok) and level in allowed
    )
    problems = []
    if not intact:
        problems.append(Told(msg("le contenu signé a été modifié : son empreinte ne correspond plus")))
    elif not valid:
        problems.append(Told(msg("la valeur de la signature ne correspond pas au certificat")))
    if not certificate_ok:
        problems.append(Told(msg("certificat inutilisable pour signer à cette date (usage ou dates de validité)")))
    if not modifications_ok:
        problems.append(
            Told(msg("le fichier a été modifié après cette signature autrement que par d'autres signatures"))
        )
    return SignatureInfo(
        field_name=field_name,
        signer_name=signer_name,
        signing_time=signing_time.astimezone(UTC) if signing_time is not None else None,
        fingerprint=fingerprint,
        reason=reason,
        location=location,
        intact=intact,
        valid=valid,
        certificate_ok=certificate_ok,
        covers_whole_file=covers_whole_file,
        modification_level=level.name.lower() if level is not None else None,
        modifications_ok=modifications_ok,
        problems=tuple(problems),
        certificate_der=certificate_der,
        certifies=_certifies(emb),
    )


def verify_pdf(pdf: bytes) -> VerificationReport:
    """Every signature of the PDF checked, and the signature fields still empty."""
    reader = _reader(pdf)
    fields = _fields(reader)
    try:
        embedded = list(reader.embedded_signatures)
    except Exception as exc:
        raise InvalidInput.one("PDF", msg("signatures illisibles")) from exc
    signatures = [_check_signature(emb) for emb in embedded]
    # A filled field that pyHanko could not take as a signature (unknown kind) is not dropped
    # silently: it is reported as a signature that does not hold.
    checked = {s.field_name for s in signatures}
    for f in fields:
        if f.signed and f.name not in checked:
            signatures.append(
                SignatureInfo(
                    field_name=f.name,
                    signer_name="",
                    signing_time=None,
                    fingerprint="",
                    reason="",
                    location="",
                    intact=False,
                    valid=False,
                    certificate_ok=False,
                    covers_whole_file=False,
                    modification_level=None,
                    modifications_ok=False,
                    problems=(Told(msg("signature d'un type non reconnu")),),
                )
            )
    return VerificationReport(
        signatures=tuple(signatures),
        empty_fields=tuple(f.name for f in fields if not f.signed),
        size=len(pdf),
    )
