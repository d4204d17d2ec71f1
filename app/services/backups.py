"""Backups of the database and restoring one: files in a folder, no Qt.

A *target* is the database to back up or restore: a peewee database (`current_target()`, the one
the app has open), a SQLite file path, or a `postgresql://` URL.

SQLite. `backup_now` copies the live file with SQLite's online backup API while other connections
and processes keep writing: the copy is made from one read transaction (a WAL snapshot), in steps
that report progress and can be cancelled, into `<name>.partial`; the copy is switched to a plain
journal (one self-contained file), must pass `PRAGMA integrity_check`, is flushed to disk and only
then renamed to its final name. A failed or cancelled backup leaves no file behind.

PostgreSQL. `pg_dump -Fc` (custom format) writes the dump when `pg_dump` is on the PATH; the
password goes through the PGPASSWORD environment variable, never the command line. The dump is
checked with `pg_restore --list` before it is renamed into place. Without pg_dump,
`BackupUnavailable` says what to install.

File names: `<database>-<YYYYMMDD-HHMMSS>-<kind>.sqlite3` (`.dump` for PostgreSQL), kind one of
`daily`, `manual`, `pre-migration`, `replaced`; a `-2`, `-3` ... before the extension when two
backups fall in the same second. The schema migration's own copies, `<database>.schema<N>-<stamp>.bak`,
are listed as `pre-migration`. Files of several databases may share a folder: each database's
backups are told apart by the name before the stamp.

Daily backups. `daily_backup_if_due` makes at most one `daily` backup a day (SQLite only: a
shared PostgreSQL server is best dumped on the server, on its own schedule; Back up now dumps it on
demand) and then prunes. The pruning rule is in `prune`.

Restore. `check_backup` opens the file and refuses, with a message a user can act on, anything
that is not a sound SalesDesk database: not SQLite (or not a PostgreSQL dump), damaged or truncated
(`integrity_check`), without a schema version or the SalesDesk tables, or written by a newer
SalesDesk. `restore` checks first, keeps the replaced database, then copies the backup into place:

- SQLite: the live file is first copied (backup API) to `<file>.replaced-<stamp>` beside it; then
  the backup is written *into* the live file with the backup API, in one write transaction of the
  live database. That works while connections are open (they read the restored data in their next
  transaction; a cancel or a failure rolls the live file back untouched) and leaves the -wal/-shm
  files consistent, where replacing the file on disk under an open connection would not. The app
  still closes its own connection first and reopens afterwards (`reopen`), which runs the
  migrations an older backup needs, and logs everyone out.
- PostgreSQL: the current database is first dumped beside the backup as a `replaced` dump, then
  `pg_restore --clean --if-exists --single-transaction` restores the dump into the same database
  (all or nothing). Other computers should be logged out: their open connections may hold locks
  that make pg_restore wait, and they would carry on with stale screens.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from app.services.errors import ServiceError
from app.services.progress import ProgressCallback, no_progress

KINDS = ("daily", "manual", "pre-migration", "replaced")
KEEP_DAILY = 14  # the daily backups of the last 14 days (that had one)
KEEP_MONTHS = 12  # and the newest older one of each of 12 months
STEP_PAGES = 1024  # pages copied per backup step (4 MB at the default page size)
SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
# Every SalesDesk database has these from schema version 1 on.
CORE_TABLES = frozenset({"team", "user", "setting", "audit_log", "document_counter"})
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<name>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>daily|manual|pre-migration|replaced)"
                   r"(?:-(?P<n>\d+))?\.(?P<ext>sqlite3|dump)$")
_MIGRATION_NAME = re.compile(r"^(?P<name>.+)\.schema(?P<version>\d+)-(?P<stamp>\d{8}-\d{6})\.bak$")
PG_DUMP_MISSING = ("pg_dump was not found on this computer, so SalesDesk cannot back up the PostgreSQL database. "
                   "Install the PostgreSQL client tools (the server's version or newer) and add their bin folder "
                   "to PATH, or back up on the server.")
PG_RESTORE_MISSING = ("pg_restore was not found on this computer, so SalesDesk cannot check or restore a "
                      "PostgreSQL dump. Install the PostgreSQL client tools (the server's version or newer) and "
                      "add their bin folder to PATH, or restore on the server.")


class BackupError(ServiceError):
    """A backup or a restore could not be made; the message says why."""


class BackupUnavailable(BackupError):
    """This kind of backup cannot be made here (pg_dump missing, an in-memory database)."""


class BackupInvalid(BackupError):
    """The file is not a sound SalesDesk backup that this SalesDesk can restore."""


@dataclass(frozen=True)
class BackupFile:
    """A backup file found in a folder."""

    path: Path
    database: str  # the database's name (a SQLite file's stem, a PostgreSQL database's name)
    taken_at: dt.datetime
    kind: str  # daily | manual | pre-migration | replaced
    size: int  # bytes

    @property
    def engine(self) -> str:
        return "postgres" if self.path.suffix == ".dump" else "sqlite"


@dataclass(frozen=True)
class BackupCheck:
    """What `check_backup` found in a sound backup file."""

    path: Path
    engine: str  # sqlite | postgres
    schema_version: int
    taken_at: dt.datetime  # from the file name, else the file's modification time
    users: int | None = None  # SQLite: the number of user accounts in it


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: where from, and where the replaced database is kept (None: there was none)."""

    backup: Path
    replaced: Path | None
    schema_version: int


