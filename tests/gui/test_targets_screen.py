"""The manager's target year: the annual company target typed into the grid, split into months from
last year's shares, then to teams and salespeople, saved in one go (Ctrl+S) with the exact amounts;
a salesperson's figure changed by hand flags their team's cell; a conflict offers to reload; an
empty year copied from the year before with an increase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.models.target import Target
from app.services.targets import set_annual_target, set_target
from app.services.targets_view import target_year
from app.views.dialogs import forms
from app.views.targets.grid_model import MISMATCH_COLOUR
from tests.gui.targets_helpers import (
    YEAR,
    D,
    click,
    last_year_world,
    open_targets,
    save_with_ctrl_s,
    shown,
    type_into,
)


def stored(level: str, key: str = "", year: int = YEAR) -> dict[int, D]:
    return {t.month: t.amount for t in Target.select().where((Target.year == year) & (Target.level == level)
                                                             & (Target.key == key))}


def test_manager_splits_the_annual_target_to_months_teams_and_salespeople(qtbot, empty_db, monkeypatch):
    w = last_year_world()
    screen = open_targets(qtbot, w["manager"])
    headers = [screen.model.headerData(r, Qt.Orientation.Vertical) for r in range(screen.model.rowCount())]
    assert headers[:2] == ["Company", "华东销售组"] and headers[2].strip() == "张伟"

    type_into(qtbot, screen, "company", "", 0, "1,000")
    click(qtbot, screen.bar.propose_months_button)
    assert [shown(screen, "company", "", m) for m in (0, 1, 2, 3, 4)] == [
        "¥1,000.00", "¥333.34", "¥333.33", "¥333.33", "¥0.00"]
    assert screen.hint.text().startswith("Proposed from last year's shares")
    assert "Last year ¥100.00" in screen.model.data(screen.model.index(0, 1))
    assert stored("company") == {}  # a proposal only fills the grid
    save_with_ctrl_s(qtbot, screen)
    assert stored("company") == {0: D("1000.00"), 1: D("333.34"), 2: D("333.33"), 3: D("333.33"),
                                 **{m: D("0.00") for m in range(4, 13)}}
    assert screen.hint.text() == "Saved 13 figures."

    click(qtbot, screen.bar.propose_middle_button)
    t1, t2 = w["t1"], w["t2"]
    assert [shown(screen, "team", t1, m) for m in (0, 1, 2, 3)] == ["¥666.67", "¥333.34", "¥0.00", "¥333.33"]
    assert [shown(screen, "team", t2, m) for m in (0, 1, 2, 3)] == ["¥333.33", "¥0.00", "¥333.33", "¥0.00"]
    assert not any(screen.model.mismatch(0, m) for m in range(13))
    monkeypatch.setattr(forms, "confirm", lambda *_args: True)  # "save the teams first?" yes
    click(qtbot, screen.bar.propose_people_button)
    assert stored("team", t1)[0] == D("666.67")
    s1, s2, s5 = (str(w[name].id) for name in ("sales1", "sales2", "sales5"))
    assert [shown(screen, "salesperson", s1, m) for m in (0, 1, 3)] == ["¥666.67", "¥333.34", "¥333.33"]
    assert shown(screen, "salesperson", s5, 2) == "¥333.33"

    team_row = screen.model.row_of("team", t1)
    type_into(qtbot, screen, "salesperson", s2, 1, "10")
    cell = screen.model.index(team_row, 1)
    assert screen.model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == MISMATCH_COLOUR
    assert screen.model.data(cell, Qt.ItemDataRole.ToolTipRole) == "Children sum to ¥343.34"
    save_with_ctrl_s(qtbot, screen)
    assert stored("salesperson", s1) == {0: D("666.67"), 1: D("333.34"), 3: D("333.33"),
                                         **{m: D("0.00") for m in (2, *range(4, 13))}}
    assert stored("salesperson", s2)[1] == D("10.00")
    year = target_year(w["manager"], YEAR)
    assert [line.cells[1].mismatch for line in year.middle_lines] == [True, False]
    assert screen.model.data(screen.model.index(team_row, 1), Qt.ItemDataRole.ToolTipRole) == "Children sum to ¥343.34"


def test_actual_and_attainment_beside_the_target(qtbot, empty_db):
    w = last_year_world()
    set_target(w["manager"], YEAR, 3, "salesperson", str(w["sales1"].id), "1900")
    screen = open_targets(qtbot, w["manager"])
    text = screen.model.data(screen.model.index(screen.model.row_of("salesperson", str(w["sales1"].id)), 3))
    assert text == "¥1,900.00\n¥950.00 · 50.00 %"


def test_a_figure_changed_meanwhile_is_refused_and_the_year_reloaded(qtbot, empty_db, monkeypatch):
    w = last_year_world()
    target = set_annual_target(w["manager"], YEAR, "1000")
    screen = open_targets(qtbot, w["manager"])
    set_annual_target(w["manager"], YEAR, "2000", target.version)  # another session
    type_into(qtbot, screen, "company", "", 0, "1500")
    asked = []
    monkeypatch.setattr(forms, "show_error", lambda _parent, exc: asked.append(exc) or True)  # "reload?" yes
    save_with_ctrl_s(qtbot, screen)
    assert type(asked[0]).__name__ == "ConflictError"
    assert stored("company") == {0: D("2000.00")}
    assert shown(screen, "company", "", 0) == "¥2,000.00" and screen.model.edits == {}


def test_copy_last_year_with_an_increase_into_an_empty_year(qtbot, empty_db):
    w = last_year_world()
    set_annual_target(w["manager"], YEAR - 1, "1000")
    set_target(w["manager"], YEAR - 1, 1, "team", w["t1"], "333.33")
    screen = open_targets(qtbot, w["manager"])
    assert screen.bar.copy_button.isVisible()
    screen.bar.percent_spin.setFocus()
    screen.bar.percent_spin.selectAll()
    qtbot.keyClicks(screen.bar.percent_spin, "10")
    click(qtbot, screen.bar.copy_button)
    assert stored("company") == {0: D("1100.00")}
    assert stored("team", w["t1"]) == {1: D("366.66")}
    assert screen.hint.text() == "Copied 2 figures from 2025."
    assert shown(screen, "company", "", 0) == "¥1,100.00"
    assert not screen.bar.copy_button.isVisible()
