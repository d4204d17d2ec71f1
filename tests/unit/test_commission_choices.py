"""The commission rule form's pick lists: product lines, teams and selling staff by name, keyed by
the id as text (what `scope_key` stores); everyone who sees commissions may read them."""

from __future__ import annotations

import pytest

from app.services import products
from app.services.commission_choices import ScopeChoice, scope_choices
from app.services.errors import PermissionDenied
from tests.unit.customer_factories import demo_staff


@pytest.fixture
def w(database):
    return demo_staff()


def test_lists_lines_teams_and_selling_staff_by_key(w):
    line = products.create_product_line(w["manager"], "工业控制")
    products.update_product_line(w["manager"], products.create_product_line(w["manager"], "仪表").id, "仪表",
                                 active=False)
    choices = scope_choices(w["sales1"])
    assert [(c.name, c.active) for c in choices["product_line"]] == [("仪表", False), ("工业控制", True)]
    assert ScopeChoice(str(line.id), "工业控制", True) in choices["product_line"]
    assert [c.name for c in choices["team"]] == sorted(["华东销售组", "华南销售组"])
    people = {c.key: c.name for c in choices["salesperson"]}
    assert people[str(w["sales1"].id)] == "张伟" and people[str(w["manager"].id)] == "王建国"
    assert str(w["admin"].id) not in people and str(w["desk1"].id) not in people


def test_only_those_who_see_commissions(w):
    with pytest.raises(PermissionDenied):
        scope_choices(w["desk1"])
