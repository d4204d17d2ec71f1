"""The user form (create and edit) and the password-reset dialog of the Users screen.

Both call their service when OK is pressed and close only when it succeeded: a ValidationError
puts each message under its field and leaves everything typed in place. An edit saves against
the `version` it loaded; a ConflictError offers to reload the current record.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.user import ROLES, User
from app.services import teams as team_service
from app.services import users as user_service
from app.services.auth import check_new_password
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.views.dialogs.forms import FieldErrors, error_label, ok_cancel_buttons
from app.views.errors import show_error
from app.views.i18n import role_title
from app.views.service_text import translate_field_messages

# Tags may be separated the way people type them in either language.
TAG_SEPARATORS = re.compile(r"[,，、;；]")


def split_tags(text: str) -> list[str]:
    """The tags typed in a comma-separated field, blanks dropped."""
    return [tag.strip() for tag in TAG_SEPARATORS.split(text) if tag.strip()]


class UserDialog(QDialog):
    """Create a user (`user_id` None, with password and confirmation) or edit one.

    `saved_user` holds the created or updated user after a successful OK.
    """

    def __init__(self, actor: User, user_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.user_id = user_id
        self.version: int | None = None
        self.saved_user: User | None = None
        self.errors = FieldErrors()

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(40)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setMaxLength(80)
        self.role_combo = QComboBox()
        self.role_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for role in ROLES:
            self.role_combo.addItem(role_title(role), role)
        self.team_combo = QComboBox()
        self.team_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.grade_edit = QLineEdit()
        self.grade_edit.setMaxLength(20)
        self.tags_edit = QLineEdit()
        self.discount_edit = QLineEdit("0")
        self.discount_edit.setMaxLength(6)
        self.active_check = QCheckBox()
        self.active_check.setChecked(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = [
            ("username", self.username_edit), ("display_name", self.display_name_edit),
            ("role", self.role_combo), ("team", self.team_combo), ("grade", self.grade_edit),
            ("tags", self.tags_edit), ("discount_limit", self.discount_edit), ("active", self.active_check),
        ]
        if user_id is None:
            rows += [("password", self.password_edit), ("confirm", self.confirm_edit)]
        self.labels: list[QLabel] = []
        for name, widget in rows:
            self.labels.append(QLabel())
            self.form.addRow(self.labels[-1], self.errors.wrap(name, widget))
        self.general_error = error_label(self)

        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        if user_id is None:
            self._fill_teams(None)
            self.role_combo.setCurrentIndex(ROLES.index("sales"))
        else:
            self.load(user_service.get_user(user_id))
        self.setMinimumWidth(460)

    def retranslate_ui(self) -> None:
        labels = [self.tr("User name:"), self.tr("Name:"), self.tr("Role:"), self.tr("Team:"),
                  self.tr("Grade:"), self.tr("Tags:"), self.tr("Discount limit %:"), self.tr("Active:"),
                  self.tr("Password:"), self.tr("Confirm password:")]
        for label, text in zip(self.labels, labels, strict=False):
            label.setText(text)
        self.setWindowTitle(self.tr("New user") if self.user_id is None else self.tr("Edit user"))
        self.tags_edit.setPlaceholderText(self.tr("Regions and industries, separated by commas"))
        self.active_check.setText(self.tr("May log in"))
        self.password_edit.setPlaceholderText(self.tr("At least 8 characters"))
        for row, role in enumerate(ROLES):
            self.role_combo.setItemText(row, role_title(role))
        if self.team_combo.count():
            self.team_combo.setItemText(0, self.tr("(no team)"))

    def _fill_teams(self, current_team_id: int | None) -> None:
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("(no team)"), None)
        for team in team_service.list_teams(include_inactive=True):
            # An inactive team is offered only to the user who is still in it.
            if team.active or team.id == current_team_id:
                self.team_combo.addItem(team.name, team.id)
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(current_team_id)))

    def load(self, user: User) -> None:
        """Show `user` as stored now and remember its version for the save."""
        self.version = user.version
        self.username_edit.setText(user.username)
        self.display_name_edit.setText(user.display_name)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))
        self._fill_teams(user.team_id)
        self.grade_edit.setText(user.grade)
        self.tags_edit.setText(", ".join(user.tag_list))
        self.discount_edit.setText(str(user.discount_limit))
        self.active_check.setChecked(user.active)
        self.errors.clear()
        self.general_error.hide()

    def user_input(self) -> user_service.UserInput:
        """What the form holds, as the service's input."""
        return user_service.UserInput(
            username=self.username_edit.text(), display_name=self.display_name_edit.text(),
            role=self.role_combo.currentData(), team_id=self.team_combo.currentData(),
            grade=self.grade_edit.text(), tags=split_tags(self.tags_edit.text()),
            discount_limit=self.discount_edit.text(), active=self.active_check.isChecked(),
        )

    def accept(self) -> None:
        """Save through the service; close only when it succeeded."""
        if self.user_id is None and self.password_edit.text() != self.confirm_edit.text():
            self._show_messages({"confirm": self.tr("The passwords do not match.")})
            return
        try:
            if self.user_id is None:
                self.saved_user = user_service.create_user(self.actor, self.user_input(), self.password_edit.text())
            else:
                self.saved_user = user_service.update_user(self.actor, self.user_id, self.version, self.user_input())
        except ValidationError as exc:
            self._show_messages({**exc.fields, **self._password_problems()})
            return
        except ConflictError as exc:
            if show_error(self, exc):
                self.load(user_service.get_user(self.user_id))
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        super().accept()

    def _password_problems(self) -> dict[str, str]:
        # The service checks the password only once the other fields pass: say everything at once.
        if self.user_id is None:
            try:
                check_new_password(self.password_edit.text())
            except ValidationError as exc:
                return exc.fields
        return {}

    def _show_messages(self, messages: dict[str, str]) -> None:
        rest = self.errors.show(messages)
        self.general_error.setText("\n".join(translate_field_messages(rest).values()))
        self.general_error.setVisible(bool(rest))
        first = next(iter(messages), None)
        focus = {"username": self.username_edit, "display_name": self.display_name_edit,
                 "discount_limit": self.discount_edit, "grade": self.grade_edit,
                 "password": self.password_edit, "confirm": self.confirm_edit}.get(first)
        if focus is not None:
            focus.setFocus()
            focus.selectAll()


class PasswordDialog(QDialog):
    """Set a new password for another user (new + confirmation)."""

    def __init__(self, actor: User, user: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.user = user
        self.errors = FieldErrors()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label, self.confirm_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.password_label, self.errors.wrap("password", self.password_edit, "new_password"))
        self.form.addRow(self.confirm_label, self.errors.wrap("confirm", self.confirm_edit))
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(380)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reset password of {name}").format(name=self.user.display_name))
        self.password_label.setText(self.tr("New password:"))
        self.confirm_label.setText(self.tr("Confirm password:"))
        self.password_edit.setPlaceholderText(self.tr("At least 8 characters"))

    def accept(self) -> None:
        """Reset the password through the service; close only when it succeeded."""
        if self.password_edit.text() != self.confirm_edit.text():
            self.errors.show({"confirm": self.tr("The passwords do not match.")})
            return
        try:
            user_service.reset_password(self.actor, self.user.id, self.password_edit.text())
        except ValidationError as exc:
            rest = self.errors.show(exc.fields)
            if rest:
                show_error(self, ValidationError(rest))
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        super().accept()
