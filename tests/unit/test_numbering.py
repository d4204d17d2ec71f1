"""Document numbers: format, per kind and month, gapless after rollbacks, distinct across processes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.base import db
from app.services.numbering import next_number
from tests.unit.numbering_worker import ISSUE_DATE, IssuedDocument

ROOT = Path(__file__).resolve().parents[2]


def test_numbers_count_up_per_kind_and_month(database):
    with db.atomic():
        first = [next_number("QT", dt.date(2026, 11, 3)) for _ in range(3)]
        other_kind = next_number("SO", dt.date(2026, 11, 3))
        next_month = next_number("QT", dt.date(2026, 12, 1))
    assert first == ["QT-202611-0001", "QT-202611-0002", "QT-202611-0003"]
    assert other_kind == "SO-202611-0001"
    assert next_month == "QT-202612-0001"


def test_rolled_back_document_gives_its_number_back(database):
    with db.atomic():
        assert next_number("QT", ISSUE_DATE) == "QT-202611-0001"
    with pytest.raises(ZeroDivisionError), db.atomic():
        assert next_number("QT", ISSUE_DATE) == "QT-202611-0002"
        raise ZeroDivisionError("the document fails to save after drawing its number")
    with db.atomic():
        assert next_number("QT", ISSUE_DATE) == "QT-202611-0002"


def test_number_outside_a_transaction_is_refused(database):
    with pytest.raises(RuntimeError):
        next_number("QT", ISSUE_DATE)


def test_two_processes_draw_distinct_gapless_numbers(database, db_target, tmp_path):
    with db.bind_ctx([IssuedDocument]):
        db.create_tables([IssuedDocument])
    db.close()  # the workers hold the only connections while they run
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, "-m", "tests.unit.numbering_worker", db_target, "300", str(go)],
                                cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    go.touch()
    for worker in workers:
        _out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    numbers = [row.number for row in IssuedDocument.select()]
    assert len(numbers) == 600
    assert sorted(numbers) == [f"QT-202611-{n:04d}" for n in range(1, 601)]
