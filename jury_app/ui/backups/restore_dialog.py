"""The backups of the database: what each holds, restoring one (after backing up the current state)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jury_app.actions.backups import DEFAULT_KEEP, BackupInfo, list_backups, make_backup, restore_backup
from jury_app.actions.context import AppContext
from jury_app.domain.wording import fr_timestamp, machine_zone
from jury_app.ui.common.action_runner import ActionRunner
from jury_app.ui.common.messages import translated

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Lists the backups. `exec()` returns Accepted when a backup was restored (`restored` is then
    True): the caller must reload whatever it shows, the database having changed under it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restored = False
        self.runner = ActionRunner(self)
        self.setWindowTitle(self.tr("Sauvegardes"))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Copies de la base de données de ce poste, faites automatiquement toutes les 10 minutes et avant "
                "chaque restauration ; les {0} plus récentes sont gardées."
            ).format(DEFAULT_KEEP),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Motif"),
                self.tr("Sessions"),
                self.tr("Grilles"),
                self.tr("Décisions"),
                self.tr("Taille"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Liste des sauvegardes"))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout.addWidget(self.tree, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restaurer…"), self)
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.clicked.connect(self.backup_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # --- the list ------------------------------------------------------------------------------
    def _size(self, size: int) -> str:
        if size >= 1024**2:
            return self.tr("{0} Mo").format(f"{size / 1024**2:.1f}")
        return self.tr("{0} ko").format(max(1, round(size / 1024)))

    def _reason(self, reason: str) -> str:
        """The app's own reasons in the UI's language; one the user gave (`backup create --reason`) as it is."""
        known = {
            "manuel": self.tr("manuel"),
            "auto": self.tr("auto"),
            "avant-restauration": self.tr("avant-restauration"),
            "apres-import": self.tr("après import"),
            "apres-fusion": self.tr("après fusion"),
        }
        return known.get(reason, reason)

    def _item(self, info: BackupInfo) -> QTreeWidgetItem:
        when = fr_timestamp(info.created_at, machine_zone())
        reason = self._reason(info.reason)
        if info.ok:
            sessions = ", ".join(info.sessions) or self.tr("aucune")
            columns = [when, reason, sessions, str(info.grids), str(info.decisions), self._size(info.size)]
        else:
            columns = [
                when,
                reason,
                translated(info.problem),
                "",
                "",
                self._size(info.size),
            ]
        item = QTreeWidgetItem(columns)
        item.setData(0, PATH_ROLE, str(info.path))
        if not info.ok:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def reload(self, select: Path | None = None) -> None:
        self.tree.clear()
        backups = self.runner.read(lambda: list_backups(self.ctx)) or []
        for info in backups:
            item = self._item(info)
            self.tree.addTopLevelItem(item)
            if select is not None and info.path == select:
                self.tree.setCurrentItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if not backups:
            self.status.setText(self.tr("Aucune sauvegarde pour l'instant."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def selected_path(self) -> Path | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(0, PATH_ROLE)
        return Path(value) if value else None

    def select_row(self, row: int) -> None:
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)

    # --- actions -------------------------------------------------------------------------------
    def backup_now(self) -> None:
        info = self.runner.call(lambda: make_backup(self.ctx, "manuel"), busy=True)
        if info is None:
            return
        self.reload(select=info.path)
        self.status.setText(self.tr("Sauvegarde écrite : {0}").format(info.path.name))

    def restore_selected(self) -> None:
        path = self.selected_path()
        item = self.tree.currentItem()
        if path is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer la base de données par la sauvegarde du {0} ?\n\n"
                "Tout ce qui a été saisi depuis sera retiré de la base en service. L'état actuel est d'abord "
                "sauvegardé (motif « avant-restauration ») : vous pourrez y revenir de la même façon."
            ).format(item.text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.runner.do(lambda: restore_backup(self.ctx, path), busy=True):
            self.reload()
            return
        self.restored = True
        self.accept()


def run_restore_dialog(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Show the backups; True when one was restored (reload every screen then)."""
    dialog = RestoreDialog(ctx, parent)
    dialog.exec()
    return dialog.restored
