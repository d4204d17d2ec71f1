"""Commission rules: managers create, change (version-checked) and deactivate them; every field is
checked; salespeople may read but not write."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.models.audit import AuditLog
from app.services.commission_rules import (
    RuleInput,
    active_rules,
    create_rule,
    deactivate_rule,
    list_rules,
    update_rule,
)
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from tests.unit.customer_factories import demo_staff

FROM = dt.date(2026, 1, 1)


@pytest.fixture
def w(database):
    return demo_staff()


def refused(w, **fields) -> set[str]:
    data = {"name": "r", "valid_from": FROM, "rate": "2", **fields}
    with pytest.raises(ValidationError) as raised:
        create_rule(w["manager"], RuleInput(**data))
    return set(raised.value.fields)


def test_create_change_deactivate(w):
    rule = create_rule(w["manager"], RuleInput("团队一 阶梯", FROM, basis="signed", scope="team",
                                               scope_key=w["sales1"].team_id, tiers=[("0", "2"), ("80", "3")],
                                               tier_mode="marginal"))
    assert (rule.tiers, rule.rate, rule.scope_key, rule.active) == ('[["0","2"],["80","3"]]', None,
                                                                   str(w["sales1"].team_id), True)
    assert AuditLog.select().where(AuditLog.entity == "commission_rule").count() == 1
    rule = update_rule(w["manager"], rule.id, 1, RuleInput("团队一 固定", FROM, basis="signed", rate="2.5"))
    assert (rule.version, rule.rate, rule.tiers, rule.scope, rule.scope_key) == (2, D("2.50"), "", "all", "")
    with pytest.raises(ConflictError):
        deactivate_rule(w["manager"], rule.id, 1)
    deactivate_rule(w["manager"], rule.id, 2)
    assert active_rules() == [] and [r.id for r in list_rules(w["sales1"])] == [rule.id]
    assert list_rules(w["sales1"], include_inactive=False) == []


def test_only_managers_write_rules(w):
    for user in ("sup1", "sales1", "admin"):
        with pytest.raises(PermissionDenied):
            create_rule(w[user], RuleInput("x", FROM, rate="1"))
    with pytest.raises(PermissionDenied):
        list_rules(w["desk1"])


def test_every_field_is_checked(w):
    assert refused(w, name=" ") == {"name"}
    assert refused(w, basis="booked") == {"basis"}
    assert refused(w, scope="region") == {"scope"}
    assert refused(w, scope="team", scope_key="999") == {"scope_key"}
    assert refused(w, scope="product_line", scope_key="") == {"scope_key"}
    assert refused(w, scope="salesperson", scope_key="abc") == {"scope_key"}
    assert refused(w, rate="100.01") == {"rate"}
    assert refused(w, rate="-1") == {"rate"}
    assert refused(w, rate="2.555") == {"rate"}
    assert refused(w, rate=None) == {"rate"}
    assert refused(w, tiers=[("0", "2")]) == {"rate"}  # both
    assert refused(w, rate=None, tiers=[("10", "2")]) == {"tiers"}
    assert refused(w, rate=None, tiers=[("0", "2"), ("80", "3"), ("50", "5")]) == {"tiers"}
    assert refused(w, rate=None, tiers=[("0", "2"), ("80", "120")]) == {"tiers"}
    assert refused(w, rate=None, tiers="[[1, 2]") == {"tiers"}
    assert refused(w, tier_mode="stepped") == {"tier_mode"}
    assert refused(w, valid_to=dt.date(2025, 12, 31)) == {"valid_to"}
    create_rule(w["manager"], RuleInput("one day", FROM, rate="0", valid_to=FROM))
