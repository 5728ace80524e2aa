"""How the modality screen tells what an action did: the saved indicator and the message banner."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from jury_app.ui.common.feedback import MessageBanner, SavedState, local_time, repolish

__all__ = ["MessageBanner", "SavedIndicator", "local_time", "repolish"]


class SavedIndicator(SavedState):
    """The saved state of a juror's grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_idle(None)

    def set_idle(self, last_saved: datetime | None) -> None:
        if last_saved is None:
            self._set(
                "idle", self.tr("Rien de saisi"), self.tr("Aucune saisie n'a encore été enregistrée pour cette grille.")
            )
        else:
            self._set(
                "idle",
                self.tr("Dernier enregistrement à {0}").format(local_time(last_saved)),
                self.tr("La grille a été enregistrée pour la dernière fois à cette heure."),
            )

    def set_pending(self) -> None:
        self._set(
            "pending",
            self.tr("Saisie en cours : non enregistrée"),
            self.tr(
                "L'observation en cours de frappe sera enregistrée dès que vous quitterez la zone ou ferez une pause."
            ),
        )
