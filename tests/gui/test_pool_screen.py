"""The public pool screen, driven as a salesperson, a supervisor and a manager would: claim a lead,
the daily claim limit, a lead someone else took first, assigning, dead leads, and the rules editor
(a rule placing a new lead, "Apply to pool now" placing the waiting ones)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import pool
from app.services.assignment_rules import list_rules
from app.services.customer_queries import CustomerFilter, customer_page
from app.services.customer_scope import get_visible_customer
from app.services.settings import update_settings
from app.views.dialogs import forms
from app.views.dialogs.assignment_rules_dialog import AssignmentRulesDialog
from app.views.pool.assign_dialog import AssignDialog
from app.views.pool.rule_form import RuleFormDialog
from app.views.screens.pool import PoolScreen
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.helpers import press_ok, type_text

EAST = "上海恒信精密机械有限公司"
SOUTH = "广州美佳零售连锁有限公司"
FOOD = "福州闽江食品有限公司"
LEADS = [FOOD, SOUTH, EAST]  # the newest first: the pool's default order


@pytest.fixture
def people(demo_db) -> dict:
    """Three leads the manager left in the pool (no rules yet, so they stay there)."""
    users = staff()
    manager = users["manager"]
    add_customer(manager, EAST, region="华东", industry="制造业", city="上海", interest="high")
    add_customer(manager, SOUTH, region="华南", industry="零售", city="广州", interest="medium")
    add_customer(manager, FOOD, region="华南", industry="食品", city="福州", interest="low")
    return users


def open_pool(qtbot, login_as, username: str) -> PoolScreen:
    screen = login_as(username).open_screen("pool")
    assert isinstance(screen, PoolScreen)
    qtbot.waitUntil(lambda: not screen.pool_list.pending)
    return screen


def click_row(qtbot, screen: PoolScreen, name: str, *, add: bool = False) -> None:
    """Click the row of `name` (with Ctrl held when `add`, to extend the selection)."""
    table = screen.pool_list.table
    row = screen.pool_list.shown_names().index(name)
    position = table.visualRect(screen.pool_list.model.index(row, 1)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, position)


def own_names(user) -> list[str]:
    """The names of the customers `user` owns, through the customer list's service."""
    return sorted(row.name for row in customer_page(user, CustomerFilter(owner_id=user.id), 0, 100))


def customer_id(name: str, actor) -> int:
    return next(row.id for row in customer_page(actor, CustomerFilter(search=name), 0, 5) if row.name == name)


