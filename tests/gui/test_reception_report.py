"""The reception report screen: the figures of registrations made in the test, the quick ranges,
and the Excel export (read back with openpyxl)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.models.activity import Call
from app.models.user import User
from app.services.customers import ContactInput, CustomerInput, create_customer
from app.services.reception import CallInput, VisitInput, register_call, register_visit
from app.services.reception_report import reception_report
from app.services.settings import update_settings
from app.views.screens.reception_report import ReceptionReportScreen

SOURCE_NAMES = ["Visit", "Phone", "Web", "Referral", "Exhibition", "Invoice data", "Other"]


def user(username: str) -> User:
    return User.get(User.username == username)


@pytest.fixture
def registrations(demo_db) -> None:
    """Today: a known customer's visit (2 people, to 张伟), a new web visitor and a new caller (to
    赵敏 on duty), a market survey, a new exhibition visitor left in the pool; last year: one call."""
    desk = user("desk1")
    create_customer(user("sales1"), CustomerInput(name="上海张三丰科技有限公司", contacts=[
        ContactInput(name="张三丰", mobile="13812345670")]))
    register_visit(desk, VisitInput(visitor_name="王五", company="杭州王五电子有限公司", source="exhibition"))
    update_settings(user("admin"), {"reception_rotation": [user("sales3").id]})
    register_visit(desk, VisitInput(visitor_name="张三丰", phone="13812345670", party_size=2))
    register_visit(desk, VisitInput(visitor_name="新人", phone="13900000001", source="web"))
    register_visit(desk, VisitInput(visitor_name="调研", market_survey=True))
    register_call(desk, CallInput(caller_name="来电", phone="13900000002"))
    old = register_call(desk, CallInput(caller_name="旧来电", phone="13900000003"))
    Call.update(at=dt.datetime(2025, 1, 1, 10)).where(Call.id == old.record_id).execute()


@pytest.fixture
def report_screen(login_as, registrations) -> ReceptionReportScreen:
    window = login_as("desk1")
    assert window.screen_titles()[:2] == ["Front desk", "Reception report"]
    screen = window.open_screen("reception_report")
    assert isinstance(screen, ReceptionReportScreen)
    return screen


def by_name(rows: list[list[object]]) -> dict[object, list[object]]:
    return {row[0]: row[1:] for row in rows}


def test_the_figures_shown_are_the_services_figures(report_screen):
    today = dt.date.today()
    assert report_screen.shown_range() == (today, today)
    service = reception_report(user("desk1"), today, today).total
    assert report_screen.figures.values() == {
        "Visits": str(service.visits), "Visitors": str(service.visitors),
        "New customers": str(service.new_customers), "Calls": str(service.calls),
        "Market surveys": str(service.surveys)}
    assert report_screen.figures.values() == {"Visits": "4", "Visitors": "5", "New customers": "3", "Calls": "1",
                                              "Market surveys": "1"}
    sources = report_screen.by_source.shown_rows()
    assert [row[0] for row in sources] == SOURCE_NAMES
    assert by_name(sources)["Web"] == [1, 1, 1, 0, 0]
    assert by_name(sources)["Phone"] == [0, 0, 1, 1, 0]
    assert by_name(sources)["Exhibition"] == [1, 1, 1, 0, 0]
    people = by_name(report_screen.by_salesperson.shown_rows())
    assert people == {"张伟": [1, 2, 0, 0, 0], "赵敏": [1, 1, 2, 1, 0], "Pool": [2, 2, 1, 0, 1]}
    assert report_screen.by_day.shown_rows() == [[f"{today:%Y-%m-%d}", 4, 5, 3, 1, 1]]


def test_quick_ranges_and_a_past_day(qtbot, report_screen):
    today = dt.date.today()
    qtbot.mouseClick(report_screen.range_bar.month_button, Qt.MouseButton.LeftButton)
    assert report_screen.shown_range() == (today.replace(day=1), today)
    assert len(report_screen.by_day.shown_rows()) == today.day  # every day, zeros included
    qtbot.mouseClick(report_screen.range_bar.week_button, Qt.MouseButton.LeftButton)
    assert report_screen.shown_range() == (today - dt.timedelta(days=today.weekday()), today)
    report_screen.range_bar.set_range(dt.date(2025, 1, 1), dt.date(2025, 1, 1))
    assert report_screen.figures.values()["Calls"] == "1"
    assert report_screen.figures.values()["Visits"] == "0"
    qtbot.mouseClick(report_screen.range_bar.today_button, Qt.MouseButton.LeftButton)
    assert report_screen.figures.values()["Visits"] == "4"


def test_export_writes_the_tables_to_a_workbook(qtbot, report_screen, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "接待日报"
    monkeypatch.setattr(report_screen, "choose_export_path", lambda suggested: str(target))
    report_screen.setFocus()
    with qtbot.waitSignal(report_screen.export_finished, timeout=10000) as finished:
        qtbot.keyClick(report_screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert finished.args == [f"{target}.xlsx"]
    assert report_screen.status_label.text() == f"Saved to {target}.xlsx"

    workbook = load_workbook(f"{target}.xlsx")
    assert workbook.sheetnames == ["Totals", "By source", "By salesperson", "By day"]
    totals = [list(row) for row in workbook["Totals"].iter_rows(values_only=True)]
    today = dt.date.today()
    assert totals == [["Figure", "Value"], ["Visits", 4], ["Visitors", 5], ["New customers", 3], ["Calls", 1],
                      ["Market surveys", 1], ["Period", f"{today:%Y-%m-%d} ~ {today:%Y-%m-%d}"]]
    sources = workbook["By source"]
    assert [c.value for c in sources[1]] == ["Source", "Visits", "Visitors", "New customers", "Calls",
                                             "Market surveys"]
    assert [row[0] for row in sources.iter_rows(min_row=2, values_only=True)] == SOURCE_NAMES
    assert sources["A1"].font.bold and sources.freeze_panes == "A2" and sources.auto_filter.ref == "A1:F8"
    people = {row[0]: list(row[1:]) for row in workbook["By salesperson"].iter_rows(min_row=2, values_only=True)}
    assert people == {"张伟": [1, 2, 0, 0, 0], "赵敏": [1, 1, 2, 1, 0], "Pool": [2, 2, 1, 0, 1]}
    [day_row] = list(workbook["By day"].iter_rows(min_row=2, values_only=True))
    assert (day_row[0].date(), *day_row[1:]) == (today, 4, 5, 3, 1, 1)


def test_salespeople_register_at_the_desk_but_have_no_report(login_as, registrations):
    window = login_as("sales1")
    assert "Front desk" in window.screen_titles()
    assert "Reception report" not in window.screen_titles()


def test_the_report_retranslates_without_reloading(qapp, report_screen):
    from tests.gui.test_reception_screen import MarkingTranslator

    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    qapp.processEvents()
    try:
        assert report_screen.figures.values()["«Visits»"] == "4"
        assert report_screen.by_source.shown_rows()[0][0] == "«Visit»"
        assert report_screen.by_salesperson.model.headerData(0, Qt.Orientation.Horizontal) == "«Salesperson»"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert report_screen.figures.values()["Visits"] == "4"
