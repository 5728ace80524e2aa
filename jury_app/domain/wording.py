"""The app's French words for its codes, and its French formatting of dates, times, durations,
percentages and sizes: one place, so a PDF, the command line and a result file's differences say
the same thing the same way.

Codes stay codes everywhere else ("satisfied", "abandonment", "president"...); they become words
only here. Times are aware datetimes (UTC from the database) shown in the zone the caller names:
a session's own zone (`session_zone(session.timezone)`) for what happened in the session, this
computer's zone (`machine_zone()`) for what belongs to no session (backups, the data folder).
The screens translate their own words through Qt (French first, English second) and do not use
these tables.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo
from itertools import pairwise
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from jury_app.domain.codes import OVERALL
from jury_app.domain.messages import Message, Told, msg, plain

if TYPE_CHECKING:  # the command line formats without loading pydantic
    from jury_app.domain.referentiel import Terms

NNBSP = "\u202f"  # narrow no-break space: before « : ; ! ? » and inside guillemets
DEFAULT_TIMEZONE = "Europe/Paris"
"""The zone of a session whose package names none."""

# --- typography ---------------------------------------------------------------------------------

_BEFORE = re.compile(r"[ \u00a0]+([:;!?»])")
_AFTER = re.compile(r"«[ \u00a0]+")


def fr(text: str) -> str:
    """French typography on the app's own wording: a narrow no-break space before : ; ! ? » and
    after «. Spaces already there are replaced; none is added where the text has none."""
    return _AFTER.sub("«" + NNBSP, _BEFORE.sub(NNBSP + r"\1", text))


def quoted(text: str) -> str:
    """« text », with narrow no-break spaces."""
    return f"«{NNBSP}{text}{NNBSP}»"


def capital(text: str) -> str:
    """The text with its first letter in upper case ("non acquis" -> "Non acquis")."""
    return text[:1].upper() + text[1:]


# --- zones --------------------------------------------------------------------------------------


def session_zone(name: str) -> ZoneInfo:
    """A session's zone from its IANA name (checked when the package was imported)."""
    return ZoneInfo(name or DEFAULT_TIMEZONE)


def machine_zone() -> tzinfo:
    """This computer's zone, for times that belong to no session."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always sets one
    return zone


def local_date(t: datetime, zone: tzinfo) -> date:
    """The calendar day `t` falls on in `zone`."""
    return t.astimezone(zone).date()


# --- dates, times, durations --------------------------------------------------------------------


def identity_text(identity: Mapping[str, object]) -> Told:
    """« Camille LEFÈVRE, née le 12/03/1994 », from {"first_name", "last_name", "birth_date" (ISO),
    "civility" (optional: without it, « date de naissance : … »)}: the text of `born_text`, worded
    for a screen to translate it."""
    text = f"{identity.get('first_name', '')} {str(identity.get('last_name', '')).upper()}".strip()
    born = identity.get("birth_date")
    if not born:
        return Told(plain(text))
    day = date.fromisoformat(str(born)).strftime("%d/%m/%Y")
    civility = str(identity.get("civility") or "")
    when = {"M.": msg("né le {0}", day), "Mme": msg("née le {0}", day)}.get(
        civility, msg("date de naissance\u202f: {0}", day)
    )
    return Told(msg("{0}, {1}", text, when))


def fr_date(d: date) -> str:
    """07/12/2026. A moment has no date of its own: `fr_day(t, zone)`."""
    if isinstance(d, datetime):
        raise TypeError("a datetime is shown in a zone: fr_day(t, zone)")
    return d.strftime("%d/%m/%Y")


def fr_day(t: datetime, zone: tzinfo) -> str:
    """07/12/2026, the day `t` falls on in `zone`."""
    return fr_date(local_date(t, zone))


def fr_time(t: datetime, zone: tzinfo) -> str:
    """10 h 05 in `zone`."""
    local = t.astimezone(zone)
    return f"{local.hour} h {local.minute:02d}"


def fr_datetime(t: datetime, zone: tzinfo) -> str:
    """07/12/2026 à 10 h 05 in `zone`."""
    return f"{fr_day(t, zone)} à {fr_time(t, zone)}"


def moment_message(t: datetime, zone: tzinfo) -> Message:
    """`fr_datetime` as a message, for a sentence a screen translates (« 07/12/2026 at 10:05 »)."""
    local = t.astimezone(zone)
    return msg("{0} à {1} h {2}", fr_day(t, zone), local.hour, f"{local.minute:02d}")


def fr_clock(t: datetime, zone: tzinfo) -> str:
    """10:42:05 in `zone`: to the second, where a list shows when each thing happened."""
    return t.astimezone(zone).strftime("%H:%M:%S")


def fr_timestamp(t: datetime, zone: tzinfo) -> str:
    """07/12/2026 10:42:05 in `zone`: a column of a list (backups, archives)."""
    return t.astimezone(zone).strftime("%d/%m/%Y %H:%M:%S")


def fr_dates(dates: Sequence[date]) -> str:
    """07/12/2026; 07/12/2026 et 08/12/2026; du 07/12/2026 au 09/12/2026 for longer runs."""
    ds = sorted(dates)
    if not ds:
        return ""
    if len(ds) == 1:
        return fr_date(ds[0])
    consecutive = all((b - a).days == 1 for a, b in pairwise(ds))
    if len(ds) == 2:
        return f"{fr_date(ds[0])} et {fr_date(ds[1])}"
    if consecutive:
        return f"du {fr_date(ds[0])} au {fr_date(ds[-1])}"
    return ", ".join(fr_date(d) for d in ds[:-1]) + f" et {fr_date(ds[-1])}"


def fr_duration(seconds: float) -> str:
    """45 min; 14 min 32 s; 1 h 05; 1 h 02 min 10 s."""
    total = round(seconds)
    sign = "−" if total < 0 else ""
    total = abs(total)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        text = f"{hours} h {minutes:02d}" + (f" min {secs:02d} s" if secs else "")
    elif secs:
        text = f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"
    else:
        text = f"{minutes} min"
    return sign + text


def fr_minutes(minutes: int | None, *, unset: str = "à définir pour la session") -> str:
    """A référentiel's duration: 1 h 05, 45 min; `unset` when it has none."""
    if minutes is None:
        return unset
    return fr_duration(minutes * 60)


