"""Validating a session package whole, before anything is written anywhere."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from jury_app.data.files import open_regular
from jury_app.data.package.checks import LOCAL_TIME, new_field_problems, registration_check, session_definition_for
from jury_app.data.package.format import (
    EMBEDDED_REFERENTIEL,
    MANIFEST,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    Manifest,
)
from jury_app.data.package.safezip import DEFAULT_LIMITS, SafeZip, ZipLimits
from jury_app.data.referentiels import find_builtin, parse_referentiel
from jury_app.data.safejson import loads_strict
from jury_app.domain.access import path_problem
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import InvalidInput, Problem, from_validation_error
from jury_app.domain.referentiel import LateRegistration, Referentiel, SessionDefinition
from jury_app.domain.schedule import card_shortages

MAX_MANIFEST_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class ValidatedPackage:
    path: Path
    digest: Future[str] = dataclass_field(repr=False, compare=False)  # the file's SHA-256, worked out by a thread
    manifest: Manifest
    referentiel: Referentiel
    referentiel_embedded: bool
    session_definition: SessionDefinition
    registration_ended_reason: str = ""
    """Why the session is held after its certification's registration ended (given or in the package)."""
    warnings: tuple[Told, ...] = ()
    """What the session lead should know but does not prevent the package (French)."""

    @property
    def sha256(self) -> str:
        """The package file's SHA-256: hashed beside what follows the checks (an import copies the
        attachments meanwhile), waited for here."""
        return self.digest.result()


def late_registration(
    path: Path, *, known: Mapping[str, Referentiel] | None = None, limits: ZipLimits = DEFAULT_LIMITS
) -> LateRegistration | None:
    """Whether the package's session comes after its certification's registration ended, read from its
    manifest alone (a package that cannot be read says None: its import tells what is wrong)."""
    try:
        with SafeZip(path, limits) as z:
            manifest = read_manifest(z)
            ref, _embedded = _referentiel(z, manifest, known or {})
    except (InvalidInput, OSError):
        return None
    registration = ref.registration
    late = registration.late(manifest.session.dates) if registration is not None else ()
    if registration is None or registration.end is None or not late:
        return None
    return LateRegistration(ref.key, registration.end, late, manifest.session.registration_ended_reason.strip())


def file_sha256(path: Path, limit: int = DEFAULT_LIMITS.max_archive_bytes) -> str:
    sha = hashlib.sha256()
    with open_regular(path, limit, msg("une archive zip")) as fh:
        while chunk := fh.read(1024 * 1024):
            sha.update(chunk)
    return sha.hexdigest()


def _at(pointer: str, message: Message | Told) -> Problem:
    """A problem of the manifest, at `pointer`."""
    return Problem.at(MANIFEST, pointer, message)


def _size(size: int, announced: int) -> Message:
    return msg("taille {0} octets, le manifeste annonce {1}", size, announced)


def _duplicates(member: str, base: str, ids: Iterable[str]) -> list[Problem]:
    counts = Counter(ids)
    return [Problem.at(member, base, msg("identifiant en double : « {0} »", key)) for key, n in counts.items() if n > 1]


