"""Document numbers such as QT-202611-0001: one counter per kind and month.

The counter row is incremented inside the transaction that creates the document, so a rolled back
document gives its number back (no gaps among committed documents), and writers queue on the row
(SQLite: the IMMEDIATE write lock; PostgreSQL: the row lock of INSERT .. ON CONFLICT DO UPDATE), so
two processes never draw the same number. The document's own UNIQUE(number) is the last guard.
"""

from __future__ import annotations

import datetime as dt

from app.models.base import db
from app.models.numbering import DocumentCounter


def format_number(kind: str, on: dt.date, sequence: int) -> str:
    """`KIND-YYYYMM-NNNN` (more digits once a month passes 9,999)."""
    return f"{kind}-{on:%Y%m}-{sequence:04d}"


def next_number(kind: str, on: dt.date) -> str:
    """Draw the next number of `kind` for the month of `on`; call inside the document's transaction."""
    return format_number(kind, on, next_sequence(kind, f"{on:%Y%m}"))


def next_sequence(kind: str, period: str = "all", count: int = 1) -> int:
    """Advance the counter of (`kind`, `period`) by `count` and return its new value (the last of the
    `count` numbers drawn); call inside the record's transaction."""
    if not db.in_transaction():
        raise RuntimeError("numbers must be drawn inside the transaction that stores the document")
    query = (DocumentCounter
             .insert(kind=kind, period=period, last=count)
             .on_conflict(conflict_target=[DocumentCounter.kind, DocumentCounter.period],
                          update={DocumentCounter.last: DocumentCounter.last + count})
             .returning(DocumentCounter.last))
    return next(iter(query.tuples().execute()))[0]