def fr_percent(value: int) -> str:
    """33 %, with a narrow no-break space."""
    return f"{value}{NNBSP}%"


def fr_size(n: int) -> str:
    """A file's size: 812 o, 14 ko, 2,4 Mo, 64 Mo, 1,5 Go."""
    return str(size_message(n))


def size_message(n: int) -> Message:
    """A file's size as a message, so a screen in English says 2.4 MB where French says 2,4 Mo."""
    if n >= 1024**3:
        units, tenth = divmod(round(n / 1024**3 * 10), 10)
        return msg("{0},{1} Go", units, tenth) if tenth else msg("{0} Go", units)
    if n >= 1024**2:
        units, tenth = divmod(round(n / 1024**2 * 10), 10)
        return msg("{0},{1} Mo", units, tenth) if tenth else msg("{0} Mo", units)
    return msg("{0} ko", round(n / 1024)) if n >= 1024 else msg("{0} o", n)


# --- labels of the codes ------------------------------------------------------------------------
# Lower case; `capital()` where a label starts a cell or a sentence.

MARK_LABELS: Mapping[str, str] = {
    "satisfied": "satisfait",
    "not_satisfied": "non satisfait",
    "not_observed": "non observé",
}
MARK_SYMBOLS: Mapping[str, str] = {"satisfied": "✓", "not_satisfied": "✗", "not_observed": "—"}
FEEDBACK_STATUS_LABELS: Mapping[str, str] = {**MARK_LABELS, "not_evaluated": "non évalué"}
JUDGEMENT_LABELS: Mapping[str, str] = {"acquired": "acquise", "not_acquired": "non acquise"}
"""A juror's or the jury's judgement on a competence (feminine: « compétence acquise »), as the screens say it."""
SOURCE_LABELS: Mapping[str, str] = {"app": "application", "paper": "papier"}
SOURCE_DESCRIPTIONS: Mapping[str, str] = {"app": "saisie dans l'application", "paper": "grille papier ressaisie"}
RUN_STATUS_LABELS: Mapping[str, str] = {
    "todo": "à faire",
    "in_progress": "en cours",
    "done": "terminée",
    "absent": "candidat absent",
    "abandoned": "abandon du candidat",
    "not_applicable": "non concernée",
}
INCIDENT_KIND_LABELS: Mapping[str, str] = {
    "pause": "pause",
    "absence": "absence",
    "abandonment": "abandon",
    "recusal": "récusation",
    "other": "incident",
}
ROLE_LABELS: Mapping[str, str] = {"president": "présidence du jury", "member": "membre du jury"}
ROLE_SHORT_LABELS: Mapping[str, str] = {"president": "présidence", "member": "membre"}
_PRESIDENT_BY_CIVILITY: Mapping[str, str] = {"M.": "président", "Mme": "présidente"}
SESSION_KIND_LABELS: Mapping[str, str] = {
    "title": "session du titre",
    "ccp": "session de CCP",
    "capitalisation": "session de capitalisation",
    "mock": "examen blanc",
}
UNIT_STATUS_LABELS: Mapping[str, str] = {
    "granted": "acquis",
    "refused": "non acquis",
    "held": "déjà acquis",
    "not_presented": "non présenté",
    "pending": "en attente",
    "absent": "absent",
}
TITLE_STATUS_LABELS: Mapping[str, str] = {
    "granted": "délivré",
    "refused": "non délivré",
    "pending": "en attente",
    "absent": "absent",
    "complementary": "évaluation complémentaire",
}
UNIT_PROPOSAL_LABELS: Mapping[str, str] = {
    "grant": "acquis",
    "refuse": "non acquis",
    "undetermined": "sans proposition",
}
TITLE_PROPOSAL_LABELS: Mapping[str, str] = {
    "grant": "délivré",
    "refuse": "non délivré",
    "undetermined": "sans proposition",
}
ATTACHMENT_KIND_LABELS: Mapping[str, str] = {
    "dossier_professionnel": "dossier professionnel",
    "dossier_projet": "dossier projet",
    "livret_certification": "livret de certification",
    "preuve_stage": "attestation de stage",
    "resultats_ecf": "résultats des ECF",
    "preuve_ccp": "preuve d'un CCP acquis",
    "livret_2": "livret 2",
    "note_de_synthese": "note de synthèse",
    "dossier_ecrit": "dossier écrit",
    "passeport_competences": "passeport compétences",
    "autre": "autre document",
}


