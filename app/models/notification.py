"""In-app notifications: the bell in the main window (routing, reminders, approvals)."""

from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from app.models.base import BaseModel, now
from app.models.user import User


class Notification(BaseModel):
    """A message to one user, optionally about a record (`entity`, `entity_id`) to open."""

    user = ForeignKeyField(User, backref="notifications", on_delete="CASCADE")
    created_at = DateTimeField(default=now)
    kind = CharField(max_length=30)
    title = CharField(max_length=200)
    body = TextField(default="")
    entity = CharField(max_length=40, default="")
    entity_id = CharField(max_length=40, default="")
    read_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("user", "read_at"), False),)
