"""Candidates' documents on screen: their kinds' names in the UI's language, opened by the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices


def document_kind_label(kind: str) -> str:
    """ "Dossier professionnel", "Livret 2"…: what a document of `kind` is (the package's attachment kinds)."""
    labels = {
        "dossier_professionnel": QCoreApplication.translate("documents", "Dossier professionnel"),
        "dossier_projet": QCoreApplication.translate("documents", "Dossier projet"),
        "livret_certification": QCoreApplication.translate("documents", "Livret de certification"),
        "preuve_stage": QCoreApplication.translate("documents", "Attestation de stage"),
        "resultats_ecf": QCoreApplication.translate("documents", "Résultats des ECF"),
        "preuve_ccp": QCoreApplication.translate("documents", "Preuve d'un CCP acquis"),
        "livret_2": QCoreApplication.translate("documents", "Livret 2"),
        "note_de_synthese": QCoreApplication.translate("documents", "Note de synthèse"),
        "dossier_ecrit": QCoreApplication.translate("documents", "Dossier écrit"),
        "passeport_competences": QCoreApplication.translate("documents", "Passeport compétences"),
    }
    return labels.get(kind, QCoreApplication.translate("documents", "Autre document"))


def open_with_system(path: Path) -> bool:
    """Open a file with the program the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
