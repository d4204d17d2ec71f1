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


def filled_model(columns: int, rows: int):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(0, columns)
    for row in range(rows):
        model.appendRow([QStandardItem(f"cell {row}-{column}" * (column + 1)) for column in range(columns)])
    return model


def test_a_list_filled_after_the_screen_is_built_gets_its_widths_after_the_fill(qtbot, settings_file):
    """A report's columns come with its data, and the screen sizes them to their contents: the
    saved widths still win, once, after that; a table added to the screen later gets its own."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("screen_x/table0/widths", "70,150,90")
    settings.setValue("screen_x/late/widths", "61,122")
    settings.sync()
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    table = QTableView()
    table.horizontalHeader().setStretchLastSection(False)
    table.setModel(QStandardItemModel())  # no columns yet
    layout.addWidget(table)
    root.show()
    layout_memory.restore_widget_layout(root, "screen_x", settings)

    layout_memory.save_widget_layout(root, "screen_x", settings)  # closed before the list was filled
    assert settings.value("screen_x/table0/widths") == "70,150,90"

    table.setModel(filled_model(3, 4))  # the report arrives
    table.resizeColumnsToContents()  # the screen's own sizing
    qtbot.waitUntil(lambda: layout_memory.column_widths(table) == [70, 150, 90], timeout=2000)

    late = QTableView()
    late.setObjectName("late")
    late.horizontalHeader().setStretchLastSection(False)
    late.setModel(filled_model(2, 1))
    layout.addWidget(late)
    qtbot.waitUntil(lambda: layout_memory.column_widths(late) == [61, 122], timeout=2000)

    table.horizontalHeader().resizeSection(0, 200)  # the user's own change afterwards stays
    table.setModel(filled_model(3, 5))
    table.horizontalHeader().resizeSection(0, 200)
    qtbot.wait(50)
    assert table.columnWidth(0) == 200


def test_the_reports_column_widths_come_back(qtbot, settings_file, login_as):
    window = login_as("manager")
    reports = window.open_screen("reports")
    qtbot.waitUntil(lambda: reports.view.model() is not None and reports.view.model().rowCount() > 0, timeout=15000)
    reports.view.horizontalHeader().resizeSection(1, 173)
    window.close()

    again = login_as("manager").open_screen("reports")
    qtbot.waitUntil(lambda: again.view.model() is not None and again.view.model().rowCount() > 0, timeout=15000)
    qtbot.waitUntil(lambda: again.view.columnWidth(1) == 173, timeout=2000)
