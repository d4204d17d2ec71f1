"""Backups (app/services/backups.py): an online copy while another process writes is consistent and
passes integrity_check; one daily backup a day; pruning keeps 14 days and 12 month-ends; restore
refuses what is not a sound SalesDesk backup, keeps the replaced database and brings the backup's
data back; pg_dump when installed, a clear message when not; the backup and restore commands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models.base import db
from app.models.connection import close_database, open_database
from app.models.migrations import SCHEMA_VERSION, migrate
from app.services import backup_postgres, backup_sqlite, backups
from app.services.backup_settings import backup_folder, set_backup_folder
from app.services.backups import BackupInvalid, BackupUnavailable
from app.services.progress import Cancelled
from tests.conftest import PG_URL, reset_postgres

WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
batch = 0
while True:
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO stress (batch, pad) VALUES (?, ?)", [(batch, "x" * 300)] * 10)
    connection.execute("UPDATE stress_total SET n = n + 10")
    connection.execute("COMMIT")
    batch += 1
    if batch == 20:
        open(sys.argv[2], "w").close()  # the writer is running: the test may start backing up
"""


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    """The per-computer backup settings go to a folder of the test, never the user's own."""
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def sqlite_db(tmp_path):
    """A migrated SalesDesk file, open and bound to `db`; its path."""
    path = tmp_path / "salesdesk.sqlite3"
    open_database(str(path))
    yield path
    close_database()
    db.initialize(None)


def rows(path: Path, table: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
    finally:
        connection.close()


def add_customer(name: str) -> None:
    from app.models.user import User
    from app.services.customers import CustomerInput, insert_customer
    from app.services.users import create_first_admin

    admin = User.get_or_none(User.username == "admin") or create_first_admin("admin", "Admin", "Secret-2026!")
    insert_customer(admin, CustomerInput(name=name), None)


def customer_names(path: Path) -> list[str]:
    return sorted(row[0] for row in sqlite3.connect(path).execute("SELECT name FROM customer").fetchall())


# -- backing up ---------------------------------------------------------------------------------


def test_backup_while_another_process_writes_is_consistent(sqlite_db, tmp_path, monkeypatch):
    close_database()
    setup = sqlite3.connect(sqlite_db)
    setup.execute("CREATE TABLE stress (id INTEGER PRIMARY KEY, batch INTEGER, pad TEXT)")
    setup.execute("CREATE TABLE stress_total (n INTEGER)")
    setup.execute("INSERT INTO stress_total VALUES (20000)")
    setup.executemany("INSERT INTO stress (batch, pad) VALUES (-1, ?)", [("y" * 300,)] * 20000)
    setup.commit()
    setup.close()
    monkeypatch.setattr(backup_sqlite, "STEP_PAGES", 50)  # many small steps while the writer commits between them
    started = tmp_path / "writer-started"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(sqlite_db), str(started)])
    try:
        deadline = time.monotonic() + 30
        while not started.exists():
            assert writer.poll() is None and time.monotonic() < deadline, "the writer did not start"
            time.sleep(0.02)
        folder = tmp_path / "backups"
        counts = []
        for _ in range(3):
            steps: list[tuple[int, int]] = []
            copy = backups.backup_now(sqlite_db, folder,
                                      progress=lambda done, total, seen=steps: seen.append((done, total)))
            # one pass over the pages, in steps, never restarted by the writer's commits in between
            assert len(steps) > 10 and [s[0] for s in steps] == sorted(s[0] for s in steps)
            check = sqlite3.connect(copy)
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
            count, total = check.execute("SELECT (SELECT count(*) FROM stress), (SELECT n FROM stress_total)"
                                         ).fetchone()
            check.close()
            assert count == total and count % 10 == 0  # whole transactions only, counter and rows agree
            counts.append(count)
    finally:
        writer.kill()
        writer.wait()
    final = sqlite3.connect(sqlite_db).execute("SELECT count(*) FROM stress").fetchone()[0]
    assert 20000 < counts[0] <= counts[-1] < final  # the writer kept writing during and after the backups
    assert sorted(p.suffix for p in folder.iterdir()) == [".sqlite3"] * 3  # no .partial left behind


