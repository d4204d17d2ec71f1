"""The Help menu: the keyboard shortcuts read from the window and its screens (in the language
shown), the user guide in Chinese or English, and the About box with the versions."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QPushButton

from app import __version__
from app.views import help_dialogs
from app.views.help_dialogs import GuideWindow, ShortcutsDialog
from app.views.i18n import install_translator
from tests.gui.chinese_texts import ensure_translation_built


@pytest.fixture(autouse=True)
def settings_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SALESDESK_SETTINGS", str(tmp_path / "settings.ini"))


def open_shortcuts(window, monkeypatch) -> ShortcutsDialog:
    """Help > Keyboard shortcuts, the dialog kept instead of run modally."""
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.shortcuts_action.trigger()
    assert len(shown) == 1
    return shown[0]


def test_the_shortcut_list_comes_from_the_window_and_every_screen(qtbot, login_as, monkeypatch):
    window = login_as("manager")
    window.open_screen("customers")
    entries = open_shortcuts(window, monkeypatch).entries()
    main = entries["Main window"]
    assert main["Ctrl+Q"] == "File › Quit"
    assert main["F1"] == "Help › User guide"
    assert main["Ctrl+3"] == "Open Customers"
    assert entries["Customers"] == {"Enter": "Open", "Ctrl+F": "Search as you type; Esc clears",
                                    "Ctrl+N": "New customer", "Ctrl+E": "Export"}
    assert entries["Opportunities"]["Ctrl+Right"] == "Forward"
    assert entries["Opportunities"]["F5"] == "Read the list again"
    assert entries["Commission"]["Ctrl+G"] == "Generate month"
    assert entries["Shipments"]["Ctrl+Shift+D"] == "Mark delivered"
    # Every screen the manager may open was built for the list, in the navigation's order.
    assert set(window.screens) == {spec.key for spec in window.specs}
    assert list(entries)[1:4] == ["Workbench", "Front desk", "Customers"]
    # Nothing the manager may not do: claiming from the pool is the salespeople's.
    assert "Ctrl+Shift+C" not in entries["Public pool"]


def test_a_new_shortcut_on_a_screen_is_listed_without_changing_the_list(qtbot, login_as, monkeypatch):
    from PySide6.QtGui import QKeySequence, QShortcut

    window = login_as("sales1")
    screen = window.open_screen("customers")
    button = QPushButton("Call back", screen)
    button.setToolTip("Call the selected customer back (Ctrl+Shift+K)")
    QShortcut(QKeySequence("Ctrl+Shift+K"), screen)
    entries = open_shortcuts(window, monkeypatch).entries()
    assert entries["Customers"]["Ctrl+Shift+K"] == "Call back"
    assert entries["Public pool"]["Ctrl+Shift+C"] == "Claim"


def test_the_shortcut_list_speaks_chinese(qtbot, qapp, login_as, monkeypatch):
    from PySide6.QtGui import QKeySequence

    ensure_translation_built()
    window = login_as("manager")
    try:
        window.set_language("zh_CN")
        entries = open_shortcuts(window, monkeypatch).entries()
        back = QKeySequence("Ctrl+Left").toString(QKeySequence.SequenceFormat.NativeText)  # Qt's Chinese
    finally:
        install_translator(qapp, "en")
        qapp.processEvents()
    assert entries["客户"]["Ctrl+N"] == "新建客户"
    assert entries["客户"]["Ctrl+E"] == "导出"
    assert entries["商机"][back] == "退回"  # the Chinese tooltip writes the key as Ctrl+←


def test_the_user_guide_opens_in_the_language_shown(qtbot, qapp, login_as, monkeypatch):
    window = login_as("manager")
    window.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.path.name == "en.md"
    assert "SalesDesk user guide" in guide.browser.toPlainText()
    opened = []
    monkeypatch.setattr(help_dialogs.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    guide.external_button.click()
    assert opened[0].toLocalFile() == str(guide.path)
    guide.close()

    ensure_translation_built()
    try:
        window.set_language("zh_CN")
        assert help_dialogs.guide_file().name == "zh_CN.md"
        window.guide_action.trigger()
        chinese = next(g for g in window.findChildren(GuideWindow) if g.isVisible())
        text = chinese.browser.toPlainText()
        chinese.close()
    finally:
        install_translator(qapp, "en")
        qapp.processEvents()
    assert "SalesDesk 销售管理 用户手册" in text
    for section in ("前台接待", "公海", "商机", "报价单", "合同、发货与回款", "销售目标", "提成", "报表",
                    "备份与恢复", "多人共用一个数据库", "快捷键"):
        assert section in text, section


def test_about_lists_the_versions_and_the_database(qtbot, login_as, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window = login_as("manager")
    window.about_action.trigger()
    title, text = shown[0]
    assert title == "About SalesDesk"
    assert f"SalesDesk</td><td>&nbsp;&nbsp;{__version__}" in text
    assert f"Python</td><td>&nbsp;&nbsp;{sys.version.split()[0]}" in text
    assert f"Qt</td><td>&nbsp;&nbsp;{qVersion()}" in text
    assert "PySide6</td>" in text and "peewee</td>" in text
    assert f"SQLite {sqlite3.sqlite_version}" in text
    assert window.context.database_label in text


def test_the_file_menu_offers_backups_and_the_database_connection_to_administrators(
        qtbot, login_as, monkeypatch, demo_db):
    from app.views import backup_actions
    from app.views.dialogs import database_dialog

    called = []
    monkeypatch.setattr(database_dialog, "open_database_dialog", lambda parent, target: called.append(target))
    monkeypatch.setattr(backup_actions, "back_up_now", lambda parent, context: called.append(("backup", context)))
    monkeypatch.setattr(backup_actions, "restore_from_backup",
                        lambda parent, context: called.append(("restore", context)))
    sales = login_as("sales1")
    assert not sales.file_actions
    admin = login_as("admin")
    assert [action.text() for action in admin.file_menu.actions()[:3]] == [
        "&Back up now…", "&Restore from backup…", "&Database connection…"]
    for name in ("backup", "restore", "database"):
        admin.file_actions[name].trigger()
    assert called == [("backup", admin.context), ("restore", admin.context), str(demo_db)]


def test_the_file_menus_actions_have_keys_and_the_list_names_them(qtbot, login_as, monkeypatch):
    """Back up now, Restore and the database connection are main actions: each has a key, no screen
    of the administrator takes the same one, and Help lists them."""
    admin = login_as("admin")
    entries = open_shortcuts(admin, monkeypatch).entries()
    main = entries["Main window"]
    assert main["Ctrl+Shift+B"] == "File › Back up now"
    assert main["Ctrl+Shift+O"] == "File › Restore from backup"
    assert main["Ctrl+Shift+L"] == "File › Database connection"
    for screen, keys in entries.items():
        if screen != "Main window":
            assert not {"Ctrl+Shift+B", "Ctrl+Shift+O", "Ctrl+Shift+L"} & set(keys), screen
