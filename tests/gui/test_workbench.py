"""The workbench (工作台) and the follow-up form, driven through the real main window.

A salesperson records a follow-up with a next action and finds it under "Due today"; "Done"
clears it; "Follow up" on a reminder opens the form and saving completes the reminder; overdue
reminders say by how many days. A manager's workbench opens on the monitoring tab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.models.customer import Customer
from app.models.opportunity import Opportunity
from app.services import workbench
from app.services.follow_ups import FollowUpInput, record_follow_up, reminders
from app.services.opportunities import OpportunityInput, create_opportunity
from app.views.dialogs.follow_up_dialog import FollowUpDialog, record_follow_up_for
from app.views.screens.workbench import WorkbenchScreen
from app.views.workbench.section import ALERT_COLOUR
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.helpers import tick, type_text

TODAY = dt.date.today()


def click_button(qtbot, section, row: int, key: str) -> None:
    """Click the `key` button ("done", "follow_up") drawn in row `row` of a workbench section."""
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=section.button_center(row, key))


def save_with_ctrl_enter(qtbot, dialog: FollowUpDialog) -> None:
    qtbot.keyClick(dialog.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def texts(section) -> list[tuple[str, ...]]:
    model = section.model
    return [tuple(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount() - 1))
            for r in range(model.rowCount())]


def follow_up(user, customer_id: int, content: str, action: str = "", due: dt.date | None = None) -> None:
    record_follow_up(user, FollowUpInput(customer_id, "call", content, next_action=action, next_action_on=due))


@pytest.fixture
def sales1_bench(login_as):
    window = login_as("sales1")
    screen = window.current_screen
    assert isinstance(screen, WorkbenchScreen)
    return window, screen, staff()


def test_the_workbench_is_the_first_screen_for_those_who_follow_up_customers(login_as):
    for username in ("sales1", "sup1", "manager"):
        window = login_as(username)
        assert window.screen_titles()[0] == "Workbench"
        assert isinstance(window.current_screen, WorkbenchScreen)
        window.close()
    for username in ("desk1", "admin"):
        window = login_as(username)
        assert "Workbench" not in window.screen_titles()
        assert "workbench" not in window.screens
        window.close()


def test_record_a_follow_up_with_a_next_action_and_see_it_on_the_workbench(qtbot, sales1_bench):
    window, screen, people = sales1_bench
    customer_id = add_customer(people["sales1"], "上海甲公司")
    panel = screen.my_work
    assert panel.today_section.row_count() == 0
    assert panel.today_section.empty.text() == "Nothing due today."

    seen = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            seen["focus"] = dialog.focusWidget() is dialog.content_edit  # content first: no click needed
            type_text(qtbot, dialog.content_edit, "电话沟通, 客户要报价")
            tick(qtbot, dialog.next_check)
            seen["default date"] = dialog.next_date_edit.date() == QDate.currentDate().addDays(1)  # tomorrow
            dialog.next_date_edit.setDate(QDate.currentDate())
            type_text(qtbot, dialog.next_action_edit, "发送报价单")
            save_with_ctrl_enter(qtbot, dialog)
        finally:
            if dialog.isVisible():  # never leave the test waiting on a modal form
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    assert record_follow_up_for(screen, people["sales1"], customer_id) is True
    assert seen == {"focus": True, "default date": True}

    window.open_screen("customers")
    window.open_screen("workbench")  # shown again: read again
    assert texts(panel.today_section) == [("上海甲公司", "发送报价单")]
    assert panel.today_section.title.text() == "Due today (1)"
    assert [r.content for r in panel.recent_section.rows()] == ["电话沟通, 客户要报价"]

    with qtbot.waitSignal(screen.records_changed):  # the bell hears of it
        click_button(qtbot, panel.today_section, 0, "done")
    assert panel.today_section.row_count() == 0
    assert panel.today_section.title.text() == "Due today"
    assert reminders(people["sales1"]) == []


def test_follow_up_on_a_reminder_opens_the_form_and_saving_completes_it(qtbot, sales1_bench):
    _window, screen, people = sales1_bench
    sales1 = people["sales1"]
    customer_id = add_customer(sales1, "上海乙公司")
    follow_up(sales1, customer_id, "约了下周拜访", "上门拜访", TODAY)
    screen.refresh()
    panel = screen.my_work
    assert texts(panel.today_section) == [("上海乙公司", "上门拜访")]

    click_button(qtbot, panel.today_section, 0, "follow_up")
    dialog = panel.current_dialog
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    assert dialog.customer_label.text().endswith("上海乙公司")
    assert "上门拜访" in dialog.reminder_label.text()
    save_with_ctrl_enter(qtbot, dialog)  # nothing typed: refused, the form stays open
    assert dialog.isVisible() and dialog.message("content") == "What was said or done?"

    type_text(qtbot, dialog.content_edit, "拜访了, 谈了价格")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("visit"))
    save_with_ctrl_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.current_dialog is None)
    assert panel.today_section.row_count() == 0
    recent = panel.recent_section.rows()
    assert [(r.kind, r.content) for r in recent] == [("visit", "拜访了, 谈了价格"), ("call", "约了下周拜访")]
    assert reminders(sales1) == []


def test_overdue_reminders_say_by_how_many_days_in_red(qtbot, sales1_bench):
    _window, screen, people = sales1_bench
    sales1 = people["sales1"]
    a, b = add_customer(sales1, "甲"), add_customer(sales1, "乙")
    follow_up(sales1, a, "约了", "回电", TODAY - dt.timedelta(days=3))
    follow_up(sales1, b, "约了", "送样品", TODAY - dt.timedelta(days=10))
    follow_up(sales1, b, "约了", "下月拜访", TODAY + dt.timedelta(days=20))
    screen.refresh()
    section = screen.my_work.overdue_section
    assert texts(section) == [("乙", "送样品", "10"), ("甲", "回电", "3")]  # most overdue first
    assert section.model.data(section.model.index(0, 2), Qt.ItemDataRole.ForegroundRole) == ALERT_COLOUR
    assert screen.my_work.today_section.row_count() == 0

    click_button(qtbot, section, 1, "done")
    assert texts(section) == [("乙", "送样品", "10")]


def test_a_double_click_on_a_reminder_opens_the_customer(qtbot, sales1_bench):
    from app.views.dialogs.customer_dialog import CustomerDialog

    _window, screen, people = sales1_bench
    customer_id = add_customer(people["sales1"], "上海丙公司")
    follow_up(people["sales1"], customer_id, "约了", "回电", TODAY)
    screen.refresh()
    section = screen.my_work.today_section
    cell = section.table.visualRect(section.model.index(0, 0)).center()
    # A real double-click starts with a click; QTest's mouseDClick alone sends no press first.
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = screen.my_work.current_dialog
    assert isinstance(dialog, CustomerDialog) and dialog.customer_id == customer_id
    dialog.reject()
    assert screen.my_work.current_dialog is None
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)  # Enter opens it too
    assert isinstance(screen.my_work.current_dialog, CustomerDialog)
    screen.my_work.current_dialog.reject()


def test_a_customer_about_to_return_is_followed_up_with_its_opportunity(qtbot, sales1_bench):
    _window, screen, people = sales1_bench
    sales1 = people["sales1"]
    customer_id = add_customer(sales1, "快回公海的客户")
    Customer.update(last_touch_at=dt.datetime.now() - dt.timedelta(days=28)).where(Customer.id == customer_id).execute()
    opportunity = create_opportunity(sales1, OpportunityInput(customer_id, "数控机床采购", "250000"))
    screen.refresh()
    section = screen.my_work.returning_section
    assert [(r.name, r.returns_on) for r in section.rows()] == [("快回公海的客户", TODAY + dt.timedelta(days=2))]

    click_button(qtbot, section, 0, "follow_up")
    dialog = screen.my_work.current_dialog
    assert dialog.reminder_label.isHidden()
    assert dialog.opportunity_combo.itemText(1) == "数控机床采购 · ¥250,000.00"
    dialog.opportunity_combo.setCurrentIndex(1)
    dialog.interest_combo.setCurrentIndex(dialog.interest_combo.findData("high"))
    assert dialog.interest_combo.itemText(0) == "Unchanged (Medium)"
    type_text(qtbot, dialog.content_edit, "演示了方案")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.my_work.current_dialog is None)
    assert section.row_count() == 0  # followed up: the pool clock starts again
    customer = Customer.get_by_id(customer_id)
    assert customer.interest == "high"
    assert Opportunity.get_by_id(opportunity.id).updated_at.date() == TODAY


def test_a_double_click_on_done_completes_one_reminder_only(qtbot, sales1_bench):
    _window, screen, people = sales1_bench
    sales1 = people["sales1"]
    for name in ("甲", "乙"):
        follow_up(sales1, add_customer(sales1, name), "约了", "回电", TODAY)
    screen.refresh()
    section = screen.my_work.today_section
    button = section.button_center(0, "done")
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=button)
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=button)
    qtbot.mouseRelease(section.table.viewport(), Qt.MouseButton.LeftButton, pos=button)
    assert [r.customer_name for r in section.rows()] == ["乙"]
    assert screen.my_work.current_dialog is None  # nor did it open the customer


def test_the_pipeline_summary_and_sections_other_areas_add(qtbot, sales1_bench, monkeypatch):
    @dataclass(frozen=True)
    class Waiting:
        id: int
        customer_id: int
        number: str
        amount: Decimal
        valid_until: dt.date

    _window, screen, people = sales1_bench
    sales1 = people["sales1"]
    customer_id = add_customer(sales1, "上海丁公司")
    create_opportunity(sales1, OpportunityInput(customer_id, "生产线改造", Decimal("1234567.5")))
    create_opportunity(sales1, OpportunityInput(customer_id, "备件", "100"))
    rows = [Waiting(7, customer_id, "BJ202611-0001", Decimal("88000"), dt.date(2026, 12, 31))]
    monkeypatch.setitem(workbench.WORKBENCH_EXTRAS, "Quotations waiting", lambda actor: rows)
    screen.refresh()
    panel = screen.my_work
    assert panel.summary.text() == "2 open opportunities, pipeline ¥1,234,667.50"
    # the other areas' sections come after the rest has painted
    assert "Quotations waiting" not in panel.extras.sections
    with qtbot.waitSignal(panel.extras_shown, timeout=5000):
        pass
    extra = panel.extras.sections["Quotations waiting"]
    assert extra.isVisibleTo(panel)
    headers = [extra.model.headerData(c, Qt.Orientation.Horizontal) for c in range(extra.model.columnCount())]
    assert headers == ["Number", "Amount", "Valid until"]  # ids are not shown
    model = extra.model
    assert [model.data(model.index(0, c)) for c in range(3)] == ["BJ202611-0001", "¥88,000.00", "2026-12-31"]


def test_a_manager_sees_the_monitoring_tab(qtbot, login_as):
    people = staff()
    manager, sales1 = people["manager"], people["sales1"]
    key = add_customer(sales1, "重点客户", interest="high")
    Customer.update(created_at=dt.datetime.now() - dt.timedelta(days=20)).where(Customer.id == key).execute()
    stale = create_opportunity(sales1, OpportunityInput(key, "停滞的商机", "50000"))
    Opportunity.update(updated_at=dt.datetime.now() - dt.timedelta(days=10)).where(Opportunity.id == stale.id).execute()
    add_customer(manager, "公海线索")
    recent = add_customer(sales1, "刚跟进的客户", interest="high")
    follow_up(sales1, recent, "刚打过电话")

    window = login_as("manager")
    screen = window.current_screen
    assert isinstance(screen, WorkbenchScreen)
    panel = screen.monitoring
    assert screen.shown_panel is panel and screen.my_work is None  # a manager's opens on monitoring
    idle = [r.name for r in panel.idle_section.rows()]
    assert "张伟" not in idle and {"刘洋", "李红梅", "冯丽"} <= set(idle) and len(idle) == 9
    activity = {r.name: (r.follow_ups_7d, r.follow_ups_30d, r.customers) for r in panel.activity_section.rows()}
    assert activity["张伟"] == (1, 1, 2) and activity["刘洋"] == (0, 0, 0) and len(activity) == 10
    assert panel.stale_names() == (["重点客户"], ["停滞的商机"])
    model = panel.opportunity_section.model
    assert model.data(model.index(0, 2)) == "¥50,000.00"
    assert panel.pool_label.text().startswith("Leads waiting in the pool: 1, the oldest since ")
    assert panel.key_section.title.text() == "Key customers not followed up for 7 days (1)"

    screen.tabs.setCurrentIndex(0)  # built and read when first shown
    assert screen.my_work.board is not None and screen.my_work.summary.text() == "No open opportunities."


def test_a_supervisor_watches_the_team_only(login_as):
    window = login_as("sup2")
    screen = window.current_screen
    assert screen.shown_panel is screen.my_work and screen.monitoring is None
    screen.tabs.setCurrentIndex(1)
    assert {r.name for r in screen.monitoring.activity_section.rows()} == {"陈志强", "周杰", "吴婷", "郑凯", "冯丽"}


def test_a_salesperson_has_no_monitoring_and_the_workbench_retranslates(login_as):
    window = login_as("sales1")
    screen = window.current_screen
    assert screen.monitoring is None and screen.tabs is None
    screen.retranslate_ui()
    assert screen.my_work.overdue_section.title.text() == "Overdue"
