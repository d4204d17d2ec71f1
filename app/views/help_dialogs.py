"""The Help menu's windows: the keyboard shortcuts, the user guide and the About box.

The shortcut list is read from the live objects, so it cannot go stale: the menu actions and
window shortcuts of the main window, then every screen the user may open (built first when not
yet opened), each screen's QShortcuts, QActions and buttons with a key. What a key does comes
from, in order: the shortcut's own whatsThis; the button or action whose tooltip names the key in
parentheses ("Create a customer (Ctrl+N)" -> the button's text "New customer"); the tooltip
itself without the key; a short standard meaning of common keys (Enter in a list opens the row).

The user guide is docs/guide/<language>.md (Chinese first, English for the English interface),
shown in a window of its own and openable with the system's viewer; the About box lists the
versions a support request needs.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.i18n import current_language

translate = QCoreApplication.translate

ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}
# A key inside "( … )" or "（ … ）" of a tooltip, among others separated by commas, semicolons or "or".
PARENTHESES = re.compile(r"[(（]([^()（）]*)[)）]")
KEY_SEPARATORS = re.compile(r"\s*(?:[,;，；、]|\bor\b|或)\s*")


@dataclass(frozen=True)
class ShortcutEntry:
    keys: str  # as the platform writes them (Ctrl+N; ⌘N on macOS)
    action: str


def _standard_meaning(portable: str) -> str | None:
    """What a common key does when nothing on the screen says so."""
    meanings = {
        "Return": translate("Shortcuts", "Open the selected row (or double-click it)"),
        "Enter": translate("Shortcuts", "Open the selected row (or double-click it)"),
        "F5": translate("Shortcuts", "Read the list again"),
        "Ctrl+F": translate("Shortcuts", "Go to the search box"),
        "Ctrl+N": translate("Shortcuts", "New"),
        "Ctrl+S": translate("Shortcuts", "Save"),
        "Ctrl+P": translate("Shortcuts", "Print preview"),
    }
    return meanings.get(portable)


def _key_names(sequence: QKeySequence) -> set[str]:
    """The ways a tooltip may write `sequence` (Ctrl+Left, Ctrl+←)."""
    names = {sequence.toString(QKeySequence.SequenceFormat.NativeText),
             sequence.toString(QKeySequence.SequenceFormat.PortableText)}
    for name in list(names):
        for word, arrow in ARROWS.items():
            if name.endswith(word):
                names.add(name[: -len(word)] + arrow)
    return {name for name in names if name}


def _keys_in(tooltip: str) -> set[str]:
    """The keys a tooltip names in parentheses."""
    keys = set()
    for inside in PARENTHESES.findall(tooltip):
        keys.update(part.strip() for part in KEY_SEPARATORS.split(inside) if part.strip())
    return keys


def _clean(text: str) -> str:
    """A button or menu text as a description: no accelerator, no trailing dots."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip("…. ▶◀").strip()


def _describers(root: QWidget) -> list[tuple[set[str], str]]:
    """(keys named in its tooltip, description) for every widget and action of `root`."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        keys = _keys_in(widget.toolTip())
        if not keys:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            found.append((keys, _clean(widget.text())))
        else:
            text = re.sub(r"\s+([;；,，])", r"\1", PARENTHESES.sub("", widget.toolTip()))
            found.append((keys, text.strip(" ;；,，")))
    for action in root.findChildren(QAction):
        keys = _keys_in(action.toolTip())
        if keys and action.text().strip():
            found.append((keys, _clean(action.text())))
    return found


def shortcuts_of(root: QWidget, describers: list[tuple[set[str], str]] | None = None,
                 include_children: bool = True) -> list[ShortcutEntry]:
    """The enabled keys of `root` (its QShortcuts, QActions and buttons with a shortcut), one entry
    a key, each with what it does (see the module docstring)."""
    describers = _describers(root) if describers is None else describers
    options = Qt.FindChildOption
    option = options.FindChildrenRecursively if include_children else options.FindDirectChildrenOnly
    entries: dict[str, ShortcutEntry] = {}

    def add(sequence: QKeySequence, own: str) -> None:
        if sequence.isEmpty():
            return
        portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if portable == "Return":
            sequence, portable = QKeySequence("Enter"), "Enter"
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if keys in entries:
            return
        names = _key_names(sequence)
        described = own or next((text for named, text in describers if named & names), "")
        described = described or _standard_meaning(portable) or ""
        if described:
            entries[keys] = ShortcutEntry(keys, described)

    for shortcut in root.findChildren(QShortcut, options=option):
        if shortcut.isEnabled():
            for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                add(sequence, shortcut.whatsThis())
    for action in root.findChildren(QAction, options=option):
        if action.isEnabled() and action.menu() is None:
            for sequence in action.shortcuts():
                add(sequence, _clean(action.text()))
    for button in root.findChildren(QAbstractButton, options=option):
        sequence = button.shortcut()
        # A mnemonic (&Save -> Alt+S) is underlined on the button itself: not listed.
        if not sequence.isEmpty() and not sequence.toString().startswith("Alt+"):
            add(sequence, _clean(button.text()))
    return list(entries.values())


def window_shortcuts(window) -> list[tuple[str, list[ShortcutEntry]]]:
    """(group title, entries): the main window's own keys, then each screen the user may open,
    in the navigation's order (screens not opened yet are built now, without being shown)."""
    menus = _menu_shortcuts(window)
    in_menus = {entry.keys for entry in menus}
    own = [entry for entry in shortcuts_of(window, include_children=False) if entry.keys not in in_menus]
    groups = [(translate("Shortcuts", "Main window"), menus + own)]
    for spec in window.specs:
        screen = window.build_screen(spec)
        entries = shortcuts_of(screen)
        if entries:
            groups.append((spec.translated_title(), entries))
    return groups


