"""The commission rules dialog (managers): a tiered rule typed into the form is stored exactly, the
service's refusals appear under their fields, the list names the scope's record, and a rule is
deactivated and reactivated."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from app.models.commission import CommissionRule
from app.services.commission_rules import RuleInput, create_rule
from tests.gui.commission_helpers import open_screen
from tests.gui.helpers import press_ok, replace_text, tick, type_text
from tests.gui.order_helpers import edit_quantity
from tests.unit.customer_factories import demo_staff


@pytest.fixture
def staff(empty_db):
    return demo_staff()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    """Pick the item showing `text`, as a user picks from the list."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def open_rules(qtbot, staff):
    screen = open_screen(qtbot, staff["manager"])
    click(qtbot, screen.actions.rules_button)
    return screen, screen.current_dialog


def test_manager_creates_a_tiered_rule_stored_exactly(qtbot, staff):
    _screen, rules = open_rules(qtbot, staff)
    assert rules.rule_texts() == []
    click(qtbot, rules.new_button)
    form = rules.current_dialog
    type_text(qtbot, form.name_edit, "华东组 阶梯")
    choose(form.basis_combo, "Shipped")
    choose(form.scope_combo, "Team")
    choose(form.key_combo, "华东销售组")
    click(qtbot, form.tiers_radio)
    assert not form.rate_edit.isEnabled() and form.tiers_editor.pairs() == [("0", "")]
    table = form.tiers_editor.table
    edit_quantity(qtbot, table, 0, 1, "2")
    click(qtbot, form.tiers_editor.add_button)
    edit_quantity(qtbot, table, 1, 0, "80")
    edit_quantity(qtbot, table, 1, 1, "3.5")
    click(qtbot, form.tiers_editor.add_button)
    edit_quantity(qtbot, table, 2, 0, "100")
    edit_quantity(qtbot, table, 2, 1, "5")
    choose(form.mode_combo, "Marginal")
    form.from_edit.setDate(QDate(2026, 4, 1))
    tick(qtbot, form.to_check)
    form.to_edit.setDate(QDate(2026, 12, 31))
    press_ok(qtbot, form)

    assert rules.current_dialog is None
    rule = CommissionRule.get()
    assert (rule.name, rule.basis, rule.scope, rule.scope_key) == ("华东组 阶梯", "shipped", "team",
                                                                   str(staff["sales1"].team_id))
    assert rule.rate is None and rule.tiers == '[["0","2"],["80","3.5"],["100","5"]]'
    assert (rule.tier_mode, rule.valid_from, rule.valid_to, rule.active) == (
        "marginal", dt.date(2026, 4, 1), dt.date(2026, 12, 31), True)
    assert rules.rule_texts() == [("华东组 阶梯", "Shipped", "Team: 华东销售组", "≥0 %: 2 %; ≥80 %: 3.5 %; ≥100 %: 5 %",
                                   "Marginal", "2026-04-01", "2026-12-31", "Yes")]


def test_refusals_show_under_their_fields(qtbot, staff):
    _screen, rules = open_rules(qtbot, staff)
    click(qtbot, rules.new_button)
    form = rules.current_dialog
    press_ok(qtbot, form)  # no name, no rate
    assert form.errors.message("name") == "A name of 1 - 80 characters."
    assert form.errors.message("rate") == "Give a flat rate or tiers."
    type_text(qtbot, form.name_edit, "x")
    click(qtbot, form.tiers_radio)
    edit_quantity(qtbot, form.tiers_editor.table, 0, 0, "10")
    edit_quantity(qtbot, form.tiers_editor.table, 0, 1, "2")
    tick(qtbot, form.to_check)
    form.to_edit.setDate(form.from_edit.date().addDays(-1))
    press_ok(qtbot, form)
    assert form.errors.message("tiers") != "" and form.errors.message("name") == ""
    assert form.errors.message("valid_to") == "The last day cannot be before the first."
    assert form.isVisible() and CommissionRule.select().count() == 0


def test_edit_flat_rule_for_a_salesperson_and_deactivate(qtbot, staff):
    rule = create_rule(staff["manager"], RuleInput("张伟", dt.date(2026, 1, 1), scope="salesperson",
                                                   scope_key=staff["sales1"].id, rate="2"))
    _screen, rules = open_rules(qtbot, staff)
    assert rules.rule_texts()[0][2:4] == ("Salesperson: 张伟", "2 %")
    rules.table.selectRow(0)
    click(qtbot, rules.edit_button)
    form = rules.current_dialog
    assert form.key_combo.currentText() == "张伟" and form.rate_edit.text() == "2.00"
    replace_text(qtbot, form.rate_edit, "2.75")
    press_ok(qtbot, form)
    stored = CommissionRule.get_by_id(rule.id)
    assert (stored.rate, stored.tiers, stored.version) == (Decimal("2.75"), "", rule.version + 1)

    click(qtbot, rules.active_button)
    assert CommissionRule.get_by_id(rule.id).active is False
    assert rules.rule_texts()[0][7] == "No" and rules.active_button.text() == "Reactivate"
    click(qtbot, rules.active_button)
    assert CommissionRule.get_by_id(rule.id).active is True
