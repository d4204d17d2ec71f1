"""The year grid of the target screen: one row per target line (the company, then teams or industries,
then salespeople grouped by team), one column per month and one for the year.

A cell shows the target (the figure typed but not yet saved in bold), the actual revenue and the
attainment; the company's cells add last year's actual. Rows the user may edit take typed amounts
(`edits`, saved together by the screen). A parent cell whose children do not add up to it is red,
its tooltip saying what they sum to, and so is a year cell whose months do not add up; both are
recomputed from what is on screen, typed figures included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.target import ANNUAL
from app.reports import kpi
from app.services.products import MAX_MONEY, parse_decimal
from app.services.targets import TargetFigure
from app.services.targets_view import TargetLine, TargetYear
from app.views.money import format_money
from app.views.theme import INK_ON_LIGHT

YEAR_COLUMN = 0  # first, where the manager types the annual figure
LAST_COLUMN = 12
MISMATCH_COLOUR = QColor("#f8d0d0")
PARENT_COLOUR = QColor("#eef2f7")
Key = tuple[str, str, int]  # (level, key, month)


def month_of(column: int) -> int:
    """Column 0 is the year (month 0), columns 1-12 January-December."""
    return column


def column_of(month: int) -> int:
    return month


def parse_amount(text: str) -> Decimal | None:
    """A typed amount ("1,200,000", "¥ 99.5") as a Decimal with two decimals; None when it is not one."""
    try:
        return parse_decimal(str(text).replace("¥", "").replace(" ", ""), 2, low=Decimal(0), high=MAX_MONEY)
    except ValueError:
        return None


@dataclass
class GridRow:
    """One line of the grid; `children` are the rows whose targets should add up to this one's."""

    line: TargetLine
    editable: bool
    children: list[int] = field(default_factory=list)


