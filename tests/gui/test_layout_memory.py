"""Remembered layout: a column widened in a list, the window resized and the navigation splitter
moved come back the same when the window is opened again with the same settings (a temporary INI
file, never the user's own)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.views import layout_memory


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("SALESDESK_SETTINGS", str(path))
    return path


def test_column_widths_window_size_and_splitter_come_back(qtbot, settings_file, login_as):
    window = login_as("manager")
    customers = window.open_screen("customers")
    orders = window.open_screen("orders")
    default_name_width = customers.table.columnWidth(1)
    customers.table.horizontalHeader().resizeSection(1, default_name_width + 97)
    orders.table.horizontalHeader().resizeSection(0, 211)
    window.resize(window.width(), 455)  # the offscreen screen is 800 x 600: only the height can change
    window.centralWidget().setSizes([230, 490])
    navigation_width = window.navigation.width()
    window.close()
    assert settings_file.exists()

    again = login_as("manager")
    assert again.height() == 455
    assert again.navigation.width() == navigation_width
    assert again.open_screen("customers").table.columnWidth(1) == default_name_width + 97
    assert again.open_screen("orders").table.columnWidth(0) == 211


def test_widths_saved_for_another_column_count_are_ignored(qtbot, settings_file, login_as):
    window = login_as("manager")
    defaults = layout_memory.column_widths(window.open_screen("customers").table)
    window.close()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert settings.value("screen_customers/table0/widths")
    settings.setValue("screen_customers/table0/widths", "300,300")  # an older version's two columns
    settings.sync()

    again = login_as("manager")
    widths = layout_memory.column_widths(again.open_screen("customers").table)
    assert widths[:-1] == defaults[:-1] and 300 not in widths[:2]


def test_forgetting_the_layout_keeps_the_language(settings_file):
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    settings.setValue("window/geometry", b"x")
    settings.setValue("screen_orders/table0/widths", "80,90")
    layout_memory.forget_layout(settings)
    assert settings.allKeys() == ["language"]