def _semantic_problems(m: Manifest, ref: Referentiel) -> tuple[list[Problem], SessionDefinition | None]:
    p: list[Problem] = []
    found = session_definition_for(m, ref)
    sdef = found if isinstance(found, SessionDefinition) else None
    if isinstance(found, Problem):
        p.append(found)

    p += _duplicates(MANIFEST, "/jury", (j.id for j in m.jury))
    p += _duplicates(MANIFEST, "/candidates", (c.id for c in m.candidates))
    p += _duplicates(MANIFEST, "/scenario_cards", (c.id for c in m.scenario_cards))
    p += _duplicates(MANIFEST, "/attachments", (a.id for a in m.attachments))
    p += _duplicates(MANIFEST, "/attachments", (a.member for a in m.attachments))

    if sdef is not None and m.session.kind != "mock" and len(m.jury) < sdef.jury.min_members:
        few = msg(
            "le jury compte {0} membre(s), le référentiel en exige au moins {1}", len(m.jury), sdef.jury.min_members
        )
        p.append(_at("/jury", few))

    unit_ids = {u.id for u in ref.units}
    path_ids = {pa.id for pa in ref.paths}
    candidates = {c.id for c in m.candidates}
    for i, c in enumerate(m.candidates):
        base = f"/candidates/{i}"
        if path_ids and c.path not in path_ids:
            p.append(_at(f"{base}/path", msg("parcours « {0} » non prévu par le référentiel {1}", c.path, ref.key)))
        elif sdef is not None and (refused := path_problem(ref, sdef, c.path, c.units_held)) is not None:
            who = msg("candidat {0} ({1} {2}) : {3}", c.id, c.first_name, c.last_name, refused.message)
            p.append(_at(f"{base}/path", who))
        for field, values in (("units_sought", c.units_sought), ("units_held", c.units_held)):
            for j, u in enumerate(values):
                if u not in unit_ids:
                    p.append(_at(f"{base}/{field}/{j}", msg("CCP/bloc inconnu du référentiel : « {0} »", u)))
        overlap = set(c.units_sought) & set(c.units_held)
        if overlap:
            both = ", ".join(sorted(overlap))
            p.append(_at(f"{base}/units_held", msg("CCP/bloc à la fois visé et déjà acquis : {0}", both)))
        if m.session.kind == "ccp" and c.units_sought and m.session.unit_id not in c.units_sought:
            aside = msg("le candidat ne vise pas le CCP de la session ({0})", m.session.unit_id)
            p.append(_at(f"{base}/units_sought", aside))

    modality_ids = {mo.id for mo in sdef.modalities} if sdef else set()
    dates = set(m.session.dates)
    for i, s in enumerate(m.schedule):
        base = f"/schedule/{i}"
        if s.candidate_id not in candidates:
            p.append(_at(f"{base}/candidate_id", msg("candidat inconnu : « {0} »", s.candidate_id)))
        if sdef is not None and s.modality_id not in modality_ids:
            expected = ", ".join(sorted(modality_ids))
            unknown = msg("modalité inconnue pour cette session : « {0} » (attendu : {1})", s.modality_id, expected)
            p.append(_at(f"{base}/modality_id", unknown))
        if s.start.tzinfo is not None:
            p.append(_at(f"{base}/start", LOCAL_TIME))
        if s.start.date() not in dates:
            day = s.start.date().isoformat()
            p.append(_at(f"{base}/start", msg("le {0} n'est pas une date de la session", day)))
    slots = Counter((s.candidate_id, s.modality_id) for s in m.schedule)
    for (cand, mod), n in slots.items():
        if n > 1:
            p.append(_at("/schedule", msg("modalité {0} planifiée {1} fois pour le candidat {2}", mod, n, cand)))

    if (
        sdef is not None
        and m.candidates
        and any(mo.scenario_drawn_by_lot for mo in sdef.modalities)
        and not m.scenario_cards
    ):
        p.append(_at("/scenario_cards", msg("aucune fiche scénario : la mise en situation exige un tirage au sort")))
    elif sdef is not None and m.scenario_cards:
        drawing = {mo.id for mo in sdef.modalities if mo.scenario_drawn_by_lot}
        per_day = Counter(s.start.date() for s in m.schedule if s.modality_id in drawing)
        p += [_at("/scenario_cards", text) for text in card_shortages(per_day, len(m.scenario_cards))]

    for i, a in enumerate(m.attachments):
        if a.candidate_id is not None and a.candidate_id not in candidates:
            p.append(_at(f"/attachments/{i}/candidate_id", msg("candidat inconnu : « {0} »", a.candidate_id)))
    p += new_field_problems(m, ref, sdef)
    return p, sdef