@dataclass(frozen=True)
class _Sqlite:
    path: Path

    @property
    def name(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class _Postgres:
    name: str
    host: str | None
    port: int | None
    user: str | None
    password: str | None


# -- targets ------------------------------------------------------------------------------------


def current_target() -> Database:
    """The database the application has open (bound to `app.models.base.db`)."""
    from app.models.base import db

    if db.obj is None:
        raise BackupUnavailable("No database is open.")
    return db.obj


def _resolve(target: Database | str | Path) -> _Sqlite | _Postgres:
    if isinstance(target, SqliteDatabase):
        if target.database in ("", ":memory:"):
            raise BackupUnavailable("An in-memory database cannot be backed up.")
        return _Sqlite(Path(target.database))
    if isinstance(target, PostgresqlDatabase):
        params = target.connect_params
        return _Postgres(target.database, params.get("host"), params.get("port"), params.get("user"),
                         params.get("password"))
    text = os.fspath(target)
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        return _Postgres(unquote(parts.path.lstrip("/")), parts.hostname, parts.port,
                         unquote(parts.username) if parts.username else None,
                         unquote(parts.password) if parts.password else None)
    return _Sqlite(Path(text))


def target_string(target: Database | str | Path) -> str:
    """The target as a path or a password-free URL (the key of the per-computer backup settings)."""
    source = _resolve(target)
    if isinstance(source, _Sqlite):
        return str(source.path)
    user = f"{quote(source.user, safe='')}@" if source.user else ""
    port = f":{source.port}" if source.port else ""
    return f"postgresql://{user}{source.host or 'localhost'}{port}/{quote(source.name, safe='')}"


def database_name(target: Database | str | Path) -> str:
    """The name its backups carry: a SQLite file's stem, a PostgreSQL database's name."""
    return _resolve(target).name


def is_postgres(target: Database | str | Path) -> bool:
    return isinstance(_resolve(target), _Postgres)


def backup_folder(target: Database | str | Path) -> Path:
    """The folder chosen on this computer for `target`'s backups (services.backup_settings)."""
    from app.services.backup_settings import backup_folder as folder_for

    return folder_for(target_string(target))


def unavailable_reason(target: Database | str | Path) -> str | None:
    """Why Back up now cannot work for `target` on this computer, or None when it can."""
    try:
        source = _resolve(target)
    except BackupUnavailable as exc:
        return str(exc)
    if isinstance(source, _Postgres) and shutil.which("pg_dump") is None:
        return PG_DUMP_MISSING
    return None


# -- names and listing --------------------------------------------------------------------------


def parse_name(path: Path) -> BackupFile | None:
    """The backup that `path` names, or None when its name is not a backup's."""
    match = _NAME.match(path.name)
    kind = None
    if match:
        kind = match["kind"]
    else:
        match = _MIGRATION_NAME.match(path.name)
        kind = "pre-migration" if match else None
    if match is None or kind is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, match["name"], taken_at, kind, size)


