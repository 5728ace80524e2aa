"""Whether the session lead's laptop holds everything: for every candidate, applicable modality (not
absent nor abandoned) and juror not recused, whether the juror's grid is complete here, and where it
comes from (entered here, or imported from a signed result file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session as Orm

from jury_app.actions.context import AppContext
from jury_app.data import models as db
from jury_app.data.grid_status import grid_summaries
from jury_app.data.session_store import definition_of, session_row
from jury_app.domain.messages import Told, msg
from jury_app.domain.referentiel import Referentiel, SessionDefinition
from jury_app.domain.rules import CandidateModalityStatus as Status
from jury_app.domain.rules import modalities_for_candidate
from jury_app.domain.wording import fr_datetime, session_zone

ORIGIN_LOCAL = "local"
ORIGIN_IMPORTED = "imported"
ORIGIN_MISSING = "missing"


@dataclass(frozen=True)
class GridState:
    candidate_ref: str
    candidate_name: str
    modality_id: str
    modality_title: str
    juror_ref: str
    juror_name: str
    complete: bool
    origin: str  # local | imported | missing
    imported_from: datetime | None  # when the file it came from was exported
    zone: tzinfo  # the session's, where `imported_from` is told

    @property
    def origin_label(self) -> str:
        if self.origin == ORIGIN_IMPORTED and self.imported_from is not None:
            return f"importée, signée (fichier du {fr_datetime(self.imported_from, self.zone)})"
        if self.origin == ORIGIN_LOCAL:
            return "saisie sur cet ordinateur"
        return "manquante"

    @property
    def state_label(self) -> str:
        if self.origin == ORIGIN_MISSING:
            return "manquante"
        return "complète" if self.complete else "incomplète"


@dataclass(frozen=True)
class CompletenessReport:
    session_id: str
    jurors: tuple[tuple[str, str], ...]  # (ref, name), in the jury's order
    grids: tuple[GridState, ...]  # every expected grid, by candidate, modality, juror

    @property
    def missing(self) -> tuple[GridState, ...]:
        """The grids still missing or incomplete."""
        return tuple(g for g in self.grids if not g.complete)

    @property
    def complete(self) -> bool:
        return not self.missing

    def missing_by_juror(self) -> list[tuple[str, str, list[GridState]]]:
        """(juror ref, juror name, their grids still missing or incomplete), in the jury's order."""
        result = []
        for ref, name in self.jurors:
            grids = [g for g in self.missing if g.juror_ref == ref]
            if grids:
                result.append((ref, name, grids))
        return result

    @property
    def summary(self) -> Told:
        """French text (the command line prints it) that keeps its message for the GUI to translate."""
        imported = sum(1 for g in self.grids if g.origin == ORIGIN_IMPORTED)
        if self.complete:
            return Told(
                msg(
                    "Toutes les données sont là : {0} grille(s) complète(s), dont {1} importée(s) de fichiers "
                    "signés et {2} saisie(s) sur cet ordinateur.",
                    len(self.grids),
                    imported,
                    len(self.grids) - imported,
                )
            )
        per_juror = ", ".join(f"{name} : {len(grids)}" for _ref, name, grids in self.missing_by_juror())
        return Told(
            msg(
                "Il manque des données : {0} grille(s) sur {1} manquante(s) ou incomplète(s) ({2}).",
                len(self.missing),
                len(self.grids),
                per_juror,
            )
        )


def _expected(s: db.Session, ref: Referentiel, sdef: SessionDefinition, orm: Orm) -> list[tuple[str, str]]:
    skipped = {
        (r.candidate_ref, r.modality_id)
        for r in orm.scalars(select(db.ModalityRun).where(db.ModalityRun.session_id == s.id))
        if r.status in (Status.ABSENT.value, Status.ABANDONED.value)
    }
    expected = []
    for c in s.candidates:
        for mid in modalities_for_candidate(sdef, c.path, ref):
            if (c.ref, mid) not in skipped:
                expected.append((c.ref, mid))
    return expected


def completeness(ctx: AppContext, session_id: str) -> CompletenessReport:
    """For every candidate, applicable modality (not absent nor abandoned) and juror not recused:
    whether the juror's grid is complete here, and where it comes from."""
    with ctx.database.reader() as orm:
        s = session_row(orm, session_id)
        ref, sdef = definition_of(orm, s)
        names = {c.ref: c.display_name for c in s.candidates}
        recused = {
            (d.candidate_ref, d.juror_ref)
            for d in orm.scalars(
                select(db.Declaration).where(db.Declaration.session_id == s.id, db.Declaration.has_link.is_(True))
            )
        }
        grids = grid_summaries(orm, s.id, ref, sdef)
        latest_changes = (
            select(db.GridChange.grid_pk, func.max(db.GridChange.at))
            .join(db.Grid, db.Grid.pk == db.GridChange.grid_pk)
            .where(db.Grid.session_id == s.id)
            .group_by(db.GridChange.grid_pk)
        )
        last_change: dict[int, datetime] = dict(orm.execute(latest_changes).all())
        imported: dict[tuple[str, str, str], tuple[datetime, datetime]] = {}  # -> (imported_at, exported_at)
        for imp in orm.scalars(
            select(db.ResultImport).where(db.ResultImport.session_id == s.id).order_by(db.ResultImport.imported_at)
        ):
            for cand, mod in imp.grids:
                known = imported.get((cand, mod, imp.juror_ref))
                if known is None or known[1] < imp.exported_at:  # the grid here is the latest export's
                    imported[(cand, mod, imp.juror_ref)] = (
                        max(imp.imported_at, known[0]) if known else imp.imported_at,
                        imp.exported_at,
                    )
                else:
                    imported[(cand, mod, imp.juror_ref)] = (max(imp.imported_at, known[0]), known[1])
        states = []
        zone = session_zone(s.timezone)
        for cand, mid in _expected(s, ref, sdef, orm):
            modality = sdef.modality(mid)
            for j in s.jury:
                if (cand, j.ref) in recused:
                    continue
                g = grids.get((cand, mid, j.ref))
                origin, source_time, complete = ORIGIN_MISSING, None, False
                if g is not None and g.has_content:
                    complete = g.complete
                    origin = ORIGIN_LOCAL
                    imp_times = imported.get((cand, mid, j.ref))
                    changed_at = last_change.get(g.pk)
                    if imp_times is not None and (changed_at is None or changed_at <= imp_times[0]):
                        origin, source_time = ORIGIN_IMPORTED, imp_times[1]
                states.append(
                    GridState(
                        cand,
                        names[cand],
                        mid,
                        modality.title,
                        j.ref,
                        j.display_name,
                        complete,
                        origin,
                        source_time,
                        zone,
                    )
                )
        return CompletenessReport(s.id, tuple((j.ref, j.display_name) for j in s.jury), tuple(states))
