"""First start on an empty database: create the first administrator, then log in as them, or
choose another database (Database…, as in the login window: `switch_target`, then app.views.app
opens it), so an empty database opened by mistake is not a dead end."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import auth, users
from app.services.errors import ServiceError, ValidationError
from app.views.errors import FieldError, field_messages, show_error

FIELDS = ("username", "display_name", "password", "confirm_password")


class FirstRunDialog(QDialog):
    """Create the first administrator account. After Accepted, `user` is that admin, logged in."""

    def __init__(self, parent: QWidget | None = None, database_target: str = ""):
        super().__init__(parent)
        self.user: User | None = None
        self.database_target = database_target
        self.switch_target: str | None = None  # another database chosen here (the dialog rejected)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username_edit = QLineEdit("admin")
        self.display_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        self.edits = dict(zip(FIELDS, (self.username_edit, self.display_name_edit,
                                       self.password_edit, self.confirm_edit), strict=True))
        self.labels = {field: QLabel() for field in FIELDS}
        self.field_errors = {field: FieldError() for field in FIELDS}
        form = QFormLayout()
        for field, edit in self.edits.items():
            edit.setObjectName(field)
            self.labels[field].setBuddy(edit)
            form.addRow(self.labels[field], edit)
            form.addRow("", self.field_errors[field])
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton()
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_admin)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.database_button = QPushButton()
        self.database_button.setObjectName("database")
        self.database_button.setAutoDefault(False)
        self.database_button.setShortcut(QKeySequence("Ctrl+D"))
        self.database_button.clicked.connect(self.choose_database)
        self.database_button.setVisible(bool(database_target))
        buttons = QHBoxLayout()
        buttons.addWidget(self.database_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.display_name_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to SalesDesk"))
        self.intro.setText(self.tr(
            "This database has no accounts yet. Create the administrator account: the administrator "
            "then adds the other staff under Users."
        ))
        texts = (self.tr("&User name:"), self.tr("&Display name:"), self.tr("&Password:"),
                 self.tr("&Confirm password:"))
        for field, text in zip(FIELDS, texts, strict=True):
            self.labels[field].setText(text)
        self.password_edit.setPlaceholderText(self.tr("at least {n} characters").format(
            n=auth.MIN_PASSWORD_LENGTH))
        self.create_button.setText(self.tr("Create and log in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.database_button.setText(self.tr("Database…"))
        self.database_button.setToolTip(self.tr(
            "Open another database instead: a file on this computer or a shared PostgreSQL server (Ctrl+D)"))

    def choose_database(self) -> None:
        """The Database dialog; another database chosen there closes this dialog to open it."""
        from app.views.dialogs.database_dialog import open_database_dialog

        target = open_database_dialog(self, self.database_target, reopens=True)
        if target is not None and target != self.database_target:
            self.switch_target = target
            self.reject()

    def create_admin(self) -> None:
        """Create the admin through the service; show each refused field beside the field."""
        for error in self.field_errors.values():
            error.clear()
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.field_errors["confirm_password"].show_message(self.tr("The two passwords differ."))
            self.confirm_edit.setFocus()
            return
        try:
            admin = users.create_first_admin(self.username_edit.text(), self.display_name_edit.text(),
                                             password)
            self.user = auth.authenticate(admin.username, password)
        except ValidationError as exc:
            messages = field_messages(exc)
            unplaced = {f: m for f, m in messages.items() if f not in self.field_errors}
            for field, message in messages.items():
                if field in self.field_errors:
                    self.field_errors[field].show_message(message)
            first = next((f for f in FIELDS if f in messages), None)
            if first is not None:
                self.edits[first].setFocus()
            if unplaced:
                show_error(self, ValidationError(unplaced))
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.accept()
