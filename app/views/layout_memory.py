"""Remembered layout: the main window's size and place, the splitters' positions and the column
widths of every list, kept on this computer (app.views.local_settings) and given back at the next
start.

Keys are stable names, not object addresses: "window/geometry", "<screen>/splitter<n>/state",
"<screen>/table<n>/widths" (a table or splitter with an object name uses that name instead of its
number). Widths are saved as a plain list, not QHeaderView.saveState(): the state also holds the
sort indicator, which would show a sort the list does not use. Saved widths come back only when the
table still has the same number of columns (a newer version with another column starts from its
defaults), and a width is kept within reason so a damaged value cannot hide a column.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QWidget

from app.views.local_settings import local_settings

MIN_WIDTH = 24
MAX_WIDTH = 2000


def _named(widgets: list, prefix: str) -> list[tuple[str, object]]:
    """(key, widget): the object name when set, else prefix + its number among its kind."""
    return [(widget.objectName() or f"{prefix}{number}", widget) for number, widget in enumerate(widgets)]


def _own(root: QWidget, kind: type) -> list:
    """`root`'s children of `kind` in creation order, leaving out those of a dialog or other window
    parented to it (they come and go)."""
    window = root.window()
    return [widget for widget in root.findChildren(kind) if widget.window() is window]


def tables_of(root: QWidget) -> list[tuple[str, QTableView]]:
    """The tables of `root` (in creation order) with their keys."""
    return _named(_own(root, QTableView), "table")


def splitters_of(root: QWidget) -> list[tuple[str, QSplitter]]:
    return _named(_own(root, QSplitter), "splitter")


def column_widths(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count())]


def save_widget_layout(root: QWidget, key: str, settings: QSettings | None = None) -> None:
    """Save the column widths of `root`'s tables and its splitters' positions under `key`."""
    settings = settings or local_settings()
    for name, table in tables_of(root):
        widths = column_widths(table)
        if widths:
            settings.setValue(f"{key}/{name}/widths", ",".join(str(width) for width in widths))
    for name, splitter in splitters_of(root):
        settings.setValue(f"{key}/{name}/state", splitter.saveState())


def restore_widget_layout(root: QWidget, key: str, settings: QSettings | None = None) -> None:
    """Give `root`'s tables and splitters the widths and positions saved under `key`, if any."""
    settings = settings or local_settings()
    for name, table in tables_of(root):
        widths = _widths(settings.value(f"{key}/{name}/widths", ""))
        header = table.horizontalHeader()
        if widths and len(widths) == header.count():
            last = header.count() - 1
            for column, width in enumerate(widths):
                if not (column == last and header.stretchLastSection()):
                    table.setColumnWidth(column, width)
    for name, splitter in splitters_of(root):
        state = settings.value(f"{key}/{name}/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)


def _widths(value: object) -> list[int]:
    """The widths saved as "80,120,..."; [] when the value is not such a list."""
    # An INI file reads "80,120" back as a list of strings.
    parts = [str(part) for part in value] if isinstance(value, list) else str(value or "").split(",")
    try:
        widths = [int(part) for part in parts if part.strip()]
    except ValueError:
        return []
    return [min(max(width, MIN_WIDTH), MAX_WIDTH) for width in widths]


def save_window_layout(window: QMainWindow, settings: QSettings | None = None) -> None:
    """Save the window's size, place and state (maximised, tool bars) and its own splitters'
    positions (not those inside screens: `save_widget_layout` with the screen's key does those)."""
    settings = settings or local_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    central = window.centralWidget()
    if isinstance(central, QSplitter):
        settings.setValue("window/splitter/state", central.saveState())


def restore_window_layout(window: QMainWindow, settings: QSettings | None = None) -> bool:
    """Give the window its saved size, place and state; False when none was saved (first start)."""
    settings = settings or local_settings()
    geometry = settings.value("window/geometry")
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    central = window.centralWidget()
    splitter_state = settings.value("window/splitter/state")
    if isinstance(central, QSplitter) and isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
        central.restoreState(splitter_state)
    return True


def forget_layout(settings: QSettings | None = None) -> None:
    """Drop every saved window, splitter and column layout (the language stays)."""
    settings = settings or local_settings()
    for group in settings.childGroups():
        if group == "window" or group.startswith("screen_"):
            settings.remove(group)
