"""Audit rows: written in the change's own transaction, filtered by user, entity and date."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.audit import AuditLog
from app.models.base import db
from app.services import audit, teams
from app.services.audit import AuditFilter
from tests.unit.factories import make_user


def test_audit_row_rolls_back_with_the_change(database):
    admin = make_user("root", "admin")
    with pytest.raises(ZeroDivisionError), db.atomic():
        audit.record(admin, "team", 1, "create", {"name": (None, "East")})
        raise ZeroDivisionError("the change fails")
    assert AuditLog.select().count() == 0


def test_audit_outside_a_transaction_is_refused(database):
    with pytest.raises(RuntimeError):
        audit.record(None, "team", 1, "create")


def test_changes_and_filters(database):
    admin, manager = make_user("root", "admin"), make_user("boss", "manager")
    team = teams.create_team(admin, "华东销售组")
    teams.update_team(admin, team.id, 1, name="华东一组", active=True)
    with db.atomic():
        audit.record(manager, "customer", 7, "merge", {"owner": (3, 4)})
    old = AuditLog.create(user=manager, entity="customer", entity_id="8", action="update",
                          at=dt.datetime(2025, 1, 15, 10, 0))

    everything = audit.audit_page(manager, AuditFilter(), 0, 50)
    assert [r.action for r in everything] == ["merge", "update", "create", "update"]
    assert everything[1].changes == {"name": ["华东销售组", "华东一组"]}
    assert everything[1].user_name == "Root"

    assert audit.count_audit(manager, AuditFilter(user_id=admin.id)) == 2
    assert audit.count_audit(manager, AuditFilter(entity="customer")) == 2
    jan = AuditFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 1, 15))
    assert [r.id for r in audit.audit_page(manager, jan, 0, 50)] == [old.id]
    assert audit.count_audit(manager, AuditFilter(date_to=dt.date(2025, 1, 14))) == 0
    assert audit.audited_entities(manager) == ["customer", "team"]
    page = audit.audit_page(manager, AuditFilter(), 1, 2)
    assert [r.action for r in page] == ["update", "create"]