def _label(labels: Mapping[str, str], code: str) -> str:
    """A code's label, or the code itself when it has none (a newer file read by an older app)."""
    return labels.get(code, code)


def mark_label(mark: str | None) -> str:
    """satisfait, non satisfait, non observé; "non renseigné" when the criterion has no mark."""
    return "non renseigné" if mark is None else _label(MARK_LABELS, mark)


def mark_cell(mark: str | None) -> str:
    """✓ Satisfait, ✗ Non satisfait, — Non observé: a grid's cell."""
    if mark is None:
        return mark_label(None)
    return f"{MARK_SYMBOLS.get(mark, '')} {capital(mark_label(mark))}".strip()


def judgement_label(judgement: str | None, *, capitalised: bool = False) -> str:
    """acquise, non acquise (a competence); "—" when there is none."""
    if judgement is None:
        return "—"
    text = _label(JUDGEMENT_LABELS, judgement)
    return capital(text) if capitalised else text


def source_label(source: str | None) -> str:
    """How a grid was entered: application, papier; "non saisie" when it was not."""
    return "non saisie" if source is None else _label(SOURCE_LABELS, source)


def run_status_label(status: str) -> str:
    return _label(RUN_STATUS_LABELS, status)


def incident_label(kind: str, *, capitalised: bool = False) -> str:
    text = INCIDENT_KIND_LABELS.get(kind, INCIDENT_KIND_LABELS["other"])
    return capital(text) if capitalised else text


def gendered(civility: str, masculine: str, feminine: str, neutral: str) -> str:
    """The word that fits the person: by civility (« M. », « Mme »), else a neutral one. Official
    documents never use the point médian."""
    return {"M.": masculine, "Mme": feminine}.get(civility, neutral)


def role_label(role: str, *, short: bool = False, civility: str = "") -> str:
    """membre du jury; président(e) du jury by civility, « présidence du jury » without one."""
    if role == "president" and civility in _PRESIDENT_BY_CIVILITY:
        word = _PRESIDENT_BY_CIVILITY[civility]
        return word if short else f"{word} du jury"
    return _label(ROLE_SHORT_LABELS if short else ROLE_LABELS, role)


