"""What every screen is given: the logged-in user and a description of the database."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.user import User


@dataclass
class AppContext:
    user: User
    database_label: str
