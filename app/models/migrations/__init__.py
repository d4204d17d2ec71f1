"""Schema versions and the steps between them.

The version lives in `PRAGMA user_version` on SQLite and in a one-row table `schema_version` on
PostgreSQL. A new database runs every step from 0, so the path users take is the path tests take.
Each step module declares frozen copies of the tables as they were at that step: later changes to
`app.models` never change what an old step does.

Upgrading an existing SQLite file copies it first (online backup API), then runs the missing steps
in one transaction, checks foreign keys and bumps the version before committing. A database whose
version is newer than this app is refused.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database, PostgresqlDatabase, SqliteDatabase

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

# The steps in order, by module: each is imported only when a database needs it, so opening an
# up-to-date database (every start but the first after an upgrade) imports none of them, nor
# playhouse.migrate (~30 ms of the start-up).
STEP_MODULES = ("m0001_accounts", "m0002_login_security", "m0003_customers", "m0004_pipeline",
                "m0005_list_indexes", "m0006_quotations", "m0007_orders", "m0008_targets_commissions",
                "m0009_order_indexes", "m0010_kpi_indexes")
SCHEMA_VERSION = len(STEP_MODULES)
Step = Callable[[Database, "SchemaMigrator"], None]


def step(number: int) -> Step:
    """The `apply` function of step `number` (1 is the first)."""
    return import_module(f"{__name__}.{STEP_MODULES[number - 1]}").apply


class SchemaTooNewError(Exception):
    """The database was written by a newer SalesDesk than this one."""


class MigrationError(Exception):
    """A migration step left the database inconsistent; nothing was committed."""


def current_version(database: Database) -> int:
    """The schema version stored in the database (0 for an empty one)."""
    if isinstance(database, SqliteDatabase):
        return database.execute_sql("PRAGMA user_version").fetchone()[0]
    if not database.table_exists("schema_version"):
        return 0
    row = database.execute_sql("SELECT version FROM schema_version").fetchone()
    return row[0] if row else 0


def _store_version(database: Database, version: int) -> None:
    if isinstance(database, SqliteDatabase):
        database.execute_sql(f"PRAGMA user_version = {int(version)}")
    else:
        database.execute_sql("DELETE FROM schema_version")
        database.execute_sql("INSERT INTO schema_version (version) VALUES (%s)", (version,))


def backup_sqlite_file(database: SqliteDatabase, destination: Path) -> Path:
    """Copy a live SQLite database to `destination` with the online backup API and check the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    source = database.connection()
    target = sqlite3.connect(destination)
    try:
        source.backup(target)
        result = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if result != "ok":
        raise MigrationError(f"The backup copy {destination} failed its integrity check: {result}")
    return destination


def migrate(database: Database, *, backup_dir: Path | None = None, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema to `target` (default: this app's version); return the version reached."""
    version = current_version(database)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"This database has schema version {version}, but this SalesDesk only knows versions up "
            f"to {SCHEMA_VERSION}. Install the newer SalesDesk that last opened it; the database "
            "was left unchanged."
        )
    if version >= target:
        return version
    if version > 0 and isinstance(database, SqliteDatabase) and database.database != ":memory:":
        db_path = Path(database.database)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        if backup_dir is None:  # the folder chosen for this database's backups on this computer
            from app.services.backup_settings import backup_folder  # a JSON file; no database, no Qt

            backup_dir = backup_folder(str(db_path))
        backup_sqlite_file(database, backup_dir / f"{db_path.stem}.schema{version}-{stamp}.bak")
    from playhouse.migrate import SchemaMigrator

    migrator = SchemaMigrator.from_database(database)
    with database.atomic():
        if isinstance(database, PostgresqlDatabase):
            database.execute_sql("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
            # Two apps starting at once against one server: the second waits, then sees the work done.
            database.execute_sql("LOCK TABLE schema_version IN EXCLUSIVE MODE")
            version = current_version(database)
            if version >= target:
                return version
        for number in range(version + 1, target + 1):
            step(number)(database, migrator)
        if isinstance(database, SqliteDatabase):
            problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(f"Foreign key problems after migrating: {problems[:5]}")
        _store_version(database, target)
    return target
