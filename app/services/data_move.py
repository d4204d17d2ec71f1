"""Moving every row from one database to another: SQLite -> PostgreSQL, PostgreSQL -> SQLite, or alike.

`move_data(source, destination)` promises:
- the destination is brought to this app's schema by the migrations first and must hold no rows;
- every table is copied in foreign-key order, in batches, with its ids kept (a quotation's
  `revision_of`, which points into its own table, is filled in after the table);
- the customer search index is rebuilt in the destination's own form (FTS5 or pg_trgm);
- PostgreSQL id sequences continue after the largest copied id;
- then every table is checked: the row counts and, for every money column, the sums must be equal
  in both databases. Any difference raises `MoveMismatch` with the per-table report, and the
  destination's transaction rolls back, so it is left as empty as it was. So does a `Cancelled`
  raised by the progress callback, or any error.
- the source is read in one snapshot (SQLite: one read transaction; PostgreSQL: REPEATABLE READ)
  and never written, except that an older source schema is migrated first as the app would.

While the search index is rebuilt, the global `db` proxy points at the destination (the index code
works through it): run a move from the command line or in a process of its own (the database
dialog runs `salesdesk move-data`), not beside screens that use `db`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from peewee import Database, ForeignKeyField, Model, OperationalError, PostgresqlDatabase

from app.models.base import MoneyField, db
from app.models.connection import describe, is_postgres_url, make_database
from app.models.migrations import current_version, migrate
from app.models.registry import ALL_MODELS
from app.services.errors import ServiceError
from app.services.progress import ProgressCallback, Stages

BATCH_ROWS = 2000
# SQLite before 3.32 allowed 999 parameters in one statement; since then 32,766.
SQLITE_MAX_PARAMETERS = 32000 if sqlite3.sqlite_version_info >= (3, 32) else 999


@dataclass
class TableReport:
    """One table after the copy: rows and money sums (integer cents) on both sides."""

    table: str
    source_rows: int
    destination_rows: int
    money: dict[str, tuple[int, int]] = field(default_factory=dict)  # column -> (source cents, destination cents)

    @property
    def ok(self) -> bool:
        return self.source_rows == self.destination_rows and all(a == b for a, b in self.money.values())

    def line(self) -> str:
        mark = "ok" if self.ok else "MISMATCH"
        text = f"{self.table:<22} {self.source_rows:>10,} -> {self.destination_rows:>10,} rows"
        for column, (src, dst) in self.money.items():
            text += f"  {column} {_yuan(src)}" + ("" if src == dst else f" -> {_yuan(dst)}")
        return f"{text}  {mark}"


@dataclass
class MoveReport:
    source: str
    destination: str
    tables: list[TableReport] = field(default_factory=list)
    customers_indexed: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(table.ok for table in self.tables)

    @property
    def rows(self) -> int:
        return sum(table.destination_rows for table in self.tables)

    def lines(self) -> list[str]:
        head = f"{self.source} -> {self.destination}"
        tail = (f"{len(self.tables)} tables, {self.rows:,} rows, every count and money total equal "
                f"({self.seconds:.1f} s)" if self.ok else "the copy differs from the source: nothing was kept")
        return [head, *(table.line() for table in self.tables), tail]


class MoveError(ServiceError):
    """The move could not be made; the destination was left unchanged."""


class DestinationNotEmpty(MoveError):
    """The destination already holds rows: a move only fills an empty database."""


class MoveMismatch(MoveError):
    """After copying, a row count or money total differed; the destination was rolled back."""

    def __init__(self, report: MoveReport):
        bad = [table.table for table in report.tables if not table.ok]
        super().__init__(f"After copying, these tables differ from the source: {', '.join(bad)}. "
                         "Nothing was kept in the destination.")
        self.report = report


def money_columns(model: type[Model]) -> list[str]:
    """The money columns of a table (MoneyField: integer cents in both databases)."""
    return [f.column_name for f in model._meta.sorted_fields if isinstance(f, MoneyField)]


def move_data(source_target: str, dest_target: str, progress: ProgressCallback | None = None, *,
              batch_rows: int = BATCH_ROWS) -> MoveReport:
    """Copy every row of `source_target` into the empty `dest_target`, verify, and report (see module)."""
    started = time.perf_counter()
    if _same_target(source_target, dest_target):
        raise MoveError("The source and the destination are the same database.")
    dest_file = None if is_postgres_url(dest_target) else Path(dest_target)
    created_file = dest_file is not None and not dest_file.exists()
    source = make_database(source_target)
    destination = make_database(dest_target)
    report = MoveReport(describe(source_target), describe(dest_target))
    stages = Stages(progress, copying=8, indexing=1, checking=1)
    try:
        _connect(source, source_target)
        if current_version(source) == 0:
            raise MoveError(f"{describe(source_target)} holds no SalesDesk database to move.")
        migrate(source)
        _connect(destination, dest_target)
        migrate(destination)
        _require_empty(destination, describe(dest_target))
        with _snapshot(source), destination.atomic():
            totals = {model: model.select().count(source) for model in ALL_MODELS}
            copied = 0
            for model in ALL_MODELS:
                copied = _copy_table(model, source, destination, batch_rows, copied, sum(totals.values()),
                                     stages.callback("copying"))
            stages.report("indexing", 0, 1)
            report.customers_indexed = _rebuild_search_index(destination)
            for number, model in enumerate(ALL_MODELS):
                report.tables.append(_compare(model, source, destination))
                stages.report("checking", number + 1, len(ALL_MODELS))
            if not report.ok:
                raise MoveMismatch(report)
            if isinstance(destination, PostgresqlDatabase):
                _reset_sequences(destination)
    except BaseException:
        _close(source, destination)
        if created_file:
            _remove_sqlite_file(dest_file)
        raise
    _close(source, destination)
    report.seconds = time.perf_counter() - started
    return report


def _connect(database: Database, target: str) -> None:
    """Open `database`; a server that refuses is explained as the connection test explains it
    (no such database, wrong password, nothing listening ...), not with the driver's own text."""
    try:
        database.connect()
    except OperationalError as exc:
        if not is_postgres_url(target):
            raise
        from app.services.connection_settings import explain_postgres_error, params_from_target

        raise MoveError(explain_postgres_error(exc, params_from_target(target))) from exc


