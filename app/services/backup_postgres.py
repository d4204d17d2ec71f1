"""PostgreSQL backups with the client tools: `pg_dump -Fc` writes a dump, `pg_restore --list`
checks one, `pg_restore --clean --single-transaction` restores one into the same database.

The tools are found on the PATH (`shutil.which`); without them BackupUnavailable says what to
install. The password goes through the PGPASSWORD environment variable, never the command line
(where any user of the computer could read it), and `--no-password` keeps a tool from waiting on a
prompt nobody sees. While a tool runs, `progress(0, 0)` is called every 0.2 s; Cancelled raised
from it kills the tool.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from app.services.backup_errors import BackupError, BackupInvalid, BackupUnavailable
from app.services.progress import ProgressCallback

PG_DUMP_HEADER = b"PGDMP"
# What to do when a tool is missing (a dict named *MESSAGES: collected for translation).
MISSING_TOOL_MESSAGES = {
    "pg_dump": "pg_dump was not found on this computer, so SalesDesk cannot back up the PostgreSQL database. "
               "Install the PostgreSQL client tools (the server's version or newer) and add their bin folder to "
               "PATH, or back up on the server.",
    "pg_restore": "pg_restore was not found on this computer, so SalesDesk cannot check or restore a PostgreSQL "
                  "dump. Install the PostgreSQL client tools (the server's version or newer) and add their bin "
                  "folder to PATH, or restore on the server.",
}
PG_DUMP_MISSING = MISSING_TOOL_MESSAGES["pg_dump"]


@dataclass(frozen=True)
class PgServer:
    """A PostgreSQL database and how to reach it."""

    name: str
    host: str | None
    port: int | None
    user: str | None
    password: str | None


def dump_available() -> bool:
    return shutil.which("pg_dump") is not None


def _tool(name: str) -> str:
    executable = shutil.which(name)
    if executable is None:
        raise BackupUnavailable(MISSING_TOOL_MESSAGES[name])
    return executable


def _env(server: PgServer) -> dict[str, str]:
    env = dict(os.environ)
    if server.password:
        env["PGPASSWORD"] = server.password
    return env


def _connection_args(server: PgServer) -> list[str]:
    args = []
    if server.host:
        args += ["--host", server.host]
    if server.port:
        args += ["--port", str(server.port)]
    if server.user:
        args += ["--username", server.user]
    return [*args, "--no-password"]


def _run(command: list[str], env: dict[str, str], progress: ProgressCallback) -> subprocess.CompletedProcess:
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


def dump(server: PgServer, destination: Path, progress: ProgressCallback) -> None:
    """Write `server`'s database to `destination` with pg_dump -Fc and check that it reads back."""
    executable = _tool("pg_dump")
    result = _run([executable, "--format=custom", "--file", str(destination), *_connection_args(server),
                   "--dbname", server.name], _env(server), progress)
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip() or result.returncode}")
    list_dump(destination)


def list_dump(path: Path) -> str:
    """The dump's table of contents (pg_restore --list); BackupInvalid when it is not a readable dump."""
    executable = _tool("pg_restore")
    result = subprocess.run([executable, "--list", str(path)], capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        raise BackupInvalid(f"{path.name} is not a readable PostgreSQL dump: {result.stderr.strip()}")
    return result.stdout


def dump_tables(path: Path) -> set[str]:
    """The names of the tables in the dump."""
    return set(re.findall(r"\bTABLE \S+ (\S+) ", list_dump(path)))


def dump_schema_version(path: Path) -> int | None:
    """The SalesDesk schema version stored in the dump's schema_version table, or None."""
    executable = _tool("pg_restore")
    result = subprocess.run([executable, "--data-only", "--table=schema_version", "--file=-", str(path)],
                            capture_output=True, text=True, errors="replace")
    lines = result.stdout.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("COPY ") and "schema_version" in line and number + 1 < len(lines):
            value = lines[number + 1].strip()
            if value.isdigit():
                return int(value)
    return None


def restore_dump(server: PgServer, path: Path, progress: ProgressCallback) -> None:
    """Replace the database's tables with the dump's, all or nothing (pg_restore --clean, one transaction)."""
    executable = _tool("pg_restore")
    result = _run([executable, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                   "--exit-on-error", *_connection_args(server), "--dbname", server.name, str(path)],
                  _env(server), progress)
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed; the database was left as it was: {result.stderr.strip()}")
