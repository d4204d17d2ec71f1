"""The workbench sections other areas add (services.workbench.WORKBENCH_EXTRAS: quotations waiting,
this month's target ...), shown without knowing them: one table per section, one column per
field of its rows' dataclass.

A section's name and its field names are English and shown through the "WorkbenchExtras"
translation context (`customer_name` -> "Customer name"); fields named `id` or ending in `_id`
are not shown, and a row with a `customer_id` opens that customer on double-click.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.views.money import format_money
from app.views.tables.paged_model import RIGHT, Column
from app.views.workbench.section import Section

CONTEXT = "WorkbenchExtras"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# A plain name lupdate knows: translate("WorkbenchExtras", "text") is read into the .ts file.
translate = QCoreApplication.translate


def field_title(name: str) -> str:
    """`customer_name` -> "Customer name", translated when the .ts file has it."""
    return _tr(name.replace("_", " ").strip().capitalize())


def display_value(value: object) -> object:
    """A cell's text: money with separators, dates as 2026-11-25, yes/no as ✓."""
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, bool):
        return "✓" if value else ""
    return value


def shown_fields(row: object) -> list[str]:
    """The fields of `row` (a dataclass) a table shows: all but ids."""
    if not dataclasses.is_dataclass(row):
        return []
    return [f.name for f in dataclasses.fields(row) if f.name != "id" and not f.name.endswith("_id")]


def extra_columns(rows: list) -> list[Column]:
    names = shown_fields(rows[0]) if rows else []
    kinds = {name: type(getattr(rows[0], name)) for name in names}
    return [Column(field_title(name), lambda r, n=name: display_value(getattr(r, n)),
                   RIGHT if issubclass(kinds[name], (int, Decimal)) and kinds[name] is not bool else None)
            for name in names]


class ExtrasRow(QWidget):
    """The extra sections side by side; hidden while there are none. `customer_opened(id)`."""

    customer_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sections: dict[str, Section] = {}
        self._rows: dict[str, list] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 8, 0, 0)
        self._layout.setSpacing(16)
        self.hide()

    def show_extras(self, extras: dict[str, list]) -> None:
        """Show each section's rows (sections appear and go as WORKBENCH_EXTRAS changes)."""
        for name in [n for n in self.sections if n not in extras]:
            self.sections.pop(name).deleteLater()
        self._rows = {name: list(rows) for name, rows in extras.items()}
        for name, rows in self._rows.items():
            section = self.sections.get(name)
            if section is None:
                section = self.sections[name] = Section(f"extra_{name}", extra_columns(rows))
                section.opened.connect(self._open)
                self._layout.addWidget(section, 1)
                section.show()  # added to a row already shown, a child would appear only later
            section.set_texts(_tr(name), extra_columns(rows), translate("WorkbenchExtras", "Nothing here."))
            section.set_rows(rows)
        self.setVisible(bool(self.sections))

    def retranslate_ui(self) -> None:
        for name, section in self.sections.items():
            rows = self._rows.get(name, [])
            section.set_texts(_tr(name), extra_columns(rows), translate("WorkbenchExtras", "Nothing here."))

    def _open(self, row: object) -> None:
        customer_id = getattr(row, "customer_id", None)
        if isinstance(customer_id, int):
            self.customer_opened.emit(customer_id)
