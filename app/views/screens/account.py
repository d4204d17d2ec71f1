"""My account: who is logged in, and a form to change one's own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import users
from app.services.errors import ServiceError, ValidationError
from app.views.context import AppContext
from app.views.errors import FieldError, field_messages, show_error
from app.views.i18n import role_title
from app.views.screens import Screen


class AccountScreen(Screen):
    """The logged-in user's details and the change-password form."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.details_box = QGroupBox()
        details = QFormLayout(self.details_box)
        self.name_value, self.username_value = QLabel(), QLabel()
        self.role_value, self.team_value = QLabel(), QLabel()
        self.detail_labels = [QLabel() for _ in range(4)]
        for label, value in zip(self.detail_labels, (self.name_value, self.username_value,
                                                      self.role_value, self.team_value), strict=True):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, value)

        self.password_box = QGroupBox()
        form = QFormLayout(self.password_box)
        self.old_password, self.new_password, self.confirm_password = QLineEdit(), QLineEdit(), QLineEdit()
        self.field_errors: dict[str, FieldError] = {}
        self.password_labels = [QLabel() for _ in range(3)]
        for label, edit, field in zip(
            self.password_labels,
            (self.old_password, self.new_password, self.confirm_password),
            ("old_password", "new_password", "confirm_password"), strict=True,
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(field)
            edit.returnPressed.connect(self.change_password)
            self.field_errors[field] = FieldError()
            form.addRow(label, edit)
            form.addRow("", self.field_errors[field])
        self.change_button = QPushButton()
        self.change_button.setObjectName("change_password")
        self.change_button.clicked.connect(self.change_password)
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.message, 1)
        form.addRow("", buttons)

        layout = QVBoxLayout(self)
        for box in (self.details_box, self.password_box):
            box.setMaximumWidth(560)
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.details_box.setTitle(self.tr("My account"))
        for label, text in zip(self.detail_labels, (self.tr("Name:"), self.tr("User name:"),
                                                     self.tr("Role:"), self.tr("Team:")), strict=True):
            label.setText(text)
        self.password_box.setTitle(self.tr("Change password"))
        for label, text in zip(self.password_labels, (self.tr("Current password:"), self.tr("New password:"),
                                                       self.tr("Confirm new password:")), strict=True):
            label.setText(text)
        self.change_button.setText(self.tr("Change password"))
        self.refresh()

    def refresh(self) -> None:
        user = self.context.user
        self.name_value.setText(user.display_name)
        self.username_value.setText(user.username)
        self.role_value.setText(role_title(user.role))
        self.team_value.setText(users.team_name(user) or self.tr("(none)"))

    def change_password(self) -> None:
        """Check the confirmation here, let the service check the rest, and say what happened."""
        self.message.clear()
        for error in self.field_errors.values():
            error.clear()
        if self.new_password.text() != self.confirm_password.text():
            self.field_errors["confirm_password"].show_message(self.tr("The two new passwords differ."))
            self.confirm_password.setFocus()
            return
        try:
            users.change_own_password(self.context.user, self.old_password.text(), self.new_password.text())
        except ValidationError as exc:
            shown = False
            for field, message in field_messages(exc).items():
                if field in self.field_errors:
                    self.field_errors[field].show_message(message)
                    shown = True
            if not shown:
                show_error(self, exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        for edit in (self.old_password, self.new_password, self.confirm_password):
            edit.clear()
        self.message.setText(self.tr("Your password has been changed."))
