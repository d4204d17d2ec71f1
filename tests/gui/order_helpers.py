"""Orders for the shipment, payment and receivables GUI tests, made through the services on the GUI
tests' database (`empty_db`): the demo staff, customers and a product (tests.unit.order_factories)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.models.order import OrderLine
from app.services.quotations import LineInput
from tests.gui.helpers import type_text
from tests.unit.order_factories import confirmed, item


def two_line_order(w, actor: str = "sales1", **fields):
    """A confirmed order of 10 controllers (1,130.00 with tax) and 2.5 hours of service at 80.00
    (200.00): total 1,330.00. Returns (order, [goods line, service line])."""
    order = confirmed(w, item(w, quantity="10"),
                      LineInput(description="调试服务", quantity="2.5", unit="小时", unit_price="80"),
                      actor=actor, **fields)
    lines = list(OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.position))
    return order, lines


def edit_quantity(qtbot, table, row: int, column: int, text: str) -> None:
    """Go to the cell, open it with F2, type `text` over what it holds; Tab leaves it."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
