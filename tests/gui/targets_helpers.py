"""The target GUI tests' world and screen: last year's orders (tests.unit.order_factories) on the GUI
tests' database, the target screen for a year, and typing into its cells as a user does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from app.models.customer import Customer
from app.views.context import AppContext
from app.views.screens.targets import TargetsScreen
from tests.gui.order_helpers import edit_quantity
from tests.unit.order_factories import confirmed, item, order_world

YEAR = 2026
D = Decimal


def last_year_world() -> dict:
    """2025: sales1 (team 1) 100.00 in January and 100.00 in March, sales5 (team 2) 100.00 in February;
    2026: sales1 950.00 on 10 March."""
    w = order_world()
    Customer.update(industry="制造业").where(Customer.id == w["c1"]).execute()
    Customer.update(industry="零售").where(Customer.id == w["c5"]).execute()
    confirmed(w, item(w), on=dt.date(2025, 1, 15))
    confirmed(w, item(w), on=dt.date(2025, 3, 3))
    confirmed(w, item(w), actor="sales5", customer="c5", on=dt.date(2025, 2, 20))
    confirmed(w, item(w, quantity="10", discount="5"), on=dt.date(2026, 3, 10))
    w["t1"], w["t2"] = str(w["sales1"].team_id), str(w["sales5"].team_id)
    return w


def open_targets(qtbot, actor, year: int = YEAR) -> TargetsScreen:
    """The target screen as `actor`, showing `year`, opened as the main window opens it."""
    screen = TargetsScreen(AppContext(actor, "test"))
    qtbot.addWidget(screen)
    screen.resize(1400, 700)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.bar.year_spin.setValue(year)
    screen.refresh()
    return screen


def type_into(qtbot, screen: TargetsScreen, level: str, key: str, month: int, text: str) -> None:
    """Go to the line's cell of `month` (0: the year), press F2, type `text`, leave with Tab."""
    row = screen.model.row_of(level, key)
    assert row >= 0, (level, key)
    edit_quantity(qtbot, screen.table, row, month, text)


def shown(screen: TargetsScreen, level: str, key: str, month: int) -> str:
    """The cell's first line: the target as shown."""
    return screen.model.data(screen.model.index(screen.model.row_of(level, key), month)).split("\n")[0]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_with_ctrl_s(qtbot, screen: TargetsScreen) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
