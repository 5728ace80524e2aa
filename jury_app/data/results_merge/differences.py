"""What merging a juror's result file would change here, told to the session lead in French."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from jury_app.domain.grading import OVERALL
from jury_app.domain.messages import Message, Told, msg, plain
from jury_app.domain.wording import SOURCE_DESCRIPTIONS, fr_day, incident_label, judgement_label, mark_label


@dataclass(frozen=True)
class Difference:
    """One thing a result file adds, changes or removes in the juror's evaluations here."""

    candidate: str
    candidate_name: str
    modality: str  # "" for a declaration (and an incident of no modality)
    modality_title: str
    # mark | judgement | observation | note | source | declaration | run | incident | conflict, or a
    # notice that changes nothing here: grid_kept (a later export of the grid was imported already),
    # refused (the candidate's deliberation is closed here: the file's changes for them left out)
    field: str
    # criterion or competence id ("" for a note, the source, a declaration or a run); for grid_kept the
    # juror's name, for an incident or a conflict its kind
    item: str
    before: str | None
    after: str | None

    @property
    def changes_here(self) -> bool:
        """False for a notice only: nothing of it is written here."""
        return self.field not in ("grid_kept", "refused")

    @property
    def kind(self) -> str:
        """added | changed | removed"""
        if self.before in (None, ""):
            return "added"
        if self.after in (None, ""):
            return "removed"
        return "changed"

    def _value(self, value: str | None) -> Message | str:
        if value in (None, ""):
            return "—"
        assert value is not None
        if self.field == "mark":
            return _MARKS.get(value, plain(mark_label(value)))
        if self.field == "judgement":
            return _JUDGEMENTS.get(value, plain(judgement_label(value)))
        if self.field == "source":
            return _SOURCES.get(value, plain(SOURCE_DESCRIPTIONS.get(value, value)))
        if self.field == "declaration":
            return _declaration(value)
        if self.field == "run":
            return plain(value)
        return plain(_quoted(value))

    def _what(self) -> Message:
        if self.field == "mark":
            return msg("critère {0}", self.item)
        competence = msg("appréciation d'ensemble") if self.item == OVERALL else msg("compétence {0}", self.item)
        if self.field == "judgement":
            return msg("jugement ({0})", competence)
        if self.field == "observation":
            return msg("observations ({0})", competence)
        if self.field == "note":
            return msg("note")
        if self.field == "source":
            return msg("origine de la grille")
        return msg("déclaration")

    def describe(self) -> Told:
        """C01 Camille Lefèvre — Mise en situation — critère CP1.2 : satisfait → non satisfait (modifié)

        French text (the command line prints it) that keeps its message for the GUI to translate."""
        return Told(self._message())

    def _message(self) -> Message:
        kind = {"added": msg("ajouté"), "changed": msg("modifié"), "removed": msg("supprimé")}[self.kind]
        where = plain(
            f"{self.candidate} {self.candidate_name}" + (f" — {self.modality_title}" if self.modality else "")
        )
        if self.field == "note":
            value = self._value(self.after if self.kind == "added" else self.before)
            if self.kind == "added":
                return msg("{0} — note ajoutée : {1}", where, value)
            return msg("{0} — note supprimée : {1}", where, value)
        if self.field == "grid_kept":
            return msg(
                "{0} — grille de {1} conservée : un export plus récent ({2}) a déjà été importé, celle de ce "
                "fichier (exporté le {3}) n'est pas reprise",
                where,
                self.item,
                self.before,
                self.after,
            )
        if self.field == "refused":
            return msg(
                "{0} — non importé : délibération close sur cet ordinateur ({1} élément(s) laissé(s) de côté) ; "
                "rouvrez-la puis importez à nouveau ce fichier",
                where,
                self.after,
            )
        if self.field == "conflict":
            return msg("{0} — CONFLIT à résoudre : {1}", where, plain(self.after or ""))
        if self.field == "run":
            return msg(
                "{0} — déroulé : {1} → {2} ({3})", where, self._value(self.before), self._value(self.after), kind
            )
        if self.field == "incident":
            label = _INCIDENTS.get(self.item, plain(incident_label(self.item)))
            return msg("{0} — incident ajouté ({1}) : {2}", where, label, plain(_quoted(self.after or "")))
        return msg(
            "{0} — {1} : {2} → {3} ({4})", where, self._what(), self._value(self.before), self._value(self.after), kind
        )


def moment(t: datetime, zone: tzinfo) -> Message:
    """`fr_datetime` (07/12/2026 à 10 h 05) worded with `msg`, for the GUI to tell it in its language."""
    local = t.astimezone(zone)
    return msg("{0} à {1} h {2}", fr_day(t, zone), local.hour, f"{local.minute:02d}")


def _quoted(text: str) -> str:
    short = " ".join(text.split())
    return f"« {short[:77]}… »" if len(short) > 80 else f"« {short} »"


# The labels of domain.wording, worded again with `msg` for the GUI to translate them (same French).
_MARKS = {"satisfied": msg("satisfait"), "not_satisfied": msg("non satisfait"), "not_observed": msg("non observé")}
_JUDGEMENTS = {"acquired": msg("acquis"), "not_acquired": msg("non acquis")}
_SOURCES = {"app": msg("saisie dans l'application"), "paper": msg("grille papier ressaisie")}
_INCIDENTS = {
    "pause": msg("pause"),
    "absence": msg("absence"),
    "abandonment": msg("abandon"),
    "recusal": msg("récusation"),
    "other": msg("incident"),
}


def declaration_text(has_link: bool, note: str) -> str:
    return str(_declaration_message(has_link, note))


def _declaration_message(has_link: bool, note: str) -> Message:
    return msg("récusation : {0}", note) if has_link else msg("aucun lien avec le candidat")


def _declaration(text: str) -> Message:
    """A declaration's text (`declaration_text`, kept as text in a difference) as a message again."""
    recusal = str(msg("récusation : {0}", ""))
    if text.startswith(recusal):
        return _declaration_message(True, text[len(recusal) :])
    return _declaration_message(False, "") if text == declaration_text(False, "") else plain(text)
