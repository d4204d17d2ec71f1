"""Builders for customer tests: demo accounts plus customers made through the services."""

from __future__ import annotations

from app.models.user import User
from app.services.customers import ContactInput, CustomerInput, create_customer
from app.services.demo import create_demo


def demo_staff() -> dict[str, User]:
    """The demo accounts (admin, manager, sup1, sup2, sales1..8, desk1) by user name."""
    create_demo()
    return {u.username: u for u in User.select()}


def add_customer(actor: User, name: str, *contacts: ContactInput, owner: User | None = None,
                 **fields: object) -> int:
    data = CustomerInput(name=name, contacts=list(contacts), owner_id=owner.id if owner else None, **fields)
    return create_customer(actor, data).id
