"""The Teams, Settings and Audit log screens, driven through the real main window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.services import auth, users
from app.services.settings import get_settings
from app.views.dialogs import forms
from app.views.screens.audit import AuditScreen
from app.views.screens.settings import SettingsScreen
from app.views.screens.teams import TeamNameDialog, TeamsScreen
from tests.gui.helpers import press_ok, replace_text, type_text


@pytest.fixture
def admin_window(login_as):
    return login_as("admin")


# -- teams ------------------------------------------------------------------------------------


def test_teams_create_rename_and_deactivate(qtbot, admin_window, monkeypatch):
    screen = admin_window.open_screen("teams")
    assert isinstance(screen, TeamsScreen)
    assert screen.team_names() == ["华东销售组", "华南销售组"]
    assert screen.model.data(screen.model.index(0, 1)) == 5

    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.current_dialog
    assert isinstance(dialog, TeamNameDialog)
    type_text(qtbot, dialog.name_edit, "华东销售组")
    press_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors.message("name") == "A team named 华东销售组 already exists."

    replace_text(qtbot, dialog.name_edit, "华北销售组")
    press_ok(qtbot, dialog)
    assert screen.current_dialog is None
    assert screen.team_names() == ["华东销售组", "华北销售组", "华南销售组"]
    assert screen.selected_team().name == "华北销售组"
    assert screen.model.data(screen.model.index(1, 1)) == 0

    qtbot.mouseClick(screen.rename_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert dialog.name_edit.text() == "华北销售组"
    replace_text(qtbot, dialog.name_edit, "华北一组")
    press_ok(qtbot, dialog)
    assert screen.team_names() == ["华东销售组", "华北一组", "华南销售组"]

    asked = []
    monkeypatch.setattr(forms, "confirm", lambda _parent, _title, text: asked.append(text) or True)
    qtbot.mouseClick(screen.active_button, Qt.MouseButton.LeftButton)
    assert asked and "华北一组" in asked[0]
    assert screen.model.data(screen.model.index(1, 2)) == "No"
    assert screen.active_button.text() == "Reactivate"
    assert isinstance(screen.model.data(screen.model.index(1, 0), Qt.ItemDataRole.ForegroundRole), QColor)


# -- settings ---------------------------------------------------------------------------------


def test_settings_save_and_reload(qtbot, admin_window, tmp_path, monkeypatch):
    screen = admin_window.open_screen("settings")
    assert isinstance(screen, SettingsScreen)
    assert screen.company_name_edit.text() == "上海示例科技有限公司"

    replace_text(qtbot, screen.company_name_edit, "北京样例贸易有限公司")
    replace_text(qtbot, screen.tax_rate_edit, "9")
    screen.spins["pool_return_days"].setValue(45)
    replace_text(qtbot, screen.currency_combo.lineEdit(), "usd")
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(logo))
    monkeypatch.setattr(screen, "choose_logo_file", lambda: str(logo))
    qtbot.mouseClick(screen.choose_logo_button, Qt.MouseButton.LeftButton)
    assert not screen.logo_preview.pixmap().isNull()
    assert set(screen.changed_fields()) == {"company_name", "tax_rate", "pool_return_days", "currency",
                                            "company_logo"}

    screen.company_name_edit.setFocus()
    qtbot.keyClick(screen.company_name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = get_settings()
    assert saved.company_name == "北京样例贸易有限公司" and saved.tax_rate == Decimal("9.00")
    assert saved.pool_return_days == 45 and saved.currency == "USD"
    assert saved.company_logo == logo.read_bytes()
    assert screen.status_label.text() == "Saved." and screen.changed_fields() == {}

    fresh = SettingsScreen(admin_window.context)
    qtbot.addWidget(fresh)
    fresh.refresh()
    assert (fresh.company_name_edit.text(), fresh.tax_rate_edit.text(), fresh.currency_combo.currentText()) == (
        "北京样例贸易有限公司", "9.00", "USD")
    assert fresh.spins["pool_return_days"].value() == 45 and fresh.logo == logo.read_bytes()

    qtbot.mouseClick(fresh.remove_logo_button, Qt.MouseButton.LeftButton)
    assert fresh.save() and get_settings().company_logo == b""


def test_a_bad_setting_is_marked_and_nothing_is_saved(qtbot, admin_window):
    screen = admin_window.open_screen("settings")
    before = get_settings()
    replace_text(qtbot, screen.company_name_edit, "改名公司")
    replace_text(qtbot, screen.tax_rate_edit, "abc")
    screen.spins["pool_warning_days"].setValue(500)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)

    assert "percentage" in screen.errors.message("tax_rate")
    assert "0 to 365" in screen.errors.message("pool_warning_days")
    assert screen.errors.message("company_name") == ""
    assert get_settings() == before
    assert screen.company_name_edit.text() == "改名公司"  # what was typed stays

    replace_text(qtbot, screen.tax_rate_edit, "6")
    screen.spins["pool_warning_days"].setValue(40)  # not before the 30-day return
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.errors.message("tax_rate") == ""
    assert "before the return" in screen.errors.message("pool_warning_days")
    assert get_settings() == before

    qtbot.mouseClick(screen.revert_button, Qt.MouseButton.LeftButton)
    assert screen.company_name_edit.text() == before.company_name
    assert screen.errors.message("pool_warning_days") == "" and screen.changed_fields() == {}


# -- audit ------------------------------------------------------------------------------------


def test_audit_shows_the_changes_just_made_and_filters_by_user(qtbot, admin_window):
    teams_screen = admin_window.open_screen("teams")
    qtbot.mouseClick(teams_screen.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, teams_screen.current_dialog.name_edit, "西部销售组")
    press_ok(qtbot, teams_screen.current_dialog)
    settings_screen = admin_window.open_screen("settings")
    replace_text(qtbot, settings_screen.company_phone_edit, "021-1234 5678")
    assert settings_screen.save()
    sales1 = auth.authenticate("sales1", "demo")
    users.change_own_password(sales1, "demo", "better-pass-1")

    screen = admin_window.open_screen("audit")
    assert isinstance(screen, AuditScreen)
    assert screen.from_edit.date().toPython() == dt.date.today() - dt.timedelta(days=30)
    assert screen.to_edit.date().toPython() == dt.date.today()
    rows = [screen.model.row_at(row) for row in range(screen.model.rowCount())]
    assert [(r.entity, r.action) for r in rows[:3]] == [
        ("user", "change_password"), ("settings", "update"), ("team", "create")]
    text = [[screen.model.data(screen.model.index(row, column)) for column in range(6)] for row in range(3)]
    assert text[0][1:5] == ["张伟", "User", str(sales1.id), "Change password"]
    assert text[1][5] == "Company phone: 021-5888 6666 → 021-1234 5678"
    assert text[2][5] == "Name: — → 西部销售组"

    screen.table.selectRow(1)
    assert "Company phone: 021-5888 6666 → 021-1234 5678" in screen.detail.toPlainText()

    everyone = screen.model.rowCount()
    screen.user_combo.setCurrentIndex(screen.user_combo.findData(sales1.id))
    assert screen.model.rowCount() == 1 and screen.count_label.text() == "Entries: 1"
    assert screen.model.row_at(0).action == "change_password"
    admin_id = admin_window.context.user.id
    screen.user_combo.setCurrentIndex(screen.user_combo.findData(admin_id))
    assert screen.model.rowCount() == everyone - 1

    screen.user_combo.setCurrentIndex(0)
    screen.entity_combo.setCurrentIndex(screen.entity_combo.findData("team"))
    assert [screen.model.row_at(r).entity for r in range(screen.model.rowCount())] == ["team"]
    screen.entity_combo.setCurrentIndex(0)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    screen.set_dates(tomorrow, tomorrow)
    assert screen.model.rowCount() == 0


def test_audit_sorts_in_the_service_and_managers_may_read_it(qtbot, login_as):
    window = login_as("manager")
    screen = window.open_screen("audit")
    assert screen.model.rowCount() == 2  # the demo's creation and its settings
    screen.model.sort(screen.model.column_of("entity"), Qt.SortOrder.AscendingOrder)
    assert [screen.model.row_at(r).entity for r in range(2)] == ["database", "settings"]
    screen.model.sort(screen.model.column_of("entity"), Qt.SortOrder.DescendingOrder)
    assert [screen.model.row_at(r).entity for r in range(2)] == ["settings", "database"]


def test_every_admin_screen_retranslates_in_place(admin_window):
    for key in ("users", "teams", "settings", "audit"):
        screen = admin_window.open_screen(key)
        columns = screen.model.columnCount() if hasattr(screen, "model") else 0
        screen.retranslate_ui()
        if columns:
            assert screen.model.columnCount() == columns
            assert screen.model.headerData(0, Qt.Orientation.Horizontal)
