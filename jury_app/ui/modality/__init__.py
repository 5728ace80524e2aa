"""The juror's modality screen: timer, draw by lot, checklist of criteria, notes."""

from jury_app.ui.modality.modality_screen import ModalityScreen

__all__ = ["ModalityScreen"]
