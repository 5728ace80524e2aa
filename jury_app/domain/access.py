"""Which candidate a session may take, by access path, as the référentiel says.

A candidate sits a session only on a path that lists the session (`Path.session_ids`) and that one
of the session's modalities serves (`Modality.paths`). A candidate on the capitalisation path reaches
the interview on the whole certification only once they hold every other unit: the RE (seed 002,
l. 1509) evaluates them "au vu du livret de certification et d'un entretien [...] en fin de session
du dernier CCP", so one who still lacks a CCP sits that CCP's session first.
"""

from __future__ import annotations

from collections.abc import Collection

from jury_app.domain.referentiel import Path, Referentiel, SessionDefinition, SessionScope

CAPITALISATION = "capitalisation"


def path_problem(ref: Referentiel, sdef: SessionDefinition, path: str, units_held: Collection[str]) -> str | None:
    """Why a candidate on `path`, holding `units_held`, cannot sit the session `sdef`; None when they can."""
    known: dict[str, Path] = {p.id: p for p in ref.paths}
    if known and path not in known:
        return f"parcours « {path} » non prévu par le référentiel {ref.key} (parcours : {', '.join(known)})"
    entry = known.get(path)
    unit = ref.terms.unit_short
    if entry is not None and entry.session_ids and sdef.id not in entry.session_ids:
        text = (
            f"le parcours {entry.title} ne passe pas par la session « {sdef.title} » "
            f"(sessions de ce parcours : {', '.join(entry.session_ids)})"
        )
        if path == CAPITALISATION:
            text += (
                f" ; un candidat en capitalisation passe la session du {unit} qui lui manque, "
                "puis l'entretien en fin de session du dernier"
            )
        return text
    if not sdef.modalities_for(path):
        return f"aucune modalité de la « {sdef.title} » n'est prévue pour le parcours « {path} »"
    if path == CAPITALISATION and sdef.scope is SessionScope.TITLE:
        missing = [u.id for u in ref.units if u.id not in set(units_held)]
        if missing:
            return (
                f"en capitalisation, il lui manque {', '.join(missing)} : il passe d'abord la session "
                f"de {'ce' if len(missing) == 1 else 'ces'} {unit}, puis l'entretien en fin de session du dernier"
            )
    return None
