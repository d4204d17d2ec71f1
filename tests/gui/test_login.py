"""Logging in, the first-run dialog, the main window a role sees, and changing one's password."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import auth
from app.views.context import AppContext
from app.views.first_run_dialog import FirstRunDialog
from app.views.login_dialog import LoginDialog
from app.views.main_window import MainWindow


def open_login(qtbot, username: str = "") -> LoginDialog:
    dialog = LoginDialog(username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def log_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username_edit.clear()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_a_salesperson_logs_in_and_sees_only_their_screens(qtbot, demo_db):
    dialog = open_login(qtbot)
    log_in(qtbot, dialog, "sales1", "demo")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "sales1"

    window = MainWindow(AppContext(user=dialog.user, database_label=str(demo_db)))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    # Later areas add screens; what matters here is the first one and what a salesperson never sees.
    titles = window.screen_titles()
    assert titles.index("Front desk") < titles.index("Customers") and titles[-1] == "My account"
    assert not {"Users", "Teams", "Audit log", "Settings", "Reception report"} & set(titles)
    assert window.current_screen is window.screens[window.specs[0].key]
    assert window.windowTitle() == "SalesDesk - 上海示例科技有限公司"
    assert window.user_label.text() == "张伟"
    assert window.role_label.text() == "Sales"
    assert window.database_label.text() == str(demo_db)


def test_the_administrator_sees_the_admin_screens(login_as):
    window = login_as("admin")
    assert window.screen_titles() == ["Products", "Users", "Teams", "Audit log", "Settings", "Data import",
                                      "My account"]
    assert window.navigation.currentRow() == 1  # administrators start on their accounts
    assert list(window.screens) == ["users"]  # only the start screen is built at start
    assert window.role_label.text() == "Administrator"


def test_ctrl_number_jumps_to_that_screen_and_builds_it_once(qtbot, login_as):
    window = login_as("manager")
    titles = window.screen_titles()
    assert titles[-3:] == ["Audit log", "Data import", "My account"]
    # The last screen Ctrl+1..9 reaches (later areas add screens before the manager's last ones).
    row = min(len(titles), 9) - 1
    last_key = Qt.Key(Qt.Key.Key_1.value + row)
    qtbot.keyClick(window, last_key, Qt.KeyboardModifier.ControlModifier)
    last = window.current_screen
    assert last is window.screens[window.specs[row].key]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, last_key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen is last
    if len(titles) < 9:
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # no 9th screen
        assert window.current_screen is last


def test_log_out_closes_the_window_and_says_so(qtbot, login_as):
    window = login_as("desk1")
    assert window.role_label.text() == "Front desk"
    with qtbot.waitSignal(window.logout_requested):
        window.logout_action.trigger()
    assert not window.isVisible()
    assert window.logged_out


def test_a_wrong_password_shows_the_error(qtbot, demo_db):
    dialog = open_login(qtbot, "sales1")
    assert dialog.username_edit.text() == "sales1"
    log_in(qtbot, dialog, "sales1", "wrong")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.user is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong user name or password."


def test_five_failures_then_the_login_is_throttled(qtbot, demo_db):
    dialog = open_login(qtbot)
    for _ in range(auth.MAX_FAILURES):
        log_in(qtbot, dialog, "sales2", "wrong")
        assert dialog.error_label.text() == "Wrong user name or password."
    log_in(qtbot, dialog, "sales2", "demo")  # even the right password waits for the cooldown
    assert dialog.user is None
    assert re.fullmatch(r"Too many failed attempts\. Try again in \d+ s\.", dialog.error_label.text())


def test_the_demo_database_lists_its_accounts(qtbot, demo_db):
    dialog = open_login(qtbot)
    accounts = dialog.demo_accounts
    assert accounts.isVisible()
    assert accounts.topLevelItemCount() == 13
    assert '"demo"' in dialog.demo_hint.text()
    item = accounts.topLevelItem(4)
    assert (item.text(0), item.text(1), item.text(2)) == ("sales1", "张伟", "Sales")
    rect = accounts.visualItemRect(item)
    qtbot.mouseClick(accounts.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.username_edit.text() == "sales1"
    qtbot.keyClicks(dialog.password_edit, "demo")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "sales1"


def test_escape_cancels_the_login(qtbot, demo_db):
    dialog = open_login(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.user is None


def fill_first_run(qtbot, dialog: FirstRunDialog, name: str, password: str, confirm: str) -> None:
    qtbot.keyClicks(dialog.display_name_edit, name)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.confirm_edit, confirm)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_the_first_run_creates_an_admin_who_can_then_log_in(qtbot, empty_db):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username_edit.text() == "admin"
    fill_first_run(qtbot, dialog, "Boss", "long-enough-1", "long-enough-1")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.user.username, dialog.user.role) == ("admin", "admin")

    login = open_login(qtbot)
    assert not login.demo_accounts.isVisible()
    log_in(qtbot, login, "admin", "long-enough-1")
    assert login.user is not None and login.user.display_name == "Boss"


def test_the_first_run_shows_field_errors_beside_the_fields(qtbot, empty_db):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(qtbot, dialog, "Boss", "short", "other")
    assert dialog.field_errors["confirm_password"].text() == "The two passwords differ."
    dialog.confirm_edit.setText("short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors["password"].isVisible()
    assert dialog.field_errors["password"].text() == "At least 8 characters."
    assert not dialog.field_errors["confirm_password"].isVisible()
    dialog.display_name_edit.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.field_errors["display_name"].text() == "A name is required."
    assert dialog.result() != QDialog.DialogCode.Accepted


def change_password(qtbot, screen, old: str, new: str, confirm: str) -> None:
    for edit, text in ((screen.old_password, old), (screen.new_password, new),
                       (screen.confirm_password, confirm)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(screen.change_button, Qt.MouseButton.LeftButton)


def test_the_account_screen_changes_the_password(qtbot, login_as):
    window = login_as("sales1")
    screen = window.open_screen("account")
    assert screen.username_value.text() == "sales1"
    assert screen.name_value.text() == "张伟"
    assert screen.role_value.text() == "Sales"
    assert screen.team_value.text() == "华东销售组"

    change_password(qtbot, screen, "wrong", "new-password-1", "new-password-1")
    assert screen.field_errors["old_password"].text() == "The current password is wrong."
    change_password(qtbot, screen, "demo", "short", "short")
    assert screen.field_errors["new_password"].text() == "At least 8 characters."
    change_password(qtbot, screen, "demo", "new-password-1", "new-password-2")
    assert screen.field_errors["confirm_password"].text() == "The two new passwords differ."

    change_password(qtbot, screen, "demo", "new-password-1", "new-password-1")
    assert screen.message.text() == "Your password has been changed."
    assert not any(error.isVisible() for error in screen.field_errors.values())
    assert screen.old_password.text() == ""

    dialog = open_login(qtbot)
    log_in(qtbot, dialog, "sales1", "demo")
    assert dialog.user is None
    log_in(qtbot, dialog, "sales1", "new-password-1")
    assert dialog.user is not None and dialog.user.username == "sales1"


def test_a_person_without_a_team_sees_none(login_as):
    window = login_as("desk1")
    screen = window.open_screen("account")
    assert screen.team_value.text() == "(none)"


def test_double_clicking_a_demo_account_logs_in_as_it(qtbot, demo_db):
    dialog = open_login(qtbot)
    item = dialog.demo_accounts.topLevelItem(1)
    rect = dialog.demo_accounts.visualItemRect(item)
    viewport = dialog.demo_accounts.viewport()
    # A real double-click starts with a click; QTest's mouseDClick alone sends no press first.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "manager"


def test_the_login_dialog_of_a_real_database_lists_no_accounts(qtbot, empty_db):
    dialog = open_login(qtbot)
    assert not dialog.demo_accounts.isVisible()
    assert not dialog.demo_hint.isVisible()
    assert dialog.heading.text() == "SalesDesk"


def test_help_about_names_the_version(login_as, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window = login_as("desk1")
    window.about_action.trigger()
    assert shown and shown[0][0] == "About SalesDesk" and __version__ in shown[0][1]
