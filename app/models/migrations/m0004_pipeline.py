"""Schema step 4: the public pool's clocks on customers, opportunities, assignment rules, pool claims,
and reminders on follow-ups.

`customer.last_touch_at` is max(last follow-up, owner_since): the recycling pass returns a customer
to the pool when it is older than the return period, through a partial index on owned customers.
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


class Customer(_Frozen):
    class Meta:
        table_name = "customer"


class Opportunity(_Frozen):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    title = CharField(max_length=120)
    amount = BigIntegerField(default=0)
    expected_close_on = DateField(null=True)
    stage = CharField(max_length=12, default="qualify")
    owner = ForeignKeyField(User, null=True)
    lost_reason = TextField(default="")
    created_at = DateTimeField()
    closed_at = DateTimeField(null=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("owner", "stage"), False), (("stage", "updated_at"), False))


class AssignmentRule(_Frozen):
    position = IntegerField(default=0)
    kind = CharField(max_length=15)
    value = CharField(max_length=60, default="")
    user_ids = TextField(default="")
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)


class PoolClaim(_Frozen):
    user = ForeignKeyField(User, on_delete="CASCADE")
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    claimed_at = DateTimeField()

    class Meta:
        indexes = ((("user", "claimed_at"), False),)


TABLES = [Opportunity, AssignmentRule, PoolClaim]


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([User, Customer, *TABLES]):
        database.create_tables(TABLES, safe=False)
    migrator.add_column("customer", "owner_since", DateTimeField(null=True)).run()
    migrator.add_column("customer", "last_touch_at", DateTimeField(null=True)).run()
    migrator.add_column("customer", "pool_warned_at", DateTimeField(null=True)).run()
    migrator.add_column("customer", "returned_to_pool_at", DateTimeField(null=True)).run()
    migrator.add_column("customer", "previous_owner_id", IntegerField(null=True)).run()
    migrator.add_column("follow_up", "opportunity_id", IntegerField(null=True)).run()
    migrator.add_column("follow_up", "reminded_at", DateTimeField(null=True)).run()
    database.execute_sql("UPDATE customer SET owner_since = created_at, "
                         "last_touch_at = COALESCE(last_follow_up_at, created_at)")
    database.execute_sql('CREATE INDEX customer_recycle ON customer (last_touch_at) WHERE owner_id IS NOT NULL')
    database.execute_sql("CREATE INDEX customer_returned ON customer (returned_to_pool_at) "
                         "WHERE returned_to_pool_at IS NOT NULL")
    database.execute_sql('CREATE INDEX follow_up_user_at ON follow_up (user_id, "at")')
    database.execute_sql("CREATE INDEX follow_up_reminders ON follow_up (user_id, done, next_action_on)")
    database.execute_sql("CREATE INDEX follow_up_opportunity ON follow_up (opportunity_id)")
    database.execute_sql("CREATE INDEX opportunity_customer ON opportunity (customer_id)")
