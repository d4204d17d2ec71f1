"""Schema step 5: indexes for sorting the customer list by name (pinyin) and city, and for a
salesperson's own list in code order, so that the first page of 100,000 customers is read from an
index instead of sorting the whole table."""

from peewee import Database
from playhouse.migrate import SchemaMigrator


def apply(database: Database, migrator: SchemaMigrator) -> None:
    database.execute_sql("CREATE INDEX customer_pinyin ON customer (pinyin)")
    database.execute_sql("CREATE INDEX customer_city ON customer (city)")
    database.execute_sql("CREATE INDEX customer_owner_code ON customer (owner_id, code)")
