# ruff: noqa: F811  (pytest fixtures imported from test_kpi / test_report_kpi are parameters here)
"""The report screen (报表) on test_report_kpi's world (orders, payments, follow-ups ... of sales1 and
sales5 in March and April 2026): a manager picks the performance ranking and sees build_report's
figures, switches to targets and gets the chart, drills from a revenue figure into the orders that
add up to it, exports the report to Excel and reads the figures back; a file that cannot be
replaced gives a message and stays as it was; a salesperson sees only their own row."""

from __future__ import annotations

import datetime as dt
import pathlib
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.models.target import Target
from app.reports.catalog import build_report
from app.views import excel_export
from app.views.context import AppContext
from app.views.reports import report_documents
from app.views.reports.report_model import cell_text
from app.views.screens import SCREENS
from app.views.screens.reports import ReportsScreen
from tests.unit.test_kpi import world  # noqa: F401
from tests.unit.test_report_kpi import more  # noqa: F401

D = Decimal
APRIL_FIRST = dt.date(2026, 4, 1)


@pytest.fixture
def targets(more):
    """sales1: March target 1,000.00; the company's March 2,000.00."""
    Target.create(year=2026, month=3, level="salesperson", key=str(more["s1"]), amount=D("1000.00"))
    Target.create(year=2026, month=3, level="company", key="", amount=D("2000.00"))
    return more


def open_screen(qtbot, actor) -> ReportsScreen:
    screen = ReportsScreen(AppContext(actor, "test"), today=APRIL_FIRST)
    qtbot.addWidget(screen)
    screen.resize(1300, 760)
    with qtbot.waitExposed(screen):
        screen.show()
    return screen


def pick(qtbot, screen, report, year=2026, month=None, by=None) -> None:
    screen.picker.choose(report, year=year, month=month, by=by)
    qtbot.waitUntil(lambda: not screen.loader.busy and screen.table is not None and screen.table.name == report,
                    timeout=10_000)


def expected_texts(table) -> list[tuple[str, ...]]:
    rows = [tuple(cell_text(c, row.get(c.key)) for c in table.columns) for row in table.rows]
    if table.total_keys:
        totals = table.totals()
        rows.append(tuple(cell_text(c, totals[c.key]) if c.key in totals else ("合计" if i == 0 else "")
                          for i, c in enumerate(table.columns)))
    return rows


def cell_rect(screen, row: int, key: str):
    column = [c.key for c in screen.table.columns].index(key)
    screen.view.scrollTo(screen.model.index(row, column))
    return screen.view.visualRect(screen.model.index(row, column))


def test_the_screen_is_registered_after_commission():
    keys = [spec.key for spec in SCREENS]
    assert keys.index("reports") == keys.index("commissions") + 1
    spec = SCREENS[keys.index("reports")]
    assert spec.title == "Reports" and spec.load() is ReportsScreen


def test_manager_sees_the_performance_figures_then_the_targets_chart(qtbot, targets):
    manager = targets["manager"]
    screen = open_screen(qtbot, manager)
    pick(qtbot, screen, "performance", month=3)
    expected = build_report(manager, "performance", 2026, 3, today=APRIL_FIRST)
    assert screen.model.texts() == expected_texts(expected)
    first = dict(zip([c.key for c in expected.columns], screen.model.texts()[0], strict=True))
    assert (first["name"], first["revenue"], first["collected"], first["orders"]) == (
        targets["sales1"].display_name, "¥1,139.99", "¥442.48", "3")
    assert screen.model.texts()[-1][:4] == ("合计", "", "", "¥1,339.99")
    assert screen.excel_action.isEnabled()

    pick(qtbot, screen, "targets", by="company")
    assert screen.picker.by_combo.isVisible() and screen.picker.cumulative_box.isVisible()
    assert screen.model.texts() == expected_texts(build_report(manager, "targets", 2026, None, "company"))
    assert screen.chart.has_chart() and screen.chart_action.isEnabled()
    screen.picker.cumulative_box.setChecked(True)  # redrawn at once, without reading again
    assert not screen.loader.busy and screen.chart.has_chart()

    pick(qtbot, screen, "funnel")
    assert not screen.picker.by_combo.isVisible() and not screen.picker.cumulative_box.isVisible()


