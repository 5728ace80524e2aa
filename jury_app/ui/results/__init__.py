"""Jurors' signed result files: a juror exports theirs, the session lead imports them all."""

from jury_app.ui.results.conflicts_dialog import ConflictsDialog
from jury_app.ui.results.export_dialog import ExportResultsDialog
from jury_app.ui.results.import_dialog import ImportResultsDialog

__all__ = ["ConflictsDialog", "ExportResultsDialog", "ImportResultsDialog"]
