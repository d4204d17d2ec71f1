"""Reception duty (接待轮值): who takes the front desk's next new visitor or caller, and the order
in which salespeople take turns (settings.reception_rotation).

`reception.next_on_duty()` draws a turn when a lead is assigned; `next_on_duty_preview()` here only
looks, so the desk can show who is next without using up a turn.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.numbering import DocumentCounter
from app.models.user import User
from app.services.errors import PermissionDenied
from app.services.permissions import can, require
from app.services.reception import active_rotation
from app.services.settings import get_settings, update_settings

DUTY_ROLES = ("sales", "supervisor")  # who may be put on duty (settings._rotation checks the same)
SELLING_ROLES = ("sales", "supervisor", "manager")
DUTY_COUNTER = "DUTY"  # the counter reception.next_on_duty() draws from


@dataclass(frozen=True)
class StaffMember:
    """A salesperson as the front desk and the rotation editor list them."""

    id: int
    display_name: str
    role: str
    active: bool


def _member(user: User) -> StaffMember:
    return StaffMember(user.id, user.display_name, user.role, user.active)


def _require_any(actor: User, *permissions: str) -> None:
    if not any(can(actor, permission) for permission in permissions):
        role = actor.role if actor is not None else "nobody"
        raise PermissionDenied(f"Role {role!r} may not do any of {permissions!r}.")


def may_edit_rotation(actor: User) -> bool:
    """True when `actor` may change the rotation (administrators, managers and supervisors)."""
    return can(actor, "reception.rotation")


def selling_staff(actor: User) -> list[StaffMember]:
    """Active salespeople, supervisors and managers by name: the desk's "in contact with whom"
    list and the rotation editor's choices. Requires reception.register or settings.manage."""
    _require_any(actor, "reception.register", "reception.rotation")
    query = (User.select(User.id, User.display_name, User.role, User.active)
             .where(User.role.in_(SELLING_ROLES) & (User.active == True))  # noqa: E712 (peewee)
             .order_by(User.display_name, User.id))
    return [_member(u) for u in query]


def duty_candidates(actor: User) -> list[StaffMember]:
    """The active staff who may take reception duty (salespeople and supervisors), by name."""
    return [m for m in selling_staff(actor) if m.role in DUTY_ROLES]


def duty_rotation(actor: User) -> list[StaffMember]:
    """The rotation in turn order, inactive members included (flagged: their turns are skipped).
    Requires reception.register, reception.report or settings.manage."""
    _require_any(actor, "reception.register", "reception.report", "reception.rotation")
    ids = list(get_settings().reception_rotation)
    users = {u.id: u for u in User.select(User.id, User.display_name, User.role, User.active)
             .where(User.id.in_(ids))}
    return [_member(users[i]) for i in ids if i in users]


def next_on_duty_preview(actor: User) -> StaffMember | None:
    """Who the next new lead would go to now, without drawing a turn; None: the public pool.
    Same rotation as reception.next_on_duty(), indexed by the turns drawn so far."""
    _require_any(actor, "reception.register", "reception.report", "reception.rotation")
    on_duty = active_rotation()
    if not on_duty:
        return None
    counter = DocumentCounter.get_or_none((DocumentCounter.kind == DUTY_COUNTER) & (DocumentCounter.period == "all"))
    drawn = counter.last if counter is not None else 0
    return _member(on_duty[drawn % len(on_duty)])


def set_duty_rotation(actor: User, user_ids: list[int]) -> list[StaffMember]:
    """Save the rotation (user ids in turn order) as the company setting; audited by
    update_settings. Requires reception.rotation; ValidationError for anyone who may not take duty."""
    require(actor, "reception.rotation")
    update_settings(actor, {"reception_rotation": list(user_ids)}, system=True)
    return duty_rotation(actor)