def list_backups(folder: Path, *, database: str | None = None) -> list[BackupFile]:
    """The backups in `folder` (of the database named `database`, or all), newest first."""
    try:
        entries = [p for p in Path(folder).iterdir() if p.is_file()]
    except OSError:
        return []
    found = [b for b in map(parse_name, entries) if b is not None and (database is None or b.database == database)]
    return sorted(found, key=lambda b: (b.taken_at, len(b.path.name), b.path.name), reverse=True)  # -2 after -1


def _unique_path(folder: Path, name: str, stamp: str, kind: str, ext: str) -> Path:
    path = folder / f"{name}-{stamp}-{kind}{ext}"
    number = 2
    while path.exists() or path.with_name(path.name + ".partial").exists():
        path = folder / f"{name}-{stamp}-{kind}-{number}{ext}"
        number += 1
    return path


# -- backing up ---------------------------------------------------------------------------------


def backup_now(target: Database | str | Path, folder: Path, *, kind: str = "manual", now: dt.datetime | None = None,
               progress: ProgressCallback | None = None) -> Path:
    """Back up `target` into `folder` and return the new file, named with the date and time.

    SQLite: an online, checked copy (see the module docstring); PostgreSQL: `pg_dump -Fc`, or
    BackupUnavailable when pg_dump is missing. `progress(done, total)` may raise Cancelled: the
    partial file is then removed. Other failures raise BackupError and leave nothing behind.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    source = _resolve(target)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Cannot create the backup folder {folder}: {exc.strerror or exc}") from exc
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    if isinstance(source, _Postgres):
        final = _unique_path(folder, source.name, stamp, kind, ".dump")
        _pg_dump(source, final, progress or no_progress)
        return final
    final = _unique_path(folder, source.name, stamp, kind, ".sqlite3")
    copy_sqlite_checked(source.path, final, progress)
    return final


def backup_to(target: Database | str | Path, out: Path, *, progress: ProgressCallback | None = None) -> Path:
    """Back up `target` into the file `out` (which must not exist yet), checked as by `backup_now`."""
    out = Path(out)
    if out.exists():
        raise BackupError(f"{out} exists; choose a new file name.")
    out.parent.mkdir(parents=True, exist_ok=True)
    source = _resolve(target)
    if isinstance(source, _Postgres):
        _pg_dump(source, out, progress or no_progress)
    else:
        copy_sqlite_checked(source.path, out, progress)
    return out


def copy_sqlite_checked(source: Path, final: Path, progress: ProgressCallback | None = None) -> Path:
    """Copy the SQLite file `source` to `final` online: partial name, integrity check, rename."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"There is no database file at {source}.")
    partial = final.with_name(final.name + ".partial")
    try:
        _sqlite_copy(source, partial, progress or no_progress)
        result = _finish_copy(partial)
        if result != ["ok"]:
            raise BackupError(f"The backup copy failed its integrity check ({'; '.join(result[:3])}); "
                              "the database itself may be damaged: run `salesdesk check`.")
        _fsync(partial)
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final


def _sqlite_copy(source: Path, destination: Path, progress: ProgressCallback) -> None:
    """The online backup API from one read transaction (one snapshot) in steps that report progress."""
    reader = sqlite3.connect(source, timeout=15, isolation_level=None)
    writer = sqlite3.connect(destination)
    try:
        # Held across the steps: every step reads the same WAL snapshot while others keep writing,
        # so the copy is consistent and never restarts (a step reading a changed file would).
        reader.execute("BEGIN")
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


def _finish_copy(path: Path) -> list[str]:
    """Make the copy one self-contained file (no WAL) and return its integrity check."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        return [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _pg_env(source: _Postgres) -> dict[str, str]:
    env = dict(os.environ)
    if source.password:
        env["PGPASSWORD"] = source.password  # never on the command line, where `ps` shows it
    return env


def _pg_connection_args(source: _Postgres) -> list[str]:
    args = []
    if source.host:
        args += ["--host", source.host]
    if source.port:
        args += ["--port", str(source.port)]
    if source.user:
        args += ["--username", source.user]
    return [*args, "--no-password"]  # never wait for a password prompt nobody sees


def _run_tool(command: list[str], env: dict[str, str], progress: ProgressCallback) -> subprocess.CompletedProcess:
    """Run pg_dump/pg_restore, calling `progress(0, 0)` while it works; Cancelled stops the tool."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL)
    try:
        while True:
            try:
                out, err = process.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                progress(0, 0)
    except BaseException:
        process.kill()
        process.communicate()
        raise
    return subprocess.CompletedProcess(command, process.returncode, out.decode(errors="replace"),
                                       err.decode(errors="replace"))


