"""The Database dialog: which database this computer opens, a connection test, and moving the data.

    target = open_database_dialog(parent, current_target)   # the new target, or None
    target = open_database_dialog(parent, current_target, reopens=True)   # the caller re-opens now

Kinds: a SQLite file on this computer, or a PostgreSQL server shared by several computers (host,
port, database, user, password; the password is remembered in the system's password store when the
user asks and one works here, otherwise it is asked at each start). OK saves the choice as this
computer's setting (services.connection_settings); `--db` on the command line still wins.

Test connection and Move data here… run off the UI thread. The move copies the database that is
open now into the chosen one (which must be empty) with a progress dialog that can be cancelled;
it runs `salesdesk move-data` in a process of its own, so this app's own connection is untouched,
and a cancelled or failed move leaves the destination as it was.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.connection import describe, is_postgres_url, open_target
from app.services import connection_settings as settings
from app.services.connection_settings import ConnectionParams
from app.services.errors import ServiceError
from app.services.progress import ProgressCallback
from app.views.background import JobRunner
from app.views.service_text import translate_service_message
from app.views.theme import set_tone

# The last line of `salesdesk move-data`'s report (services.data_move.MoveReport.lines).
MOVED_LINE = re.compile(r"^(?P<tables>\d+) tables, (?P<rows>[\d,]+) rows, every count and money total equal "
                        r"\((?P<seconds>[\d.]+) s\)$")


class MoveFailed(ServiceError):
    """`salesdesk move-data` refused or failed; the message is its own."""


def move_command() -> list[str]:
    """How to start `salesdesk` again: the frozen app (its console twin when there is one) or python -m app."""
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        console = executable.with_name("salesdesk-cli" + executable.suffix)
        return [str(console if console.exists() else executable)]
    return [sys.executable, "-m", "app"]


def run_move(source: str, destination: str, progress: ProgressCallback) -> str:
    """Copy `source` into the empty `destination` in a separate process; return its report.

    The targets (which may hold passwords) go through standard input, not the command line.
    `progress` raising Cancelled stops the process: its transaction is never committed, and a
    destination file it had just created is removed."""
    new_file = None if is_postgres_url(destination) or Path(destination).exists() else Path(destination)
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    process = subprocess.Popen([*move_command(), "move-data", "-", "--yes", "--progress-lines"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8", creationflags=flags,
                               env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    report: list[str] = []
    try:
        process.stdin.write(f"{source}\n{destination}\n")
        process.stdin.close()
        for line in process.stdout:
            if line.startswith("PROGRESS "):
                done, total = (int(value) for value in line.split()[1:3])
                progress(done, total)
            else:
                report.append(line.rstrip("\n"))
        error = process.stderr.read()
        process.wait()
    except BaseException:
        process.kill()
        process.wait()
        if new_file is not None:  # killed before it could remove the file it had begun
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{new_file}{suffix}").unlink(missing_ok=True)
        raise
    if process.returncode != 0:
        message = "\n".join(line.removeprefix("salesdesk: ") for line in error.strip().splitlines()[-3:])
        raise MoveFailed(message or f"move-data ended with code {process.returncode}")
    return "\n".join(report)


class DatabaseDialog(QDialog):
    """Choose and test the database; `target` is the chosen one after Accepted."""

    def __init__(self, current_target: str, parent: QWidget | None = None, *, reopens: bool = False):
        super().__init__(parent)
        self.current_target = current_target
        self.reopens = reopens
        self.target: str | None = None
        self.runner = JobRunner(self)
        saved = settings.load_params()
        params = saved or settings.params_from_target(current_target)

        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.sqlite_radio = QRadioButton()
        self.sqlite_radio.setObjectName("kind_sqlite")
        self.postgres_radio = QRadioButton()
        self.postgres_radio.setObjectName("kind_postgresql")
        kinds = QButtonGroup(self)
        kinds.addButton(self.sqlite_radio)
        kinds.addButton(self.postgres_radio)

        self.path_edit = QLineEdit(params.path if not params.is_postgres else "")
        self.path_edit.setObjectName("path")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path_edit)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.sqlite_box = QGroupBox()
        sqlite_form = QFormLayout(self.sqlite_box)
        sqlite_form.addRow(self.path_label, file_row)

        self.host_edit = QLineEdit(params.host)
        self.host_edit.setObjectName("host")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(int(params.port))
        self.database_edit = QLineEdit(params.database)
        self.database_edit.setObjectName("database")
        self.user_edit = QLineEdit(params.user)
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit(params.password)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if saved is not None and saved.is_postgres and saved.remember_password and not params.password:
            self.password_edit.setText(settings.stored_password(saved) or "")
        self.remember_check = QCheckBox()
        self.remember_check.setObjectName("remember")
        self.remember_check.setChecked(params.remember_password)
        self.keyring_ok = settings.keyring_available()
        if not self.keyring_ok:
            self.remember_check.setChecked(False)
            self.remember_check.setEnabled(False)
        self.server_labels = [QLabel() for _ in range(5)]
        self.server_box = QGroupBox()
        server_form = QFormLayout(self.server_box)
        for label, widget in zip(self.server_labels, (self.host_edit, self.port_spin, self.database_edit,
                                                      self.user_edit, self.password_edit), strict=True):
            label.setBuddy(widget)
            server_form.addRow(label, widget)
        server_form.addRow("", self.remember_check)

        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("test")
        self.test_button.setShortcut(QKeySequence("Ctrl+T"))
        self.test_button.clicked.connect(self.test_connection)
        self.move_button = QPushButton()
        self.move_button.setObjectName("move")
        self.move_button.setShortcut(QKeySequence("Ctrl+M"))
        self.move_button.clicked.connect(self.move_data)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_choice)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.move_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addWidget(self.sqlite_radio)
        layout.addWidget(self.sqlite_box)
        layout.addWidget(self.postgres_radio)
        layout.addWidget(self.server_box)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        (self.postgres_radio if params.is_postgres else self.sqlite_radio).setChecked(True)
        self.sqlite_radio.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.retranslate_ui()
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Database - SalesDesk"))
        self.current_label.setText(self.tr("Open now: {database}").format(database=describe(self.current_target)))
        self.sqlite_radio.setText(self.tr("A file on &this computer (SQLite): one user at a time"))
        self.postgres_radio.setText(self.tr("A &PostgreSQL server: several computers share one database"))
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(self.tr("empty: the default file in your data folder"))
        self.browse_button.setText(self.tr("&Browse…"))
        for label, text in zip(self.server_labels, (self.tr("&Host:"), self.tr("P&ort:"), self.tr("&Database:"),
                                                    self.tr("&User:"), self.tr("Pass&word:")), strict=True):
            label.setText(text)
        self.remember_check.setText(self.tr("&Remember the password in this computer's password store"))
        if not self.keyring_ok:
            self.remember_check.setToolTip(self.tr(
                "No password store works on this computer: SalesDesk asks for the password at each start."))
        self.test_button.setText(self.tr("Test &connection"))
        self.test_button.setToolTip(self.tr("Try to open the chosen database (Ctrl+T)"))
        self.move_button.setText(self.tr("Move data &here…"))
        self.move_button.setToolTip(self.tr(
            "Copy every record of the database open now into the chosen one, which must be empty (Ctrl+M)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this database"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.note_label.setText(
            self.tr("SalesDesk opens the chosen database as soon as you click Use this database.") if self.reopens
            else self.tr("The chosen database is opened at the next start of SalesDesk on this computer. "
                         "A --db given on the command line still comes first."))

    # ---- the fields ---------------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        server = self.postgres_radio.isChecked()
        self.server_box.setEnabled(server)
        self.sqlite_box.setEnabled(not server)
        self.result_label.hide()

    def params(self) -> ConnectionParams:
        """What the fields say (the password in memory only)."""
        if self.sqlite_radio.isChecked():
            return ConnectionParams(kind="sqlite", path=self.path_edit.text().strip())
        return ConnectionParams(kind="postgresql", host=self.host_edit.text().strip() or "localhost",
                                port=self.port_spin.value(), database=self.database_edit.text().strip(),
                                user=self.user_edit.text().strip(),
                                remember_password=self.remember_check.isChecked(),
                                password=self.password_edit.text())

    def _missing_field(self, params: ConnectionParams) -> str:
        if params.is_postgres and not params.database:
            return self.tr("Fill in the database name.")
        if params.is_postgres and not params.user:
            return self.tr("Fill in the user name.")
        return ""

    def browse(self) -> None:
        start = self.path_edit.text() or str(Path.home() / "salesdesk.sqlite3")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("SQLite database file"), start, self.tr("SQLite database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path_edit.setText(path)

    def show_result(self, ok: bool, text: str) -> None:
        set_tone(self.result_label, "ok" if ok else "error")
        self.result_label.setText(text)
        self.result_label.show()

    # ---- actions ------------------------------------------------------------------------------------------

    def test_connection(self) -> bool:
        """Try the chosen database off the UI thread and show what was found; True when it answered."""
        params = self.params()
        missing = self._missing_field(params)
        if missing:
            self.show_result(False, missing)
            return False
        self.runner.start(lambda _progress: settings.test_connection(params), self.tr("Test connection"),
                          self.tr("Connecting to the database…"))
        outcome = self.runner.wait()
        if outcome.cancelled:
            return False
        ok, message = outcome.result if outcome.ok else (False, str(outcome.error))
        self.show_result(ok, translate_service_message(message))
        return ok

    def move_data(self) -> None:
        """Copy the open database into the chosen (empty) one, with progress and Cancel."""
        params = self.params()
        missing = self._missing_field(params)
        if missing:
            self.show_result(False, missing)
            return
        destination = params.target()
        answer = QMessageBox.question(
            self, self.tr("Move data"),
            self.tr("Copy every record of {source} into {destination}?\n\nThe destination must be empty. "
                    "Work saved meanwhile on other computers is not copied; the database open now is not "
                    "changed.").format(source=describe(self.current_target), destination=describe(destination)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        source = self._source_target()
        self.runner.start(lambda progress: run_move(source, destination, progress),
                          self.tr("Move data"), self.tr("Copying every table and checking the totals…"))
        outcome = self.runner.wait()
        if outcome.cancelled:
            self.show_result(False, self.tr("Cancelled: nothing was kept in the destination."))
            return
        if not outcome.ok:
            self.show_result(False, translate_service_message(str(outcome.error)))
            return
        report = str(outcome.result)
        self.show_result(True, self.tr("Every table was copied and checked: row counts and money totals are "
                                       "equal. Click Use this database to work in it."))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Move data"), self.move_summary(report), parent=self)
        box.setDetailedText(report)
        box.setObjectName("move_report")
        box.open()
        self.move_report = box

    def move_summary(self, report: str) -> str:
        """The move's outcome in the language shown (the report itself, in Show Details, is the
        command's: table names and figures)."""
        found = MOVED_LINE.search(report.splitlines()[-1] if report else "")
        if found is None:
            return self.tr("Every table was copied; row counts and money totals are equal in both databases.")
        return self.tr("{tables} tables, {rows} rows copied in {seconds} s; row counts and money totals are equal "
                       "in both databases.").format(tables=found["tables"], rows=found["rows"],
                                                    seconds=found["seconds"])

    def _source_target(self) -> str:
        """The open database with its password: a caller may name a server without one."""
        current = self.current_target
        if not is_postgres_url(current) or settings.params_from_target(current).password:
            return current
        opened = open_target()
        if opened and is_postgres_url(opened):
            a, b = settings.params_from_target(current), settings.params_from_target(opened)
            if (a.host, a.port, a.database, a.user) == (b.host, b.port, b.database, b.user):
                return opened
        return current

    def _empty_database_confirmed(self, params: ConnectionParams) -> bool:
        """True unless the chosen database has no accounts while the open one has, and the user
        would rather move the data first: opening an empty database starts a new SalesDesk (the
        first administrator is created there), and it stays this computer's choice."""
        destination = params.target()
        if destination == self.current_target or not self.current_target:
            return True
        self.runner.start(lambda _progress: (settings.account_count(params),
                                             settings.account_count(settings.params_from_target(
                                                 self._source_target()))),
                          self.windowTitle(), self.tr("Looking into the chosen database…"))
        outcome = self.runner.wait()
        if not outcome.ok:
            return not outcome.cancelled
        chosen, current = outcome.result
        if chosen != 0 or not current:
            return True  # it has accounts, cannot be opened (explained when it is), or neither has any
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("{destination} holds no SalesDesk data yet. Opening it starts a new, empty SalesDesk: you "
                    "would create its first administrator, and the data of {source} would not be there.\n\n"
                    "To work with that data on the chosen database, click No, then Move data here.\n\n"
                    "Open the empty database?").format(destination=describe(destination),
                                                         source=describe(self.current_target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            return True
        self.show_result(False, self.tr("Not changed. Move data here copies the open database into the chosen one."))
        self.move_button.setFocus()
        return False

    def accept_choice(self) -> None:
        """Save the choice as this computer's setting and close with the new target."""
        params = self.params()
        missing = self._missing_field(params)
        if missing:
            self.show_result(False, missing)
            return
        if not self._empty_database_confirmed(params):
            return
        warning = settings.save_params(params)
        if warning:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "No password store works on this computer, so the password was not saved: SalesDesk will ask "
                "for it at each start."))
        self.target = params.target()
        self.accept()


def open_database_dialog(parent: QWidget | None, current_target: str, *, reopens: bool = False) -> str | None:
    """Show the Database dialog; the chosen target (saved as this computer's setting), or None.

    `reopens`: the caller opens the new target at once (the dialog says so); otherwise the dialog
    says it is used from the next start."""
    dialog = DatabaseDialog(current_target, parent, reopens=reopens)
    return dialog.target if dialog.exec() else None
