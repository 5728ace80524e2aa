"""Telling French on an English screen: the words of the French messages that no English sentence
holds. What the people and the référentiel wrote (names, titles, what jurors typed) is quoted, « »
in French and “ ” in English, and is not looked at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

FRENCH = re.compile(
    r"\b(importé|refusé|rien|fichier|clé|empreinte|grille|critère|satisfait|ajouté|modifié|supprimé|"
    r"jugement|compétence|déroulé|différence|manque|données|conflit|juré|durée|définir|indiquez|"
    r"délibération|candidat|secrète|signé|ce|cette|est|sont|"
    r"à|du|des|le|la|les|sur|cet|pour|une|un|pas|aucun|aucune)\b"
    r"|\d h \d\d",
    re.IGNORECASE,
)
QUOTED = re.compile(r"«[^»]*»|“[^”]*”")


def french_in(text: str) -> list[str]:
    """The lines of `text` that hold French words outside quotes."""
    return [line for line in QUOTED.sub("", text).splitlines() if FRENCH.search(line)]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app in English for the test, French again after it."""
    from jury_app.ui import i18n

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")
