"""Order reminders where people see them: a contract to renew and an overdue instalment on the
salesperson's workbench (My work) and, with the salesperson's name, on the supervisor's monitoring
tab (team only); the background passes notify both once, at start-up and then daily."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.models.notification import Notification
from app.services import order_workbench
from app.views.background_passes import BackgroundPasses
from app.views.context import AppContext
from app.views.screens.workbench import WorkbenchScreen
from tests.gui.order_helpers import two_line_order
from tests.unit.order_factories import order_world

TODAY = dt.date.today()


@pytest.fixture
def world(empty_db):
    """sales1: a contract signed 40 days ago (its single instalment 40 days overdue) that ends in 12
    days; sales5 (the other team): the same."""
    w = order_world()
    start = TODAY - dt.timedelta(days=40)
    w["order"], _ = two_line_order(w, on=start, end_date=TODAY + dt.timedelta(days=12))
    w["other"], _ = two_line_order(w, actor="sales5", customer="c5", on=start, end_date=TODAY + dt.timedelta(days=3))
    return w


def texts(section) -> list[tuple[str, ...]]:
    model = section.model
    return [tuple(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def headers(section) -> list[str]:
    return [section.model.headerData(c, Qt.Orientation.Horizontal) for c in range(section.model.columnCount())]


def open_workbench(qtbot, actor) -> WorkbenchScreen:
    screen = WorkbenchScreen(AppContext(actor, "test"))
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    panel = screen.shown_panel
    with qtbot.waitSignal(panel.extras_shown, timeout=5000):  # the other areas' sections come after the paint
        pass
    return screen


def test_the_salesperson_sees_their_renewal_and_overdue_instalment(qtbot, world):
    screen = open_workbench(qtbot, world["sales1"])
    sections = screen.my_work.extras.sections
    renewals, overdue = sections[order_workbench.RENEWALS], sections[order_workbench.OVERDUE]
    assert renewals.isVisibleTo(screen.my_work) and overdue.isVisibleTo(screen.my_work)
    assert headers(renewals) == ["Order number", "Customer name", "End date", "Days left"]
    assert texts(renewals) == [(world["order"].number, "上海甲公司", f"{TODAY + dt.timedelta(days=12):%Y-%m-%d}", "12")]
    assert headers(overdue) == ["Order number", "Customer name", "Due date", "Not paid", "Days overdue"]
    assert texts(overdue) == [(world["order"].number, "上海甲公司", f"{TODAY - dt.timedelta(days=40):%Y-%m-%d}",
                               "¥1,330.00", "40")]
    assert renewals.title.text() == "Contracts to renew (1)"


def test_a_supervisor_watches_the_team_orders_with_the_salesperson(qtbot, world):
    screen = open_workbench(qtbot, world["sup1"])
    screen.tabs.setCurrentWidget(screen._monitoring_tab)
    qtbot.waitUntil(lambda: order_workbench.RENEWALS in screen.monitoring.extras.sections)
    sections = screen.monitoring.extras.sections
    renewals, overdue = sections[order_workbench.RENEWALS], sections[order_workbench.OVERDUE]
    salesperson = world["sales1"].display_name
    assert [row[0] for row in texts(renewals)] == [world["order"].number]  # not sales5's: another team
    assert headers(renewals)[-1] == "Salesperson" and texts(renewals)[0][-1] == salesperson
    assert texts(overdue) == [(world["order"].number, "上海甲公司", f"{TODAY - dt.timedelta(days=40):%Y-%m-%d}",
                               "¥1,330.00", "40", salesperson)]
    manager = order_workbench.team_renewals(world["manager"])
    assert [r.order_number for r in manager] == [world["other"].number, world["order"].number]  # soonest first


def test_the_order_reminder_pass_runs_at_start_and_notifies_once(qtbot, world):
    sales1 = world["sales1"]
    passes = BackgroundPasses(sales1, order_reminder_interval_ms=30)
    results = []
    passes.failed.connect(lambda name, error: results.append((name, error)))
    with qtbot.waitSignal(passes.records_changed, timeout=5000):
        passes.start()
    assert passes.order_timer.isActive()
    qtbot.wait(200)  # later daily ticks (here every 30 ms) find nothing new
    passes.stop()
    assert results == []
    mine = Notification.select().where(Notification.user == sales1.id)
    assert sorted((n.kind, n.title) for n in mine if n.kind.startswith("order.")) == [
        ("order.overdue", "Instalment overdue"), ("order.renewal", "Contract to renew")]
    assert BackgroundPasses(sales1).order_timer.interval() == 24 * 60 * 60 * 1000
