"""Optimistic locking: a stale save is refused and says who saved in between."""

from __future__ import annotations

import json

import pytest

from app.models.audit import AuditLog
from app.models.user import Team
from app.services.errors import ConflictError, NotFound
from app.services.locking import save_changes
from tests.unit.factories import make_user


def test_save_bumps_version_and_audits_the_diff(database):
    admin = make_user("root", "admin")
    team = Team.create(name="East")
    diff = save_changes(admin, team, 1, {"name": "East 1", "active": True}, "team")
    assert diff == {"name": ("East", "East 1")}
    stored = Team.get_by_id(team.id)
    assert (stored.name, stored.version, stored.updated_by) == ("East 1", 2, admin.id)
    assert team.version == 2
    row = AuditLog.get(AuditLog.entity == "team")
    assert json.loads(row.changes) == {"name": ["East", "East 1"]}


def test_no_change_writes_nothing(database):
    admin = make_user("root", "admin")
    team = Team.create(name="East")
    assert save_changes(admin, team, 1, {"name": "East"}, "team") == {}
    assert Team.get_by_id(team.id).version == 1
    assert AuditLog.select().count() == 0


def test_stale_save_raises_conflict_naming_the_other_writer(database):
    alice, bob = make_user("alice", "admin"), make_user("bob", "admin")
    mine = Team.create(name="East")
    theirs = Team.get_by_id(mine.id)
    save_changes(bob, theirs, 1, {"name": "East (Bob)"}, "team")
    with pytest.raises(ConflictError) as exc:
        save_changes(alice, mine, 1, {"name": "East (Alice)"}, "team")
    assert exc.value.changed_by == "Bob"
    assert "Bob" in str(exc.value)
    assert Team.get_by_id(mine.id).name == "East (Bob)"
    assert AuditLog.select().count() == 1


def test_save_of_deleted_record_raises_not_found(database):
    admin = make_user("root", "admin")
    team = Team.create(name="East")
    Team.delete_by_id(team.id)
    with pytest.raises(NotFound):
        save_changes(admin, team, 1, {"name": "West"}, "team")