def _menu_shortcuts(window) -> list[ShortcutEntry]:
    entries = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if not action.shortcut().isEmpty() and action.isVisible():
                entries.append(ShortcutEntry(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                                             f"{_clean(menu.title())} › {_clean(action.text())}"))
    return entries


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every key of the window and its screens, grouped by screen."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.groups = window_shortcuts(window)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for title, entries in self.groups:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for entry in entries:
                QTreeWidgetItem(group, [entry.keys, entry.action])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("In a list, Down in the search box goes to the rows and Esc clears the search."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def entries(self) -> dict[str, dict[str, str]]:
        """{group title: {keys: what they do}} as listed (for tests)."""
        return {title: {entry.keys: entry.action for entry in entries} for title, entries in self.groups}


# -- the user guide -------------------------------------------------------------------------------


def guide_folders() -> list[Path]:
    """Where the guide may be: packaged beside the resources, in a PyInstaller bundle, or in
    the source checkout's docs/guide."""
    from app.paths import resources_dir

    package = Path(__file__).resolve().parents[1]
    folders = [resources_dir() / "guide"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "docs" / "guide")
    folders.append(package.parent / "docs" / "guide")
    return folders


def guide_file(language: str | None = None) -> Path | None:
    """The guide in `language` (default: the language shown), else the Chinese one; None when the
    installation has no guide."""
    language = language or current_language()
    names = [f"{language}.md", "zh_CN.md"] if language != "zh_CN" else ["zh_CN.md"]
    for folder in guide_folders():
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


class GuideWindow(QDialog):
    """The user guide in a window of its own (Markdown shown by Qt, so no viewer is needed), with
    a button that opens the file in the system's viewer."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("SalesDesk user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(820, 720)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.external_button = QPushButton(self.tr("Open in another program"))
        self.external_button.setToolTip(self.tr("Open the guide's file with the program your computer uses for it"))
        self.external_button.clicked.connect(self.open_externally)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.external_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def open_externally(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def show_user_guide(parent: QWidget) -> GuideWindow | None:
    """Show the guide in the language shown (not modal, so it stays open beside the window)."""
    path = guide_file()
    if path is None:
        QMessageBox.warning(parent, translate("Help", "User guide"),
                            translate("Help", "This installation has no user guide."))
        return None
    window = GuideWindow(path, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


# -- About ----------------------------------------------------------------------------------------


def versions(database_label: str = "") -> list[tuple[str, str]]:
    """(what, version) for the About box: SalesDesk, Python, Qt, PySide6, peewee, the database."""
    from importlib import metadata

    import peewee
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from app import __version__
    from app.models.base import db

    try:
        salesdesk = metadata.version("salesdesk")
    except metadata.PackageNotFoundError:  # a frozen or uninstalled copy
        salesdesk = __version__
    rows = [
        ("SalesDesk", salesdesk),
        ("Python", sys.version.split()[0]),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("peewee", peewee.__version__),
    ]
    database = getattr(db, "obj", None)
    if database is not None and type(database).__name__.startswith("Postgres"):
        rows.append((translate("Help", "Database"), f"PostgreSQL {_postgres_version(database)}"))
    else:
        rows.append((translate("Help", "Database"), f"SQLite {sqlite3.sqlite_version}"))
    if database_label:
        rows.append((translate("Help", "Location"), database_label))
    return rows


def _postgres_version(database) -> str:
    try:
        number = int(database.server_version)  # e.g. 160004
    except Exception:
        return ""
    return f"{number // 10000}.{number % 10000}"


def about_text(database_label: str = "") -> str:
    """The About box's text (HTML)."""
    from html import escape

    rows = "".join(f"<tr><td>{escape(what)}</td><td>&nbsp;&nbsp;{escape(version)}</td></tr>"
                   for what, version in versions(database_label))
    blurb = translate("Help", "Customers, quotations, orders and commissions for the sales department.")
    return f"<p><b>SalesDesk</b></p><p>{escape(blurb)}</p><table>{rows}</table>"


def show_about(parent: QWidget, context) -> None:
    QMessageBox.about(parent, translate("Help", "About SalesDesk"), about_text(context.database_label))
