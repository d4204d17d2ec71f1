"""Backups of the database and restoring one: files in a folder, no Qt.

A *target* is the database to back up or restore: a peewee database (`current_target()`, the one
the app has open), a SQLite file path, or a `postgresql://` URL.

Every backup is written to `<name>.partial`, checked, flushed to disk and only then renamed to its
final name; a failed or cancelled backup leaves no file behind. SQLite (services.backup_sqlite):
the online backup API while other connections and processes keep writing, from one snapshot, in
steps that report progress and can be cancelled; the copy must pass `PRAGMA integrity_check`.
PostgreSQL (services.backup_postgres): `pg_dump -Fc` when pg_dump is installed, the password in
PGPASSWORD only, the dump read back with `pg_restore --list`; without pg_dump, BackupUnavailable
says what to install.

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

- SQLite: the live file is first copied (backup API) into this computer's backup folder of the
  database as a `replaced` backup (listed by Settings > Backups, and restorable: a restore can be
  undone by restoring it); then
  the backup is written *into* the live file with the backup API, in one write transaction of the
  live database (backup_sqlite.write_into). We chose that over replacing the file on disk: it
  works while connections are open (they read the restored data in their next transaction; a
  cancel or a failure rolls the live file back untouched) and keeps the -wal/-shm files
  consistent. The app still closes its own connection first and reopens afterwards (`reopen`),
  which runs the migrations an older backup needs, and logs everyone out.
- PostgreSQL: the current database is first dumped beside the backup as a `replaced` dump, then
  `pg_restore --clean --if-exists --single-transaction` restores the dump into the same database
  (all or nothing). Other computers should be logged out: their open connections may hold locks
  that make pg_restore wait, and they would carry on with stale screens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from app.services import backup_postgres, backup_sqlite
from app.services.backup_errors import BackupError, BackupInvalid, BackupUnavailable
from app.services.backup_postgres import PG_DUMP_HEADER, PG_DUMP_MISSING, PgServer
from app.services.progress import ProgressCallback, no_progress

__all__ = ["PG_DUMP_MISSING", "BackupError", "BackupInvalid", "BackupUnavailable"]  # re-exported for callers

KINDS = ("daily", "manual", "pre-migration", "replaced")
KEEP_DAILY = 14  # the daily backups of the last 14 days (that had one)
KEEP_MONTHS = 12  # and the newest older one of each of 12 months
# Every SalesDesk database has these from schema version 1 on.
CORE_TABLES = frozenset({"team", "user", "setting", "audit_log", "document_counter"})
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<name>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>daily|manual|pre-migration|replaced)"
                   r"(?:-(?P<n>\d+))?\.(?P<ext>sqlite3|dump)$")
_MIGRATION_NAME = re.compile(r"^(?P<name>.+)\.schema(?P<version>\d+)-(?P<stamp>\d{8}-\d{6})\.bak$")


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


# -- targets ------------------------------------------------------------------------------------


def current_target() -> Database:
    """The database the application has open (bound to `app.models.base.db`)."""
    from app.models.base import db

    if db.obj is None:
        raise BackupUnavailable("No database is open.")
    return db.obj


def _resolve(target: Database | str | Path) -> _Sqlite | PgServer:
    if isinstance(target, SqliteDatabase):
        if target.database in ("", ":memory:"):
            raise BackupUnavailable("An in-memory database cannot be backed up.")
        return _Sqlite(Path(target.database))
    if isinstance(target, PostgresqlDatabase):
        params = target.connect_params
        return PgServer(target.database, params.get("host"), params.get("port"), params.get("user"),
                        params.get("password"))
    text = os.fspath(target)
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        return PgServer(unquote(parts.path.lstrip("/")), parts.hostname, parts.port,
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
    return "postgresql://{}{}{}/{}".format(user, source.host or "localhost", port, quote(source.name, safe=""))


def database_name(target: Database | str | Path) -> str:
    """The name its backups carry: a SQLite file's stem, a PostgreSQL database's name."""
    return _resolve(target).name


def is_postgres(target: Database | str | Path) -> bool:
    return isinstance(_resolve(target), PgServer)


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
    if isinstance(source, PgServer) and not backup_postgres.dump_available():
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


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _writable_folder(folder: Path) -> Path:
    """Create `folder` when missing and make sure a file can be written in it; BackupError if not.

    Checked before the copy starts, so that a read-only, full or missing drive is named as such
    instead of surfacing as SQLite's "unable to open database file" (or a failed clean-up)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"Cannot create the backup folder {folder}: {exc.strerror or exc}") from exc
    probe = folder / f".salesdesk-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
    except OSError as exc:
        raise BackupError(f"The backup folder {folder} cannot be written: {exc.strerror or exc}. "
                          "Choose another folder (Settings, Backups) or free some space.") from exc
    _remove_quietly(probe)
    return folder


