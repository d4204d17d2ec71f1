"""The contacts part of the customer form: a table of the customer's contacts and, under it, the
fields of the selected one.

Typing in a field changes the selected contact at once (and its row in the table); Add appends an
empty contact and puts the cursor in its name. A contact left completely empty is not saved. When
the service refuses a contact (`contacts[i].phone` ...), its row turns red with the messages as
tooltip, and selecting it shows each message under its field.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.customers import ContactInput
from app.views.dialogs.forms import FieldErrors
from app.views.theme import INK_ON_LIGHT

FIELDS = ("name", "title", "phone", "mobile", "email", "wechat")
WATCHED = ("name", "phone", "mobile", "email")  # what a duplicate check looks at
MAX_LENGTHS = {"name": 60, "title": 60, "phone": 40, "mobile": 40, "email": 120, "wechat": 60}
COLUMN_WIDTHS = [80, 80, 120, 110, 150, 90, 52]
STRETCHED_COLUMN = 4  # e-mail takes the room that is left
PROBLEM_KEY = re.compile(r"^contacts\[(\d+)\]\.(\w+)$")
PROBLEM_BACKGROUND = QColor("#fde2e1")


def _is_blank(contact: ContactInput) -> bool:
    return not any(getattr(contact, name).strip() for name in FIELDS)


class ContactsEditor(QWidget):
    """Edits a list of `ContactInput`; `edited` fires when a name, phone, mobile or e-mail changes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._contacts: list[ContactInput] = []
        self._problems: dict[int, dict[str, str]] = {}
        self._sent_rows: list[int] = []  # row of each contact in the last `contacts()` result

        self.table = QTableWidget(0, len(FIELDS) + 1)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(STRETCHED_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()

        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for number, name in enumerate(FIELDS):
            edit = QLineEdit()
            edit.setMaxLength(MAX_LENGTHS[name])
            edit.textEdited.connect(lambda text, field=name: self._field_edited(field, text))
            self.edits[name] = edit
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(edit)
            row, column = divmod(number, 2)
            self.labels[name].setMinimumHeight(edit.sizeHint().height())
            grid.addWidget(self.labels[name], row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.errors.wrap(name, edit), row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        self.primary_check = QCheckBox()
        self.primary_check.toggled.connect(self._primary_toggled)
        grid.addWidget(self.primary_check, len(FIELDS) // 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.panel = QWidget()
        self.panel.setLayout(grid)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.panel)

        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_contact)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.retranslate_ui()
        self._show_selected()

    def retranslate_ui(self) -> None:
        titles = [self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("Mobile"), self.tr("E-mail"),
                  self.tr("WeChat"), self.tr("Primary")]
        self.table.setHorizontalHeaderLabels(titles)
        labels = {"name": self.tr("Name:"), "title": self.tr("Title:"), "phone": self.tr("Phone:"),
                  "mobile": self.tr("Mobile:"), "email": self.tr("E-mail:"), "wechat": self.tr("WeChat:")}
        for name, text in labels.items():
            self.labels[name].setText(text)
        self.edits["phone"].setPlaceholderText(self.tr("021-58886666 or +44 20 7946 0958"))
        self.edits["mobile"].setPlaceholderText(self.tr("13800138000"))
        self.primary_check.setText(self.tr("Primary contact"))
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove contact"))

    # -- the list ------------------------------------------------------------------------------

    def set_contacts(self, contacts: list[ContactInput]) -> None:
        """Show these contacts (copies are edited), the first one selected."""
        self._contacts = [replace(c) for c in contacts]
        self._problems = {}
        self.table.setRowCount(0)
        self.table.setRowCount(len(self._contacts))
        for row in range(len(self._contacts)):
            self._show_row(row)
        self.select_row(0 if self._contacts else -1)

    def contacts(self) -> list[ContactInput]:
        """The contacts to save: completely empty ones left out."""
        self._sent_rows = [row for row, c in enumerate(self._contacts) if not _is_blank(c)]
        return [replace(self._contacts[row]) for row in self._sent_rows]

    def row_count(self) -> int:
        return len(self._contacts)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self._contacts):
            self.table.selectionModel().setCurrentIndex(
                self.table.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.table.clearSelection()
        self._show_selected()

    def add_contact(self) -> None:
        """Append an empty contact (primary when it is the first), select it, focus its name."""
        self._contacts.append(ContactInput(name="", is_primary=not self._contacts))
        self.table.setRowCount(len(self._contacts))
        self._show_row(len(self._contacts) - 1)
        self.select_row(len(self._contacts) - 1)
        self.edits["name"].setFocus()

    def remove_contact(self) -> None:
        """Remove the selected contact; the next one (else the previous) is selected."""
        row = self.selected_row()
        if row < 0:
            return
        removed = self._contacts.pop(row)
        if removed.is_primary and self._contacts:
            self._contacts[0].is_primary = True
        self._problems = {}
        self.table.removeRow(row)
        for other in range(len(self._contacts)):
            self._show_row(other)
        self.select_row(min(row, len(self._contacts) - 1))
        self.edited.emit()

    def _show_row(self, row: int) -> None:
        contact = self._contacts[row]
        values = [getattr(contact, name) for name in FIELDS] + ["✓" if contact.is_primary else ""]
        problems = self._problems.get(row, {})
        tooltip = "\n".join(problems.values())
        for column, value in enumerate(values):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(value)
            item.setToolTip(tooltip)
            item.setBackground(QBrush(PROBLEM_BACKGROUND) if problems else QBrush())
            item.setForeground(QBrush(QColor(INK_ON_LIGHT)) if problems else QBrush())
            if column == len(FIELDS):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    # -- the selected contact's fields -----------------------------------------------------------

    def _show_selected(self) -> None:
        row = self.selected_row()
        contact = self._contacts[row] if row >= 0 else None
        self.panel.setEnabled(contact is not None)
        self.remove_button.setEnabled(contact is not None)
        for name, edit in self.edits.items():
            edit.setText(getattr(contact, name) if contact is not None else "")
        self.primary_check.blockSignals(True)
        self.primary_check.setChecked(bool(contact and contact.is_primary))
        self.primary_check.blockSignals(False)
        self.errors.show(self._problems.get(row, {}))

    def _field_edited(self, name: str, text: str) -> None:
        row = self.selected_row()
        if row < 0:
            return
        setattr(self._contacts[row], name, text)
        problems = self._problems.get(row)
        if problems and problems.pop(name, None) is not None:
            self.errors.show(problems)
        self._show_row(row)
        if name in WATCHED:
            self.edited.emit()

    def _primary_toggled(self, checked: bool) -> None:
        row = self.selected_row()
        if row < 0:
            return
        for number, contact in enumerate(self._contacts):
            contact.is_primary = checked if number == row else (contact.is_primary and not checked)
            self._show_row(number)

    # -- messages from the service -------------------------------------------------------------

    def show_problems(self, fields: dict[str, str]) -> dict[str, str]:
        """Mark the contacts the service refused (keys `contacts[i].field`, i counting the contacts
        of the last `contacts()`); select the first. Returns the messages about other fields."""
        rest: dict[str, str] = {}
        self._problems = {}
        for key, message in fields.items():
            match = PROBLEM_KEY.match(key)
            if match is None or int(match.group(1)) >= len(self._sent_rows):
                rest[key] = message
                continue
            row = self._sent_rows[int(match.group(1))]
            self._problems.setdefault(row, {})[match.group(2)] = message
        for row in range(len(self._contacts)):
            self._show_row(row)
        if self._problems:
            first = min(self._problems)
            self.select_row(first)
            field = next(iter(self._problems[first]))
            if field in self.edits:
                self.edits[field].setFocus()
        else:
            self._show_selected()
        return rest

    def problems(self, row: int) -> dict[str, str]:
        """The service's messages about the contact in `row` (what tests read)."""
        return dict(self._problems.get(row, {}))

    def phones(self) -> list[str]:
        return [number for c in self._contacts for number in (c.phone, c.mobile) if number.strip()]

    def emails(self) -> list[str]:
        return [c.email for c in self._contacts if c.email.strip()]
