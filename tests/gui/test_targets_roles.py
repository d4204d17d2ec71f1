"""Who sees and changes what on the target screen: a supervisor splits and edits only their own
team's salespeople (the team line and everyone else read-only), a salesperson sees their own line
only, read-only; and everyone's "My target" on the workbench."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.models.target import Target
from app.services.target_workbench import my_target_progress
from app.services.targets import TargetFigure, save_targets
from app.views.workbench.my_work import MyWorkPanel
from tests.gui.targets_helpers import YEAR, D, click, last_year_world, open_targets, save_with_ctrl_s, shown, type_into


def team_figures(w) -> None:
    """The manager's 2026: company 1,000.00 for the year, team 1 600.00, team 2 400.00; team 1 300.00 in March."""
    save_targets(w["manager"], YEAR, [TargetFigure(0, "company", "", "1000"), TargetFigure(0, "team", w["t1"], "600"),
                                      TargetFigure(0, "team", w["t2"], "400"), TargetFigure(3, "team", w["t1"], "300")])


def editable(screen, row: int) -> bool:
    return bool(screen.model.flags(screen.model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable)


def test_a_supervisor_splits_and_edits_only_their_teams_salespeople(qtbot, empty_db):
    w = last_year_world()
    team_figures(w)
    screen = open_targets(qtbot, w["sup1"])
    lines = [(r.line.level, r.line.label) for r in screen.model.rows]
    assert lines == [("team", "华东销售组"), *[("salesperson", w[f"sales{i}"].display_name) for i in (1, 2, 3, 4)]]
    assert not screen.bar.propose_months_button.isVisible() and not screen.bar.middle_combo.isVisible()
    assert not editable(screen, 0) and all(editable(screen, r) for r in range(1, 5))
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.model.index(0, 3))
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    assert not [e for e in screen.table.viewport().findChildren(QLineEdit) if e.isVisible()]  # the team is read-only

    screen.bar.basis_combo.setCurrentIndex(screen.bar.basis_combo.findData("grade"))
    click(qtbot, screen.bar.propose_people_button)
    # March's 300.00 by grade 1.5 : 1 : 1 : 0.6 of 4.1; the year = the months proposed
    people = [str(w[f"sales{i}"].id) for i in (1, 2, 3, 4)]
    assert [shown(screen, "salesperson", key, 3) for key in people] == ["¥109.76", "¥73.17", "¥73.17", "¥43.90"]
    assert [shown(screen, "salesperson", key, 0) for key in people] == ["¥109.76", "¥73.17", "¥73.17", "¥43.90"]
    assert screen.model.mismatch(0, 0) and not screen.model.mismatch(0, 3)  # the year 600.00 is not split
    type_into(qtbot, screen, "salesperson", people[1], 3, "80")
    assert screen.model.mismatch(0, 3)
    save_with_ctrl_s(qtbot, screen)
    assert Target.get(year=YEAR, month=3, level="salesperson", key=people[1]).amount == D("80.00")
    assert Target.select().where(Target.level == "salesperson").count() == 8


def test_a_salesperson_sees_only_their_own_line_read_only(qtbot, empty_db):
    w = last_year_world()
    team_figures(w)
    key = str(w["sales1"].id)
    save_targets(w["manager"], YEAR, [TargetFigure(3, "salesperson", key, "1900"),
                                      TargetFigure(3, "salesperson", str(w["sales2"].id), "500")])
    screen = open_targets(qtbot, w["sales1"])
    assert [(r.line.level, r.line.key) for r in screen.model.rows] == [("salesperson", key)]
    assert not editable(screen, 0)
    assert not screen.bar.save_button.isVisible() and not screen.bar.propose_people_button.isVisible()
    assert screen.model.data(screen.model.index(0, 3)) == "¥1,900.00\n¥950.00 · 50.00 %"
    save_with_ctrl_s(qtbot, screen)  # nothing happens
    assert screen.hint.text() == ""


def test_my_target_on_the_workbench(qtbot, empty_db):
    w = last_year_world()
    key = str(w["sales1"].id)
    save_targets(w["manager"], YEAR, [TargetFigure(0, "salesperson", key, "10000"),
                                      TargetFigure(3, "salesperson", key, "1900")])
    rows = my_target_progress(w["sales1"], dt.date(YEAR, 3, 20))
    assert [(r.period, r.target, r.actual, r.attainment) for r in rows] == [
        ("2026-03", D("1900.00"), D("950.00"), "50.00 %"), ("2026", D("10000.00"), D("950.00"), "9.50 %")]
    assert my_target_progress(w["manager"], dt.date(YEAR, 3, 20)) == []  # no target of their own

    panel = MyWorkPanel(w["sales1"])
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.extras_shown, timeout=5000):  # read after the panel's paint
        panel.load()
    section = panel.extras.sections["My target"]
    model = section.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Period", "Target", "Actual", "Attainment"]
    assert model.rowCount() == 2 and model.data(model.index(1, 0)) == str(dt.date.today().year)
