"""The commission screen (提成): a manager generates the month (off the UI thread, with a progress
dialog per salesperson and a Cancel that leaves the month as it was) and sees each statement with the
commission the service computed, opens a statement's rows, approves it (locked: generating again
leaves it as it was) and marks it paid, exports the month and a statement; a salesperson sees only
their own statement and none of the manager's buttons."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.models.commission import CommissionRow, CommissionStatement
from app.services import commission_statements
from app.services.commission_queries import month_statements
from app.services.errors import ValidationError
from app.services.payments import PaymentInput, record_payment
from app.views import excel_export
from app.views.commissions import documents
from app.views.commissions.month_picker import last_month
from app.views.commissions.statement_tables import table_texts
from app.views.dialogs import forms
from app.views.money import format_money
from app.views.screens import commissions as commission_screen
from tests.gui.commission_helpers import MONTH, YEAR, commission_month, open_screen


@pytest.fixture
def world(empty_db):
    return commission_month()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def generate(qtbot, screen) -> None:
    """Press Generate month and wait until the generation (off the UI thread) has been shown."""
    click(qtbot, screen.actions.generate_button)
    assert screen.runner.running
    qtbot.waitUntil(lambda: not screen.runner.running, timeout=10000)


def row_of(screen, name: str) -> int:
    names = [row[0] for row in table_texts(screen.statement_list.model)]
    return names.index(name)


def select(qtbot, screen, name: str) -> None:
    table = screen.statement_list.table
    rect = table.visualRect(table.model().index(row_of(screen, name), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_last_month_is_the_default():
    assert last_month(dt.date(2026, 1, 15)) == (2025, 12)
    assert last_month(dt.date(2026, 3, 31)) == (2026, 2)


def test_manager_generates_the_month_and_sees_the_service_figures(qtbot, world):
    screen = open_screen(qtbot, world["manager"])
    assert screen.month_picker.month() == (YEAR, MONTH)
    assert table_texts(screen.statement_list.model) == []
    generate(qtbot, screen)

    stored = {s.salesperson_name: s for s in month_statements(world["manager"], YEAR, MONTH)}
    assert stored["张伟"].total == Decimal("60.00") and stored["周杰"].total == Decimal("62.00")
    shown = {row[0]: row[1:5] for row in table_texts(screen.statement_list.model)}
    assert shown["张伟"] == ("¥2,000.00", "80.00 %", "¥60.00", "Draft")
    assert shown["周杰"] == ("¥3,100.00", "no target", "¥62.00", "Draft")
    assert shown["刘洋"] == ("¥0.00", "no target", "¥0.00", "Draft")  # every active salesperson
    assert len(shown) == len(stored) == 8
    assert screen.status_label.text() == ("2026-03: 8 statement(s), commission total ¥122.00; 8 written anew, "
                                          "0 approved or paid left as they were.")
    assert screen.statement_list.total_label.text() == "8 statement(s); commission total ¥122.00"

    select(qtbot, screen, "周杰")
    lines = table_texts(screen.lines.model)
    number = world["order5"].number
    assert [row[:8] for row in lines] == [
        ("1", "Payment", number, "2026-03-13", "¥3,000.00", "全员回款", "2.00 %", "¥60.00"),
        ("2", "Payment", number, "2026-03-18", "¥100.00", "全员回款", "2.00 %", "¥2.00")]
    assert screen.lines.total_label.text() == "2 row(s); basis total ¥3,100.00; commission total ¥62.00"


def test_approval_locks_the_statement_and_paying_follows(qtbot, world, monkeypatch):
    asked = []
    monkeypatch.setattr(forms, "confirm", lambda _parent, title, text: asked.append(text) or True)
    screen = open_screen(qtbot, world["manager"])
    generate(qtbot, screen)
    select(qtbot, screen, "张伟")
    assert not screen.actions.paid_button.isEnabled()
    click(qtbot, screen.actions.approve_button)
    assert asked[-1].startswith("Approve 张伟's statement for 2026-03 (commission ¥60.00)?")
    statement = CommissionStatement.get(CommissionStatement.salesperson == world["sales1"].id)
    assert (statement.state, statement.approved_by_id) == ("approved", world["manager"].id)
    row = table_texts(screen.statement_list.model)[row_of(screen, "张伟")]
    assert row[4] == "Approved" and row[6].startswith("王建国, ")
    assert not screen.actions.approve_button.isEnabled() and screen.actions.paid_button.isEnabled()

    # A later payment in the locked month: generating again leaves the approved statement as it was.
    record_payment(world["sales1"], world["order1"].id, PaymentInput(dt.date(YEAR, MONTH, 20), "1130.00"))
    rows_before = list(CommissionRow.select().where(CommissionRow.statement == statement.id).tuples())
    generate(qtbot, screen)
    assert "1 approved or paid left as they were" in screen.status_label.text()
    again = CommissionStatement.get_by_id(statement.id)
    assert (again.state, again.total, again.version) == ("approved", Decimal("60.00"), statement.version)
    assert list(CommissionRow.select().where(CommissionRow.statement == statement.id).tuples()) == rows_before
    assert table_texts(screen.statement_list.model)[row_of(screen, "张伟")][3:5] == ("¥60.00", "Approved")

    select(qtbot, screen, "张伟")
    click(qtbot, screen.actions.paid_button)
    assert CommissionStatement.get_by_id(statement.id).state == "paid"
    assert table_texts(screen.statement_list.model)[row_of(screen, "张伟")][4] == "Paid"
    assert not screen.actions.paid_button.isEnabled()

    click(qtbot, screen.actions.approve_month_button)  # the other seven drafts
    assert asked[-1].startswith("Approve all 7 draft statement(s) of 2026-03 (commission ¥62.00)?")
    assert {s.state for s in month_statements(world["manager"], YEAR, MONTH)} == {"approved", "paid"}
    assert not screen.actions.approve_month_button.isEnabled()


def test_salesperson_sees_only_their_own_statement(qtbot, world, monkeypatch):
    manager_screen = open_screen(qtbot, world["manager"])
    generate(qtbot, manager_screen)
    screen = open_screen(qtbot, world["sales1"])
    assert [row[:5] for row in table_texts(screen.statement_list.model)] == [
        ("张伟", "¥2,000.00", "80.00 %", "¥60.00", "Draft")]
    assert len(table_texts(screen.lines.model)) == 1  # their one statement is opened
    bar = screen.actions
    for button in (bar.generate_button, bar.approve_button, bar.approve_month_button, bar.paid_button,
                   bar.rules_button):
        assert not button.isVisible()
    assert bar.pdf_button.isVisible() and bar.export_button.isVisible()
    before = CommissionStatement.select().count()
    screen.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # no generate shortcut either
    assert not screen.runner.running
    assert CommissionStatement.select().count() == before

    supervisor = open_screen(qtbot, world["sup1"])  # team 1: sales1 - sales4
    assert sorted(row[0] for row in table_texts(supervisor.statement_list.model)) == sorted(
        ["张伟", "刘洋", "赵敏", "孙磊"])


def test_exports_follow_what_the_user_sees(qtbot, world, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    generate(qtbot, open_screen(qtbot, world["manager"]))
    screen = open_screen(qtbot, world["sales1"])
    workbook_path = tmp_path / "month.xlsx"
    monkeypatch.setattr(excel_export, "ask_excel_path", lambda *_args: workbook_path)
    click(qtbot, screen.actions.export_button)
    workbook = load_workbook(workbook_path)
    assert workbook.sheetnames == ["汇总", "张伟"]
    assert workbook["张伟"]["H2"].value == 60  # the row's commission

    pdf_path = tmp_path / "statement.pdf"
    monkeypatch.setattr(documents, "choose_pdf_path", lambda *_args: str(pdf_path))
    click(qtbot, screen.actions.pdf_button)
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_a_statement_approved_meanwhile_is_refused_and_shown_as_it_is(qtbot, world, monkeypatch):
    from app.services.commission_statements import approve_statement

    shown = []
    monkeypatch.setattr(forms, "confirm", lambda *_args: True)
    monkeypatch.setattr(forms, "show_error", lambda _parent, exc: shown.append(exc) or False)
    screen = open_screen(qtbot, world["manager"])
    generate(qtbot, screen)
    select(qtbot, screen, "张伟")
    summary = screen.selected()
    approve_statement(world["manager"], summary.id, summary.version)  # another manager, first
    click(qtbot, screen.actions.approve_button)
    assert [type(e).__name__ for e in shown] == ["ValidationError"]
    assert table_texts(screen.statement_list.model)[row_of(screen, "张伟")][4] == "Approved"
    assert screen.selected().id == summary.id and not screen.actions.approve_button.isEnabled()


def test_the_screen_follows_payments_and_targets_in_the_navigation(login_as):
    window = login_as("sales1")
    titles = window.screen_titles()
    # DOMAIN's order: 回款, 目标, 提成
    assert titles.index("Commission") == titles.index("Targets") + 1 == titles.index("Payments") + 2
    screen = window.open_screen("commissions")
    assert screen.month_picker.month() == last_month()
    assert "Commission" not in login_as("desk1").screen_titles()


def test_print_preview_of_the_selected_statement(qtbot, world):
    generate(qtbot, open_screen(qtbot, world["manager"]))
    screen = open_screen(qtbot, world["sales1"])
    dialog = screen.print_preview()
    assert dialog is not None and dialog.windowTitle() == "Print preview: 张伟, 2026-03"
    dialog.reject()


def held_generation(monkeypatch, at: int) -> tuple[threading.Event, threading.Event]:
    """Make the screen's generation stop on its pool thread after reporting salesperson `at` until
    the test sets the returned `release`; `reached` is set when it got there."""
    reached, release = threading.Event(), threading.Event()
    real = commission_statements.generate_month

    def held(actor, year, month, progress):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if total and done == at and not release.is_set():
                reached.set()
                release.wait(10)
        return real(actor, year, month, step)

    monkeypatch.setattr(commission_screen, "generate_month", held)
    return reached, release


def progress_dialog(qtbot, screen) -> QProgressDialog:
    dialog = screen.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown by the UI thread's event loop meanwhile
    return dialog


def test_generating_runs_off_the_ui_thread_with_progress_per_salesperson(qtbot, world, monkeypatch):
    reached, release = held_generation(monkeypatch, at=3)
    screen = open_screen(qtbot, world["manager"])
    screen.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # the shortcut starts it
    assert screen.runner.running and table_texts(screen.statement_list.model) == []
    assert not screen.actions.isEnabled() and screen.status_label.text() == "Generating 2026-03…"
    assert reached.wait(10)
    dialog = progress_dialog(qtbot, screen)
    qtbot.waitUntil(lambda: dialog.labelText() == "2026-03: statement 3 of 8 worked out…", timeout=5000)
    assert (dialog.value(), dialog.maximum(), dialog.windowTitle()) == (3, 8, "Generate month")
    assert table_texts(screen.statement_list.model) == []  # nothing shown before the job ends
    release.set()

    qtbot.waitUntil(lambda: len(table_texts(screen.statement_list.model)) == 8, timeout=10000)
    assert not screen.runner.running and screen.actions.isEnabled()
    qtbot.waitUntil(lambda: screen.findChild(QProgressDialog) is None, timeout=5000)  # closed and deleted
    stored = month_statements(world["manager"], YEAR, MONTH)
    assert sorted((row[0], row[3], row[4]) for row in table_texts(screen.statement_list.model)) == sorted(
        (s.salesperson_name, format_money(s.total), "Draft") for s in stored)
    assert screen.status_label.text() == ("2026-03: 8 statement(s), commission total ¥122.00; 8 written anew, "
                                          "0 approved or paid left as they were.")


def month_as_stored() -> list[tuple]:
    return [(s.id, s.salesperson_id, s.state, s.version, s.total, s.updated_at) for s in
            CommissionStatement.select().order_by(CommissionStatement.id)] + [
        ("rows", CommissionRow.select().count())]


def cancel_held_generation(qtbot, screen, monkeypatch) -> None:
    reached, release = held_generation(monkeypatch, at=2)  # two statements written in its transaction
    click(qtbot, screen.actions.generate_button)
    assert reached.wait(10)
    dialog = progress_dialog(qtbot, screen)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not screen.runner.running, timeout=10000)


def test_cancelling_the_generation_leaves_the_month_as_it_was(qtbot, world, monkeypatch):
    screen = open_screen(qtbot, world["manager"])
    cancel_held_generation(qtbot, screen, monkeypatch)  # a month without statements: still none
    assert month_as_stored() == [("rows", 0)] and table_texts(screen.statement_list.model) == []
    assert screen.status_label.text() == "Generating 2026-03 was cancelled; its statements are as they were."
    assert screen.actions.isEnabled()

    monkeypatch.undo()
    generate(qtbot, screen)
    record_payment(world["sales1"], world["order1"].id, PaymentInput(dt.date(YEAR, MONTH, 20), "1130.00"))
    drafts, shown = month_as_stored(), table_texts(screen.statement_list.model)
    cancel_held_generation(qtbot, screen, monkeypatch)  # 张伟's draft would have changed
    assert month_as_stored() == drafts and table_texts(screen.statement_list.model) == shown
    assert "cancelled" in screen.status_label.text()

    monkeypatch.undo()
    generate(qtbot, screen)  # not cancelled, the payment counts
    assert "1 written anew" in screen.status_label.text() and month_as_stored() != drafts


def test_a_refused_generation_is_shown_as_an_error(qtbot, world, monkeypatch):
    shown = []
    monkeypatch.setattr(commission_screen, "show_error", lambda _parent, exc: shown.append(exc))

    def refused(*_args):
        raise ValidationError({"month": "A month from 1 to 12."})

    monkeypatch.setattr(commission_screen, "generate_month", refused)
    screen = open_screen(qtbot, world["manager"])
    generate(qtbot, screen)
    assert [e.fields for e in shown] == [{"month": "A month from 1 to 12."}]
    assert screen.actions.isEnabled() and table_texts(screen.statement_list.model) == []