def _pg_dump(source: _Postgres, final: Path, progress: ProgressCallback) -> None:
    executable = shutil.which("pg_dump")
    if executable is None:
        raise BackupUnavailable(PG_DUMP_MISSING)
    partial = final.with_name(final.name + ".partial")
    try:
        result = _run_tool([executable, "--format=custom", "--file", str(partial), *_pg_connection_args(source),
                            "--dbname", source.name], _pg_env(source), progress)
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip() or result.returncode}")
        _pg_list(partial)  # the dump reads back
        _fsync(partial)
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- daily backups and pruning ------------------------------------------------------------------


def daily_backup_if_due(target: Database | str | Path, folder: Path, today: dt.date, *,
                        now: dt.datetime | None = None, progress: ProgressCallback | None = None) -> Path | None:
    """Make today's `daily` backup of a SQLite `target` unless one exists, then prune; return it.

    None when a daily backup dated `today` is already in `folder` (or the target is PostgreSQL:
    no automatic dumps of a shared server). Pruning runs after a new backup only, so a folder is
    never pruned by an app that made nothing.
    """
    source = _resolve(target)
    if isinstance(source, _Postgres):
        return None
    if any(b.kind == "daily" and b.taken_at.date() == today for b in list_backups(folder, database=source.name)):
        return None
    moment = now or dt.datetime.combine(today, dt.datetime.now().time())
    path = backup_now(target, folder, kind="daily", now=moment, progress=progress)
    prune(folder, today, database=source.name)
    return path


def run_daily_backup(target: Database | str | Path, today: dt.date, *,
                     progress: ProgressCallback | None = None) -> Path | None:
    """The automatic pass at start-up: `daily_backup_if_due` into this computer's backup folder."""
    if is_postgres(target):
        return None
    return daily_backup_if_due(target, backup_folder(target), today, progress=progress)


def kept_daily(backups: Iterable[BackupFile], today: dt.date) -> set[Path]:
    """The daily backups `prune` keeps (see there), out of `backups` of one database."""
    dailies = sorted((b for b in backups if b.kind == "daily" and b.taken_at.date() <= today),
                     key=lambda b: b.taken_at, reverse=True)
    newest_by_day: dict[dt.date, BackupFile] = {}
    for backup in dailies:
        newest_by_day.setdefault(backup.taken_at.date(), backup)
    days = list(newest_by_day)  # newest first
    keep = {newest_by_day[day].path for day in days[:KEEP_DAILY]}
    months: dict[tuple[int, int], BackupFile] = {}
    for day in days[KEEP_DAILY:]:
        months.setdefault((day.year, day.month), newest_by_day[day])
    keep.update(b.path for b in list(months.values())[:KEEP_MONTHS])
    return keep


