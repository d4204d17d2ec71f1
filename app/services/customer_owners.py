"""Who a customer may belong to, as pick lists: the owners a user may choose in the customer form,
the salespeople the customer list may be filtered by, and a short summary of one customer.

The rules are those of `customer_scope` (managers: everyone; supervisors: their team; salespeople:
themselves); these functions only turn them into lists a form can show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.customer import Contact
from app.models.user import User
from app.services.customer_scope import get_visible_customer, may_assign_to
from app.services.permissions import require

SELLING_ROLES = ("sales", "supervisor", "manager")


@dataclass(frozen=True)
class OwnerChoice:
    """A member of staff who can own customers."""

    id: int
    display_name: str
    active: bool


def _choices(query) -> list[OwnerChoice]:
    # By name as the database sorts it; the views sort Chinese names for the reader's language.
    return [OwnerChoice(u.id, u.display_name, u.active) for u in query.order_by(User.display_name, User.id)]


def _team_scope(actor: User):
    """Selling staff `actor` is responsible for, as a query (manager: all; supervisor: team + self)."""
    query = User.select(User.id, User.display_name, User.active).where(User.role.in_(SELLING_ROLES))
    if actor.role == "manager":
        return query
    if actor.role == "supervisor" and actor.team_id is not None:
        return query.where((User.team == actor.team_id) | (User.id == actor.id))
    return query.where(User.id == actor.id)


def assignable_owners(actor: User, current_owner_id: int | None = None) -> list[OwnerChoice]:
    """The active selling staff `actor` may give a customer to, by name (the form's owner list).

    `current_owner_id`, when given and not among them (an inactive owner, or someone outside the
    actor's team), is added so that saving the form unchanged keeps the customer where it is.
    Whether the public pool (no owner) may be chosen: `may_leave_in_pool(actor)`.
    """
    require(actor, "customers.edit")
    choices = [c for c in _choices(_team_scope(actor).where(User.active == True))  # noqa: E712
               if may_assign_to(actor, c.id)]
    if current_owner_id is not None and all(c.id != current_owner_id for c in choices):
        current = User.get_or_none(User.id == current_owner_id)
        if current is not None:
            choices.append(OwnerChoice(current.id, current.display_name, current.active))
    return choices


def may_leave_in_pool(actor: User) -> bool:
    """True when `actor` may create or leave a customer without owner (managers and supervisors)."""
    require(actor, "customers.edit")
    return may_assign_to(actor, None)


def visible_owners(actor: User) -> list[OwnerChoice]:
    """The staff whose customers `actor` sees, by name: the customer list's owner filter.

    Inactive staff are included (their customers stay until reassigned); salespeople get only
    themselves.
    """
    require(actor, "customers.view")
    return _choices(_team_scope(actor))


@dataclass(frozen=True)
class CustomerSummary:
    """A customer at a glance, with how many records belong to it (what a merge would move)."""

    id: int
    code: str
    name: str
    owner_name: str
    is_lead: bool
    contacts: int
    follow_ups: int
    visits: int
    calls: int
    created_at: dt.datetime
    last_follow_up_at: dt.datetime | None


def customer_summary(actor: User, customer_id: int) -> CustomerSummary:
    """Code, name, owner and record counts of a customer `actor` may see (NotFound/PermissionDenied
    otherwise)."""
    from app.models.activity import Call, FollowUp, Visit  # not with the customer list's owner filter

    customer = get_visible_customer(actor, customer_id)
    owner = User.get_or_none(User.id == customer.owner_id) if customer.owner_id is not None else None
    return CustomerSummary(
        id=customer.id, code=customer.code, name=customer.name,
        owner_name=owner.display_name if owner is not None else "", is_lead=customer.is_lead,
        contacts=Contact.select().where(Contact.customer == customer.id).count(),
        follow_ups=FollowUp.select().where(FollowUp.customer == customer.id).count(),
        visits=Visit.select().where(Visit.customer == customer.id).count(),
        calls=Call.select().where(Call.customer == customer.id).count(),
        created_at=customer.created_at, last_follow_up_at=customer.last_follow_up_at,
    )
