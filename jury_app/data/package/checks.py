"""Checks of what a package's fields name elsewhere: the référentiel's session, its durations and
jury profiles, the candidates' held units and ECF results, the schedule's jurors.

Every message is French and names the field as the session lead knows it.
"""

from __future__ import annotations

from jury_app.data.package.format import MANIFEST, CandidateIn, Manifest
from jury_app.domain.durations import duration_problems
from jury_app.domain.messages import Message, Told, msg
from jury_app.domain.problems import Problem, pointer
from jury_app.domain.referentiel import Referentiel, SessionDefinition, SessionScope
from jury_app.domain.wording import fr_date, term

LOCAL_TIME = msg("heure locale attendue, sans fuseau horaire")


def _problem(path: str, message: Message | Told) -> Problem:
    return Problem.at(MANIFEST, path, message)


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
            none = msg(
                "le référentiel {0} n'a pas de session « {1} » (sessions : {2})", ref.key, info.definition_id, names
            )
            return _problem("/session/definition_id", none)
        return _matches_kind(m, ref, sdef)
    if info.unit_id is not None:
        try:
            return ref.unit_session(info.unit_id)
        except KeyError:
            none = msg("le référentiel {0} n'a pas de session pour « {1} »", ref.key, info.unit_id)
            return _problem("/session/unit_id", none)
    if info.kind == "capitalisation":
        found = capitalisation_session(ref)
        if found is None:
            none = msg(
                "le référentiel {0} ne prévoit pas de session de capitalisation ; indiquez la session à tenir "
                "(definition_id, parmi : {1})",
                ref.key,
                names,
            )
            return _problem("/session/kind", none)
        return found
    return ref.title_session()


def _matches_kind(m: Manifest, ref: Referentiel, sdef: SessionDefinition) -> SessionDefinition | Problem:
    info = m.session
    wrong = None
    if info.unit_id is not None and sdef.unit_id != info.unit_id:
        wrong = (
            msg("elle évalue {0}, pas {1}", sdef.unit_id, info.unit_id)
            if sdef.unit_id
            else msg("elle évalue la certification entière, pas {0}", info.unit_id)
        )
    elif info.kind in ("title", "capitalisation") and sdef.scope is not SessionScope.TITLE:
        wrong = msg("c'est une session de {0} ({1})", term(ref.terms.unit_short), sdef.unit_id)
    elif info.kind == "capitalisation" and sdef is ref.title_session():
        wrong = msg("c'est la session de la certification entière, pas celle de la capitalisation")
    if wrong is None:
        return sdef
    unfit = msg("la session « {0} » ne convient pas au type de session : {1}", sdef.id, wrong)
    return _problem("/session/definition_id", unfit)


def new_field_problems(m: Manifest, ref: Referentiel, sdef: SessionDefinition | None) -> list[Problem]:
    problems = _day_problems(m) + _schedule_problems(m)
    if sdef is not None:
        problems += _duration_problems(m, sdef) + _profile_problems(m, sdef)
    attachments = {a.id: a.candidate_id for a in m.attachments}
    first_day = min(m.session.dates)
    for i, c in enumerate(m.candidates):
        problems += _candidate_problems(f"/candidates/{i}", c, ref, attachments)
        if c.birth_date is not None and c.birth_date >= first_day:
            born = c.birth_date.isoformat()
            late = msg("date de naissance du candidat {0} ({1}) postérieure à la session", c.id, born)
            problems.append(_problem(f"/candidates/{i}/birth_date", late))
    return problems


def _duration_problems(m: Manifest, sdef: SessionDefinition) -> list[Problem]:
    paths = {c.path for c in m.candidates}
    return [
        _problem(
            "/session/durations" + ("" if p.key is None else pointer([p.key])),
            msg("durée « {0} » : {1}", p.key, p.message) if p.key is not None else p.message,
        )
        for p in duration_problems(sdef, m.session.durations, paths)
    ]


def _day_problems(m: Manifest) -> list[Problem]:
    problems = []
    dates = set(m.session.dates)
    seen: set[object] = set()
    for i, d in enumerate(m.session.day_hours):
        if d.date not in dates:
            elsewhen = msg("horaires du {0} : pas une date de la session", d.date.isoformat())
            problems.append(_problem(f"/session/day_hours/{i}/date", elsewhen))
        if d.date in seen:
            twice = msg("horaires du {0} donnés deux fois", d.date.isoformat())
            problems.append(_problem(f"/session/day_hours/{i}/date", twice))
        seen.add(d.date)
    return problems