def test_a_salesperson_sees_only_their_own_row(qtbot, targets):
    me = targets["sales1"]
    screen = open_screen(qtbot, me)
    pick(qtbot, screen, "performance", month=3)
    assert [row[1] for row in screen.model.texts()[:-1]] == [me.display_name]
    assert screen.model.texts() == expected_texts(build_report(me, "performance", 2026, 3, today=APRIL_FIRST))
    combo = screen.picker.report_combo
    assert "reception" not in [combo.itemData(i) for i in range(combo.count())]  # not theirs to read
    screen.picker.choose("sales")
    assert [screen.picker.by_combo.itemData(i) for i in range(screen.picker.by_combo.count())] == ["month"]


def test_drill_down_from_revenue_lists_the_orders_that_make_it(qtbot, targets):
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "performance", month=3)
    row = [r["name"] for r in screen.table.rows].index(targets["sales1"].display_name)
    rect = cell_rect(screen, row, "revenue")
    # a real double-click: press and release, then the double-click event (the view needs the press)
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: screen.drill_dialog is not None, timeout=10_000)
    dialog = screen.drill_dialog
    rows = dialog.model.texts()
    assert [r[1] for r in rows[:-1]] == ["2026-03-01", "2026-03-10", "2026-03-20"]
    assert [r[-1] for r in rows] == ["¥89.99", "¥950.00", "¥100.00", "¥1,139.99"]
    assert dialog.detail.figure() == screen.table.rows[row]["revenue"]
    assert "3 row(s), total ¥1,139.99" in dialog.heading.text()
    dialog.close()
    # a rate has no rows behind it
    rate = cell_rect(screen, row, "win_rate")
    assert not screen.drill_into(screen.view.indexAt(rate.center()))


def test_excel_export_writes_the_figures(qtbot, targets, tmp_path, monkeypatch):
    target = tmp_path / "业绩.xlsx"
    monkeypatch.setattr(excel_export, "ask_excel_path", lambda _parent, _title, _name: target)
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "performance", month=3)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[:3] == ["排名", "销售员", "团队"])
    first = dict(zip(values[header], values[header + 1], strict=False))
    assert first["销售员"] == targets["sales1"].display_name
    assert (first["销售额"], first["回款额"], first["订单数"]) == (1139.99, 442.48, 3)
    assert values[1][:2] == ["期间", "2026年3月"]


def test_a_file_that_cannot_be_replaced_keeps_its_old_content(qtbot, targets, tmp_path, monkeypatch):
    target = tmp_path / "业绩.xlsx"
    target.write_bytes(b"the old workbook")
    monkeypatch.setattr(excel_export, "ask_excel_path", lambda _parent, _title, _name: target)
    shown = []
    monkeypatch.setattr(excel_export, "show_error", lambda _parent, error: shown.append(str(error)))
    real_replace = pathlib.Path.replace

    def locked(self, other):  # what Windows does while another program holds the file open
        if pathlib.Path(other) == target:
            raise PermissionError(13, "Permission denied", str(other))
        return real_replace(self, other)

    monkeypatch.setattr(pathlib.Path, "replace", locked)
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "performance", month=3)
    assert screen.export_excel() is None
    assert len(shown) == 1 and "业绩.xlsx could not be written (Permission denied)" in shown[0]
    assert "close it there" in shown[0]
    assert target.read_bytes() == b"the old workbook"
    assert not list(tmp_path.glob("*.part"))  # the unfinished file is gone


def test_pdf_and_chart_files(qtbot, targets, tmp_path, monkeypatch):
    pdf, png = tmp_path / "目标.pdf", tmp_path / "目标.png"
    monkeypatch.setattr(report_documents, "choose_pdf_path", lambda *_args: str(pdf))
    monkeypatch.setattr(report_documents, "choose_chart_path", lambda *_args: str(png))
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "targets", by="company")
    assert screen.export_pdf() == pdf and pdf.read_bytes().startswith(b"%PDF")
    assert screen.save_chart() == str(png) and png.read_bytes().startswith(b"\x89PNG")
    preview = screen.print_preview()
    assert preview is not None and preview.isVisible() and preview.printer().docName() == "目标达成_2026年"
    preview.close()


def test_opened_from_the_navigation_it_builds_the_users_report(qtbot, login_as):
    window = login_as("sales1")
    assert "Reports" in window.screen_titles()
    screen = window.open_screen("reports")
    qtbot.waitUntil(lambda: screen.table is not None and not screen.loader.busy, timeout=10_000)
    assert screen.table.name == "performance" and [r["name"] for r in screen.table.rows] == ["张伟"]
    assert "Reports" not in login_as("desk1").screen_titles()