def test_backup_names_carry_date_time_and_kind(sqlite_db, tmp_path):
    folder = tmp_path / "backups"
    moment = dt.datetime(2026, 3, 5, 14, 30, 7)
    first = backups.backup_now(sqlite_db, folder, now=moment)
    second = backups.backup_now(sqlite_db, folder, now=moment)
    daily = backups.backup_now(sqlite_db, folder, kind="daily", now=moment + dt.timedelta(hours=1))
    assert [first.name, second.name, daily.name] == [
        "salesdesk-20260305-143007-manual.sqlite3", "salesdesk-20260305-143007-manual-2.sqlite3",
        "salesdesk-20260305-153007-daily.sqlite3"]
    listed = backups.list_backups(folder)
    assert [(b.path.name, b.kind, b.taken_at) for b in listed] == [
        (daily.name, "daily", dt.datetime(2026, 3, 5, 15, 30, 7)),
        (second.name, "manual", moment), (first.name, "manual", moment)]
    assert all(b.size == daily.stat().st_size for b in listed)


def test_a_cancelled_backup_leaves_nothing(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_sqlite, "STEP_PAGES", 5)

    def cancel(done, total):
        if done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backups.backup_now(sqlite_db, tmp_path / "backups", progress=cancel)
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_cancel_during_the_integrity_check_stops_it(sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_sqlite, "CHECK_EVERY", 1000)
    copied = []

    def cancel_while_checking(done, total):
        if total and done == total:
            copied.append(done)  # the copy is complete: what follows is the check
        elif copied:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backups.backup_now(sqlite_db, tmp_path / "backups", progress=cancel_while_checking)
    assert copied and list((tmp_path / "backups").iterdir()) == []
    good = backups.backup_now(sqlite_db, tmp_path / "backups")
    with pytest.raises(Cancelled):
        backups.check_backup(good, lambda done, total: (_ for _ in ()).throw(Cancelled()))
    assert backups.check_backup(good).schema_version == SCHEMA_VERSION


def test_a_folder_that_cannot_be_created_or_written_is_named(sqlite_db, tmp_path, monkeypatch, capsys):
    """A file where the folder should be, a read-only folder and a disk that fills up mid-copy each
    end in a BackupError naming the folder (no traceback, no partial file), for the command too."""
    from app.commands import run_command

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(backups.BackupError, match="Cannot create the backup folder"):
        backups.backup_to(sqlite_db, blocker / "copy.sqlite3")
    assert run_command("backup", str(sqlite_db), argparse.Namespace(out=blocker / "copy.sqlite3")) == 1
    assert "Cannot create the backup folder" in capsys.readouterr().err

    read_only = tmp_path / "read-only"
    read_only.mkdir()
    real_write = Path.write_bytes

    def refuse_in_read_only(self, data):  # what a read-only drive does (chmod does not bind root)
        if self.parent == read_only:
            raise PermissionError(13, "Permission denied", str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", refuse_in_read_only)
    with pytest.raises(backups.BackupError, match=r"read-only cannot be written: Permission denied\. Choose another"):
        backups.backup_now(sqlite_db, read_only)
    with pytest.raises(backups.BackupError, match="cannot be written"):
        backups.daily_backup_if_due(sqlite_db, read_only, dt.date.today())
    monkeypatch.undo()

    full = tmp_path / "full"

    def disk_full(source, partial, progress):
        partial.write_bytes(b"half a copy")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_sqlite, "copy_checked", disk_full)
    with pytest.raises(backups.BackupError, match="full cannot be written: No space left on device"):
        backups.backup_now(sqlite_db, full)
    assert list(full.iterdir()) == []


def test_daily_backup_once_a_day(sqlite_db, tmp_path):
    folder = tmp_path / "backups"
    monday = dt.date(2026, 6, 1)
    backups.backup_now(sqlite_db, folder, now=dt.datetime(2026, 6, 1, 8, 0))  # a manual one does not count
    first = backups.daily_backup_if_due(sqlite_db, folder, monday)
    assert first is not None and first.name.startswith("salesdesk-20260601-") and first.name.endswith("-daily.sqlite3")
    assert backups.daily_backup_if_due(sqlite_db, folder, monday) is None
    assert backups.daily_backup_if_due(str(sqlite_db), folder, monday) is None
    tuesday = backups.daily_backup_if_due(sqlite_db, folder, monday + dt.timedelta(days=1))
    assert tuesday is not None and "-20260602-" in tuesday.name
    assert sorted(b.kind for b in backups.list_backups(folder)) == ["daily", "daily", "manual"]


