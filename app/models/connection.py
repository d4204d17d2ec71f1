"""Opening the database: a SQLite file (the default) or a PostgreSQL server from a URL."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from app.models.base import db

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed document survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "cache_size": -32000,
}


class DatabaseLocationError(Exception):
    """The database target cannot be used (for instance a SQLite file on a network share)."""


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def describe(target: str) -> str:
    """A short, password-free description of the database for the status bar."""
    if is_postgres_url(target):
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        return f"PostgreSQL {parts.hostname or 'localhost'}{parts.path}"
    return str(Path(target))


def make_database(target: str) -> Database:
    """Return an unconnected peewee database for `target` (file path or postgresql:// URL)."""
    if is_postgres_url(target):
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(target)
        return PostgresqlDatabase(
            unquote(parts.path.lstrip("/")),
            host=parts.hostname,
            port=parts.port,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )
    path = Path(target)
    if str(path).startswith(("\\\\", "//")):
        raise DatabaseLocationError(
            "A SQLite database on a network share can be damaged when several computers write to "
            "it. Use a PostgreSQL server to share one database."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a write transaction takes the write lock at BEGIN, so two writers queue on
    # busy_timeout instead of one failing with "database is locked" halfway through.
    return SqliteDatabase(os.fspath(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")


def open_database(target: str, *, migrate: bool = True, backup_dir: Path | None = None) -> Database:
    """Bind `db` to `target`, connect, and bring the schema up to date (see migrations)."""
    database = make_database(target)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    if migrate:
        from app.models.migrations import migrate as run_migrations

        run_migrations(database, backup_dir=backup_dir)
    return database


def close_database() -> None:
    """Close the current thread's connection, if any."""
    if db.obj is not None and not db.is_closed():
        db.close()
