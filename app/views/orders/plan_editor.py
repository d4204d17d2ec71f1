"""The payment plan (付款计划) of the order editor: instalments (due date, amount) typed in a small
table, or made by "Even split" (`payment_plan.even_split` over `monthly_due_dates`: a count and the
first due date), with the planned sum shown against the order total and a difference flagged.

The amounts are kept as typed; the service checks them (and that they add up exactly) on save.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.payment_plan import MAX_INSTALMENTS, InstalmentInput, even_split, monthly_due_dates
from app.views.dialogs.forms import ERROR_STYLE
from app.views.dialogs.quotation_dialog import date_edit, pydate, qdate
from app.views.errors import show_error
from app.views.money import format_money
from app.views.quotations.line_model import read_decimal
from app.views.tables.paged_model import RIGHT

DUE, AMOUNT = range(2)
Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """Instalments as typed: [due date (QDate), amount text]; `headers` are set by the editor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[list[object]] = []
        self.headers = ["", ""]
        self.read_only = False

    def set_instalments(self, items: list[tuple[dt.date, Decimal]]) -> None:
        self.beginResetModel()
        self.rows = [[qdate(due), f"{amount:.2f}"] for due, amount in items]
        self.endResetModel()

    def add(self, due: dt.date, amount: str = "") -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append([qdate(due), amount])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def inputs(self) -> list[InstalmentInput]:
        return [InstalmentInput(pydate(due), str(amount).replace(",", "").strip()) for due, amount in self.rows]

    def planned(self) -> Decimal | None:
        """The sum of the amounts; None while one of them is not a number."""
        values = [read_decimal(str(amount)) for _due, amount in self.rows]
        return None if any(v is None for v in values) else sum(values, Decimal("0.00"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if orientation == Qt.Orientation.Horizontal else section + 1
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value.toString("yyyy-MM-dd") if index.column() == DUE else value
        if role == Qt.ItemDataRole.EditRole:
            return value  # a QDate gets a date editor from the default delegate
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT:
            return RIGHT.value
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        if index.column() == DUE and not isinstance(value, QDate):
            return False
        self.rows[index.row()][index.column()] = value if index.column() == DUE else str(value).strip()
        self.dataChanged.emit(index, index)
        return True


class PlanEditor(QWidget):
    """The plan table, add/remove, the even split and the sum against `total`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.total = Decimal("0.00")
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(DUE, 120)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(150)
        self.add_button, self.remove_button, self.split_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.add_button, self.remove_button, self.split_button):
            button.setAutoDefault(False)
        self.count_label, self.first_label = QLabel(), QLabel()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, MAX_INSTALMENTS)
        self.count_spin.setValue(3)
        self.first_edit = date_edit()
        self.first_edit.setDate(qdate(dt.date.today()))
        self.sum_label = QLabel()
        self.sum_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        side = QVBoxLayout()
        split = QHBoxLayout()
        for widget in (self.count_label, self.count_spin, self.first_label, self.first_edit, self.split_button):
            split.addWidget(widget)
        split.addStretch(1)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        side.addLayout(split)
        side.addLayout(rows)
        side.addWidget(self.sum_label)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(side, 1)
        self.add_button.clicked.connect(self.add_instalment)
        self.remove_button.clicked.connect(self.remove_instalment)
        self.split_button.clicked.connect(self.split_evenly)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self.show_sum)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.headers = [self.tr("Due date"), self.tr("Amount")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.add_button.setText(self.tr("Add instalment"))
        self.remove_button.setText(self.tr("Remove"))
        self.count_label.setText(self.tr("Even split:"))
        self.count_spin.setSuffix(self.tr(" instalment(s)"))
        self.first_label.setText(self.tr("first due"))
        self.split_button.setText(self.tr("Split"))
        self.split_button.setToolTip(self.tr("Replace the plan by equal monthly instalments of the order total"))
        self.show_sum()

    def set_total(self, total: Decimal) -> None:
        """The order total the plan must add up to (the lines' total as typed)."""
        self.total = total
        self.show_sum()

    def set_instalments(self, items: list[tuple[dt.date, Decimal]]) -> None:
        self.model.set_instalments(items)

    def instalments(self) -> list[InstalmentInput]:
        return self.model.inputs()

    def set_read_only(self) -> None:
        self.model.read_only = True
        for widget in (self.add_button, self.remove_button, self.split_button, self.count_spin, self.first_edit):
            widget.setEnabled(False)

    def add_instalment(self) -> None:
        """A new instalment a month after the last one (today when there is none), for what the
        others leave of the total (to be typed over)."""
        last = self.model.rows[-1][DUE] if self.model.rows else None
        due = monthly_due_dates(pydate(last), 2)[1] if last is not None else dt.date.today()
        planned = self.model.planned()
        left = self.total - planned if planned is not None and planned < self.total else None
        row = self.model.add(due, f"{left:.2f}" if left is not None else "")
        self.table.setCurrentIndex(self.model.index(row, AMOUNT))
        self.table.setFocus()

    def remove_instalment(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove(current.row())

    def split_evenly(self) -> None:
        """The total in `count` monthly instalments from the first due date, to the cent."""
        try:
            items = even_split(self.total, monthly_due_dates(pydate(self.first_edit.date()), self.count_spin.value()))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_instalments([(item.due_date, Decimal(item.amount)) for item in items])

    def mismatch(self) -> Decimal | None:
        """Planned − total when a plan is given and it differs (None when it matches or is empty)."""
        planned = self.model.planned()
        if not self.model.rows or planned is None or planned == self.total:
            return None
        return planned - self.total

    def show_sum(self, *_args: object) -> None:
        planned = self.model.planned()
        if not self.model.rows:
            text, bad = self.tr("No plan: one instalment of the total, due on the sign date, when confirmed."), False
        elif planned is None:
            text, bad = self.tr("An amount is not a number."), True
        else:
            text = self.tr("Planned {planned} of {total}").format(planned=format_money(planned),
                                                                  total=format_money(self.total))
            bad = planned != self.total
            if bad:
                text += "\n" + self.tr("Differs by {amount}").format(amount=format_money(planned - self.total))
        self.sum_label.setText(text)
        self.sum_label.setStyleSheet(ERROR_STYLE if bad else "")
        self.sum_label.setWordWrap(True)
