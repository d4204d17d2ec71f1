"""Pick lists for the public pool screen: the pool's industries and regions (filter boxes), the
salespeople a supervisor or manager may hand pool customers to, and the people assignment rules
may name.

Only lists: the rules of who may receive what live in `pool.assign` and `assignment_rules`.
"""

from __future__ import annotations

from app.models.customer import Customer
from app.models.user import User
from app.services.customer_owners import OwnerChoice
from app.services.customer_scope import may_assign_to, pool_customers
from app.services.permissions import require

# Who may own a pool customer (pool.assign) and receive leads by rule (assignment_rules).
RECEIVING_ROLES = ("sales", "supervisor")


def _choices(query) -> list[OwnerChoice]:
    # By name as the database sorts it; the views sort Chinese names for the reader's language.
    return [OwnerChoice(u.id, u.display_name, u.active) for u in query.order_by(User.display_name, User.id)]


def pool_filter_choices(actor: User) -> dict[str, list[str]]:
    """The distinct industries and regions among pool customers, sorted, for the filter boxes
    (`filter_choices` would list those of the actor's own customers)."""
    scope = pool_customers(actor)
    result: dict[str, list[str]] = {}
    for name in ("industry", "region"):
        column = getattr(Customer, name)
        query = Customer.select(column).distinct().where(scope & (column != "")).order_by(column)
        result[name] = [getattr(row, name) for row in query]
    return result


def pool_assignees(actor: User) -> list[OwnerChoice]:
    """The active salespeople and supervisors `actor` may give pool customers to: everyone for a
    manager, the own team (and self) for a supervisor."""
    require(actor, "pool.assign")
    query = User.select(User.id, User.display_name, User.active).where(
        User.role.in_(RECEIVING_ROLES) & (User.active == True))  # noqa: E712 (peewee expression)
    return [c for c in _choices(query) if may_assign_to(actor, c.id)]


def rule_people(actor: User) -> list[OwnerChoice]:
    """Every salesperson and supervisor, inactive ones flagged: who an assignment rule may name (the
    rules editor offers the active ones and shows the names of all)."""
    require(actor, "pool.rules")
    return _choices(User.select(User.id, User.display_name, User.active).where(
        User.role.in_(RECEIVING_ROLES)))
