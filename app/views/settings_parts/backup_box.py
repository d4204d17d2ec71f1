"""The Settings screen's "Backups" box: where this computer keeps the backups of the open database,
the last backup, Back up now, Restore… and the list of backups in the folder.

The folder is a setting of this computer (services.backup_settings), saved as soon as it is chosen,
not by the settings form's Save. The list reads the folder, newest first (a few dozen files: a
plain tree widget). Back up now and Restore… are the File menu's actions (app.views.backup_actions).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import backups
from app.services.backup_settings import set_backup_folder
from app.services.backups import BackupFile
from app.services.permissions import can
from app.views import backup_actions
from app.views.context import AppContext
from app.views.service_text import translate_service_message
from app.views.theme import set_tone

PATH_ROLE = Qt.ItemDataRole.UserRole


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupBox(QGroupBox):
    """Backups of the open database on this computer; `backups` is the list as shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.backups: list[BackupFile] = []
        self.allowed = can(context.user, "backup.run")
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.open_button = QPushButton()
        self.last_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")
        self.problem.hide()
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(160)
        self.list.setColumnCount(4)
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.open_button)
        actions = QHBoxLayout()
        actions.addWidget(self.last_label, 1)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addWidget(self.list)

        self.choose_button.clicked.connect(self.choose_folder)
        self.open_button.clicked.connect(self.open_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        for button in (self.choose_button, self.backup_button, self.restore_button):
            button.setEnabled(self.allowed)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("Folder:"))
        self.folder_edit.setToolTip(self.tr("Where this computer keeps the backups of this database"))
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.setToolTip(self.tr("A folder on this computer: best another disk, a USB drive or a "
                                              "folder that is copied elsewhere"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the folder in the file manager"))
        self.backup_button.setText(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Make a checked copy of the database in the folder now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setToolTip(self.tr("Replace the database with a backup (the current one is kept)"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        self._show()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder and its backups of the open database again."""
        target = backups.current_target()
        self.postgres = backups.is_postgres(target)
        self.folder = backups.backup_folder(target)
        self.reason = backups.unavailable_reason(target)
        self.backups = backups.list_backups(self.folder, database=backups.database_name(target))
        self._show()

    def _kind(self, kind: str) -> str:
        return {"daily": self.tr("Daily"), "manual": self.tr("Manual"), "pre-migration": self.tr("Before upgrade"),
                "replaced": self.tr("Replaced by a restore")}.get(kind, kind)

    def _show(self) -> None:
        if not hasattr(self, "folder"):
            return
        self.folder_edit.setText(str(self.folder))
        if self.postgres:
            self.note.setText(self.tr(
                "Back up now dumps the PostgreSQL database into this folder (pg_dump). There are no automatic "
                "backups of a server from here: back it up on the server too."))
        else:
            self.note.setText(self.tr(
                "SalesDesk makes a backup here once a day when it starts and keeps the last 14 days and the "
                "last 12 month-ends; also one before every upgrade. Copies made with Back up now are kept "
                "until you delete them."))
        self.problem.setText(translate_service_message(self.reason) if self.reason else "")
        self.problem.setVisible(bool(self.reason))
        self.backup_button.setEnabled(self.allowed and self.reason is None)
        newest = self.backups[0] if self.backups else None
        if newest is None:
            self.last_label.setText(self.tr("No backup yet."))
        else:
            self.last_label.setText(self.tr("Last backup: {when} ({kind})").format(
                when=f"{newest.taken_at:%Y-%m-%d %H:%M}", kind=self._kind(newest.kind)))
        self.list.clear()
        for backup in self.backups:
            item = QTreeWidgetItem([f"{backup.taken_at:%Y-%m-%d %H:%M:%S}", self._kind(backup.kind),
                                    _size(backup.size), backup.path.name])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(3, str(backup.path))
            self.list.addTopLevelItem(item)

    # -- actions -------------------------------------------------------------------------------

    def choose_folder_dialog(self) -> str:
        """Ask for a folder; "" when cancelled. Tests replace this method."""
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), str(self.folder))

    def choose_folder(self) -> None:
        chosen = self.choose_folder_dialog()
        if not chosen:
            return
        try:
            set_backup_folder(backups.target_string(backups.current_target()), chosen)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Folder for backups"), self.tr(
                "SalesDesk cannot write to {folder}: {error}").format(folder=chosen, error=exc.strerror or exc))
            return
        self.refresh()

    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Folder for backups"), self.tr(
                "SalesDesk cannot write to {folder}: {error}").format(folder=self.folder, error=exc.strerror or exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def back_up_now(self) -> None:
        made = backup_actions.back_up_now(self, self.context, announce=False)
        self.refresh()
        note = getattr(self.window(), "note_backup_made", None)  # the main window's daily-backup warning
        if made is not None and callable(note):
            note()

    def restore(self) -> None:
        if backup_actions.restore_from_backup(self, self.context) and self.isVisible():
            self.refresh()
