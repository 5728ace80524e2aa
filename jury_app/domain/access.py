"""Which candidate a session may take, by access path, as the référentiel says.

A candidate sits a session only on a path that lists the session (`Path.session_ids`) and that one
of the session's modalities serves (`Modality.paths`). A candidate on the capitalisation path reaches
the interview on the whole certification only once they hold every other unit: the RE (seed 002,
l. 1509) evaluates them "au vu du livret de certification et d'un entretien [...] en fin de session
du dernier CCP", so one who still lacks a CCP sits that CCP's session first.
"""

from __future__ import annotations

from collections.abc import Collection

from jury_app.domain.messages import Told, msg
from jury_app.domain.referentiel import Path, Referentiel, SessionDefinition, SessionScope
from jury_app.domain.wording import term

CAPITALISATION = "capitalisation"


def path_problem(ref: Referentiel, sdef: SessionDefinition, path: str, units_held: Collection[str]) -> Told | None:
    """Why a candidate on `path`, holding `units_held`, cannot sit the session `sdef`; None when they can."""
    known: dict[str, Path] = {p.id: p for p in ref.paths}
    if known and path not in known:
        return Told(
            msg("parcours « {0} » non prévu par le référentiel {1} (parcours : {2})", path, ref.key, ", ".join(known))
        )
    entry = known.get(path)
    unit = term(ref.terms.unit_short)
    if entry is not None and entry.session_ids and sdef.id not in entry.session_ids:
        sessions = ", ".join(entry.session_ids)
        if path == CAPITALISATION:
            return Told(
                msg(
                    "le parcours {0} ne passe pas par la session « {1} » (sessions de ce parcours : {2}) ; un "
                    "candidat en capitalisation passe la session du {3} qui lui manque, puis l'entretien en fin de "
                    "session du dernier",
                    entry.title,
                    sdef.title,
                    sessions,
                    unit,
                )
            )
        return Told(
            msg(
                "le parcours {0} ne passe pas par la session « {1} » (sessions de ce parcours : {2})",
                entry.title,
                sdef.title,
                sessions,
            )
        )
    if not sdef.modalities_for(path):
        return Told(msg("aucune modalité de la « {0} » n'est prévue pour le parcours « {1} »", sdef.title, path))
    if path == CAPITALISATION and sdef.scope is SessionScope.TITLE:
        missing = [u.id for u in ref.units if u.id not in set(units_held)]
        if len(missing) == 1:
            return Told(
                msg(
                    "en capitalisation, il lui manque {0} : il passe d'abord la session de ce {1}, puis "
                    "l'entretien en fin de session du dernier",
                    missing[0],
                    unit,
                )
            )
        if missing:
            listed = ", ".join(missing)
            return Told(
                msg(
                    "en capitalisation, il lui manque {0} : il passe d'abord la session de ces {1}, puis "
                    "l'entretien en fin de session du dernier",
                    listed,
                    unit,
                )
            )
    return None