def _profile_problems(m: Manifest, sdef: SessionDefinition) -> list[Problem]:
    known = {p.id for p in sdef.jury.profiles}
    listed = ", ".join(sorted(known)) or msg("aucun")
    problems = [
        _problem(
            f"/jury/{i}/profile",
            msg(
                "profil du juré {0} inconnu : « {1} » (profils prévus par le référentiel : {2})",
                j.id,
                j.profile,
                listed,
            ),
        )
        for i, j in enumerate(m.jury)
        if j.profile is not None and j.profile not in known
    ]
    if m.session.kind == "mock":  # an examen blanc runs with whoever trains
        return problems
    for profile in sdef.jury.profiles:
        count = sum(1 for j in m.jury if j.profile == profile.id)
        if count < profile.min_count:
            few = msg(
                "le jury doit compter au moins {0} membre(s) « {1} » (profil {2}) ; le paquet en indique {3} "
                "(profil de chaque juré : jury[].profile)",
                profile.min_count,
                profile.title,
                profile.id,
                count,
            )
            problems.append(_problem("/jury", few))
    return problems


def _candidate_problems(
    base: str, c: CandidateIn, ref: Referentiel, attachments: dict[str, str | None]
) -> list[Problem]:
    problems = []
    unit = term(ref.terms.unit_short)

    def own_attachment(where: str, attachment_id: str | None) -> None:
        if attachment_id is None:
            return
        if attachment_id not in attachments:
            problems.append(_problem(where, msg("pièce jointe inconnue : « {0} »", attachment_id)))
        elif attachments[attachment_id] != c.id:
            theirs = msg("la pièce jointe « {0} » n'est pas celle du candidat {1}", attachment_id, c.id)
            problems.append(_problem(where, theirs))

    held = set(c.units_held)
    for j, h in enumerate(c.units_held_detail):
        where = f"{base}/units_held_detail/{j}"
        under = h.obtained_under or ref.key
        counts_as = ref.equivalent_unit(under, h.unit_id)
        if counts_as is None:
            alone = msg(
                "{0} déjà acquis « {1} » sous {2} : sans correspondance dans le référentiel {3}",
                unit,
                h.unit_id,
                under,
                ref.key,
            )
            problems.append(_problem(f"{where}/unit_id", alone))
        elif counts_as not in held:
            unlisted = msg(
                "{0} déjà acquis « {1} » ({2}) : absent de la liste des {3} déjà acquis (units_held)",
                unit,
                h.unit_id,
                counts_as,
                unit,
            )
            problems.append(_problem(f"{where}/unit_id", unlisted))
        own_attachment(f"{where}/proof_attachment_id", h.proof_attachment_id)
    units = {u.id for u in ref.units}
    seen: set[str] = set()
    for j, e in enumerate(c.ecf_results):
        where = f"{base}/ecf_results/{j}"
        if e.unit_id not in units:
            problems.append(_problem(f"{where}/unit_id", msg("résultat d'ECF : {0} inconnu « {1} »", unit, e.unit_id)))
        elif e.unit_id in seen:
            problems.append(_problem(f"{where}/unit_id", msg("résultat d'ECF donné deux fois pour {0}", e.unit_id)))
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
                problems.append(_problem(f"{base}/juror_ids/{k}", msg("juré inconnu : « {0} »", juror)))
        if len(set(s.juror_ids)) != len(s.juror_ids):
            problems.append(_problem(f"{base}/juror_ids", msg("un juré est cité deux fois pour ce passage")))
        if s.end is not None:
            if s.end.tzinfo is not None:
                problems.append(_problem(f"{base}/end", LOCAL_TIME))
            elif s.start.tzinfo is None and (s.end <= s.start or s.end.date() != s.start.date()):
                end, start = s.end.isoformat(timespec="minutes"), s.start.isoformat(timespec="minutes")
                after = msg("fin du passage ({0}) : le même jour, après son début ({1})", end, start)
                problems.append(_problem(f"{base}/end", after))
    return problems


REGISTRATION_WARNING_DAYS = 90
"""A session this close to the end of its certification's registration is warned about."""


def registration_check(m: Manifest, ref: Referentiel, reason: str) -> tuple[list[Problem], list[Told]]:
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
                Told(
                    msg(
                        "la session ({0}) se tient après l'échéance de l'enregistrement de {1} ({2}) ; motif "
                        "consigné : {3}",
                        fr_date(last),
                        ref.key,
                        ended,
                        reason.strip(),
                    )
                )
            ]
        late = ", ".join(fr_date(d) for d in late_days)
        refused = msg(
            "la session ({0}) se tient après l'échéance de l'enregistrement de la certification {1} le {2} ({3}) ; "
            "pour la tenir malgré tout, indiquez le motif (--registration-ended-reason TEXTE ou "
            "session.registration_ended_reason du paquet)",
            late,
            ref.key,
            ended,
            registration.source or msg("référentiel"),
        )
        return [_problem("/session/dates", refused)], []
    days = (end - last).days
    if days <= REGISTRATION_WARNING_DAYS:
        soon = (
            msg(
                "l'enregistrement de la certification {0} arrive à échéance le {1}, {2} jours après la fin de la "
                "session : vérifiez son renouvellement",
                ref.key,
                ended,
                days,
            )
            if days > 1
            else msg(
                "l'enregistrement de la certification {0} arrive à échéance le {1}, {2} jour après la fin de la "
                "session : vérifiez son renouvellement",
                ref.key,
                ended,
                days,
            )
        )
        return [], [Told(soon)]
    return [], []
