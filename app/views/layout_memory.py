"""Remembered layout: the main window's size and place, the splitters' positions and the column
widths of every list, kept on this computer (app.views.local_settings) and given back at the next
start.

Keys are stable names, not object addresses: "window/geometry", "<screen>/splitter<n>/state",
"<screen>/table<n>/widths" (a table or splitter with an object name uses that name instead of its
number). Widths are saved as a plain list, not QHeaderView.saveState(): the state also holds the
sort indicator, which would show a sort the list does not use. Saved widths come back only when the
table still has the same number of columns (a newer version with another column starts from its
defaults), and a width is kept within reason so a damaged value cannot hide a column.

Many lists get their columns or rows after the screen is built (a report's columns with its data,
the workbench's sections read after the first paint, a grid filled by a background read), and a
screen may size its columns to their contents when it fills them. So the saved widths of a table
are given back when the screen is built *and again after the table is first filled* (once, after
the screen's own sizing); a table created later in the screen is found and treated the same. Until
then its saved widths are not overwritten by the defaults when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
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
    keeper = root.findChild(_WidthKeeper, options=Qt.FindChildOption.FindDirectChildrenOnly)
    waiting = set(keeper.pending) if keeper is not None else set()
    for name, table in tables_of(root):
        if name in waiting:  # never filled since the start: the saved widths are still the user's
            continue
        widths = column_widths(table)
        if widths:
            settings.setValue(f"{key}/{name}/widths", ",".join(str(width) for width in widths))
    for name, splitter in splitters_of(root):
        settings.setValue(f"{key}/{name}/state", splitter.saveState())


def restore_widget_layout(root: QWidget, key: str, settings: QSettings | None = None) -> None:
    """Give `root`'s tables and splitters the widths and positions saved under `key`, if any;
    a table's widths again after it is first filled (see the module docstring)."""
    settings = settings or local_settings()
    saved: dict[str, list[int]] = {}
    settings.beginGroup(key)
    try:
        for name in settings.childGroups():
            widths = _widths(settings.value(f"{name}/widths", ""))
            if widths:
                saved[name] = widths
    finally:
        settings.endGroup()
    if saved:
        _WidthKeeper(root, saved)
    for name, splitter in splitters_of(root):
        state = settings.value(f"{key}/{name}/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)


def apply_widths(table: QTableView, widths: list[int]) -> bool:
    """Set the columns' widths when the table has that many columns; False when it has not."""
    header = table.horizontalHeader()
    if not widths or len(widths) != header.count():
        return False
    last = header.count() - 1
    for column, width in enumerate(widths):
        if not (column == last and header.stretchLastSection()):
            table.setColumnWidth(column, width)
    return True


class _WidthKeeper(QObject):
    """Gives a screen's tables their saved widths now, and again once each is first filled.

    `pending`: table key -> saved widths, for the tables not yet filled (or not yet created).
    Lives as a child of the screen; stops watching once nothing is pending."""

    def __init__(self, root: QWidget, saved: dict[str, list[int]]):
        super().__init__(root)
        self.root = root
        self.pending = dict(saved)
        self._watched: set[int] = set()
        self._scan_queued = False
        self._scan()
        if self.pending:
            root.installEventFilter(self)

    def _scan(self) -> None:
        self._scan_queued = False
        for name, table in tables_of(self.root):
            if name in self.pending and id(table) not in self._watched:
                self._watched.add(id(table))
                self._watch(name, table)

    def _watch(self, name: str, table: QTableView) -> None:
        widths = self.pending[name]
        apply_widths(table, widths)
        if _filled(table):
            self.pending.pop(name)
            return
        again = _Once(lambda: self._filled(name, table), table)
        table.horizontalHeader().sectionCountChanged.connect(again.later)
        model = table.model()
        if model is not None:
            model.modelReset.connect(again.later)
            model.rowsInserted.connect(again.later)
            model.layoutChanged.connect(again.later)

    def _filled(self, name: str, table: QTableView) -> bool:
        """After a change of the table's model (the screen's own sizing done): the saved widths
        once more; done when the table holds rows."""
        if name not in self.pending:
            return True
        apply_widths(table, self.pending[name])
        if not _filled(table):
            return False
        self.pending.pop(name)
        if not self.pending:
            self.root.removeEventFilter(self)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A part of the screen built later (a section, a tab) lays itself out: look for new tables.
        if (watched is self.root and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ChildAdded,
                                                      QEvent.Type.Show) and not self._scan_queued):
            self._scan_queued = True
            QTimer.singleShot(0, self, self._scan)
        return False


class _Once(QObject):
    """Runs `work` on the next turn of the event loop after a signal, until it returns True."""

    def __init__(self, work, parent: QObject):
        super().__init__(parent)
        self.work = work
        self.done = False
        self.queued = False

    def later(self, *_args) -> None:
        if not self.done and not self.queued:
            self.queued = True
            QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        self.queued = False
        self.done = bool(self.work())


def _filled(table: QTableView) -> bool:
    model = table.model()
    return model is not None and model.rowCount() > 0 and model.columnCount() > 0


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
