"""Fixtures shared by every test: a migrated database, on SQLite and (when configured) PostgreSQL.

`database` runs a test once on a fresh SQLite file and, when SALESDESK_TEST_PG holds a
postgresql:// URL, once more on that server (marker `postgres`), from an empty schema each time.
"""

from __future__ import annotations

import os

import pytest

from app.models.base import db
from app.models.connection import close_database, open_database
from app.services import auth

PG_URL = os.environ.get("SALESDESK_TEST_PG", "")

auth.use_fast_hashing_for_tests()


def reset_postgres(url: str) -> None:
    """Drop and recreate the public schema: the next open_database migrates from zero."""
    from app.models.connection import make_database

    database = make_database(url)
    database.connect()
    database.execute_sql("DROP SCHEMA IF EXISTS public CASCADE")
    database.execute_sql("CREATE SCHEMA public")
    database.close()


def database_target(kind: str, tmp_path) -> str:
    if kind == "postgres":
        if not PG_URL:
            pytest.skip("SALESDESK_TEST_PG is not set")
        reset_postgres(PG_URL)
        return PG_URL
    return str(tmp_path / "salesdesk.sqlite3")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request, tmp_path) -> str:
    """A fresh, empty database target (file path or URL), not yet opened."""
    return database_target(request.param, tmp_path)


@pytest.fixture
def database(db_target):
    """`db` bound to a freshly migrated database; closed afterwards."""
    opened = open_database(db_target)
    yield opened
    close_database()
    db.initialize(None)
