"""The opportunities screen: columns per stage with counts and totals, moving a card forward and
back with the keyboard, won, lost with a required reason, a new opportunity and an edit through
the form, a conflict with someone else's save, and who sees which opportunities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.services.opportunities import OpportunityInput, create_opportunity, move_stage, pipeline, update_opportunity
from app.views.dialogs import forms
from app.views.pipeline.lost_dialog import LostDialog
from app.views.pipeline.opportunity_dialog import OpportunityDialog
from app.views.screens import pipeline as pipeline_screen
from app.views.screens.pipeline import PipelineScreen
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.helpers import press_ok, type_text

HENGXIN = "上海恒信精密机械有限公司"
HUACHUANG = "苏州华创电子科技有限公司"


@pytest.fixture
def deals(demo_db) -> dict:
    """Three opportunities of sales1's customer (two in qualify, one in needs) and one of sales2's."""
    users = staff()
    manager = users["manager"]
    hengxin = add_customer(manager, HENGXIN, owner=users["sales1"])
    huachuang = add_customer(manager, HUACHUANG, owner=users["sales2"])
    soon = dt.date.today() + dt.timedelta(days=20)
    erp = create_opportunity(manager, OpportunityInput(hengxin, "ERP 系统升级", Decimal("1234567.89"), soon))
    create_opportunity(manager, OpportunityInput(hengxin, "年度耗材采购", Decimal("800000.11"), soon))
    line = create_opportunity(manager, OpportunityInput(hengxin, "生产线自动化改造", Decimal("2500000"), None))
    move_stage(manager, line.id, line.version, +1)
    create_opportunity(manager, OpportunityInput(huachuang, "门店收银设备", Decimal("66000.50"), soon))
    return {**users, "erp": erp.id, "hengxin": hengxin}


def open_pipeline(login_as, username: str) -> PipelineScreen:
    screen = login_as(username).open_screen("pipeline")
    assert isinstance(screen, PipelineScreen)
    return screen


def click_card(qtbot, screen: PipelineScreen, stage: str, title: str) -> None:
    column = screen.board.columns[stage]
    row = screen.titles_in(stage).index(title)
    position = column.view.visualRect(column.model.index(row, 0)).center()
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def stages_of(actor) -> dict[str, list[str]]:
    """The titles per stage as the service has them."""
    return {stage.stage: [card.title for card in stage.cards] for stage in pipeline(actor)}


def test_the_columns_show_counts_and_totals(deals, login_as):
    screen = open_pipeline(login_as, "manager")
    summary = screen.stage_summary()
    assert summary["qualify"] == (3, "¥2,100,568.50")  # 1,234,567.89 + 800,000.11 + 66,000.50
    assert summary["needs"] == (1, "¥2,500,000.00")
    assert summary["won"] == (0, "¥0.00")
    assert screen.board.columns["qualify"].title_label.text() == "Qualify · 3"
    assert [column.title_label.text().split(" · ")[0] for column in screen.board.columns.values()] == [
        "Qualify", "Needs", "Solution", "Demo", "Negotiate", "Won", "Lost"]
    assert not screen.forward_button.isEnabled()  # nothing selected


def test_the_card_models_pass_the_model_tester(qtmodeltester, deals, login_as):
    screen = open_pipeline(login_as, "manager")
    for column in screen.board.columns.values():
        qtmodeltester.check(column.model)


def test_forward_and_back_move_the_card_between_columns(qtbot, deals, login_as):
    screen = open_pipeline(login_as, "manager")
    click_card(qtbot, screen, "qualify", "ERP 系统升级")
    assert screen.forward_button.isEnabled() and not screen.back_button.isEnabled()
    qtbot.keyClick(screen.board.columns["qualify"].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)

    assert "ERP 系统升级" in screen.titles_in("needs") and "ERP 系统升级" not in screen.titles_in("qualify")
    assert screen.board.selected_card().title == "ERP 系统升级"  # still selected, in its new column
    assert screen.stage_summary()["needs"] == (2, "¥3,734,567.89")
    assert "ERP 系统升级" in stages_of(deals["manager"])["needs"]

    qtbot.keyClick(screen.board.columns["needs"].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "ERP 系统升级" in screen.titles_in("solution")
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert "ERP 系统升级" in stages_of(deals["manager"])["needs"]


def test_lost_needs_a_reason(qtbot, deals, login_as):
    screen = open_pipeline(login_as, "sales1")
    click_card(qtbot, screen, "needs", "生产线自动化改造")
    qtbot.mouseClick(screen.lost_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, LostDialog)

    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("lost_reason") == "Why was it lost?"
    assert "生产线自动化改造" in stages_of(deals["sales1"])["needs"]

    type_text(qtbot, dialog.reason_edit, "价格高于竞争对手")
    press_ok(qtbot, dialog)
    assert screen.current_dialog is None
    assert screen.titles_in("lost") == ["生产线自动化改造"]
    assert screen.titles_in("needs") == []
    lost = next(stage for stage in pipeline(deals["sales1"]) if stage.stage == "lost").cards[0]
    assert lost.lost_reason == "价格高于竞争对手"
    assert not screen.lost_button.isEnabled() and not screen.forward_button.isEnabled()
    assert screen.back_button.isEnabled()  # a closed opportunity may reopen


def test_won_after_a_yes(qtbot, deals, login_as, monkeypatch):
    questions: list[str] = []
    monkeypatch.setattr(forms, "confirm", lambda _parent, _title, text: questions.append(text) or True)
    screen = open_pipeline(login_as, "sales1")
    click_card(qtbot, screen, "qualify", "年度耗材采购")
    qtbot.mouseClick(screen.won_button, Qt.MouseButton.LeftButton)
    assert questions and "年度耗材采购" in questions[0]
    assert screen.titles_in("won") == ["年度耗材采购"]
    assert screen.stage_summary()["won"] == (1, "¥800,000.11")


def test_a_salesperson_sees_only_own_opportunities(deals, login_as):
    screen = open_pipeline(login_as, "sales2")
    shown = [title for stage in screen.board.columns for title in screen.titles_in(stage)]
    assert shown == ["门店收银设备"]
    assert not screen.owner_combo.isVisible()
    assert screen.stage_summary()["qualify"] == (1, "¥66,000.50")


def test_a_manager_filters_by_owner(deals, login_as):
    screen = open_pipeline(login_as, "manager")
    assert screen.owner_combo.isVisible()
    screen.select_owner(deals["sales2"].id)
    assert screen.titles_in("qualify") == ["门店收银设备"] and screen.titles_in("needs") == []
    screen.select_owner(None)
    assert len(screen.titles_in("qualify")) == 3


def test_a_new_opportunity_through_the_form(qtbot, deals, login_as):
    screen = open_pipeline(login_as, "sales1")
    qtbot.keyClick(screen.board.columns["qualify"].view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.current_dialog
    assert isinstance(dialog, OpportunityDialog)
    type_text(qtbot, dialog.picker.search_box, "恒信")
    qtbot.waitUntil(lambda: not dialog.picker.pending and dialog.picker.chosen_name() == HENGXIN)
    press_ok(qtbot, dialog)  # no title yet
    assert dialog.errors.message("title") == "Give the opportunity a title."
    type_text(qtbot, dialog.title_edit, "质检设备更新")
    qtbot.keyClicks(dialog.amount_edit, "12,345.6")
    press_ok(qtbot, dialog)

    assert screen.current_dialog is None
    assert "质检设备更新" in screen.titles_in("qualify")
    card = screen.board.selected_card()
    assert (card.title, card.amount, card.customer_name) == ("质检设备更新", Decimal("12345.60"), HENGXIN)


def test_an_edit_that_lost_the_race_offers_a_reload(qtbot, deals, login_as, monkeypatch):
    screen = open_pipeline(login_as, "manager")
    click_card(qtbot, screen, "qualify", "ERP 系统升级")
    # Someone else renames it after the board was read.
    stale = screen.board.selected_card()
    update_opportunity(deals["sales1"], stale.id, stale.version,
                       OpportunityInput(deals["hengxin"], "ERP 系统升级（二期）", Decimal("1234567.89")))
    shown: list[str] = []
    monkeypatch.setattr(pipeline_screen, "show_error", lambda _parent, exc: shown.append(type(exc).__name__) or True)
    qtbot.keyClick(screen.board.columns["qualify"].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)

    assert shown == ["ConflictError"]
    assert "ERP 系统升级（二期）" in screen.titles_in("qualify")  # reloaded, not moved
    assert screen.board.selected_card().title == "ERP 系统升级（二期）"


def test_edit_changes_title_amount_and_date(qtbot, deals, login_as):
    screen = open_pipeline(login_as, "sales1")
    click_card(qtbot, screen, "qualify", "ERP 系统升级")
    qtbot.keyClick(screen.board.columns["qualify"].view, Qt.Key.Key_F2)
    dialog = screen.current_dialog
    assert isinstance(dialog, OpportunityDialog) and dialog.amount_edit.text() == "1234567.89"
    dialog.amount_edit.selectAll()
    qtbot.keyClicks(dialog.amount_edit, "1500000")
    dialog.close_check.setChecked(False)
    press_ok(qtbot, dialog)
    card = screen.board.selected_card()
    assert (card.title, card.amount, card.expected_close_on) == ("ERP 系统升级", Decimal("1500000.00"), None)
