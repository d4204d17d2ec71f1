"""The Users screen, driven as an administrator would: keyboard and mouse into the real window."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import auth
from app.services import users as user_service
from app.services.errors import AuthenticationError, ConflictError, ValidationError
from app.views.dialogs import forms
from app.views.dialogs import user_dialog as user_dialog_module
from app.views.dialogs.user_dialog import PasswordDialog, UserDialog
from app.views.screens import users as users_module
from app.views.screens.users import UsersScreen
from tests.gui.helpers import press_ok, replace_text, type_text


@pytest.fixture
def users_screen(login_as) -> UsersScreen:
    window = login_as("admin")
    screen = window.open_screen("users")
    assert isinstance(screen, UsersScreen)
    return screen


@pytest.fixture
def shown_errors(monkeypatch) -> list[Exception]:
    """Errors the views hand to show_error, instead of a blocking message box (answer: reload)."""
    shown: list[Exception] = []

    def record(_parent, exc) -> bool:
        shown.append(exc)
        return isinstance(exc, ConflictError)

    monkeypatch.setattr(users_module, "show_error", record)
    monkeypatch.setattr(user_dialog_module, "show_error", record)
    return shown


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Confirmations asked (their texts); every one is answered yes."""
    asked: list[str] = []

    def yes(_parent, _title, text) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(forms, "confirm", yes)
    return asked


def select(screen: UsersScreen, username: str) -> None:
    screen.select_user(next(u.id for u in screen.source.rows if u.username == username))


def cell(screen: UsersScreen, username: str, column: int) -> object:
    row = screen.user_names().index(username)
    return screen.model.data(screen.model.index(row, column))


def open_new_user_dialog(qtbot, screen: UsersScreen) -> UserDialog:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.current_dialog
    assert isinstance(dialog, UserDialog) and dialog.user_id is None
    qtbot.waitExposed(dialog)
    return dialog


def test_admin_creates_a_user_who_can_then_log_in(qtbot, users_screen):
    dialog = open_new_user_dialog(qtbot, users_screen)
    qtbot.keyClicks(dialog.username_edit, "Newbie")
    type_text(qtbot, dialog.display_name_edit, "钱多多")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findText("华南销售组"))
    type_text(qtbot, dialog.grade_edit, "主管")
    type_text(qtbot, dialog.tags_edit, "广东, 零售，电子")
    replace_text(qtbot, dialog.discount_edit, "12.5")
    qtbot.keyClicks(dialog.password_edit, "first-day-42")
    qtbot.keyClicks(dialog.confirm_edit, "first-day-42")
    press_ok(qtbot, dialog)

    assert users_screen.current_dialog is None
    user = auth.authenticate("newbie", "first-day-42")
    assert (user.display_name, user.role, user.team.name) == ("钱多多", "supervisor", "华南销售组")
    assert user.tag_list == ["广东", "零售", "电子"] and user.discount_limit == Decimal("12.50")

    assert "newbie" in users_screen.user_names()
    assert users_screen.selected_user().username == "newbie"
    assert [cell(users_screen, "newbie", column) for column in range(8)] == [
        "newbie", "钱多多", "Supervisor", "华南销售组", "主管", "广东, 零售, 电子", "12.50", "Yes"]


def test_a_refused_form_stays_open_with_the_messages_under_the_fields(qtbot, users_screen):
    dialog = open_new_user_dialog(qtbot, users_screen)
    qtbot.keyClicks(dialog.username_edit, "sales1")
    qtbot.keyClicks(dialog.display_name_edit, "Someone")
    replace_text(qtbot, dialog.discount_edit, "150")
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    press_ok(qtbot, dialog)

    assert users_screen.current_dialog is dialog and dialog.isVisible()
    assert dialog.errors.message("username") == "The user name sales1 is taken."
    assert "0 to 100" in dialog.errors.message("discount_limit")
    assert dialog.errors.message("password") == "At least 8 characters."
    assert dialog.errors.message("display_name") == ""
    assert (dialog.username_edit.text(), dialog.display_name_edit.text()) == ("sales1", "Someone")

    replace_text(qtbot, dialog.username_edit, "someone")
    replace_text(qtbot, dialog.discount_edit, "5")
    replace_text(qtbot, dialog.password_edit, "long-enough-1")
    replace_text(qtbot, dialog.confirm_edit, "long-enough-2")
    press_ok(qtbot, dialog)
    assert dialog.errors.message("confirm") == "The passwords do not match."
    assert dialog.errors.message("username") == ""
    assert "someone" not in users_screen.user_names()

    replace_text(qtbot, dialog.confirm_edit, "long-enough-1")
    press_ok(qtbot, dialog)
    assert users_screen.current_dialog is None
    assert auth.authenticate("someone", "long-enough-1").display_name == "Someone"


