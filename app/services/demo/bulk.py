"""Fast inserts for demo data, inside the caller's transaction.

peewee's insert_many manages ~23,000 rows/s; the driver's own batch call several times that:
sqlite3 `executemany` on SQLite (150,000+ rows/s), psycopg2 `execute_values` on PostgreSQL.
Values go in as they are: text for timestamps, Python bools, None for NULL.
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import SqliteDatabase

from app.models.base import db


def is_sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def insert_rows(table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """INSERT every row of `rows` (values in `columns` order) into `table`."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in columns)
    if is_sqlite():
        marks = ", ".join("?" for _ in columns)
        db.connection().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
    else:
        from psycopg2.extras import execute_values

        with db.cursor() as cursor:
            execute_values(cursor, f'INSERT INTO "{table}" ({names}) VALUES %s', rows, page_size=1000)


def next_id(table: str) -> int:
    """The id the next row of `table` gets when ids are given explicitly (max + 1)."""
    return (db.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()[0] or 0) + 1


def sync_id_sequence(table: str) -> None:
    """After explicit ids on PostgreSQL, move the id sequence past them (SQLite needs nothing)."""
    if not is_sqlite():
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                       f'(SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"), false)')


def execute_many(sql: str, rows: Sequence[tuple]) -> None:
    """Run `sql` (placeholders written `?`) once per row of `rows`, in the driver's batch call."""
    if not rows:
        return
    if is_sqlite():
        db.connection().executemany(sql, rows)
    else:
        with db.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), rows)