def prune(folder: Path, today: dt.date, *, database: str | None = None) -> list[Path]:
    """Delete the daily backups that are no longer kept; return the deleted files.

    The rule, for each database's backups in `folder` separately:
    - the newest daily backup of each of the 14 most recent days that have one is kept (with one
      backup a day, the last 14 days; the days the app was not started do not count);
    - of the older daily backups, the newest of each calendar month is kept, for the 12 most
      recent months that have one: the month-end backups (the newest month's true last backup may
      be among the 14 days, the month's newest older one is then kept as well);
    - every other daily backup is deleted (a second one on the same day too);
    - manual, pre-migration and replaced backups, files dated after `today` and files whose name is
      not a backup's are never deleted: delete those by hand when they are no longer wanted.

    A backup deleted once would never be kept later (the kept month-ends only move to newer
    files as days pass), so pruning every day, or after a pause, gives the same folder. With one
    backup a day over a year and more: exactly 14 + 12 = 26 daily backups. Leftover `.partial`
    files older than a day (a crash during a backup) are removed too.
    """
    found = list_backups(folder, database=database)
    keep = set()
    for name in {b.database for b in found}:
        keep |= kept_daily((b for b in found if b.database == name), today)
    deleted = []
    for backup in found:
        if backup.kind == "daily" and backup.taken_at.date() <= today and backup.path not in keep:
            try:
                backup.path.unlink()
            except FileNotFoundError:  # another SalesDesk pruned it first
                continue
            deleted.append(backup.path)
    cutoff = time.time() - 24 * 3600
    for partial in Path(folder).glob("*.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass
    return deleted


# -- checking and restoring ---------------------------------------------------------------------


def check_backup(path: Path) -> BackupCheck:
    """Open `path` and make sure it is a sound SalesDesk backup this app can restore.

    Raises BackupInvalid naming the problem: not a SQLite database or PostgreSQL dump, damaged or
    truncated, not a SalesDesk database, or from a newer SalesDesk (BackupUnavailable when a dump
    cannot be read because pg_restore is missing).
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise BackupInvalid(f"Cannot read {path.name}: {exc.strerror or exc}") from exc
    if head.startswith(PG_DUMP_HEADER):
        version = _pg_dump_schema_version(path)
        return BackupCheck(path, "postgres", _check_version(path, version), _taken_at(path))
    if not head.startswith(SQLITE_HEADER) or len(head) < 100:
        raise BackupInvalid(f"{path.name} is not a SalesDesk backup: it is neither a SQLite database nor a "
                            "PostgreSQL dump.")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if pages and path.stat().st_size < pages * page_size:
        raise BackupInvalid(f"{path.name} is damaged: the file is shorter than the database it holds "
                            "(it was cut off while copying).")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise BackupInvalid(f"Cannot open {path.name}: {exc}") from exc
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            raise BackupInvalid(f"{path.name} is damaged: {'; '.join(integrity[:3])}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not version or not CORE_TABLES.issubset(tables):
            raise BackupInvalid(f"{path.name} is a SQLite database, but not a SalesDesk one.")
        _check_version(path, version)
        users = connection.execute('SELECT count(*) FROM "user"').fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupInvalid(f"{path.name} is damaged or not a database: {exc}") from exc
    finally:
        connection.close()
    return BackupCheck(path, "sqlite", version, _taken_at(path), users)


def _check_version(path: Path, version: int) -> int:
    from app.models.migrations import SCHEMA_VERSION

    if version > SCHEMA_VERSION:
        raise BackupInvalid(f"{path.name} was made by a newer SalesDesk (schema version {version}; this one knows "
                            f"up to {SCHEMA_VERSION}). Restore it with that SalesDesk or a newer one.")
    return version


def _taken_at(path: Path) -> dt.datetime:
    parsed = parse_name(path)
    if parsed is not None:
        return parsed.taken_at
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def _pg_list(path: Path) -> str:
    executable = shutil.which("pg_restore")
    if executable is None:
        raise BackupUnavailable(PG_RESTORE_MISSING)
    result = subprocess.run([executable, "--list", str(path)], capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        raise BackupInvalid(f"{path.name} is not a readable PostgreSQL dump: {result.stderr.strip()}")
    return result.stdout


def _pg_dump_schema_version(path: Path) -> int:
    listing = _pg_list(path)
    tables = set(re.findall(r"\bTABLE \S+ (\S+) ", listing))
    if not (CORE_TABLES | {"schema_version"}).issubset(tables):
        raise BackupInvalid(f"{path.name} is a PostgreSQL dump, but not of a SalesDesk database.")
    result = subprocess.run([shutil.which("pg_restore") or "pg_restore", "--data-only", "--table=schema_version",
                             "--file=-", str(path)], capture_output=True, text=True, errors="replace")
    lines = result.stdout.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("COPY ") and "schema_version" in line and number + 1 < len(lines):
            value = lines[number + 1].strip()
            if value.isdigit():
                return int(value)
    raise BackupInvalid(f"{path.name} holds no SalesDesk schema version.")


def restore(backup_path: Path, target: Database | str | Path, *, now: dt.datetime | None = None,
            progress: ProgressCallback | None = None) -> RestoreResult:
    """Check `backup_path`, keep the database it replaces, and put the backup's data into `target`.

    SQLite: the replaced database is kept as `<file>.replaced-<stamp>` beside it, then the backup is
    written into the live file with the backup API (see the module docstring: open connections are
    allowed and see the restored data; close and `reopen` to run migrations). PostgreSQL: the
    replaced database is dumped beside the backup as a `replaced` dump, then pg_restore --clean.
    The database is unchanged when anything fails before the copy, and when the copy fails.
    """
    progress = progress or no_progress
    backup_path = Path(backup_path)
    check = check_backup(backup_path)
    source = _resolve(target)
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    if isinstance(source, _Postgres):
        if check.engine != "postgres":
            raise BackupInvalid(f"{backup_path.name} is a SQLite backup; a PostgreSQL database is restored from a "
                                "PostgreSQL dump (.dump). To move a SQLite database to the server, use the data "
                                "move instead.")
        return _pg_restore(check, source, stamp, progress)
    if check.engine != "sqlite":
        raise BackupInvalid(f"{backup_path.name} is a PostgreSQL dump; a SQLite database is restored from a "
                            "SQLite backup (.sqlite3).")
    live = source.path
    if live.exists() and live.resolve() == backup_path.resolve():
        raise BackupInvalid("That file is the database itself; choose a backup.")
    replaced = None
    if live.exists():
        replaced = live.with_name(f"{live.name}.replaced-{stamp}")
        number = 2
        while replaced.exists():
            replaced = live.with_name(f"{live.name}.replaced-{stamp}-{number}")
            number += 1
        _keep_replaced(live, replaced)
    _copy_into(backup_path, live, progress)
    return RestoreResult(backup_path, replaced, check.schema_version)


def _keep_replaced(live: Path, replaced: Path) -> None:
    """Copy the live database aside (online); a file SQLite cannot read is copied byte for byte."""
    try:
        _sqlite_copy(live, replaced, no_progress)
        _finish_copy(replaced)
    except (BackupError, sqlite3.Error):
        replaced.unlink(missing_ok=True)
        shutil.copy2(live, replaced)


def _copy_into(backup: Path, live: Path, progress: ProgressCallback) -> None:
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
            raise BackupError(f"The restored database failed its check: {check}")
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite could not restore into {live.name}: {exc}. Close every other SalesDesk "
                          "using this database and try again.") from exc
    finally:
        writer.close()
        reader.close()


def _pg_restore(check: BackupCheck, source: _Postgres, stamp: str, progress: ProgressCallback) -> RestoreResult:
    executable = shutil.which("pg_restore")
    if executable is None:
        raise BackupUnavailable(PG_RESTORE_MISSING)
    folder = check.path.parent
    replaced = _unique_path(folder, source.name, stamp, "replaced", ".dump")
    _pg_dump(source, replaced, progress)
    result = _run_tool([executable, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                        "--exit-on-error", *_pg_connection_args(source), "--dbname", source.name, str(check.path)],
                       _pg_env(source), progress)
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed; the database was left as it was: {result.stderr.strip()}")
    return RestoreResult(check.path, replaced, check.schema_version)


def reopen(database: Database) -> Database:
    """Bind and connect `database` again after a restore and migrate it (an older backup)."""
    from app.models.base import db
    from app.models.migrations import migrate

    db.initialize(database)
    database.connect(reuse_if_open=True)
    migrate(database)
    return database


def record_restore(actor, result: RestoreResult) -> None:
    """Write the restore into the restored database's audit trail (by `actor` when the backup knows them)."""
    from app.models.base import db
    from app.models.user import User
    from app.services import audit

    known = actor if actor is not None and User.select().where(User.id == actor.id).exists() else None
    with db.atomic():
        audit.record(known, "database", result.backup.name[:40], "restore",  # entity_id holds 40 characters
                     {"backup": (None, result.backup.name),
                      "replaced": (None, result.replaced.name if result.replaced else None),
                      "schema_version": (None, result.schema_version)})
