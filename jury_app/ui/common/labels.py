"""The screens' words for the app's codes, translated (French source, English in the .ts): one place
for the words more than one screen shows. Documents and the command line take theirs from
jury_app.domain.wording, untranslated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jury_app.domain.referentiel import Judgement


def path_label(path: str) -> str:
    """Formation, VAE, Capitalisation: the candidate's access path."""
    return {
        "formation": QCoreApplication.translate("Labels", "Formation"),
        "vae": QCoreApplication.translate("Labels", "VAE"),
        "capitalisation": QCoreApplication.translate("Labels", "Capitalisation"),
    }.get(path, path)


def judgement_text(judgement: Judgement | None) -> str:
    """Acquise, Non acquise (a competence); empty when there is no judgement."""
    if judgement is Judgement.ACQUIRED:
        return QCoreApplication.translate("Labels", "Acquise")
    if judgement is Judgement.NOT_ACQUIRED:
        return QCoreApplication.translate("Labels", "Non acquise")
    return ""
