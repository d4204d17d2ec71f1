"""The Users screen (admin): every account in a table, with New, Edit, Deactivate/Reactivate and
Reset password. Inactive accounts stay in the list, greyed."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from app.models.user import User
from app.services import users as user_service
from app.services.errors import ConflictError, ServiceError
from app.views.context import AppContext
from app.views.dialogs import forms
from app.views.errors import show_error
from app.views.i18n import role_title
from app.views.screens import Screen
from app.views.tables.paged_model import (
    CENTER,
    RIGHT,
    Column,
    ListSource,
    PagedTableModel,
    Sort,
    on_row_opened,
    setup_table_view,
)
from app.views.tables.selection import (
    inactive_colour,
    reload_keeping_selection,
    row_values,
    select_row_by_id,
    selected_row,
)

SORT_VALUES = {
    "username": lambda u: u.username,
    "display_name": lambda u: u.display_name,
    "role": lambda u: u.role,
    "team": lambda u: u.team.name if u.team_id is not None else None,
    "grade": lambda u: u.grade,
    "tags": lambda u: u.tags,
    "discount_limit": lambda u: u.discount_limit,
    "active": lambda u: not u.active,
    "last_login": lambda u: u.last_login_at,
}
COLUMN_WIDTHS = [90, 110, 100, 110, 70, 170, 120, 60, 130]


class UsersScreen(Screen):
    """All staff accounts; `current_dialog` is the form or password dialog while one is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.source: ListSource[User] = ListSource([], SORT_VALUES)
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page,
                                     sort=Sort("username"), row_foreground=self._row_colour, parent=self)
        self.table = QTableView(self)
        setup_table_view(self.table, self.model)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)

        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        self.password_button = QPushButton()
        self.summary_label = QLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.activated.connect(self.new_user)
        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        on_row_opened(self.table, self.edit_user)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("User name"), lambda u: u.username, sort_key="username"),
            Column(self.tr("Name"), lambda u: u.display_name, sort_key="display_name"),
            Column(self.tr("Role"), lambda u: role_title(u.role), sort_key="role"),
            Column(self.tr("Team"), lambda u: u.team.name if u.team_id is not None else "", sort_key="team"),
            Column(self.tr("Grade"), lambda u: u.grade, sort_key="grade"),
            Column(self.tr("Tags"), lambda u: ", ".join(u.tag_list), sort_key="tags",
                   tooltip=lambda u: ", ".join(u.tag_list)),
            Column(self.tr("Discount limit %"), lambda u: f"{u.discount_limit:.2f}", RIGHT, "discount_limit"),
            Column(self.tr("Active"), lambda u: self.tr("Yes") if u.active else self.tr("No"), CENTER, "active"),
            Column(self.tr("Last login"),
                   lambda u: f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "", sort_key="last_login"),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.new_button.setText(self.tr("New user"))
        self.new_button.setToolTip(self.tr("Create an account (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected account (Enter or double-click)"))
        self.password_button.setText(self.tr("Reset password"))
        self._update_buttons()

    def refresh(self) -> None:
        """Reload the accounts, keeping the selected one selected."""
        reload_keeping_selection(self.table, self.model,
                                 lambda: self.source.set_rows(user_service.list_users(self.context.user)))
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------------

    def selected_user(self) -> User | None:
        return selected_row(self.table, self.model)

    def select_user(self, user_id: int) -> None:
        select_row_by_id(self.table, self.model, user_id)

    def user_names(self) -> list[str]:
        """The user names in the table, in the order shown."""
        return row_values(self.model, lambda u: u.username)

    def _row_colour(self, user: User) -> object:
        return inactive_colour(user.active)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.edit_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Reactivate") if user is not None and not user.active else self.tr("Deactivate"))
        users = self.source.rows
        self.summary_label.setText(self.tr("{count} accounts, {inactive} inactive").format(
            count=len(users), inactive=sum(1 for u in users if not u.active)))

    # -- actions -------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Show `dialog` window-modal without blocking; refresh when it was accepted."""
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.refresh()
                saved = getattr(dialog, "saved_user", None)
                if saved is not None:
                    self.select_user(saved.id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_user(self) -> None:
        """Open the form for a new account."""
        if self.current_dialog is None:
            from app.views.dialogs.user_dialog import UserDialog  # when first needed, not at start-up

            self._open(UserDialog(self.context.user, None, self))

    def edit_user(self) -> None:
        """Open the form for the selected account."""
        user = self.selected_user()
        if user is None or self.current_dialog is not None:
            return
        from app.views.dialogs.user_dialog import UserDialog

        try:
            dialog = UserDialog(self.context.user, user.id, self)
        except ServiceError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self._open(dialog)

    def reset_password(self) -> None:
        """Open the password-reset dialog for the selected account."""
        user = self.selected_user()
        if user is not None and self.current_dialog is None:
            from app.views.dialogs.user_dialog import PasswordDialog

            self._open(PasswordDialog(self.context.user, user, self))

    def toggle_active(self) -> None:
        """Deactivate the selected account (after a confirmation) or reactivate it."""
        user = self.selected_user()
        if user is None:
            return
        if user.active and not forms.confirm(
                self, self.tr("Deactivate account"),
                self.tr("Deactivate {name} ({username})? They can no longer log in; their records stay.")
                .format(name=user.display_name, username=user.username)):
            return
        try:
            user_service.set_active(self.context.user, user.id, user.version, not user.active)
        except ConflictError as exc:
            # Reload or not, the list must show what is stored now.
            show_error(self, exc)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.refresh()