def read_manifest(z: SafeZip) -> Manifest:
    if MANIFEST not in z.members:
        raise InvalidInput.at(z.label, msg("le paquet ne contient pas {0}", MANIFEST))
    raw: Any = loads_strict(z.read(MANIFEST, MAX_MANIFEST_BYTES), MANIFEST, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(raw, dict):
        raise InvalidInput.at(MANIFEST, msg("un objet JSON est attendu"))
    if raw.get("format") != PACKAGE_FORMAT:
        not_ours = msg("ce n'est pas un paquet de session jury_app (« {0} » attendu)", PACKAGE_FORMAT)
        raise InvalidInput.at(MANIFEST, not_ours, "/format")
    if raw.get("format_version") != PACKAGE_FORMAT_VERSION:
        version = repr(raw.get("format_version"))
        unread = msg(
            "version de format non prise en charge : {0} (cette application lit la version {1})",
            version,
            PACKAGE_FORMAT_VERSION,
        )
        raise InvalidInput.at(MANIFEST, unread, "/format_version")
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        raise InvalidInput(from_validation_error(exc, MANIFEST)) from None


def _referentiel(z: SafeZip, m: Manifest, known: Mapping[str, Referentiel]) -> tuple[Referentiel, bool]:
    cert = m.session.certification
    if EMBEDDED_REFERENTIEL in z.members:
        ref = parse_referentiel(z.read(EMBEDDED_REFERENTIEL, 4 * 1024 * 1024), EMBEDDED_REFERENTIEL)
        if (ref.code, ref.version) != (cert.code, cert.version):
            other = msg("le référentiel joint est {0}, le manifeste annonce {1}@{2}", ref.key, cert.code, cert.version)
            raise InvalidInput.at(MANIFEST, other, "/session/certification")
        return ref, True
    builtin = find_builtin(cert.code, cert.version) or known.get(f"{cert.code}@{cert.version}")
    if builtin is None:
        unknown = msg(
            "référentiel inconnu : {0} version {1} (ni fourni dans le paquet ni connu de l'application)",
            cert.code,
            cert.version,
        )
        raise InvalidInput.at(MANIFEST, unknown, "/session/certification")
    return builtin, False


def check_members(z: SafeZip, m: Manifest) -> list[Problem]:
    problems: list[Problem] = []
    declared = {MANIFEST, EMBEDDED_REFERENTIEL} | {a.member for a in m.attachments}
    for name in sorted(z.members):
        if name not in declared:
            problems.append(Problem.at(name, "", msg("membre non déclaré dans le manifeste")))
    for i, a in enumerate(m.attachments):
        info = z.members.get(a.member)
        if info is None:
            problems.append(_at(f"/attachments/{i}/member", msg("pièce jointe absente du paquet : {0}", a.member)))
        elif info.file_size != a.size:
            problems.append(Problem.at(a.member, "", _size(info.file_size, a.size)))
    return problems


def verify_attachment(
    z: SafeZip, index: int, a: Any, sink: Any = None, progress: Callable[[int], None] | None = None
) -> list[Problem]:
    digest, size = z.digest(a.member, sink, progress)
    problems = []
    if size != a.size:
        problems.append(Problem.at(a.member, "", _size(size, a.size)))
    if digest != a.sha256:
        problems.append(
            Problem.at(a.member, "", msg("somme SHA-256 incorrecte (manifeste /attachments/{0}/sha256)", index))
        )
    return problems


def validate_package(
    path: Path,
    *,
    verify_checksums: bool = True,
    limits: ZipLimits = DEFAULT_LIMITS,
    progress: Callable[[int], None] | None = None,
    registration_ended_reason: str = "",
    known: Mapping[str, Referentiel] | None = None,
) -> ValidatedPackage:
    """Check everything that can be checked without writing; raise InvalidInput with all problems.

    `registration_ended_reason` is the reason given for holding the session after its
    certification's registration ended (it replaces the package's own, if any). `known`: référentiels
    imported into the data folder, which a package may name without embedding them.
    """
    with SafeZip(path, limits) as z:
        manifest = read_manifest(z)
        ref, embedded = _referentiel(z, manifest, known or {})
        problems, sdef = _semantic_problems(manifest, ref)
        reason = registration_ended_reason.strip() or manifest.session.registration_ended_reason.strip()
        late, warnings = registration_check(manifest, ref, reason)
        problems += late
        problems += check_members(z, manifest)
        if verify_checksums and not problems:
            for i, a in enumerate(manifest.attachments):
                problems += verify_attachment(z, i, a, progress=progress)
    if problems:
        raise InvalidInput(problems)
    assert sdef is not None
    hashing = ThreadPoolExecutor(1, thread_name_prefix="package-sha256")
    digest = hashing.submit(file_sha256, path, limits.max_archive_bytes)
    hashing.shutdown(wait=False)  # the thread ends with its one task
    return ValidatedPackage(
        path=path,
        digest=digest,
        manifest=manifest,
        referentiel=ref,
        referentiel_embedded=embedded,
        session_definition=sdef,
        registration_ended_reason=reason,
        warnings=tuple(warnings),
    )
