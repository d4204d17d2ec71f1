"""Which customers a user may see and change: the one permission filter every list, search,
export and report goes through (DOMAIN.md: "there is no second door")."""

from __future__ import annotations

from peewee import Expression

from app.models.customer import Customer
from app.models.user import User
from app.services.errors import NotFound, PermissionDenied
from app.services.permissions import require


def visible_customers(actor: User) -> Expression | None:
    """A WHERE clause limiting Customer to what `actor` may see; None means every customer.

    Managers see all; supervisors their team's customers and their own; salespeople their own.
    Pool customers (no owner) appear in the pool screen, and here for managers and supervisors.
    """
    require(actor, "customers.view")
    if actor.role == "manager":
        return None
    if actor.role == "supervisor":
        team_members = User.select(User.id).where((User.team == actor.team_id) & User.team.is_null(False))
        return (Customer.owner == actor.id) | Customer.owner.in_(team_members) | Customer.owner.is_null()
    return Customer.owner == actor.id


def pool_customers(actor: User) -> Expression:
    """A WHERE clause for the public pool: customers without owner (sales staff may browse it)."""
    require(actor, "pool.view")
    return Customer.owner.is_null()


def may_see(actor: User, customer: Customer) -> bool:
    clause = visible_customers(actor)
    if clause is None:
        return True
    return Customer.select().where((Customer.id == customer.id) & clause).exists()


def get_visible_customer(actor: User, customer_id: int) -> Customer:
    """The customer if `actor` may see it; NotFound when it does not exist, PermissionDenied otherwise."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(f"Customer {customer_id} does not exist.")
    if not may_see(actor, customer):
        raise PermissionDenied("This customer belongs to another salesperson.")
    return customer


def may_assign_to(actor: User, owner_id: int | None) -> bool:
    """Managers give a customer to anyone; supervisors within their team; others only to themselves."""
    if owner_id == actor.id:
        return True
    if actor.role == "manager":
        return True
    if actor.role == "supervisor":
        if owner_id is None:
            return True
        owner = User.get_or_none(User.id == owner_id)
        return owner is not None and owner.team_id is not None and owner.team_id == actor.team_id
    return False
