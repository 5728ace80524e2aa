"""Telling French on an English screen: the words of the French messages that no English sentence
holds. What the people and the référentiel wrote (names, titles, what jurors typed) is quoted, « »
in French and “ ” in English, and is not looked at."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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


FILES_FRENCH = re.compile(
    r"\b(ligne|colonnes?|valeur|manquante?|attendue?|inconnue?|parcours|n'est|n'existe|liste|vide|donnée?|"
    r"calendrier|illisible|classeur|entier|futur|précède|déjà|profil|tableau|fiches?|paquet|membre|pièce|"
    r"jointe|manifeste|champ|obligatoire|modalité|identifiant|acquis|prévu|taille|octets|somme|et|ou|dans|doit)\b",
    re.IGNORECASE,
)
"""More words of the refusals of the files the session lead hands over (lists, packages, référentiels)."""
FILE_NAME = re.compile(r"\S+\.(csv|xlsx|zip|json|pdf|txt)\b")


def french_lines(text: str, ignore: Iterable[str] = ()) -> list[str]:
    """`french_in` for the refusals of a file, its name and the words given in `ignore` left out (the
    French headers of a list's columns, which the file itself names so)."""
    skipped = sorted(ignore, key=len, reverse=True)
    found = []
    for line in text.splitlines():
        bare = FILE_NAME.sub("", QUOTED.sub("", line))
        for words in skipped:
            bare = bare.replace(words, "")
        if FRENCH.search(bare) or FILES_FRENCH.search(bare):
            found.append(line)
    return found


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app in English for the test, French again after it."""
    from jury_app.ui import i18n

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")
