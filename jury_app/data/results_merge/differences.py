"""What merging a juror's result file would change here, told to the session lead in French."""

from __future__ import annotations

from dataclasses import dataclass

from jury_app.domain.grading import OVERALL
from jury_app.domain.wording import OVERALL_TITLE, SOURCE_DESCRIPTIONS, incident_label, judgement_label, mark_label


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

    def _value(self, value: str | None) -> str:
        if value in (None, ""):
            return "—"
        assert value is not None
        if self.field == "mark":
            return mark_label(value)
        if self.field == "judgement":
            return judgement_label(value)
        if self.field == "source":
            return SOURCE_DESCRIPTIONS.get(value, value)
        if self.field in ("declaration", "run"):
            return value
        short = " ".join(value.split())
        return f"« {short[:77]}… »" if len(short) > 80 else f"« {short} »"

    def _what(self) -> str:
        if self.field == "mark":
            return f"critère {self.item}"
        competence = OVERALL_TITLE if self.item == OVERALL else f"compétence {self.item}"
        if self.field == "judgement":
            return f"jugement ({competence})"
        if self.field == "observation":
            return f"observations ({competence})"
        if self.field == "note":
            return "note"
        if self.field == "source":
            return "origine de la grille"
        return "déclaration"

    def describe(self) -> str:
        """C01 Camille Lefèvre — Mise en situation — critère CP1.2 : satisfait → non satisfait (modifié)"""
        kind = {"added": "ajouté", "changed": "modifié", "removed": "supprimé"}[self.kind]
        where = f"{self.candidate} {self.candidate_name}"
        if self.modality:
            where += f" — {self.modality_title}"
        if self.field == "note":
            value = self._value(self.after if self.kind == "added" else self.before)
            return f"{where} — note {'ajoutée' if self.kind == 'added' else 'supprimée'} : {value}"
        if self.field == "grid_kept":
            return (
                f"{where} — grille de {self.item} conservée : un export plus récent ({self.before}) a déjà été "
                f"importé, celle de ce fichier (exporté le {self.after}) n'est pas reprise"
            )
        if self.field == "refused":
            return (
                f"{where} — non importé : délibération close sur cet ordinateur ({self.after} élément(s) "
                "laissé(s) de côté) ; rouvrez-la puis importez à nouveau ce fichier"
            )
        if self.field == "conflict":
            return f"{where} — CONFLIT à résoudre : {self.after}"
        if self.field == "run":
            return f"{where} — déroulé : {self._value(self.before)} → {self._value(self.after)} ({kind})"
        if self.field == "incident":
            label = incident_label(self.item)
            return f"{where} — incident ajouté ({label}) : {self._incident_text()}"
        return f"{where} — {self._what()} : {self._value(self.before)} → {self._value(self.after)} ({kind})"

    def _incident_text(self) -> str:
        short = " ".join((self.after or "").split())
        return f"« {short[:77]}… »" if len(short) > 80 else f"« {short} »"


def declaration_text(has_link: bool, note: str) -> str:
    return f"récusation : {note}" if has_link else "aucun lien avec le candidat"