def test_the_automatic_pass_uses_this_computers_folder(sqlite_db, tmp_path):
    assert backup_folder(str(sqlite_db)) == sqlite_db.parent / "backups"  # the default: beside the file
    chosen = tmp_path / "elsewhere"
    assert set_backup_folder(str(sqlite_db), chosen) == chosen
    made = backups.run_daily_backup(db.obj, dt.date.today())
    assert made is not None and made.parent == chosen
    assert backups.run_daily_backup(db.obj, dt.date.today()) is None
    assert set_backup_folder(str(sqlite_db), None) == sqlite_db.parent / "backups"


# -- pruning ------------------------------------------------------------------------------------


def touch_daily(folder: Path, day: dt.date, name: str = "salesdesk") -> Path:
    path = folder / f"{name}-{day:%Y%m%d}-031500-daily.sqlite3"
    path.write_bytes(b"x")
    return path


def test_prune_over_400_days_keeps_14_days_and_12_month_ends(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.date(2025, 1, 1)
    never = [folder / "salesdesk-20250110-120000-manual.sqlite3", folder / "salesdesk.schema8-20250301-090000.bak",
             folder / "salesdesk-20250402-120000-replaced.sqlite3", folder / "notes.txt"]
    for path in never:
        path.write_bytes(b"x")
    other = touch_daily(folder, start, name="another")  # another database's backups are pruned on their own
    day = start
    for _ in range(400):
        touch_daily(folder, day)
        backups.prune(folder, day, database="salesdesk")
        assert len([b for b in backups.list_backups(folder, database="salesdesk") if b.kind == "daily"]) <= 26
        day += dt.timedelta(days=1)
    today = day - dt.timedelta(days=1)
    assert today == dt.date(2026, 2, 4)
    kept = sorted(b.taken_at.date() for b in backups.list_backups(folder, database="salesdesk") if b.kind == "daily")
    last_14 = [today - dt.timedelta(days=n) for n in range(13, -1, -1)]  # 2026-01-22 .. 2026-02-04
    month_ends = [dt.date(2025, m + 1, 1) - dt.timedelta(days=1) for m in range(2, 12)]  # 2025-02-28 .. 2025-11-30
    month_ends += [dt.date(2025, 12, 31), dt.date(2026, 1, 21)]  # January's own end is among the 14 days
    assert len(kept) == 26 == len(last_14) + len(month_ends)
    assert kept == sorted(month_ends + last_14)
    assert all(path.exists() for path in [*never, other])


def test_pruning_with_days_missed_keeps_what_one_prune_at_the_end_would(tmp_path):
    """The app is not started every day: pruning each day it runs leaves the same files as a
    single prune over everything made (nothing a later day would keep was deleted earlier)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    rng = random.Random(9)
    made, day = [], dt.date(2025, 3, 10)
    for _ in range(400):
        if rng.random() < 0.6 or (dt.date(2025, 7, 20) <= day <= dt.date(2025, 8, 25) and rng.random() < 0.9):
            day += dt.timedelta(days=1)  # not started today (and hardly at all in a summer month)
            continue
        made.append(touch_daily(folder, day))
        backups.prune(folder, day)
        day += dt.timedelta(days=1)
    everything = [backups.BackupFile(p, "salesdesk", dt.datetime.strptime(p.name[10:25], "%Y%m%d-%H%M%S"), "daily",
                                     1) for p in made]
    expected = backups.kept_daily(everything, day)
    assert {p for p in folder.iterdir()} == expected
    assert len(expected) == 26


# -- checking and restoring ---------------------------------------------------------------------


def test_restore_refuses_a_random_file_a_truncated_and_a_damaged_backup(sqlite_db, tmp_path):
    add_customer("现在的客户")
    good = backups.backup_now(sqlite_db, tmp_path / "backups")
    random_file = tmp_path / "random.sqlite3"
    random_file.write_bytes(random.Random(1).randbytes(50_000))
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    for number in range(2, len(data) // page, 3):  # overwrite every third page's content
        data[number * page + 8: number * page + 200] = random.Random(number).randbytes(192)
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite3"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE notes (text)")
    other.execute("PRAGMA user_version = 3")
    other.commit()
    other.close()
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(good.read_bytes())
    bump = sqlite3.connect(newer)
    bump.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    bump.commit()
    bump.close()

    cases = {random_file: "neither a SQLite database nor a PostgreSQL dump", truncated: "shorter than the database",
             damaged: "is damaged", foreign: "not a SalesDesk one", newer: "made by a newer SalesDesk",
             tmp_path / "missing.sqlite3": "Cannot read missing.sqlite3"}
    for path, words in cases.items():
        with pytest.raises(BackupInvalid, match=words):
            backups.restore(path, sqlite_db)
    assert customer_names(sqlite_db) == ["现在的客户"]
    assert [b for b in backups.list_backups(backup_folder(str(sqlite_db))) if b.kind == "replaced"] == []  # untouched
    check = backups.check_backup(good)
    assert (check.engine, check.schema_version, check.users) == ("sqlite", SCHEMA_VERSION, 1)


def test_restore_keeps_the_replaced_file_and_brings_the_backup_back(sqlite_db, tmp_path):
    add_customer("备份前的客户")
    backup = backups.backup_now(sqlite_db, tmp_path / "backups")
    add_customer("备份后的客户")
    from app.models.customer import Customer

    # The app's connection is still open: the backup API writes into the live file under it.
    assert Customer.select().count() == 2
    result = backups.restore(backup, sqlite_db, now=dt.datetime(2026, 6, 2, 9, 30))
    # the replaced database is a backup of its own kind in the folder, so the list shows it
    assert result.replaced == tmp_path / "backups" / "salesdesk-20260602-093000-replaced.sqlite3"
    assert [b.path for b in backups.list_backups(tmp_path / "backups") if b.kind == "replaced"] == [result.replaced]
    assert [c.name for c in Customer.select()] == ["备份前的客户"]  # the open connection reads the restored data
    assert customer_names(result.replaced) == ["备份前的客户", "备份后的客户"]
    assert backups.check_backup(result.replaced).engine == "sqlite"  # a sound backup: a restore can be undone
    tables = [r[0] for r in sqlite3.connect(backup).execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert len(tables) > 20
    for table in tables:
        assert rows(sqlite_db, table) == rows(backup, table), table
    assert sqlite3.connect(sqlite_db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    close_database()
    backups.reopen(db.obj)
    backups.record_restore(None, result)
    from app.models.audit import AuditLog

    entry = AuditLog.select().where(AuditLog.entity == "database").get()
    assert (entry.action, entry.entity_id) == ("restore", backup.name)
    assert json.loads(entry.changes)["replaced"] == [None, result.replaced.name]


def test_an_older_backup_is_restored_and_migrated_on_reopening(tmp_path):
    old = tmp_path / "old.sqlite3"
    database = open_database(str(old), migrate=False)
    migrate(database, target=1)
    close_database()
    live = tmp_path / "salesdesk.sqlite3"
    open_database(str(live))
    add_customer("新版本的客户")
    close_database()
    result = backups.restore(old, live)
    assert result.schema_version == 1
    reopened = backups.reopen(db.obj)
    assert reopened.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert sorted(b.kind for b in backups.list_backups(tmp_path / "backups")) == ["pre-migration", "replaced"]
    close_database()
    db.initialize(None)


def test_backup_and_restore_commands(sqlite_db, tmp_path, capsys):
    from app.commands import run_command

    add_customer("命令行的客户")
    close_database()
    assert run_command("backup", str(sqlite_db), argparse.Namespace(out=None)) == 0
    made = backups.list_backups(sqlite_db.parent / "backups")
    assert [b.kind for b in made] == ["manual"] and str(made[0].path) in capsys.readouterr().out
    out = tmp_path / "copy.sqlite3"
    assert run_command("backup", str(sqlite_db), argparse.Namespace(out=out)) == 0
    assert run_command("backup", str(sqlite_db), argparse.Namespace(out=out)) == 1
    assert "exists" in capsys.readouterr().err
    open_database(str(sqlite_db))
    add_customer("之后的客户")
    close_database()
    assert run_command("restore", str(sqlite_db), argparse.Namespace(file=made[0].path, yes=True)) == 0
    printed = capsys.readouterr().out
    assert "restored from" in printed and "replaced database is kept as" in printed
    assert customer_names(sqlite_db) == ["命令行的客户"]
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert run_command("restore", str(sqlite_db), argparse.Namespace(file=junk, yes=True)) == 1
    assert "neither a SQLite database" in capsys.readouterr().err


# -- PostgreSQL ---------------------------------------------------------------------------------


def test_without_pg_dump_the_message_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(backup_postgres.shutil, "which", lambda name: None)
    url = "postgresql://sales:secret@db.example.com:5432/salesdesk"
    assert backups.unavailable_reason(url) == backups.PG_DUMP_MISSING
    with pytest.raises(BackupUnavailable, match=r"pg_dump was not found on this computer.*Install the "
                                                r"PostgreSQL client tools"):
        backups.backup_now(url, tmp_path)
    assert backups.daily_backup_if_due(url, tmp_path, dt.date.today()) is None  # no automatic dumps of a server
    assert list(tmp_path.iterdir()) == []


def test_the_password_goes_through_the_environment_never_the_command_line(monkeypatch, tmp_path):
    seen = {}

    class FakeTool:
        def __init__(self, command, env, **_kwargs):
            seen.update(command=command, env=env)
            self.returncode = 1

        def communicate(self, timeout=None):
            return b"", b"connection refused"

        def kill(self):
            pass

    monkeypatch.setattr(backup_postgres.shutil, "which", lambda name: f"/opt/pg/bin/{name}")
    monkeypatch.setattr(backup_postgres.subprocess, "Popen", FakeTool)
    with pytest.raises(backups.BackupError, match="pg_dump failed: connection refused"):
        backups.backup_now("postgresql://sales:s3cr%40t@db.example.com:5433/crm", tmp_path)
    assert seen["env"]["PGPASSWORD"] == "s3cr@t"
    assert not any("s3cr" in part for part in seen["command"])
    assert seen["command"][:2] == ["/opt/pg/bin/pg_dump", "--format=custom"]
    assert seen["command"][-2:] == ["--dbname", "crm"] and "--no-password" in seen["command"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.postgres
def test_postgres_backup_and_restore_with_pg_dump(tmp_path):
    if not PG_URL:
        pytest.skip("SALESDESK_TEST_PG is not set")
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump is not installed")
    reset_postgres(PG_URL)
    database = open_database(PG_URL)
    try:
        add_customer("服务器上的客户")
        dump = backups.backup_now(database, tmp_path / "backups")
        assert dump.suffix == ".dump" and dump.read_bytes().startswith(b"PGDMP")
        check = backups.check_backup(dump)
        assert (check.engine, check.schema_version) == ("postgres", SCHEMA_VERSION)
        add_customer("之后的客户")
        close_database()
        result = backups.restore(dump, PG_URL)
        assert result.replaced is not None and result.replaced.name.endswith("-replaced.dump")
        backups.reopen(db.obj)
        from app.models.customer import Customer

        assert [c.name for c in Customer.select()] == ["服务器上的客户"]
        backups.record_restore(None, result)  # a long dump name still fits the audit row
        from app.models.audit import AuditLog

        entry = AuditLog.select().where(AuditLog.entity == "database").get()
        assert json.loads(entry.changes)["backup"] == [None, dump.name]
        with pytest.raises(BackupInvalid, match="SQLite backup"):
            sqlite_file = tmp_path / "x.sqlite3"
            open_database(str(sqlite_file))
            sqlite_copy = backups.backup_now(sqlite_file, tmp_path / "sqlite")
            close_database()
            backups.restore(sqlite_copy, PG_URL)
    finally:
        close_database()
        db.initialize(None)
        os.environ.pop("PGPASSWORD", None)
