"""Schema versions: a new database reaches the current shape; version 1 upgrades with a backup;
a database from a newer app is refused and left alone."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import SqliteDatabase

from app.models.base import db
from app.models.connection import close_database, make_database, open_database
from app.models.migrations import SCHEMA_VERSION, SchemaTooNewError, current_version, migrate
from app.models.registry import ALL_MODELS


def assert_schema_matches_models(database) -> None:
    for model in ALL_MODELS:
        table = model._meta.table_name
        assert database.table_exists(table), table
        columns = {c.name for c in database.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_new_database_gets_every_step(database):
    assert current_version(database) == SCHEMA_VERSION >= 2
    assert_schema_matches_models(database)


def test_version_1_upgrades_to_current_keeping_data(db_target, tmp_path):
    database = make_database(db_target)
    db.initialize(database)
    database.connect()
    assert migrate(database, target=1) == 1
    database.execute_sql(
        "INSERT INTO \"user\" (username, display_name, password_hash, role, grade, tags, discount_limit,"
        " active, created_at, version, updated_at) VALUES ('old', 'Old', 'x', 'sales', '', '', 500, %s,"
        " '2025-01-01 00:00:00', 1, '2025-01-01 00:00:00')" % ("1" if isinstance(database, SqliteDatabase)
                                                                else "true"))
    assert not any(c.name == "last_login_at" for c in database.get_columns("user"))
    close_database()

    reopened = open_database(db_target, backup_dir=tmp_path / "backups")
    assert current_version(reopened) == SCHEMA_VERSION
    assert_schema_matches_models(reopened)
    from app.models.user import User

    old = User.get(User.username == "old")
    assert (str(old.discount_limit), old.last_login_at) == ("5.00", None)
    if isinstance(reopened, SqliteDatabase):
        backups = list((tmp_path / "backups").glob("salesdesk.schema1-*.bak"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT username FROM user").fetchall() == [("old",)]
        copy.close()
    close_database()


def test_newer_database_is_refused_and_left_alone(db_target):
    database = open_database(db_target)
    if isinstance(database, SqliteDatabase):
        database.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    else:
        database.execute_sql("UPDATE schema_version SET version = %s", (SCHEMA_VERSION + 1,))
    close_database()
    with pytest.raises(SchemaTooNewError, match="newer SalesDesk"):
        open_database(db_target)
    assert current_version(db.obj) == SCHEMA_VERSION + 1
    close_database()


def test_sqlite_pragmas(tmp_path):
    database = open_database(str(tmp_path / "p.sqlite3"))
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000
    close_database()
