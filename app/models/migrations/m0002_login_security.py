"""Schema step 2: the failed-login cooldown table and each user's last login time."""

from peewee import CharField, Database, DateTimeField, IntegerField, Model
from playhouse.migrate import SchemaMigrator


class LoginThrottle(Model):
    username = CharField(max_length=40, primary_key=True)
    failures = IntegerField(default=0)
    last_failure_at = DateTimeField()

    class Meta:
        legacy_table_names = False


def apply(database: Database, migrator: SchemaMigrator) -> None:
    with database.bind_ctx([LoginThrottle]):
        database.create_tables([LoginThrottle], safe=False)
    migrator.add_column("user", "last_login_at", DateTimeField(null=True)).run()
