"""Checks of what a package's fields name elsewhere: the référentiel's session, its durations and
jury profiles, the candidates' held units and ECF results, the schedule's jurors.

Every message is French and names the field as the session lead knows it.
"""

from __future__ import annotations

from jury_app.data.package.format import MANIFEST, CandidateIn, Manifest
from jury_app.domain.durations import duration_problems
from jury_app.domain.problems import Problem, pointer
from jury_app.domain.referentiel import Referentiel, SessionDefinition, SessionScope
from jury_app.domain.wording import fr_date


def _problem(path: str, message: str) -> Problem:
    return Problem(MANIFEST, path, message)


def capitalisation_session(ref: Referentiel) -> SessionDefinition | None:
    """The session of the whole certification that the capitalisation path goes through, if any."""
    path = next((p for p in ref.paths if p.id == "capitalisation"), None)
    ids = path.session_ids if path is not None else ()
    return next((s for s in ref.sessions if s.id in ids and s.scope is SessionScope.TITLE), None)


def session_definition_for(m: Manifest, ref: Referentiel) -> SessionDefinition | Problem:
    """The référentiel session a package's session runs, or why there is none."""
    info = m.session
    names = ", ".join(s.id for s in ref.sessions)
    if info.definition_id is not None:
        try:
            sdef = ref.session(info.definition_id)
        except KeyError:
            return _problem(
                "/session/definition_id",
                f"le référentiel {ref.key} n'a pas de session « {info.definition_id} » (sessions : {names})",
            )
        return _matches_kind(m, ref, sdef)
    if info.unit_id is not None:
        try:
            return ref.unit_session(info.unit_id)
        except KeyError:
            return _problem("/session/unit_id", f"le référentiel {ref.key} n'a pas de session pour « {info.unit_id} »")
    if info.kind == "capitalisation":
        found = capitalisation_session(ref)
        if found is None:
            return _problem(
                "/session/kind",
                f"le référentiel {ref.key} ne prévoit pas de session de capitalisation ; "
                f"indiquez la session à tenir (definition_id, parmi : {names})",
            )
        return found
    return ref.title_session()


def _matches_kind(m: Manifest, ref: Referentiel, sdef: SessionDefinition) -> SessionDefinition | Problem:
    info = m.session
    wrong = None
    if info.unit_id is not None and sdef.unit_id != info.unit_id:
        wrong = f"elle évalue {sdef.unit_id or 'la certification entière'}, pas {info.unit_id}"
    elif info.kind in ("title", "capitalisation") and sdef.scope is not SessionScope.TITLE:
        wrong = f"c'est une session de {ref.terms.unit_short} ({sdef.unit_id})"
    elif info.kind == "capitalisation" and sdef is ref.title_session():
        wrong = "c'est la session de la certification entière, pas celle de la capitalisation"
    if wrong is None:
        return sdef
    return _problem("/session/definition_id", f"la session « {sdef.id} » ne convient pas au type de session : {wrong}")


def new_field_problems(m: Manifest, ref: Referentiel, sdef: SessionDefinition | None) -> list[Problem]:
    problems = _day_problems(m) + _schedule_problems(m)
    if sdef is not None:
        problems += _duration_problems(m, sdef) + _profile_problems(m, sdef)
    attachments = {a.id: a.candidate_id for a in m.attachments}
    first_day = min(m.session.dates)
    for i, c in enumerate(m.candidates):
        problems += _candidate_problems(f"/candidates/{i}", c, ref, attachments)
        if c.birth_date is not None and c.birth_date >= first_day:
            problems.append(
                _problem(
                    f"/candidates/{i}/birth_date",
                    f"date de naissance du candidat {c.id} ({c.birth_date.isoformat()}) postérieure à la session",
                )
            )
    return problems


def _duration_problems(m: Manifest, sdef: SessionDefinition) -> list[Problem]:
    paths = {c.path for c in m.candidates}
    return [
        _problem(
            "/session/durations" + ("" if p.key is None else pointer([p.key])),
            f"durée « {p.key} » : {p.message}" if p.key is not None else p.message,
        )
        for p in duration_problems(sdef, m.session.durations, paths)
    ]


def _day_problems(m: Manifest) -> list[Problem]:
    problems = []
    dates = set(m.session.dates)
    seen: set[object] = set()
    for i, d in enumerate(m.session.day_hours):
        if d.date not in dates:
            problems.append(
                _problem(
                    f"/session/day_hours/{i}/date", f"horaires du {d.date.isoformat()} : pas une date de la session"
                )
            )
        if d.date in seen:
            problems.append(
                _problem(f"/session/day_hours/{i}/date", f"horaires du {d.date.isoformat()} donnés deux fois")
            )
        seen.add(d.date)
    return problems


def _profile_problems(m: Manifest, sdef: SessionDefinition) -> list[Problem]:
    known = {p.id for p in sdef.jury.profiles}
    listed = ", ".join(sorted(known)) or "aucun"
    problems = [
        _problem(
            f"/jury/{i}/profile",
            f"profil du juré {j.id} inconnu : « {j.profile} » (profils prévus par le référentiel : {listed})",
        )
        for i, j in enumerate(m.jury)
        if j.profile is not None and j.profile not in known
    ]
    if m.session.kind == "mock":  # an examen blanc runs with whoever trains
        return problems
    for profile in sdef.jury.profiles:
        count = sum(1 for j in m.jury if j.profile == profile.id)
        if count < profile.min_count:
            problems.append(
                _problem(
                    "/jury",
                    f"le jury doit compter au moins {profile.min_count} membre(s) « {profile.title} » "
                    f"(profil {profile.id}) ; le paquet en indique {count} (profil de chaque juré : jury[].profile)",
                )
            )
    return problems