def test_the_table_model_passes_the_model_tester(qtmodeltester, targets):
    from app.views.reports.report_model import ReportTableModel

    model = ReportTableModel()
    table = build_report(targets["manager"], "performance", 2026, 3, today=APRIL_FIRST)
    model.show_table(table, ("revenue",))
    qtmodeltester.check(model)
    last = len(table.rows)
    assert model.rowCount() == last + 1 and model.is_totals_row(last) and not model.is_totals_row(0)
    assert model.drillable(model.index(0, 3)) and not model.drillable(model.index(last, 3))  # revenue


def test_a_manager_narrows_the_ranking_to_a_salesperson(qtbot, targets):
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "performance", month=3)
    combo = screen.picker.scope_combo
    assert combo.isVisible() and combo.isEnabled()
    index = next(i for i in range(combo.count()) if combo.itemText(i) == targets["sales5"].display_name)
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not screen.loader.busy and len(screen.table.rows) == 1, timeout=10_000)
    assert screen.model.texts()[0][1] == targets["sales5"].display_name
    assert screen.model.texts()[-1][3] == "¥200.00"  # the totals are the row's
    pick(qtbot, screen, "sales", by="month")
    assert combo.isEnabled() and len(screen.table.rows) == 12  # by month: sales5's own figures
    assert screen.table.totals()["revenue"] == Decimal("200.00")


def test_picking_a_salesperson_shows_their_months_and_drills_into_their_orders(qtbot, targets):
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "sales", by="month")
    march = [r["name"] for r in screen.table.rows].index("2026-03")
    assert screen.model.texts()[march][1] == "¥1,339.99"  # everyone: sales1 1,139.99 + sales5 200.00
    combo = screen.picker.scope_combo
    assert combo.isVisible() and combo.isEnabled()
    index = next(i for i in range(combo.count()) if combo.itemText(i) == targets["sales1"].display_name)
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not screen.loader.busy and screen.table.scope.startswith("销售员"), timeout=10_000)
    texts = screen.model.texts()
    assert texts[march][1:5] == ("¥1,139.99", "¥442.48", "3", "¥380.00")  # test_kpi's figures of sales1
    assert texts[march + 1][1:3] == ("¥300.00", "¥607.52") and texts[-1][1] == "¥1,439.99"
    assert targets["sales1"].display_name in screen.status_label.text()
    rect = cell_rect(screen, march, "revenue")
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: screen.drill_dialog is not None, timeout=10_000)
    rows = screen.drill_dialog.model.texts()
    assert [r[-1] for r in rows] == ["¥89.99", "¥950.00", "¥100.00", "¥1,139.99"]  # sales1's orders only
    screen.drill_dialog.close()
    pick(qtbot, screen, "reception")  # the front desk's month figures narrow to who was routed to them
    assert combo.isEnabled() and screen.table.scope == f"销售员：{targets['sales1'].display_name}"
    pick(qtbot, screen, "receivables", by="customer")  # no row per person: it cannot be narrowed
    assert not combo.isEnabled() and screen.table.scope == "全公司"


def test_the_targets_chart_sums_every_line_or_follows_one(qtbot, targets):
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "targets", by="salesperson")
    combo = screen.picker.subject_combo
    names = list(dict.fromkeys(str(row["name"]) for row in screen.table.rows))
    assert len(names) > 1
    assert [combo.itemText(i) for i in range(combo.count())] == ["All (sum)", *names]
    assert combo.currentIndex() == 0 and screen.picker.subject is None and screen.chart.has_chart()
    combo.setCurrentIndex(names.index(targets["sales1"].display_name) + 1)
    assert screen.picker.subject == targets["sales1"].display_name and screen.chart.has_chart()
    pick(qtbot, screen, "targets", by="company")  # one line: nothing to sum
    assert [combo.itemText(i) for i in range(combo.count())] == [str(screen.table.rows[0]["name"])]


def test_the_pickers_combos_grow_with_their_items(qtbot, targets):
    """The combos whose items change (groupings per report, the targets' lines) grow to show their
    longest item whole; they kept the size they had when first shown and cut the text off (the
    Chinese 按来源统计 in a combo first shown with shorter groupings)."""
    screen = open_screen(qtbot, targets["manager"])
    pick(qtbot, screen, "targets", by="salesperson")
    combo = screen.picker.subject_combo
    screen.picker.set_subjects(["张伟", "李娜"])
    qtbot.waitUntil(combo.isVisible)
    long_name = "华东销售组第一分组的张伟（兼任华南销售组）"
    screen.picker.set_subjects(["张伟", long_name])
    combo.setCurrentIndex(combo.findData(long_name))
    qtbot.waitUntil(lambda: combo.width() > combo.fontMetrics().horizontalAdvance(long_name))
    for box in (screen.picker.by_combo, screen.picker.report_combo):
        assert box.width() > max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