def _remove_quietly(path: Path) -> None:
    """Remove a file if it is there; a clean-up that fails must not hide the error being raised."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _write_checked(final: Path, write: Callable[[Path], None]) -> Path:
    """`write(partial)` writes and checks the file; then it is flushed and renamed to `final`."""
    partial = final.with_name(final.name + ".partial")
    try:
        write(partial)
        _fsync(partial)
        os.replace(partial, final)
    except OSError as exc:  # the disk filled up or went away meanwhile
        _remove_quietly(partial)
        raise BackupError(f"The backup folder {final.parent} cannot be written: {exc.strerror or exc}. "
                          "Choose another folder (Settings, Backups) or free some space.") from exc
    except BaseException:
        _remove_quietly(partial)
        raise
    return final


def _write_backup(source: _Sqlite | PgServer, final: Path, progress: ProgressCallback) -> Path:
    if isinstance(source, PgServer):
        return _write_checked(final, lambda partial: backup_postgres.dump(source, partial, progress))
    return _write_checked(final, lambda partial: backup_sqlite.copy_checked(source.path, partial, progress))


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
    folder = _writable_folder(folder)
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    ext = ".dump" if isinstance(source, PgServer) else ".sqlite3"
    return _write_backup(source, _unique_path(folder, source.name, stamp, kind, ext), progress or no_progress)


def backup_to(target: Database | str | Path, out: Path, *, progress: ProgressCallback | None = None) -> Path:
    """Back up `target` into the file `out` (which must not exist yet), checked as by `backup_now`."""
    out = Path(out)
    if out.exists():
        raise BackupError(f"{out} exists; choose a new file name.")
    _writable_folder(out.parent)
    return _write_backup(_resolve(target), out, progress or no_progress)


# -- daily backups and pruning ------------------------------------------------------------------


def daily_backup_if_due(target: Database | str | Path, folder: Path, today: dt.date, *,
                        now: dt.datetime | None = None, progress: ProgressCallback | None = None) -> Path | None:
    """Make today's `daily` backup of a SQLite `target` unless one exists, then prune; return it.

    None when a daily backup dated `today` is already in `folder` (or the target is PostgreSQL:
    no automatic dumps of a shared server). Pruning runs after a new backup only, so a folder is
    never pruned by an app that made nothing.
    """
    source = _resolve(target)
    if isinstance(source, PgServer):
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


def check_backup(path: Path, progress: ProgressCallback | None = None) -> BackupCheck:
    """Open `path` and make sure it is a sound SalesDesk backup this app can restore.

    Raises BackupInvalid naming the problem: not a SQLite database or PostgreSQL dump, damaged or
    truncated, not a SalesDesk database, or from a newer SalesDesk (BackupUnavailable when a dump
    cannot be read because pg_restore is missing). `progress(0, 0)` is called during a SQLite
    file's integrity check (Cancelled from it stops the check).
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PG_DUMP_HEADER))
    except OSError as exc:
        raise BackupInvalid(f"Cannot read {path.name}: {exc.strerror or exc}") from exc
    if head == PG_DUMP_HEADER:
        if not (CORE_TABLES | {"schema_version"}).issubset(backup_postgres.dump_tables(path)):
            raise BackupInvalid(f"{path.name} is a PostgreSQL dump, but not of a SalesDesk database.")
        version = backup_postgres.dump_schema_version(path)
        if version is None:
            raise BackupInvalid(f"{path.name} holds no SalesDesk schema version.")
        return BackupCheck(path, "postgres", _check_version(path, version), _taken_at(path))
    contents = backup_sqlite.read_contents(path, progress or no_progress)
    if not contents.version or not CORE_TABLES.issubset(contents.tables):
        raise BackupInvalid(f"{path.name} is a SQLite database, but not a SalesDesk one.")
    return BackupCheck(path, "sqlite", _check_version(path, contents.version), _taken_at(path), contents.users)


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


def restore(backup_path: Path, target: Database | str | Path, *, now: dt.datetime | None = None,
            progress: ProgressCallback | None = None) -> RestoreResult:
    """Check `backup_path`, keep the database it replaces, and put the backup's data into `target`.

    SQLite: the replaced database is kept as a `replaced` backup in the database's backup folder
    (`<name>-<stamp>-replaced.sqlite3`, so the list shows it and Restore can bring it back), then the backup is
    written into the live file with the backup API (see the module docstring: open connections are
    allowed and see the restored data; close and `reopen` to run migrations). PostgreSQL: the
    replaced database is dumped beside the backup as a `replaced` dump, then pg_restore --clean.
    The database is unchanged when anything fails before the copy, and when the copy fails.
    """
    progress = progress or no_progress
    backup_path = Path(backup_path)
    check = check_backup(backup_path, progress)
    source = _resolve(target)
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    if isinstance(source, PgServer):
        if check.engine != "postgres":
            raise BackupInvalid(f"{backup_path.name} is a SQLite backup; a PostgreSQL database is restored from a "
                                "PostgreSQL dump (.dump). To move a SQLite database to the server, use the data "
                                "move instead.")
        replaced = _write_backup(source, _unique_path(backup_path.parent, source.name, stamp, "replaced", ".dump"),
                                 progress)
        backup_postgres.restore_dump(source, backup_path, progress)
        return RestoreResult(backup_path, replaced, check.schema_version)
    if check.engine != "sqlite":
        raise BackupInvalid(f"{backup_path.name} is a PostgreSQL dump; a SQLite database is restored from a "
                            "SQLite backup (.sqlite3).")
    live = source.path
    if live.exists() and live.resolve() == backup_path.resolve():
        raise BackupInvalid("That file is the database itself; choose a backup.")
    replaced = None
    if live.exists():
        folder = _writable_folder(backup_folder(target))
        replaced = _unique_path(folder, source.name, stamp, "replaced", ".sqlite3")
        partial = replaced.with_name(replaced.name + ".partial")
        try:
            backup_sqlite.keep_copy(live, partial)
            os.replace(partial, replaced)
        except BaseException:
            _remove_quietly(partial)
            raise
    backup_sqlite.write_into(backup_path, live, progress)
    return RestoreResult(backup_path, replaced, check.schema_version)


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
