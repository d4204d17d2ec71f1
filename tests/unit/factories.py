"""Small builders for test data, written through the services so the rules apply."""

from __future__ import annotations

from decimal import Decimal

from app.models.user import Team, User
from app.services.auth import hash_password


def make_user(username: str, role: str = "sales", *, password: str = "secret-pass", team: Team | None = None,
              active: bool = True, discount_limit: str = "0") -> User:
    """A user row with a real password hash (bypasses the admin service on purpose: the actor)."""
    return User.create(username=username, display_name=username.title(), role=role, team=team,
                       password_hash=hash_password(password), active=active,
                       discount_limit=Decimal(discount_limit))
