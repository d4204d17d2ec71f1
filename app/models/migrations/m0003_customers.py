"""Schema step 3: customers and contacts, follow-ups, front-desk visits and calls, notifications,
and the customer search index (SQLite FTS5; PostgreSQL pg_trgm when available)."""

from peewee import (
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)
from playhouse.migrate import SchemaMigrator


class _Frozen(Model):
    class Meta:
        legacy_table_names = False


class User(_Frozen):
    """Only what a foreign key needs of the user table of step 1."""

    class Meta:
        table_name = "user"


class Customer(_Frozen):
    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=120)
    name_key = CharField(max_length=120, index=True)
    kind = CharField(max_length=10, default="company")
    industry = CharField(max_length=40, default="", index=True)
    scale = CharField(max_length=10, default="")
    region = CharField(max_length=40, default="", index=True)
    city = CharField(max_length=40, default="")
    address = CharField(max_length=200, default="")
    source = CharField(max_length=20, default="other", index=True)
    tags = TextField(default="")
    owner = ForeignKeyField(User, null=True, on_delete="SET NULL")
    interest = CharField(max_length=10, default="medium", index=True)
    is_lead = BooleanField(default=True)
    notes = TextField(default="")
    pinyin = CharField(max_length=400, default="")
    initials = CharField(max_length=120, default="", index=True)
    created_at = DateTimeField(index=True)
    last_follow_up_at = DateTimeField(null=True, index=True)
    version = IntegerField(default=1)
    updated_at = DateTimeField()
    updated_by = IntegerField(null=True)

    class Meta:
        indexes = ((("owner", "name"), False),)


class Contact(_Frozen):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    name = CharField(max_length=60)
    title = CharField(max_length=60, default="")
    phone = CharField(max_length=40, default="")
    mobile = CharField(max_length=40, default="")
    email = CharField(max_length=120, default="")
    wechat = CharField(max_length=60, default="")
    phone_digits = CharField(max_length=30, default="", index=True)
    mobile_digits = CharField(max_length=30, default="", index=True)
    email_key = CharField(max_length=120, default="", index=True)
    is_primary = BooleanField(default=False)
    pinyin = CharField(max_length=200, default="")
    initials = CharField(max_length=60, default="")


class FollowUp(_Frozen):
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    user = ForeignKeyField(User)
    at = DateTimeField(index=True)
    kind = CharField(max_length=10, default="call")
    content = TextField(default="")
    interest_after = CharField(max_length=10, default="")
    next_action = CharField(max_length=200, default="")
    next_action_on = DateField(null=True, index=True)
    done = BooleanField(default=False)


class Visit(_Frozen):
    arrived_at = DateTimeField(index=True)
    visitor_name = CharField(max_length=60)
    company = CharField(max_length=120, default="")
    phone = CharField(max_length=40, default="")
    party_size = IntegerField(default=1)
    purpose = CharField(max_length=200, default="")
    contacted_before = BooleanField(default=False)
    contacted_salesperson = CharField(max_length=60, default="")
    source = CharField(max_length=20, default="visit")
    market_survey = BooleanField(default=False)
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    new_customer = BooleanField(default=False)
    route = CharField(max_length=10)
    routed_to = ForeignKeyField(User, null=True)
    received_by = ForeignKeyField(User)


class Call(_Frozen):
    at = DateTimeField(index=True)
    direction = CharField(max_length=3, default="in")
    caller_name = CharField(max_length=60, default="")
    phone = CharField(max_length=40, default="")
    company = CharField(max_length=120, default="")
    summary = TextField(default="")
    source = CharField(max_length=20, default="phone")
    market_survey = BooleanField(default=False)
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    new_customer = BooleanField(default=False)
    route = CharField(max_length=10)
    routed_to = ForeignKeyField(User, null=True)
    taken_by = ForeignKeyField(User)


class Notification(_Frozen):
    user = ForeignKeyField(User, on_delete="CASCADE")
    created_at = DateTimeField()
    kind = CharField(max_length=30)
    title = CharField(max_length=200)
    body = TextField(default="")
    entity = CharField(max_length=40, default="")
    entity_id = CharField(max_length=40, default="")
    read_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("user", "read_at"), False),)


TABLES = [Customer, Contact, FollowUp, Visit, Call, Notification]


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([User, *TABLES]):
        database.create_tables(TABLES, safe=False)
    for table, column in (("contact", "customer_id"), ("follow_up", "customer_id"), ("visit", "customer_id"),
                          ("call", "customer_id"), ("customer", "owner_id"), ("follow_up", "user_id")):
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_{column}_fk" ON "{table}" ("{column}")')
    if isinstance(database, SqliteDatabase):
        # doc: name, contacts, code, pinyin, initials, phone digits, emails; substring search (3+ chars)
        database.execute_sql("CREATE VIRTUAL TABLE customer_fts USING fts5(doc, tokenize='trigram')")
        # chars: the Chinese names split into single characters, for 1-2 character queries
        database.execute_sql("CREATE VIRTUAL TABLE customer_chars USING fts5(doc, tokenize='unicode61')")
    else:
        database.execute_sql(
            "CREATE TABLE customer_search (customer_id integer PRIMARY KEY REFERENCES customer (id) "
            "ON DELETE CASCADE, doc text NOT NULL)")
        database.execute_sql("SAVEPOINT trgm")
        try:
            database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            database.execute_sql(
                "CREATE INDEX customer_search_doc_trgm ON customer_search USING gin (doc gin_trgm_ops)")
            database.execute_sql("RELEASE SAVEPOINT trgm")
        except Exception:  # no pg_trgm on this server: searching still works, without the index
            database.execute_sql("ROLLBACK TO SAVEPOINT trgm")