def test_enter_edits_the_selected_user(qtbot, users_screen, shown_errors):
    select(users_screen, "sales2")
    users_screen.table.setFocus()
    qtbot.keyClick(users_screen.table, Qt.Key.Key_Return)
    dialog = users_screen.current_dialog
    assert isinstance(dialog, UserDialog) and dialog.user_id is not None
    assert dialog.display_name_edit.text() == "刘洋" and not dialog.password_edit.isVisibleTo(dialog)

    replace_text(qtbot, dialog.grade_edit, "高级")
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findData(None))
    press_ok(qtbot, dialog)

    assert users_screen.current_dialog is None and shown_errors == []
    assert cell(users_screen, "sales2", 3) == "" and cell(users_screen, "sales2", 4) == "高级"
    assert user_service.get_user(users_screen.selected_user().id).version == 2


def test_a_conflicting_edit_offers_to_reload(qtbot, users_screen, shown_errors):
    select(users_screen, "sales3")
    users_screen.edit_user()
    dialog = users_screen.current_dialog
    admin = users_screen.context.user
    # Someone else saves the same account while the form is open.
    other = user_dialog_module.UserDialog(admin, dialog.user_id)
    qtbot.addWidget(other)
    replace_text(qtbot, other.grade_edit, "资深")
    other.accept()

    replace_text(qtbot, dialog.display_name_edit, "赵敏敏")
    press_ok(qtbot, dialog)

    assert [type(e) for e in shown_errors] == [ConflictError]
    assert dialog.isVisible() and dialog.grade_edit.text() == "资深"
    assert dialog.display_name_edit.text() == "赵敏"  # reloaded: the stored version is shown
    replace_text(qtbot, dialog.display_name_edit, "赵敏敏")
    press_ok(qtbot, dialog)
    assert cell(users_screen, "sales3", 1) == "赵敏敏" and cell(users_screen, "sales3", 4) == "资深"


def test_a_deactivated_user_can_no_longer_log_in(qtbot, users_screen, answers):
    select(users_screen, "sales4")
    assert users_screen.active_button.text() == "Deactivate"
    qtbot.mouseClick(users_screen.active_button, Qt.MouseButton.LeftButton)

    assert answers and "孙磊" in answers[0]
    with pytest.raises(AuthenticationError, match="deactivated"):
        auth.authenticate("sales4", "demo")
    assert cell(users_screen, "sales4", 7) == "No"
    row = users_screen.user_names().index("sales4")
    assert users_screen.model.data(users_screen.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 inactive" in users_screen.summary_label.text()

    assert users_screen.selected_user().username == "sales4"
    assert users_screen.active_button.text() == "Reactivate"
    qtbot.mouseClick(users_screen.active_button, Qt.MouseButton.LeftButton)
    assert len(answers) == 1  # reactivating asks nothing
    assert auth.authenticate("sales4", "demo").active


def test_admin_cannot_deactivate_own_account(qtbot, users_screen, answers, shown_errors):
    select(users_screen, "admin")
    qtbot.mouseClick(users_screen.active_button, Qt.MouseButton.LeftButton)
    assert [type(e) for e in shown_errors] == [ValidationError]
    assert cell(users_screen, "admin", 7) == "Yes"


def test_reset_password(qtbot, users_screen):
    select(users_screen, "sales5")
    qtbot.mouseClick(users_screen.password_button, Qt.MouseButton.LeftButton)
    dialog = users_screen.current_dialog
    assert isinstance(dialog, PasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    press_ok(qtbot, dialog)
    assert dialog.errors.message("password") == "At least 8 characters."

    replace_text(qtbot, dialog.password_edit, "new-secret-7")
    replace_text(qtbot, dialog.confirm_edit, "new-secret-7")
    press_ok(qtbot, dialog)

    assert users_screen.current_dialog is None
    assert auth.authenticate("sales5", "new-secret-7").username == "sales5"
    with pytest.raises(AuthenticationError):
        auth.authenticate("sales5", "demo")


def test_buttons_follow_the_selection(users_screen):
    users_screen.table.clearSelection()
    assert not users_screen.edit_button.isEnabled() and not users_screen.password_button.isEnabled()
    select(users_screen, "desk1")
    assert users_screen.edit_button.isEnabled() and users_screen.active_button.text() == "Deactivate"
    assert cell(users_screen, "desk1", 2) == "Front desk"


def test_double_click_edits_and_a_single_click_only_selects(qtbot, users_screen):
    row = users_screen.user_names().index("sales6")
    centre = users_screen.table.visualRect(users_screen.model.index(row, 1)).center()
    qtbot.mouseClick(users_screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert users_screen.selected_user().username == "sales6" and users_screen.current_dialog is None

    qtbot.mouseDClick(users_screen.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = users_screen.current_dialog
    assert isinstance(dialog, UserDialog) and dialog.username_edit.text() == "sales6"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert users_screen.current_dialog is None
