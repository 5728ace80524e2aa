"""Finding French in what an English screen shows: the lines that hold a word no English sentence holds.

What the user or a file wrote (quoted with « » or “ ”), file names and the words given to `french_lines`
(names of columns as the files write them, for instance) are not looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FRENCH = re.compile(
    r"\b(ligne|colonnes?|valeur|manquante?|attendue?|inconnue?|parcours|n'est|n'existe|pas|une?|liste|vide|"
    r"donnée?|calendrier|illisible|classeur|entre|nombre|entier|futur|précède|déjà|juré|candidat|profil|"
    r"tableau|fiches?|paquet|membre|fichier|pièce|jointe|manifeste|référentiel inconnu|champ|obligatoire|"
    r"modalité|date de naissance|identifiant|double|acquis|prévu|session du|taille|octets|somme|"
    r"à|du|des|le|la|les|et|ou|est|dans|aucune?|doit)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
FILE_NAME = re.compile(r"\S+\.(csv|xlsx|zip|json|pdf|txt)\b")


def french_lines(text: str, ignore: Iterable[str] = ()) -> list[str]:
    """The lines of `text` that hold French."""
    skipped = sorted(ignore, key=len, reverse=True)
    found = []
    for line in text.splitlines():
        bare = FILE_NAME.sub("", QUOTED.sub("", line))
        for words in skipped:
            bare = bare.replace(words, "")
        if FRENCH.search(bare):
            found.append(line)
    return found
