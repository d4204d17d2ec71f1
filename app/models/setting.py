"""Company-wide settings as key/value rows; `services.settings` gives them types and defaults."""

from peewee import CharField, TextField

from app.models.base import BaseModel


class Setting(BaseModel):
    """One setting; `value` is JSON text."""

    key = CharField(max_length=60, primary_key=True)
    value = TextField()
