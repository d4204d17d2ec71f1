"""Sales teams: create, rename, deactivate (admin)."""

from __future__ import annotations

from peewee import fn

from app.models.base import db
from app.models.user import Team, User
from app.services import audit
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.permissions import require


def list_teams(include_inactive: bool = False) -> list[Team]:
    """Teams by name (active ones only unless asked)."""
    query = Team.select().order_by(Team.name)
    if not include_inactive:
        query = query.where(Team.active == True)  # noqa: E712 (peewee expression)
    return list(query)


def team_member_counts(actor: User) -> dict[int, int]:
    """Active members per team id (admin); teams without active members are left out."""
    require(actor, "teams.manage")
    query = (User.select(User.team, fn.COUNT(User.id).alias("members"))
             .where(User.team.is_null(False) & (User.active == True))  # noqa: E712 (peewee expression)
             .group_by(User.team))
    return {row.team_id: row.members for row in query}


def _clean_name(name: str, exclude_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError({"name": "A team needs a name."})
    if len(name) > 80:
        raise ValidationError({"name": "At most 80 characters."})
    clash = Team.select().where(Team.name == name)
    if exclude_id is not None:
        clash = clash.where(Team.id != exclude_id)
    if clash.exists():
        raise ValidationError({"name": f"A team named {name} already exists."})
    return name


def create_team(actor: User, name: str) -> Team:
    """Create an active team with a unique name."""
    require(actor, "teams.manage")
    with db.atomic():
        team = Team.create(name=_clean_name(name), updated_by=actor.id)
        audit.record(actor, "team", team.id, "create", {"name": (None, team.name)})
    return team


def update_team(actor: User, team_id: int, expected_version: int, *, name: str, active: bool) -> Team:
    """Rename or (de)activate a team; ConflictError if someone saved it meanwhile."""
    require(actor, "teams.manage")
    team = Team.get_or_none(Team.id == team_id)
    if team is None:
        raise NotFound(f"Team {team_id} does not exist.")
    save_changes(actor, team, expected_version, {"name": _clean_name(name, team_id), "active": active}, "team")
    return team
