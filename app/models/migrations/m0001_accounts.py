"""Schema step 1: teams, users, settings, the audit trail and document counters."""

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator


class _Frozen(Model):
    class Meta:
        legacy_table_names = False


class Team(_Frozen):
    name = CharField(max_length=80, unique=True)
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)


class User(_Frozen):
    username = CharField(max_length=40, unique=True)
    display_name = CharField(max_length=80)
    password_hash = CharField(max_length=200)
    role = CharField(max_length=20)
    team = ForeignKeyField(Team, null=True, on_delete="SET NULL")
    grade = CharField(max_length=20, default="")
    tags = TextField(default="")
    discount_limit = BigIntegerField(default=0)
    active = BooleanField(default=True)
    created_at = DateTimeField()
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)


class Setting(_Frozen):
    key = CharField(max_length=60, primary_key=True)
    value = TextField()


class AuditLog(_Frozen):
    at = DateTimeField(index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    entity = CharField(max_length=40)
    entity_id = CharField(max_length=40)
    action = CharField(max_length=40)
    changes = TextField(default="{}")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class DocumentCounter(_Frozen):
    kind = CharField(max_length=10)
    period = CharField(max_length=6)
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "period"), True),)


TABLES = [Team, User, Setting, AuditLog, DocumentCounter]


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx(TABLES):
        database.create_tables(TABLES, safe=False)