class TargetGridModel(QAbstractTableModel):
    """The lines of a TargetYear with the figures typed over them. `may_edit(line)` says which lines
    the user may change."""

    def __init__(self, may_edit: Callable[[TargetLine], bool] = lambda _line: False, parent=None):
        super().__init__(parent)
        self.may_edit = may_edit
        self.year: TargetYear | None = None
        self.rows: list[GridRow] = []
        self.edits: dict[Key, Decimal] = {}

    # -- loading -------------------------------------------------------------------------------

    def load(self, year: TargetYear) -> None:
        """Show `year`, forgetting the typed figures."""
        self.beginResetModel()
        self.year, self.edits, self.rows = year, {}, []
        company = self._add(year.company, None) if year.company is not None else None
        placed: set[str] = set()
        for middle in year.middle_lines:
            row = self._add(middle, company)
            if year.middle == "team":  # each team's people right under it
                for person in year.salespeople:
                    if person.parent == middle.key:
                        self._add(person, row)
                        placed.add(person.key)
        for person in year.salespeople:  # by industry, or a team not shown: after the others
            if person.key not in placed:
                self._add(person, None)
        self.endResetModel()

    def _add(self, line: TargetLine, parent_row: int | None) -> int:
        self.rows.append(GridRow(line, self.may_edit(line)))
        if parent_row is not None:
            self.rows[parent_row].children.append(len(self.rows) - 1)
        return len(self.rows) - 1

    # -- figures -------------------------------------------------------------------------------

    def value(self, row: int, month: int) -> Decimal | None:
        """The target shown: typed, else stored, else None."""
        line = self.rows[row].line
        return self.edits.get((line.level, line.key, month), line.cells[month].target)

    def children_sum(self, row: int, month: int) -> Decimal | None:
        values = [v for v in (self.value(child, month) for child in self.rows[row].children) if v is not None]
        return sum(values, Decimal("0.00")) if values else None

    def salespeople_sum(self, month: int) -> Decimal | None:
        """With industries in the middle: every salesperson's target, against the company's."""
        values = [v for i, r in enumerate(self.rows) if r.line.level == "salesperson"
                  for v in [self.value(i, month)] if v is not None]
        return sum(values, Decimal("0.00")) if values else None

    def months_sum(self, row: int) -> Decimal | None:
        values = [v for v in (self.value(row, m) for m in range(1, 13)) if v is not None]
        return sum(values, Decimal("0.00")) if values else None

    def problems(self, row: int, month: int) -> list[str]:
        """Why the cell is flagged (empty: it is not)."""
        target = self.value(row, month)
        if target is None:
            return []
        found = []
        children = self.children_sum(row, month)
        if children is not None and children != target:
            found.append(self.tr("Children sum to {amount}").format(amount=format_money(children)))
        line = self.rows[row].line
        if line.level == "company" and self.year is not None and self.year.middle == "industry":
            people = self.salespeople_sum(month)
            if people is not None and people != target:
                found.append(self.tr("Salespeople sum to {amount}").format(amount=format_money(people)))
        if month == ANNUAL:
            months = self.months_sum(row)
            if months is not None and months != target:
                found.append(self.tr("The months sum to {amount}").format(amount=format_money(months)))
        return found

    def mismatch(self, row: int, column: int) -> bool:
        return bool(self.problems(row, month_of(column)))

    def set_values(self, values: dict[Key, Decimal]) -> None:
        """Type figures (proposals) into the grid; lines not shown are left out."""
        shown = {(r.line.level, r.line.key): r for r in self.rows}
        for (level, key, month), amount in values.items():
            row = shown.get((level, key))
            if row is None:
                continue
            if amount == row.line.cells[month].target:
                self.edits.pop((level, key, month), None)
            else:
                self.edits[(level, key, month)] = amount
        self._changed()

    def figures(self) -> list[TargetFigure]:
        """The typed figures, each with the version it was read at (None: not stored yet)."""
        lines = {(r.line.level, r.line.key): r.line for r in self.rows}
        return [TargetFigure(month, level, key, amount, lines[(level, key)].cells[month].version)
                for (level, key, month), amount in sorted(self.edits.items())]

    def has_targets(self) -> bool:
        """Whether any figure of the year is stored."""
        return any(c.target is not None for r in self.rows for c in r.line.cells)

    def row_of(self, level: str, key: str = "") -> int:
        """The row of a line; -1 when it is not shown."""
        return next((i for i, r in enumerate(self.rows) if (r.line.level, r.line.key) == (level, key)), -1)

    def _changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, LAST_COLUMN))

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else LAST_COLUMN + 1

    def month_titles(self) -> list[str]:
        return [self.tr("Year"), self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May"),
                self.tr("Jun"), self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"), self.tr("Nov"),
                self.tr("Dec")]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.month_titles()[section]
        line = self.rows[section].line
        if line.level == "company":
            return self.tr("Company")
        return f"    {line.label}" if line.level == "salesperson" and self.year.middle == "team" else line.label

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.rows[index.row()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows: target; actual · attainment; for the company, last year's actual."""
        month, line = month_of(column), self.rows[row].line
        cell, target = line.cells[month], self.value(row, month)
        reached = kpi.attainment(cell.actual, target)
        second = format_money(cell.actual) + (self.tr(" · {percent} %").format(percent=reached)
                                              if reached is not None else "")
        text = f"{format_money(target) if target is not None else '—'}\n{second}"
        if line.level == "company":
            text += "\n" + self.tr("Last year {amount}").format(amount=format_money(cell.last_year))
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        month, line = month_of(column), self.rows[row].line
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            target = self.value(row, month)
            return "" if target is None else str(target)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.problems(row, month):
                return QBrush(MISMATCH_COLOUR)
            return QBrush(PARENT_COLOUR) if line.level != "salesperson" else None
        if role == Qt.ItemDataRole.ForegroundRole and (line.level != "salesperson" or self.problems(row, month)):
            return QBrush(QColor(INK_ON_LIGHT))  # dark on the light fills above, in the dark theme too
        if role == Qt.ItemDataRole.FontRole and (line.level, line.key, month) in self.edits:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.problems(row, month)
            if line.level == "company":
                last_year = format_money(line.cells[month].last_year)
                tips.append(self.tr("Last year's actual: {amount}").format(amount=last_year))
            return "\n".join(tips) or None
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.rows[index.row()].editable:
            return False
        text = str(value).strip()
        line, month = self.rows[index.row()].line, month_of(index.column())
        if not text:  # emptied: back to what is stored
            self.edits.pop((line.level, line.key, month), None)
            self._changed()
            return True
        amount = parse_amount(text)
        if amount is None:
            return False
        self.set_values({(line.level, line.key, month): amount})
        return True
