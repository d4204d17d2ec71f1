"""Opening the database: a SQLite file (the default) or a PostgreSQL server from a URL.

A SQLite file on a network share is refused (`network_location`): SQLite's locking is not reliable
over SMB or NFS, and several computers writing to one file can damage it. Refused: UNC paths
(\\\\server\\share, //server/share), mapped network drives on Windows (GetDriveTypeW), and on Linux a
folder whose mount in /proc/mounts is a network filesystem (NFS, CIFS/SMB, sshfs ...).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from app.models.base import db

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a committed document survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "cache_size": -32000,
}


class DatabaseLocationError(Exception):
    """The database target cannot be used (for instance a SQLite file on a network share)."""


MOUNTS_FILE = Path("/proc/mounts")
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "ncpfs", "ceph",
    "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre", "gpfs",
})


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def describe(target: str) -> str:
    """A short, password-free description of the database for the status bar."""
    if is_postgres_url(target):
        from urllib.parse import urlsplit

        parts = urlsplit(target)
        return f"PostgreSQL {parts.hostname or 'localhost'}{parts.path}"
    return str(Path(target))


def make_database(target: str) -> Database:
    """Return an unconnected peewee database for `target` (file path or postgresql:// URL)."""
    if is_postgres_url(target):
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(target)
        return PostgresqlDatabase(
            unquote(parts.path.lstrip("/")),
            host=parts.hostname,
            port=parts.port,
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )
    path = Path(target)
    if network_location(path) is not None:
        raise DatabaseLocationError(
            "A SQLite database on a network share can be damaged when several computers write to it. Use a "
            "PostgreSQL server to share one database: Database… in the login window sets it up."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a write transaction takes the write lock at BEGIN, so two writers queue on
    # busy_timeout instead of one failing with "database is locked" halfway through.
    return SqliteDatabase(os.fspath(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")


def network_location(path: Path | str) -> str | None:
    """Why `path` is on a network share ("UNC path", "network drive", "nfs mount ..."), or None."""
    text = os.fspath(path)
    if text.startswith(("\\\\", "//")):
        return "UNC path"
    if sys.platform == "win32":
        return _windows_network_drive(text)
    if sys.platform.startswith("linux"):
        return _linux_network_mount(text)
    return None


def _windows_network_drive(text: str, get_drive_type=None) -> str | None:
    """Why `text` is refused ("network drive Z:") when on a mapped network drive (GetDriveTypeW: DRIVE_REMOTE)."""
    import ntpath

    drive = ntpath.splitdrive(text)[0] or ntpath.splitdrive(os.path.abspath(text))[0]
    if not drive or drive.startswith(("\\\\", "//")):
        return None
    if get_drive_type is None:
        import ctypes

        get_drive_type = ctypes.windll.kernel32.GetDriveTypeW
    drive_remote = 4
    if get_drive_type(drive + "\\") == drive_remote:
        return f"network drive {drive}"
    return None


def _linux_network_mount(text: str) -> str | None:
    """The filesystem type of the deepest mount holding `text`, when it is a network filesystem."""
    try:
        lines = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    path = os.path.realpath(os.path.abspath(text))
    best, best_type = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces, tabs, newlines and backslashes as octal (\040 ...)
        point = fields[1].encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    if best_type in NETWORK_FILESYSTEMS or best_type.startswith("nfs"):
        return f"{best_type} mount {best}"
    return None


def open_database(target: str, *, migrate: bool = True, backup_dir: Path | None = None) -> Database:
    """Bind `db` to `target`, connect, and bring the schema up to date (see migrations)."""
    database = make_database(target)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    if migrate:
        from app.models.migrations import migrate as run_migrations

        run_migrations(database, backup_dir=backup_dir)
    return database


def open_target() -> str | None:
    """The database `db` has open, as `open_database` takes it (a PostgreSQL URL with its password:
    for handing to a child process, never for display), or None when none is open."""
    database = db.obj
    if database is None:
        return None
    if isinstance(database, SqliteDatabase):
        return database.database
    from urllib.parse import quote

    params = database.connect_params
    credentials = quote(params.get("user") or "", safe="")
    if params.get("password"):
        credentials += ":" + quote(params["password"], safe="")
    host = params.get("host") or "localhost"
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{credentials}@{host}{port}/{quote(database.database, safe='')}"


def close_database() -> None:
    """Close the current thread's connection, if any."""
    if db.obj is not None and not db.is_closed():
        db.close()
