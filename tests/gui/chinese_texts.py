"""What the Chinese-interface tests share: the zh_CN translator, every text a window shows, and
the English words among them that should have been translated.

`shown_texts(widget)` walks a window: labels, buttons, check boxes, group box titles, tab texts,
table headers and the first rows of each list or table, combo box entries, placeholders, spin box
suffixes, tooltips, menus and window titles. `english_words(text)` finds the ASCII words of three
or more letters that are not names, codes or the few words a Chinese interface keeps (ALLOWED).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "app" / "resources" / "translations" / "salesdesk_zh_CN.ts"

# Words a Chinese business application shows as they are: product and format names, currency
# codes, key names in shortcut hints.
ALLOWED = {
    "SalesDesk", "Excel", "PDF", "WeChat", "PNG", "JPEG", "JPG", "ERP", "xlsx", "CNY", "USD", "EUR", "HKD",
    "JPY", "GBP", "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "Del", "Delete", "Home", "End", "Up", "Down",
    "Left", "Right", "PgUp", "PgDown", "Insert",
    # programs, formats, settings and commands a user types or installs as they are named
    "SVG", "SQLite", "PostgreSQL", "keyring", "pg_dump", "pg_restore", "PATH", "bin", "README", "listen_addresses",
    "CREATE", "DATABASE", "ROLE", "LOGIN", "PASSWORD", "salesdesk", "check", "dump",
    # a language offered by its own name (the login window's and View > Language's choice)
    "English",
}
# A word: letters, then anything that keeps it one token (sales1, KH000001, a@b.cn, www.x.com).
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.@/:'-]*")
TABLE_ROWS = 30  # rows of each table whose cells are read


def ensure_translation_built() -> Path:
    """The zh_CN .qm, built from the .ts when it is missing or older (lrelease, as dev.py does)."""
    qm = TS_FILE.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < TS_FILE.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py"), "--release-only"],
                       cwd=ROOT, check=True, capture_output=True)
    return qm


def english_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The English words in `text`: 3+ ASCII letters, not in ALLOWED or `allowed`, not a code or
    name with digits (sales1, KH000001), not an address (a@b.cn, example.com, C:/path)."""
    extra = set(allowed)
    found = []
    for token in WORD.findall(text):
        token = token.rstrip(".:'-/")
        if not re.search(r"[A-Za-z]{3,}", token) or token in ALLOWED or token in extra:
            continue
        if re.search(r"\d", token) or "@" in token or "/" in token or re.search(r"\.[a-z]{2,}", token):
            continue
        found.append(token)
    return found


def plain(text: str) -> str:
    """A label's text without HTML tags."""
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def _view_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    if model is None:
        return []
    found = []
    if isinstance(view, QListView):
        header, columns = None, [view.modelColumn()]
    elif isinstance(view, QTableView | QTreeView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    else:  # a header view: its table reads it
        return []
    if header is not None and not header.isHidden():
        for column in columns:
            value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            found.append(("header", str(value or "")))
    for row in range(min(model.rowCount(), TABLE_ROWS)):
        for column in columns:
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    found.append(("cell" if role == Qt.ItemDataRole.DisplayRole else "cell tooltip", value))
    return found


def _widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(widget, QLabel):
        found.append(("label", plain(widget.text())))
    elif isinstance(widget, QAbstractButton):
        found.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(("group box", widget.title()))
    elif isinstance(widget, QTabBar):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        found += [("combo", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QAbstractItemView):
        found += _view_texts(widget)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        found += [("spin box", widget.prefix()), ("spin box", widget.suffix())]
    if isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit):
        found.append(("spin box", widget.specialValueText()))
    if isinstance(widget, QMenu):
        found += [("menu", action.text()) for action in widget.actions()]
    found.append(("tooltip", plain(widget.toolTip())))
    if widget.isWindow():
        found.append(("window title", widget.windowTitle()))
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of every visible text in `root` and its visible children."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        found += _widget_texts(widget)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found.append(("menu", action.text()))
            if action.menu() is not None:
                found += [("menu", sub.text()) for sub in action.menu().actions()]
    return [(kind, text) for kind, text in found if text]


def english_leftovers(root: QWidget, where: str, allowed: Iterable[str] = ()) -> list[str]:
    """"where: kind 'text' -> words" for every shown text of `root` with English words in it."""
    allowed = set(allowed)
    problems = []
    for kind, text in shown_texts(root):
        words = english_words(text, allowed)
        if words:
            problems.append(f"{where}: {kind} {text!r} -> {words}")
    return problems
