"""Staff accounts: create, edit, deactivate, reset passwords (admin); change one's own password."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from app.models.base import db
from app.models.user import ROLES, Team, User
from app.services import audit
from app.services.auth import check_new_password, hash_password, normalise_username, verify_password
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.permissions import require

USERNAME_RE = re.compile(r"^[a-z0-9_.-]{2,40}$")


@dataclass
class UserInput:
    """What the user form edits."""

    username: str
    display_name: str
    role: str
    team_id: int | None = None
    grade: str = ""
    tags: list[str] = field(default_factory=list)
    discount_limit: Decimal | str = Decimal("0")
    active: bool = True


def list_users(actor: User, include_inactive: bool = True) -> list[User]:
    """Every account, by role then name (admin)."""
    require(actor, "users.manage")
    query = User.select(User, Team).left_outer_join(Team).order_by(User.role, User.username)
    if not include_inactive:
        query = query.where(User.active == True)  # noqa: E712 (peewee expression)
    return list(query)


@dataclass(frozen=True)
class StaffName:
    """Who a user is, for pick lists such as the audit screen's user filter."""

    id: int
    username: str
    display_name: str
    active: bool


def staff_names(actor: User) -> list[StaffName]:
    """Every account's id and names, by display name (those who may read the audit trail)."""
    require(actor, "audit.view")
    query = User.select(User.id, User.username, User.display_name, User.active).order_by(
        User.display_name, User.username)
    return [StaffName(u.id, u.username, u.display_name, u.active) for u in query]


def get_user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(f"User {user_id} does not exist.")
    return user


def _validated(data: UserInput, exclude_id: int | None = None) -> dict[str, object]:
    errors: dict[str, str] = {}
    username = normalise_username(data.username)
    if not USERNAME_RE.match(username):
        errors["username"] = "2-40 letters, digits, '.', '_' or '-'."
    else:
        clash = User.select().where(User.username == username)
        if exclude_id is not None:
            clash = clash.where(User.id != exclude_id)
        if clash.exists():
            errors["username"] = f"The user name {username} is taken."
    display_name = data.display_name.strip()
    if not display_name:
        errors["display_name"] = "A name is required."
    elif len(display_name) > 80:
        errors["display_name"] = "At most 80 characters."
    if data.role not in ROLES:
        errors["role"] = f"One of: {', '.join(ROLES)}."
    if data.team_id is not None and not Team.select().where(Team.id == data.team_id).exists():
        errors["team"] = "No such team."
    if len(data.grade.strip()) > 20:
        errors["grade"] = "At most 20 characters."
    try:
        limit = Decimal(str(data.discount_limit).strip() or "0")
        if not Decimal(0) <= limit <= Decimal(100) or limit != limit.quantize(Decimal("0.01")):
            raise InvalidOperation
    except InvalidOperation:
        errors["discount_limit"] = "A percentage from 0 to 100 with at most two decimals."
        limit = Decimal(0)
    tags = []
    for tag in data.tags:
        tag = tag.strip().replace(",", " ")
        if tag and tag not in tags:
            tags.append(tag)
    if errors:
        raise ValidationError(errors)
    return {
        "username": username, "display_name": display_name, "role": data.role, "team": data.team_id,
        "grade": data.grade.strip(), "tags": ",".join(tags), "discount_limit": limit, "active": data.active,
    }


def create_user(actor: User, data: UserInput, password: str) -> User:
    """Create an account with an Argon2id hash of `password` (at least 8 characters)."""
    require(actor, "users.manage")
    values = _validated(data)
    check_new_password(password)
    with db.atomic():
        user = User.create(password_hash=hash_password(password), updated_by=actor.id, **values)
        audit.record(actor, "user", user.id, "create",
                     {k: (None, v) for k, v in values.items()})
    return user


def update_user(actor: User, user_id: int, expected_version: int, data: UserInput) -> User:
    """Save the form's changes; refuses to leave the company without an active admin."""
    require(actor, "users.manage")
    user = get_user(user_id)
    values = _validated(data, exclude_id=user_id)
    if user.role == "admin" and user.active and (values["role"] != "admin" or not values["active"]):
        _refuse_removing_last_admin(user_id)
    save_changes(actor, user, expected_version, values, "user")
    return user


def set_active(actor: User, user_id: int, expected_version: int, active: bool) -> User:
    """Deactivate (the account can no longer log in; its records stay) or reactivate a user."""
    require(actor, "users.manage")
    user = get_user(user_id)
    if not active:
        if user_id == actor.id:
            raise ValidationError({"active": "You cannot deactivate your own account."})
        if user.role == "admin":
            _refuse_removing_last_admin(user_id)
    save_changes(actor, user, expected_version, {"active": active}, "user")
    return user


def _refuse_removing_last_admin(user_id: int) -> None:
    others = User.select().where((User.role == "admin") & (User.active == True) & (User.id != user_id))  # noqa: E712
    if not others.exists():
        raise ValidationError({"role": "At least one active administrator must remain."})


def reset_password(actor: User, user_id: int, new_password: str) -> None:
    """Set another user's password (admin); the audit row records that it changed, not the value."""
    require(actor, "users.manage")
    user = get_user(user_id)
    check_new_password(new_password)
    with db.atomic():
        User.update(password_hash=hash_password(new_password)).where(User.id == user.id).execute()
        audit.record(actor, "user", user.id, "reset_password")


def change_own_password(actor: User, old_password: str, new_password: str) -> None:
    """Change the logged-in user's password after checking the current one."""
    require(actor, "account.change_password")
    current = get_user(actor.id)
    if not verify_password(current.password_hash, old_password):
        raise ValidationError({"old_password": "The current password is wrong."})
    check_new_password(new_password, "new_password")
    with db.atomic():
        User.update(password_hash=hash_password(new_password)).where(User.id == actor.id).execute()
        audit.record(actor, "user", actor.id, "change_password")


def create_first_admin(username: str, display_name: str, password: str) -> User:
    """On a database with no users: create the first administrator (no actor exists yet)."""
    values = _validated(UserInput(username=username, display_name=display_name, role="admin"))
    check_new_password(password)
    with db.atomic():
        if User.select().exists():
            raise ValidationError({"username": "This database already has users; log in instead."})
        user = User.create(password_hash=hash_password(password), **values)
        audit.record(user, "user", user.id, "create", {k: (None, v) for k, v in values.items()})
    return user


def has_users() -> bool:
    return User.select().exists()


def team_name(user: User) -> str:
    """The name of the user's team, or "" when they belong to none."""
    if user.team_id is None:
        return ""
    team = Team.get_or_none(Team.id == user.team_id)
    return team.name if team is not None else ""
