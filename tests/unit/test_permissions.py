"""The role matrix of DOMAIN.md, and services refusing what a role may not do."""

from __future__ import annotations

import pytest

from app.models.user import ROLES, User
from app.services import audit, settings, teams, users
from app.services.errors import PermissionDenied
from app.services.permissions import PERMISSIONS, can, require
from tests.unit.factories import make_user

EXPECTED = {
    "users.manage": {"admin"},
    "teams.manage": {"admin"},
    "settings.manage": {"admin"},
    "audit.view": {"admin", "manager"},
    "account.change_password": set(ROLES),
    "backup.run": {"admin"},
    "customers.view": {"sales", "supervisor", "manager"},
    "customers.edit": {"sales", "supervisor", "manager"},
    "customers.merge": {"manager"},
    "customers.import": {"manager", "admin"},
    "customers.export": {"sales", "supervisor", "manager"},
    "reception.register": {"frontdesk", "sales", "supervisor", "manager"},
    "reception.lookup": {"frontdesk", "sales", "supervisor", "manager"},
    "reception.report": {"frontdesk", "supervisor", "manager"},
    "reception.rotation": {"admin", "supervisor", "manager"},
    "pool.view": {"sales", "supervisor", "manager"},
    "pool.claim": {"sales", "supervisor"},
    "pool.assign": {"supervisor", "manager"},
    "pool.rules": {"manager"},
    "follow_ups.record": {"sales", "supervisor", "manager"},
    "opportunities.edit": {"sales", "supervisor", "manager"},
    "monitoring.view": {"supervisor", "manager"},
    "products.view": {"sales", "supervisor", "manager", "admin"},
    "products.manage": {"manager", "admin"},
    "quotations.view": {"sales", "supervisor", "manager"},
    "quotations.edit": {"sales", "supervisor", "manager"},
    "quotations.approve": {"supervisor", "manager"},
    "orders.view": {"sales", "supervisor", "manager"},
    "orders.edit": {"sales", "supervisor", "manager"},
    "orders.approve": {"supervisor", "manager"},
    "shipments.edit": {"sales", "supervisor", "manager"},
    "payments.record": {"sales", "supervisor", "manager"},
    "kpi.view": {"sales", "supervisor", "manager"},
    "targets.view": {"sales", "supervisor", "manager"},
    "targets.edit": {"supervisor", "manager"},
    "commissions.view": {"sales", "supervisor", "manager"},
    "commissions.manage": {"manager"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", sorted(EXPECTED))
def test_matrix(role, permission):
    user = User(role=role, active=True)
    assert can(user, permission) == (role in EXPECTED[permission])


def test_every_permission_is_in_the_expected_matrix():
    assert set(PERMISSIONS) == set(EXPECTED)


def test_inactive_users_and_nobody_hold_nothing():
    assert not can(User(role="admin", active=False), "users.manage")
    assert not can(None, "account.change_password")
    with pytest.raises(PermissionDenied):
        require(None, "audit.view")


def test_unknown_permission_is_a_programming_error():
    with pytest.raises(KeyError):
        can(User(role="admin", active=True), "users.delete_everything")


@pytest.mark.parametrize("role", ["frontdesk", "sales", "supervisor", "manager"])
def test_services_refuse_non_admins(database, role):
    actor = make_user(f"x_{role}", role)
    with pytest.raises(PermissionDenied):
        users.create_user(actor, users.UserInput("new1", "New", "sales"), "long-password")
    with pytest.raises(PermissionDenied):
        teams.create_team(actor, "Team X")
    with pytest.raises(PermissionDenied):
        settings.update_settings(actor, {"company_name": "X"})
    with pytest.raises(PermissionDenied):
        users.list_users(actor)
    assert User.select().count() == 1


def test_audit_is_for_admins_and_managers(database):
    flt = audit.AuditFilter()
    for role in ("admin", "manager"):
        assert audit.count_audit(make_user(f"a_{role}", role), flt) == 0
    for role in ("frontdesk", "sales", "supervisor"):
        with pytest.raises(PermissionDenied):
            audit.audit_page(make_user(f"b_{role}", role), flt, 0, 10)