def _candidate_problems(
    base: str, c: CandidateIn, ref: Referentiel, attachments: dict[str, str | None]
) -> list[Problem]:
    problems = []
    unit = ref.terms.unit_short

    def own_attachment(where: str, attachment_id: str | None) -> None:
        if attachment_id is None:
            return
        if attachment_id not in attachments:
            problems.append(_problem(where, f"pièce jointe inconnue : « {attachment_id} »"))
        elif attachments[attachment_id] != c.id:
            problems.append(_problem(where, f"la pièce jointe « {attachment_id} » n'est pas celle du candidat {c.id}"))

    held = set(c.units_held)
    for j, h in enumerate(c.units_held_detail):
        where = f"{base}/units_held_detail/{j}"
        under = h.obtained_under or ref.key
        counts_as = ref.equivalent_unit(under, h.unit_id)
        if counts_as is None:
            problems.append(
                _problem(
                    f"{where}/unit_id",
                    f"{unit} déjà acquis « {h.unit_id} » sous {under} : sans correspondance dans le référentiel {ref.key}",
                )
            )
        elif counts_as not in held:
            problems.append(
                _problem(
                    f"{where}/unit_id",
                    f"{unit} déjà acquis « {h.unit_id} » ({counts_as}) : absent de la liste des {unit} déjà acquis (units_held)",
                )
            )
        own_attachment(f"{where}/proof_attachment_id", h.proof_attachment_id)
    units = {u.id for u in ref.units}
    seen: set[str] = set()
    for j, e in enumerate(c.ecf_results):
        where = f"{base}/ecf_results/{j}"
        if e.unit_id not in units:
            problems.append(_problem(f"{where}/unit_id", f"résultat d'ECF : {unit} inconnu « {e.unit_id} »"))
        elif e.unit_id in seen:
            problems.append(_problem(f"{where}/unit_id", f"résultat d'ECF donné deux fois pour {e.unit_id}"))
        seen.add(e.unit_id)
        own_attachment(f"{where}/attachment_id", e.attachment_id)
    return problems


def _schedule_problems(m: Manifest) -> list[Problem]:
    problems = []
    jurors = {j.id for j in m.jury}
    for i, s in enumerate(m.schedule):
        base = f"/schedule/{i}"
        for k, juror in enumerate(s.juror_ids):
            if juror not in jurors:
                problems.append(_problem(f"{base}/juror_ids/{k}", f"juré inconnu : « {juror} »"))
        if len(set(s.juror_ids)) != len(s.juror_ids):
            problems.append(_problem(f"{base}/juror_ids", "un juré est cité deux fois pour ce passage"))
        if s.end is not None:
            if s.end.tzinfo is not None:
                problems.append(_problem(f"{base}/end", "heure locale attendue, sans fuseau horaire"))
            elif s.start.tzinfo is None and (s.end <= s.start or s.end.date() != s.start.date()):
                problems.append(
                    _problem(
                        f"{base}/end",
                        f"fin du passage ({s.end.isoformat(timespec='minutes')}) : le même jour, après son début "
                        f"({s.start.isoformat(timespec='minutes')})",
                    )
                )
    return problems


REGISTRATION_WARNING_DAYS = 90
"""A session this close to the end of its certification's registration is warned about."""


def registration_check(m: Manifest, ref: Referentiel, reason: str) -> tuple[list[Problem], list[str]]:
    """The session's dates against the certification's registration: problems, then warnings.

    A session dated after the registration ended is refused unless a reason is given (`reason`, or
    the package's `session.registration_ended_reason`); one that ends within
    `REGISTRATION_WARNING_DAYS` days of the end is warned about.
    """
    registration = ref.registration
    if registration is None or registration.end is None:
        return [], []
    end = registration.end
    last = max(m.session.dates)
    ended = fr_date(end)
    late_days = registration.late(m.session.dates)
    if late_days:
        if reason.strip():
            return [], [
                f"la session ({fr_date(last)}) se tient après l'échéance de l'enregistrement de {ref.key} "
                f"({ended}) ; motif consigné : {reason.strip()}"
            ]
        late = ", ".join(fr_date(d) for d in late_days)
        return [
            _problem(
                "/session/dates",
                f"la session ({late}) se tient après l'échéance de l'enregistrement de la certification {ref.key} "
                f"le {ended} ({registration.source or 'référentiel'}) ; pour la tenir malgré tout, indiquez le "
                "motif (--registration-ended-reason TEXTE ou session.registration_ended_reason du paquet)",
            )
        ], []
    days = (end - last).days
    if days <= REGISTRATION_WARNING_DAYS:
        return [], [
            f"l'enregistrement de la certification {ref.key} arrive à échéance le {ended}, "
            f"{days} jour{'s' if days > 1 else ''} après la fin de la session : vérifiez son renouvellement"
        ]
    return [], []