def born_text(civility: str, birth_date: date) -> str:
    """« née le 04/02/1991 », « né le … », « date de naissance : … » without a civility."""
    day = birth_date.strftime("%d/%m/%Y")
    return gendered(civility, f"né le {day}", f"née le {day}", f"date de naissance{NNBSP}: {day}")


def extra_time_text(percent: int) -> str:
    """« temps majoré (+33 %) »: what an accommodation changes, never its reason (health data)."""
    return f"temps majoré (+{fr_percent(percent)})"


def candidate_word(civility: str) -> str:
    """candidat, candidate; « personne candidate » without a civility."""
    return gendered(civility, "candidat", "candidate", "personne candidate")


def absent_word(civility: str) -> str:
    """How a candidate's absence is told beside their name: absent, absente; « absence »."""
    return gendered(civility, "absent", "absente", "absence")


def absence_sentence(civility: str) -> str:
    """The start of a sentence telling an absence: « Candidate absente », « Candidat absent », « Absence »."""
    return gendered(civility, "Candidat absent", "Candidate absente", "Absence")


def session_kind_label(kind: str) -> str:
    return _label(SESSION_KIND_LABELS, kind)


def path_label(path: str, terms: Terms | None = None) -> str:
    """formation, VAE, capitalisation de CCP (of blocs for a certification that has blocs)."""
    if path == "capitalisation":
        return f"capitalisation de {terms.unit_plural if terms is not None else 'CCP'}"
    return {"formation": "formation", "vae": "VAE"}.get(path, path)


def attachment_label(kind: str) -> str:
    return _label(ATTACHMENT_KIND_LABELS, kind)


def unit_status_label(status: str, *, title: bool, feminine: bool = False) -> str:
    """A decision's state on a CCP/block, or on the title (`title`): "délivré" rather than "acquis"
    ("délivrée" for a certification named in the feminine, see `feminine`)."""
    text = _label(TITLE_STATUS_LABELS if title else UNIT_STATUS_LABELS, status)
    return _agreed(text) if title and feminine else text


def proposal_label(proposal: str | None, *, title: bool, feminine: bool = False) -> str:
    if proposal is None:
        return "—"
    text = _label(TITLE_PROPOSAL_LABELS if title else UNIT_PROPOSAL_LABELS, proposal)
    return _agreed(text) if title and feminine else text


def _agreed(text: str) -> str:
    return text.replace("délivré", "délivrée")


# --- the certification's own words (`Referentiel.terms`) -----------------------------------------


def feminine(terms: Terms) -> bool:
    """Whether the certification is named in the feminine (« la certification »), for agreement."""
    return terms.certification_article.lower().startswith("la ")


def certification_word(terms: Terms) -> str:
    """ "titre", "certification": the certification's name without its article, as a column heading."""
    article = terms.certification_article.strip()
    for prefix in ("le ", "la ", "l'", "l’"):
        if article.lower().startswith(prefix):
            return article[len(prefix) :].strip()
    return article


def term(text: str) -> Message | str:
    """One of the usual words of a certification (« le titre », « CCP », « bloc »…) as a message, so
    that a sentence made of it reads in the UI's language; any other word as the référentiel writes it."""
    known = {
        "CCP": msg("CCP"),
        "bloc": msg("bloc"),
        "blocs de compétences": msg("blocs de compétences"),
        "titre": msg("titre"),
        "certification": msg("certification"),
        "le titre": msg("le titre"),
        "la certification": msg("la certification"),
    }
    return known.get(text, text)


def certification_name(terms: Terms, title: str) -> str:
    """ "Titre professionnel Conseiller en insertion professionnelle", "Certification Chargé d’insertion…"."""
    return f"{capital(terms.certification)} {title}"


def unit_session_label(terms: Terms) -> str:
    """ "session de CCP", "session de bloc": a session on one unit, in the certification's words."""
    return f"session de {terms.unit_short}"


OVERALL_TITLE = "appréciation d'ensemble"
"""What an overall judgement (`OVERALL`) is called where a competence's title would be."""


def competence_label(competence_id: str, title: str) -> str:
    """ "CP1 — Informer une personne…", or the title alone for an overall judgement."""
    if competence_id == OVERALL:
        return title
    return f"{competence_id} — {title}"