def _same_target(a: str, b: str) -> bool:
    if is_postgres_url(a) or is_postgres_url(b):
        from urllib.parse import urlsplit

        def where(url: str) -> tuple:
            parts = urlsplit(url)
            return is_postgres_url(url), (parts.hostname or "localhost").lower(), parts.port or 5432, parts.path
        return where(a) == where(b)
    return Path(a).resolve() == Path(b).resolve()


def _require_empty(database: Database, label: str) -> None:
    for model in ALL_MODELS:
        if model.select().limit(1).exists(database):
            raise DestinationNotEmpty(
                f"{label} already holds data (table {model._meta.table_name}): data can only be moved into an "
                "empty database. Choose a new file or an empty PostgreSQL database.")


@contextlib.contextmanager
def _snapshot(source: Database):
    """One consistent, read-only view of the source for the whole copy."""
    if isinstance(source, PostgresqlDatabase):
        with source.atomic(isolation_level="REPEATABLE READ"):
            source.execute_sql("SET TRANSACTION READ ONLY")
            yield
    else:
        with source.atomic(lock_type="DEFERRED"):
            yield


def _copy_table(model: type[Model], source: Database, destination: Database, batch_rows: int, copied: int,
                total: int, progress: ProgressCallback) -> int:
    fields = list(model._meta.sorted_fields)
    self_refs = [i for i, f in enumerate(fields) if isinstance(f, ForeignKeyField) and f.rel_model is model]
    key = model._meta.primary_key
    key_index = fields.index(key)
    per_batch = max(1, min(batch_rows, SQLITE_MAX_PARAMETERS // len(fields)))
    fixups: list[tuple[object, int, object]] = []  # (id, field index, value) filled in after the table
    last = None
    while True:
        query = model.select(*fields).order_by(key).limit(per_batch)
        if last is not None:
            query = query.where(key > last)
        rows = [list(row) for row in query.tuples().execute(source)]
        if not rows:
            break
        for row in rows:
            for index in self_refs:
                if row[index] is not None:
                    fixups.append((row[key_index], index, row[index]))
                    row[index] = None
        _insert_rows(model, fields, rows, destination)
        last = rows[-1][key_index]
        copied += len(rows)
        progress(copied, total)
    for row_id, index, value in fixups:
        model.update({fields[index]: value}).where(key == row_id).execute(destination)
    return copied


def _insert_rows(model: type[Model], fields: list, rows: list[list], destination: Database) -> None:
    """Write one batch (values as Python objects; each field converts its own).

    Straight to the driver: peewee's insert_many spent two thirds of a move building SQL text."""
    converters = [f.db_value for f in fields]
    values = [[convert(value) for convert, value in zip(converters, row, strict=True)] for row in rows]
    columns = ", ".join(_quote(f.column_name) for f in fields)
    table = _quote(model._meta.table_name)
    if isinstance(destination, PostgresqlDatabase):
        from psycopg2.extras import execute_values

        with destination.cursor() as cursor:
            execute_values(cursor, f"INSERT INTO {table} ({columns}) VALUES %s", values, page_size=len(values) or 1)
        return
    # SQLite stores dates as ISO text (what peewee reads back); no reliance on sqlite3's default adapters
    values = [[_sqlite_value(value) for value in row] for row in values]
    marks = ", ".join("?" for _ in fields)
    destination.connection().executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


def _sqlite_value(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat(" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


@contextlib.contextmanager
def _proxy_bound_to(database: Database):
    previous = db.obj
    db.initialize(database)
    try:
        yield
    finally:
        db.initialize(previous)


def _rebuild_search_index(destination: Database) -> int:
    """The customer search index in the destination's own form (its tables are not copied)."""
    from app.services.customer_index import rebuild_index

    with _proxy_bound_to(destination):
        return rebuild_index()


def _compare(model: type[Model], source: Database, destination: Database) -> TableReport:
    table = model._meta.table_name
    columns = money_columns(model)
    sums = "".join(f", COALESCE(SUM({_quote(c)}), 0)" for c in columns)
    sql = f"SELECT COUNT(*){sums} FROM {_quote(table)}"
    src = source.execute_sql(sql).fetchone()
    dst = destination.execute_sql(sql).fetchone()
    money = {c: (int(Decimal(src[i + 1])), int(Decimal(dst[i + 1]))) for i, c in enumerate(columns)}
    return TableReport(table, int(src[0]), int(dst[0]), money)


def _reset_sequences(database: PostgresqlDatabase) -> None:
    """Let new rows continue after the largest copied id (the copy wrote the ids itself)."""
    for model in ALL_MODELS:
        key = model._meta.primary_key
        if not key.field_type.startswith(("AUTO", "BIGAUTO")):
            continue
        table, column = _quote(model._meta.table_name), key.column_name
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE((SELECT MAX({_quote(column)}) FROM {table}), 0) "
            f"+ 1, false)", (table, column))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _yuan(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{part:02d}"


def _close(*databases: Database) -> None:
    for database in databases:
        with contextlib.suppress(Exception):
            if not database.is_closed():
                database.close()


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
