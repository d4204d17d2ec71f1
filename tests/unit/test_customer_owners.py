"""Owner pick lists and the customer summary: the rules of customer_scope, as lists."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.activity import FollowUp
from app.models.base import now
from app.services.customer_owners import (
    assignable_owners,
    customer_summary,
    may_leave_in_pool,
    visible_owners,
)
from app.services.customer_scope import may_assign_to
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    return demo_staff()


def names(choices) -> list[str]:
    return [c.display_name for c in choices]


def test_a_manager_may_assign_to_every_active_seller(staff):
    staff["sales8"].active = False
    staff["sales8"].save()
    owners = assignable_owners(staff["manager"])
    expected = ["陈志强", "李红梅", "刘洋", "孙磊", "王建国", "吴婷", "张伟", "赵敏", "郑凯", "周杰"]
    assert sorted(names(owners)) == sorted(expected)
    assert names(owners) == sorted(names(owners))
    assert all(may_assign_to(staff["manager"], o.id) for o in owners)
    assert may_leave_in_pool(staff["manager"])
    assert "冯丽" in names(visible_owners(staff["manager"]))  # inactive: still filterable


def test_a_supervisor_gets_the_team_and_a_salesperson_only_themselves(staff):
    assert sorted(names(assignable_owners(staff["sup2"]))) == sorted(["陈志强", "冯丽", "吴婷", "郑凯", "周杰"])
    team = {o.id for o in assignable_owners(staff["sup2"])}
    assert team == {staff[u].id for u in ("sup2", "sales5", "sales6", "sales7", "sales8")}
    assert may_leave_in_pool(staff["sup2"])
    assert names(assignable_owners(staff["sales1"])) == ["张伟"]
    assert not may_leave_in_pool(staff["sales1"])
    assert names(visible_owners(staff["sales1"])) == ["张伟"]


def test_the_current_owner_stays_choosable(staff):
    """A supervisor editing a customer whose owner left the team keeps that owner in the list."""
    owners = assignable_owners(staff["sup1"], current_owner_id=staff["sales5"].id)
    assert names(owners)[-1] == "周杰"


def test_front_desk_and_admin_get_no_owner_lists(staff):
    for username in ("desk1", "admin"):
        with pytest.raises(PermissionDenied):
            assignable_owners(staff[username])
        with pytest.raises(PermissionDenied):
            visible_owners(staff[username])


def test_the_summary_counts_what_a_merge_would_move(staff):
    customer_id = add_customer(staff["manager"], "博远机械", ContactInput(name="孙磊"), ContactInput(name="李雷"),
                               owner=staff["sales1"])
    FollowUp.create(customer=customer_id, user=staff["sales1"].id, at=now() - dt.timedelta(days=1))
    summary = customer_summary(staff["sales1"], customer_id)
    assert (summary.code, summary.owner_name, summary.contacts, summary.follow_ups, summary.visits) == (
        "KH000001", "张伟", 2, 1, 0)
    with pytest.raises(PermissionDenied):
        customer_summary(staff["sales2"], customer_id)
