"""Staff accounts and sales teams."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, PercentField, VersionedModel, now

ROLES = ("frontdesk", "sales", "supervisor", "manager", "admin")


class Team(VersionedModel):
    """A sales team (销售团队); a supervisor leads it, salespeople belong to it."""

    name = CharField(max_length=80, unique=True)
    active = BooleanField(default=True)


class User(VersionedModel):
    """A person who logs in. `role` is one of ROLES; `tags` are the regions and industries covered.

    Tags are stored as one comma-separated string (a company has at most a few dozen staff);
    use `tag_list` to read them.
    """

    username = CharField(max_length=40, unique=True)
    display_name = CharField(max_length=80)
    password_hash = CharField(max_length=200)
    role = CharField(max_length=20)
    team = ForeignKeyField(Team, null=True, backref="members", on_delete="SET NULL")
    grade = CharField(max_length=20, default="")
    tags = TextField(default="")
    discount_limit = PercentField(default=0)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    last_login_at = DateTimeField(null=True)

    @property
    def tag_list(self) -> list[str]:
        return [t for t in (s.strip() for s in self.tags.split(",")) if t]


class LoginThrottle(BaseModel):
    """Failed logins per user name (also for names that do not exist), for the cooldown."""

    username = CharField(max_length=40, primary_key=True)
    failures = IntegerField(default=0)
    last_failure_at = DateTimeField()
