"""The certification's own words (`Referentiel.terms`) as the screens show them, in the UI's language.

A référentiel's words are French data; the usual ones (those of a titre professionnel and of an RNCP
certification) are translated here, any other is shown as the référentiel writes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jury_app.domain.referentiel import Terms
from jury_app.domain.wording import certification_word, feminine


def _known(text: str) -> str:
    words = {
        "CCP": QCoreApplication.translate("terms", "CCP"),
        "bloc": QCoreApplication.translate("terms", "bloc"),
        "blocs de compétences": QCoreApplication.translate("terms", "blocs de compétences"),
        "titre": QCoreApplication.translate("terms", "titre"),
        "certification": QCoreApplication.translate("terms", "certification"),
        "le titre": QCoreApplication.translate("terms", "le titre"),
        "la certification": QCoreApplication.translate("terms", "la certification"),
    }
    return words.get(text, text)


@dataclass(frozen=True)
class UiTerms:
    unit_short: str  # "CCP", "bloc"
    unit_plural: str  # "CCP", "blocs de compétences"
    certification: str  # "titre", "certification": a heading, without article
    the_certification: str  # "le titre", "la certification"
    feminine: bool  # « délivrée »

    @property
    def certification_heading(self) -> str:
        return self.certification[:1].upper() + self.certification[1:]


def ui_terms(terms: Terms) -> UiTerms:
    return UiTerms(
        unit_short=_known(terms.unit_short),
        unit_plural=_known(terms.unit_plural),
        certification=_known(certification_word(terms)),
        the_certification=_known(terms.certification_article),
        feminine=feminine(terms),
    )
