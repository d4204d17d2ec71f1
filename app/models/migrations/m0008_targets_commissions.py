"""Schema step 8: sales targets, commission rules, monthly commission statements and their rows.

Money is BIGINT cents, percentages BIGINT hundredths. Targets are unique per (year, month, level,
key) and read by (level, year); statements are unique per (salesperson, year, month).
"""

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    DateField,
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


class User(_Frozen):
    class Meta:
        table_name = "user"


class Target(_Frozen):
    year = IntegerField()
    month = IntegerField()
    level = CharField(max_length=12)
    key = CharField(max_length=80, default="")
    amount = BigIntegerField(default=0)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("year", "month", "level", "key"), True), (("level", "year"), False))


class CommissionRule(_Frozen):
    name = CharField(max_length=80)
    basis = CharField(max_length=12, default="collected")
    scope = CharField(max_length=16, default="all")
    scope_key = CharField(max_length=80, default="")
    rate = BigIntegerField(null=True)
    tiers = TextField(default="")
    tier_mode = CharField(max_length=10, default="whole")
    valid_from = DateField()
    valid_to = DateField(null=True)
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)


class CommissionStatement(_Frozen):
    salesperson = ForeignKeyField(User)
    year = IntegerField()
    month = IntegerField()
    state = CharField(max_length=10, default="draft")
    basis_total = BigIntegerField(default=0)
    total = BigIntegerField(default=0)
    attainment = BigIntegerField(null=True)
    approved_by = ForeignKeyField(User, null=True)
    approved_at = DateTimeField(null=True)
    paid_at = DateTimeField(null=True)
    created_at = DateTimeField()
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("salesperson", "year", "month"), True), (("year", "month"), False))


class CommissionRow(_Frozen):
    statement = ForeignKeyField(CommissionStatement, on_delete="CASCADE")
    position = IntegerField()
    source_kind = CharField(max_length=12)
    source_id = IntegerField(null=True)
    document = CharField(max_length=40, default="")
    source_date = DateField()
    basis_amount = BigIntegerField()
    rule = ForeignKeyField(CommissionRule, null=True, on_delete="SET NULL")
    rate = BigIntegerField(default=0)
    commission = BigIntegerField()
    carried_from = CharField(max_length=7, default="")
    note = TextField(default="")

    class Meta:
        indexes = ((("statement", "position"), True), (("source_kind", "source_id"), False))


TABLES = [Target, CommissionRule, CommissionStatement, CommissionRow]


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([User, *TABLES]):
        database.create_tables(TABLES, safe=False)
