"""Run as a separate process by test_numbering: draws document numbers in its own transactions.

    python -m tests.unit.numbering_worker TARGET COUNT GO_FILE
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from peewee import CharField

from app.models.base import BaseModel, db
from app.models.connection import open_database
from app.services.numbering import next_number

ISSUE_DATE = dt.date(2026, 11, 25)


class IssuedDocument(BaseModel):
    """A stand-in for a numbered document: only its number, which must be unique."""

    number = CharField(unique=True)


def issue_documents(count: int) -> None:
    for _ in range(count):
        with db.atomic():
            IssuedDocument.create(number=next_number("QT", ISSUE_DATE))


def main() -> None:
    target, count, go_file = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    open_database(target, migrate=False)
    deadline = time.monotonic() + 30
    while not go_file.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    issue_documents(count)
    db.close()


if __name__ == "__main__":
    main()
