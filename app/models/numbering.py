"""Counters behind document numbers such as QT-202611-0001."""

from peewee import CharField, IntegerField

from app.models.base import BaseModel


class DocumentCounter(BaseModel):
    """The last number issued for a document kind in a period (YYYYMM)."""

    kind = CharField(max_length=10)
    period = CharField(max_length=6)
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "period"), True),)
