"""Account administration: create, validate, edit with version check, deactivate, passwords."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.audit import AuditLog
from app.models.user import User
from app.services import teams, users
from app.services.auth import authenticate
from app.services.errors import AuthenticationError, ConflictError, ValidationError
from app.services.users import UserInput
from tests.unit.factories import make_user


@pytest.fixture
def admin(database):
    return make_user("root", "admin")


def test_admin_creates_a_user_who_can_log_in(admin):
    team = teams.create_team(admin, "华东销售组")
    data = UserInput("Sales9", "钱多多", "sales", team_id=team.id, grade="初级",
                     tags=["上海", " 制造业 ", "上海"], discount_limit="7.5")
    user = users.create_user(admin, data, "long-password")
    stored = User.get_by_id(user.id)
    assert (stored.username, stored.team_id, stored.tag_list, stored.discount_limit) == \
        ("sales9", team.id, ["上海", "制造业"], Decimal("7.50"))
    assert authenticate("sales9", "long-password").id == user.id
    row = AuditLog.get((AuditLog.entity == "user") & (AuditLog.entity_id == str(user.id)))
    assert row.action == "create" and "password" not in row.changes and "钱多多" in row.changes


def test_validation_reports_every_bad_field(admin):
    make_user("taken")
    with pytest.raises(ValidationError) as exc:
        users.create_user(admin, UserInput("Taken", " ", "king", team_id=999, discount_limit="120"), "short")
    assert set(exc.value.fields) == {"username", "display_name", "role", "team", "discount_limit"}
    with pytest.raises(ValidationError) as exc:
        users.create_user(admin, UserInput("ok_name", "OK", "sales"), "short")
    assert set(exc.value.fields) == {"password"}
    assert User.select().count() == 2


def test_edit_with_stale_version_is_refused(admin):
    user = users.create_user(admin, UserInput("s1", "One", "sales"), "long-password")
    users.update_user(admin, user.id, 1, UserInput("s1", "One Renamed", "sales"))
    with pytest.raises(ConflictError):
        users.update_user(admin, user.id, 1, UserInput("s1", "One Again", "supervisor"))
    stored = User.get_by_id(user.id)
    assert (stored.display_name, stored.role, stored.version) == ("One Renamed", "sales", 2)


def test_deactivated_user_cannot_log_in_and_reactivates(admin):
    user = users.create_user(admin, UserInput("s1", "One", "sales"), "long-password")
    users.set_active(admin, user.id, 1, False)
    with pytest.raises(AuthenticationError):
        authenticate("s1", "long-password")
    users.set_active(admin, user.id, 2, True)
    assert authenticate("s1", "long-password").id == user.id


def test_last_admin_and_self_are_protected(admin):
    with pytest.raises(ValidationError):
        users.set_active(admin, admin.id, 1, False)
    with pytest.raises(ValidationError):
        users.update_user(admin, admin.id, 1, UserInput("root", "Root", "manager"))
    second = make_user("root2", "admin")
    users.update_user(admin, second.id, 1, UserInput("root2", "Root 2", "manager"))
    assert User.get_by_id(second.id).role == "manager"


def test_reset_and_change_password(admin):
    user = users.create_user(admin, UserInput("s1", "One", "sales"), "long-password")
    users.reset_password(admin, user.id, "reset-password")
    assert authenticate("s1", "reset-password").id == user.id
    with pytest.raises(ValidationError) as exc:
        users.change_own_password(user, "wrong-password", "brand-new-pass")
    assert set(exc.value.fields) == {"old_password"}
    users.change_own_password(user, "reset-password", "brand-new-pass")
    assert authenticate("s1", "brand-new-pass").id == user.id
    actions = [r.action for r in AuditLog.select().where(AuditLog.entity_id == str(user.id)).order_by(AuditLog.id)]
    assert actions == ["create", "reset_password", "change_password"]


def test_first_admin_only_on_an_empty_database(database):
    assert not users.has_users()
    first = users.create_first_admin("admin", "管理员", "long-password")
    assert first.role == "admin" and authenticate("admin", "long-password").id == first.id
    with pytest.raises(ValidationError):
        users.create_first_admin("admin2", "Another", "long-password")


def test_team_names_are_unique_and_teams_deactivate(admin):
    team = teams.create_team(admin, " 华南销售组 ")
    assert team.name == "华南销售组"
    with pytest.raises(ValidationError):
        teams.create_team(admin, "华南销售组")
    teams.update_team(admin, team.id, 1, name="华南销售组", active=False)
    assert teams.list_teams() == []
    assert [t.name for t in teams.list_teams(include_inactive=True)] == ["华南销售组"]