@pytest.fixture
def message_boxes(monkeypatch) -> list[tuple[str, str, str]]:
    """QMessageBox.warning/information replaced: each call is recorded as (kind, title, text)."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(_parent, title, text, *_args, **_kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    return shown


# -- claiming ---------------------------------------------------------------------------------


def test_a_salesperson_claims_a_lead_from_the_pool(qtbot, people, login_as, message_boxes):
    screen = open_pool(qtbot, login_as, "sales2")
    assert screen.pool_list.shown_names() == LEADS
    assert screen.pool_list.count_label.text() == "3 in the pool"
    assert screen.claimed_label.text() == "Claimed today: 0 of 20"
    assert not screen.claim_button.isEnabled()  # nothing selected yet
    assert not screen.assign_button.isVisible() and not screen.rules_button.isVisible()
    assert screen.tabs.count() == 1  # no dead leads tab for salespeople

    click_row(qtbot, screen, SOUTH)
    assert screen.claim_button.isEnabled()
    qtbot.mouseClick(screen.claim_button, Qt.MouseButton.LeftButton)

    assert screen.pool_list.shown_names() == [FOOD, EAST]
    assert screen.claimed_label.text() == "Claimed today: 1 of 20"
    assert SOUTH in screen.note_label.text()
    assert own_names(people["sales2"]) == [SOUTH]
    assert get_visible_customer(people["sales2"], customer_id(SOUTH, people["sales2"])).owner_id == people["sales2"].id
    assert message_boxes == []


def test_claiming_with_the_keyboard_only(qtbot, people, login_as, message_boxes):
    window = login_as("sales1")
    window.open_screen("customers")  # its Ctrl+F must not catch the pool's
    screen = window.open_screen("pool")
    qtbot.keyClick(screen.pool_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.pool_list.search_box.hasFocus()
    qtbot.keyClicks(screen.pool_list.search_box, "shanghai")
    qtbot.keyClick(screen.pool_list.search_box, Qt.Key.Key_Down)  # on to the results
    assert screen.pool_list.shown_names() == [EAST]
    assert screen.pool_list.table.hasFocus() and screen.claim_button.isEnabled()
    qtbot.keyClick(screen.pool_list.table, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert own_names(people["sales1"]) == [EAST]
    screen.pool_list.search_box.clear_search()
    assert screen.pool_list.shown_names() == [FOOD, SOUTH]


def test_over_the_daily_limit_the_claim_is_refused_with_the_reason(qtbot, people, login_as, message_boxes):
    update_settings(people["admin"], {"claim_limit_per_day": 1})
    screen = open_pool(qtbot, login_as, "sales2")
    assert screen.claimed_label.text() == "Claimed today: 0 of 1"
    click_row(qtbot, screen, EAST)
    click_row(qtbot, screen, SOUTH, add=True)
    qtbot.mouseClick(screen.claim_button, Qt.MouseButton.LeftButton)

    assert len(message_boxes) == 1
    kind, title, text = message_boxes[0]
    assert (kind, title) == ("warning", "Claim refused")
    assert "The daily claim limit is 1" in text and "may claim 1 more" in text
    assert screen.pool_list.shown_names() == LEADS  # nothing claimed
    assert own_names(people["sales2"]) == []
    assert pool.claims_today(people["sales2"]) == 0


def test_a_lead_someone_else_claimed_meanwhile_is_reported(qtbot, people, login_as, message_boxes):
    screen = open_pool(qtbot, login_as, "sales2")
    click_row(qtbot, screen, EAST)
    click_row(qtbot, screen, FOOD, add=True)
    pool.claim(people["sales1"], [customer_id(EAST, people["manager"])])  # quicker, in another window

    qtbot.mouseClick(screen.claim_button, Qt.MouseButton.LeftButton)
    assert own_names(people["sales2"]) == [FOOD]
    assert own_names(people["sales1"]) == [EAST]
    assert [(kind, title) for kind, title, _text in message_boxes] == [("information", "Already taken")]
    assert EAST in message_boxes[0][2]
    assert screen.pool_list.shown_names() == [SOUTH]


def test_the_pool_filters_reuse_the_customer_filter_bar(qtbot, people, login_as):
    screen = open_pool(qtbot, login_as, "sales2")
    bar = screen.pool_list.filter_bar
    assert not bar.owner_combo.isVisible()
    # The pool's own regions, though sales2 owns no customer in them.
    assert [bar.region_combo.itemData(i) for i in range(bar.region_combo.count())] == [None, "华东", "华南"]
    bar.select(bar.region_combo, "华南")
    assert screen.pool_list.shown_names() == [FOOD, SOUTH]
    type_text(qtbot, screen.pool_list.search_box, "零售")
    qtbot.waitUntil(lambda: not screen.pool_list.pending and screen.pool_list.shown_names() == [SOUTH])


# -- assigning --------------------------------------------------------------------------------


def test_a_supervisor_assigns_two_leads_to_a_salesperson_of_the_team(qtbot, people, login_as, message_boxes):
    screen = open_pool(qtbot, login_as, "sup1")
    assert screen.claim_button.isVisible() and screen.assign_button.isVisible()
    assert not screen.rules_button.isVisible()
    click_row(qtbot, screen, EAST)
    click_row(qtbot, screen, FOOD, add=True)
    qtbot.mouseClick(screen.assign_button, Qt.MouseButton.LeftButton)

    dialog = screen.current_dialog
    assert isinstance(dialog, AssignDialog)
    names = [dialog.owner_combo.itemText(i) for i in range(dialog.owner_combo.count())]
    assert names == ["李红梅", "刘洋", "孙磊", "张伟", "赵敏"]  # the team (华东销售组), in pinyin order
    dialog.select_owner(people["sales3"].id)
    press_ok(qtbot, dialog)

    assert screen.current_dialog is None
    assert screen.pool_list.shown_names() == [SOUTH]
    assert own_names(people["sales3"]) == sorted([EAST, FOOD])
    assert "赵敏" in screen.note_label.text()
    assert message_boxes == []


def test_a_manager_hands_a_dead_lead_to_someone_else(qtbot, people, login_as):
    manager = people["manager"]
    add_customer(manager, "兰州恒通商贸有限公司", owner=people["sales1"], interest="none")
    screen = open_pool(qtbot, login_as, "manager")
    assert not screen.claim_button.isVisible()  # managers assign, they do not claim
    screen.tabs.setCurrentIndex(1)
    panel = screen.dead_leads
    assert panel.shown_names() == ["兰州恒通商贸有限公司"]
    assert panel.model.data(panel.model.index(0, 2)) == "张伟"
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    dialog.select_owner(people["sales5"].id)
    press_ok(qtbot, dialog)
    assert panel.shown_names() == []  # handed on, it starts again at low interest: no longer a dead lead
    assert own_names(people["sales5"]) == ["兰州恒通商贸有限公司"]


# -- the rules editor -------------------------------------------------------------------------


def open_rules(qtbot, screen: PoolScreen) -> AssignmentRulesDialog:
    qtbot.mouseClick(screen.rules_button, Qt.MouseButton.LeftButton)
    dialog = screen.current_dialog
    assert isinstance(dialog, AssignmentRulesDialog)
    return dialog


def add_region_rule(qtbot, rules: AssignmentRulesDialog, region: str, *people_ids: int) -> None:
    qtbot.mouseClick(rules.add_button, Qt.MouseButton.LeftButton)
    form = rules.current_dialog
    assert isinstance(form, RuleFormDialog)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("region"))
    press_ok(qtbot, form)  # neither region nor people yet
    assert form.isVisible()
    assert form.errors.message("value") == "Which region or industry does the rule match?"
    assert form.errors.message("user_ids") == "Choose who receives these leads."
    form.value_combo.lineEdit().clear()
    type_text(qtbot, form.value_combo.lineEdit(), region)
    form.set_people(list(people_ids))
    press_ok(qtbot, form)
    assert rules.current_dialog is None


def test_a_region_rule_places_a_new_lead(qtbot, people, login_as):
    screen = open_pool(qtbot, login_as, "manager")
    rules = open_rules(qtbot, screen)
    assert rules.rule_texts() == []
    add_region_rule(qtbot, rules, "华北", people["sales4"].id)
    assert rules.rule_texts() == [("By region", "华北", "孙磊", "Yes")]
    stored = list_rules(people["manager"])
    assert [(r.kind, r.value, r.user_id_list) for r in stored] == [("region", "华北", [people["sales4"].id])]

    lead = add_customer(people["manager"], "北京鼎盛科技有限公司", region="华北")
    assert get_visible_customer(people["manager"], lead).owner_id == people["sales4"].id


def test_apply_now_places_the_leads_waiting_in_the_pool(qtbot, people, login_as, monkeypatch):
    questions: list[str] = []
    monkeypatch.setattr(forms, "confirm", lambda _parent, _title, text: questions.append(text) or True)
    screen = open_pool(qtbot, login_as, "manager")
    rules = open_rules(qtbot, screen)
    add_region_rule(qtbot, rules, "华南", people["sales5"].id)
    assert own_names(people["sales5"]) == []  # rules meet new leads; these were waiting already

    qtbot.mouseClick(rules.apply_button, Qt.MouseButton.LeftButton)
    assert questions and rules.last_run is not None
    assert own_names(people["sales5"]) == sorted([FOOD, SOUTH])
    assert rules.status_label.text() == "Placed 2 of 3 leads; 1 stay in the pool."

    rules.reject()
    assert screen.current_dialog is None
    assert screen.pool_list.shown_names() == [EAST]


def test_rules_move_up_and_down_and_delete(qtbot, people, login_as, monkeypatch):
    monkeypatch.setattr(forms, "confirm", lambda *_args: True)
    screen = open_pool(qtbot, login_as, "manager")
    rules = open_rules(qtbot, screen)
    add_region_rule(qtbot, rules, "华北", people["sales4"].id)
    add_region_rule(qtbot, rules, "西南", people["sales7"].id)
    assert [text[1] for text in rules.rule_texts()] == ["华北", "西南"]
    assert rules.current_rule().value == "西南"  # the new rule is selected
    qtbot.mouseClick(rules.up_button, Qt.MouseButton.LeftButton)
    assert [text[1] for text in rules.rule_texts()] == ["西南", "华北"]
    assert [r.value for r in list_rules(people["manager"])] == ["西南", "华北"]
    assert not rules.up_button.isEnabled() and rules.down_button.isEnabled()
    qtbot.mouseClick(rules.delete_button, Qt.MouseButton.LeftButton)
    assert [r.value for r in list_rules(people["manager"])] == ["华北"]
