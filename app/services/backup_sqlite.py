"""SQLite backups with the online backup API: a consistent copy of a file others keep writing, the
check of a backup file, and writing a backup into the live file.

`copy_checked` copies from one read transaction held across the backup's steps: every step reads
the same WAL snapshot while other connections and processes commit, so the copy is consistent and
never restarts (without it, a step after another process's commit starts the copy over, and a busy
database could keep it from ever finishing). The copy is then switched to a plain rollback journal
(one self-contained file, readable from a read-only folder) and must pass `PRAGMA integrity_check`.

`write_into` puts a backup's pages into the live file with the same API, inside one write
transaction of the live database: connections that stay open read the restored data in their next
transaction, a failure or a cancel rolls the live file back untouched, and the -wal/-shm files stay
consistent (replacing the file on disk under an open connection would leave them stale).
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.services.backup_errors import BackupError, BackupInvalid
from app.services.progress import ProgressCallback, no_progress

STEP_PAGES = 1024  # pages copied per step (4 MB at the default page size) between progress reports
CHECK_EVERY = 200_000  # SQLite VM instructions between progress reports during an integrity check
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class SqliteContents:
    """What a sound SQLite file holds: its user_version, its tables and (when present) its users."""

    version: int
    tables: frozenset[str]
    users: int | None


def _copy(source: Path, destination: Path, progress: ProgressCallback) -> None:
    reader = sqlite3.connect(source, timeout=15, isolation_level=None)
    writer = sqlite3.connect(destination)
    try:
        reader.execute("BEGIN")  # held across the steps: one snapshot (see the module docstring)
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        progress(0, 0)
        reader.backup(writer, pages=STEP_PAGES,
                      progress=lambda _status, remaining, total: progress(total - remaining, total))
        reader.execute("COMMIT")
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite could not copy {source.name}: {exc}") from exc
    finally:
        writer.close()
        reader.close()


def _integrity(connection: sqlite3.Connection, progress: ProgressCallback) -> list[str]:
    """PRAGMA integrity_check, reporting progress(0, 0) as it goes; Cancelled from it stops the check."""
    stopped: list[BaseException] = []

    def report() -> int:
        try:
            progress(0, 0)
        except BaseException as exc:  # Cancelled: SQLite interrupts the statement
            stopped.append(exc)
            return 1
        return 0

    connection.set_progress_handler(report, CHECK_EVERY)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        connection.set_progress_handler(None, 0)


def _self_contained(path: Path, progress: ProgressCallback = no_progress) -> list[str]:
    """Switch the copy to a rollback journal (no WAL beside it) and return its integrity check."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        return _integrity(connection, progress)
    finally:
        connection.close()


def copy_checked(source: Path, destination: Path, progress: ProgressCallback) -> None:
    """Copy the live file `source` to `destination` online and check the copy (BackupError if not ok)."""
    if not source.is_file():
        raise BackupError(f"There is no database file at {source}.")
    _copy(source, destination, progress)
    result = _self_contained(destination, progress)
    if result != ["ok"]:
        raise BackupError(f"The backup copy failed its integrity check ({'; '.join(result[:3])}); "
                          "the database itself may be damaged: run `salesdesk check`.")


def keep_copy(live: Path, kept: Path) -> None:
    """Copy the live database aside before a restore; a file SQLite cannot read is copied byte for byte."""
    try:
        _copy(live, kept, no_progress)
        _self_contained(kept)
    except (BackupError, sqlite3.Error):
        kept.unlink(missing_ok=True)
        shutil.copy2(live, kept)


def read_contents(path: Path, progress: ProgressCallback = no_progress) -> SqliteContents:
    """Open a backup read-only and check it: BackupInvalid when it is cut short, damaged or not SQLite.

    `progress(0, 0)` is called while the integrity check runs; Cancelled from it stops the check."""
    with open(path, "rb") as handle:
        head = handle.read(100)
    if not head.startswith(SQLITE_HEADER) or len(head) < 100:
        raise BackupInvalid(f"{path.name} is not a SalesDesk backup: it is neither a SQLite database nor a "
                            "PostgreSQL dump.")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if pages and path.stat().st_size < pages * page_size:
        raise BackupInvalid(f"{path.name} is damaged: the file is shorter than the database it holds "
                            "(it was cut off while copying).")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise BackupInvalid(f"{path.name} is damaged: {exc}") from exc
    try:
        integrity = _integrity(connection, progress)
        if integrity != ["ok"]:
            raise BackupInvalid(f"{path.name} is damaged: {'; '.join(integrity[:3])}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = frozenset(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        users = connection.execute('SELECT count(*) FROM "user"').fetchone()[0] if "user" in tables else None
    except sqlite3.DatabaseError as exc:
        raise BackupInvalid(f"{path.name} is damaged: {exc}") from exc
    finally:
        connection.close()
    return SqliteContents(version, tables, users)


def write_into(backup: Path, live: Path, progress: ProgressCallback) -> None:
    """Write the backup's pages into the live database in one transaction (see the module docstring)."""
    reader = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    writer = sqlite3.connect(live, timeout=15)
    try:
        page_size = reader.execute("PRAGMA page_size").fetchone()[0]
        wal = writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other_size = page_size != writer.execute("PRAGMA page_size").fetchone()[0]
        if wal and other_size:  # a WAL database cannot change its page size: leave WAL for the copy
            writer.execute("PRAGMA journal_mode=DELETE")
        progress(0, 0)
        reader.backup(writer, pages=STEP_PAGES,
                      progress=lambda _status, remaining, total: progress(total - remaining, total))
        if wal and other_size:
            writer.execute("PRAGMA journal_mode=WAL")
        check = writer.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(check)
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite could not restore into {live.name}: {exc}. Close every other SalesDesk "
                          "using this database and try again.") from exc
    finally:
        writer.close()
        reader.close()
