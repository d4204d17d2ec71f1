"""The audit trail: one row per write a service makes."""

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from app.models.base import BaseModel, now
from app.models.user import User


class AuditLog(BaseModel):
    """Who did what to which record, when, and the changed fields as JSON {field: [old, new]}."""

    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, null=True, backref="audit_rows", on_delete="SET NULL")
    entity = CharField(max_length=40)
    entity_id = CharField(max_length=40)
    action = CharField(max_length=40)
    changes = TextField(default="{}")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)
