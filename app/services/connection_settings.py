"""Which database this computer opens: a setting of the computer, not of the database.

The setting is a small JSON file in the user's config folder (platformdirs; SALESDESK_CONFIG_DIR
overrides the folder): the kind (`sqlite` or `postgresql`), the SQLite file, or the server's host,
port, database and user, and whether to remember the password. The password itself is never
written to that file: it goes to the operating system's keyring (Windows Credential Manager, macOS
Keychain, Secret Service on Linux) through the `keyring` package, and where no keyring works (a
headless Linux machine) the app asks for it at start instead.

Which database opens: `--db` on the command line wins, then this setting, then the default file
in the user's data folder (`app.paths.default_database`).

`test_connection(params)` tries the target and answers (ok, message) with a message a user can act
on: refused, authentication failed, no such database, no answer within 5 seconds.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from app.models.connection import is_postgres_url, network_location

APP_NAME = "SalesDesk"
CONFIG_FILE = "connection.json"
KEYRING_SERVICE = "SalesDesk PostgreSQL"
CONNECT_TIMEOUT_S = 5
KINDS = ("sqlite", "postgresql")


@dataclass
class ConnectionParams:
    """Where the database is. `password` is held in memory only; `to_json` leaves it out."""

    kind: str = "sqlite"
    path: str = ""  # the SQLite file; "" means the default file in the user's data folder
    host: str = "localhost"
    port: int = 5432
    database: str = "salesdesk"
    user: str = "salesdesk"
    remember_password: bool = False
    password: str = field(default="", repr=False, compare=False)

    @property
    def is_postgres(self) -> bool:
        return self.kind == "postgresql"

    def sqlite_path(self) -> str:
        if self.path:
            return self.path
        from app.paths import default_database

        return default_database()

    def url(self, *, with_password: bool = True) -> str:
        """postgresql://user:password@host:port/database (user and password percent-encoded)."""
        credentials = quote(self.user, safe="")
        if with_password and self.password:
            credentials += ":" + quote(self.password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{credentials}@{host}:{int(self.port)}/{quote(self.database, safe='')}"

    def target(self) -> str:
        """What `open_database` takes: the SQLite path, or the URL with the password."""
        return self.url() if self.is_postgres else self.sqlite_path()

    def keyring_user(self) -> str:
        """The keyring entry's name: one password per user, server and database."""
        return f"{self.user}@{self.host}:{int(self.port)}/{self.database}"

    def to_json(self) -> dict:
        data = asdict(self)
        del data["password"]
        return data


def params_from_target(target: str) -> ConnectionParams:
    """The parameters of a path or postgresql:// URL (the password kept in memory)."""
    if not is_postgres_url(target):
        return ConnectionParams(kind="sqlite", path=target)
    parts = urlsplit(target)
    return ConnectionParams(
        kind="postgresql", host=parts.hostname or "localhost", port=parts.port or 5432,
        database=unquote(parts.path.lstrip("/")), user=unquote(parts.username or ""),
        password=unquote(parts.password or ""))


# -- the config file ------------------------------------------------------------------------------------------

def config_path() -> Path:
    folder = os.environ.get("SALESDESK_CONFIG_DIR")
    if folder:
        return Path(folder) / CONFIG_FILE
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / CONFIG_FILE


def load_params() -> ConnectionParams | None:
    """The saved setting, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        return None
    known = {name for name in ConnectionParams.__dataclass_fields__ if name != "password"}
    params = ConnectionParams(**{k: v for k, v in data.items() if k in known})
    try:
        params.port = int(params.port)
    except (TypeError, ValueError):
        params.port = 5432
    params.remember_password = bool(params.remember_password)
    return params


def save_params(params: ConnectionParams) -> str:
    """Write the setting (never the password) and store or forget the password in the keyring.

    Returns "" or a warning for the user, e.g. that no keyring works here so the password will be
    asked at each start."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(params.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)
    if not params.is_postgres:
        return ""
    if params.remember_password and params.password:
        if not store_password(params, params.password):
            return ("No password store (keyring) works on this computer, so the password was not saved: "
                    "SalesDesk will ask for it at each start.")
    elif not params.remember_password:
        forget_password(params)
    return ""


def clear_params() -> None:
    """Forget the setting: the default file opens next time."""
    with contextlib.suppress(FileNotFoundError):
        config_path().unlink()


# -- the keyring ----------------------------------------------------------------------------------------------

def _keyring():
    """The keyring module when a real backend works here, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def store_password(params: ConnectionParams, password: str) -> bool:
    module = _keyring()
    if module is None:
        return False
    try:
        module.set_password(KEYRING_SERVICE, params.keyring_user(), password)
    except Exception:
        return False
    return True


def stored_password(params: ConnectionParams) -> str | None:
    module = _keyring()
    if module is None:
        return None
    try:
        return module.get_password(KEYRING_SERVICE, params.keyring_user())
    except Exception:
        return None


def forget_password(params: ConnectionParams) -> None:
    module = _keyring()
    if module is None:
        return
    with contextlib.suppress(Exception):  # nothing stored, or the store refuses
        module.delete_password(KEYRING_SERVICE, params.keyring_user())


# -- choosing the database ------------------------------------------------------------------------------------

@dataclass
class Choice:
    """The database to open. `needs_password`: a server whose password must be asked first
    (then `params.password` is filled in and `params.target()` opened)."""

    target: str
    params: ConnectionParams | None = None
    needs_password: bool = False
    from_setting: bool = False


def choose_target(cli_db: str | None) -> Choice:
    """--db wins, then the saved setting, then the default file. A server whose password is
    remembered gets it from the keyring; otherwise `needs_password` is set."""
    if cli_db:
        return Choice(cli_db)
    params = load_params()
    if params is None:
        from app.paths import default_database

        return Choice(default_database())
    if not params.is_postgres:
        return Choice(params.sqlite_path(), params, from_setting=True)
    if params.remember_password:
        params.password = stored_password(params) or ""
    return Choice(params.target(), params, needs_password=not params.password, from_setting=True)


# -- testing a connection -------------------------------------------------------------------------------------

def test_connection(params: ConnectionParams) -> tuple[bool, str]:
    """Try the database; (True, what was found) or (False, why not and what to do)."""
    if not params.is_postgres:
        return _test_sqlite(params.sqlite_path())
    import psycopg2

    try:
        connection = psycopg2.connect(host=params.host, port=int(params.port), dbname=params.database,
                                      user=params.user, password=params.password or None,
                                      connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg2.Error as exc:
        return False, explain_postgres_error(exc, params)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0].split()[0]
            cursor.execute("SELECT to_regclass('schema_version') IS NOT NULL")
            has_schema = cursor.fetchone()[0]
            schema = users = None
            if has_schema:
                cursor.execute("SELECT max(version) FROM schema_version")
                schema = cursor.fetchone()[0]
                cursor.execute("SELECT to_regclass('\"user\"') IS NOT NULL")
                users = 0
                if cursor.fetchone()[0]:
                    cursor.execute('SELECT count(*) FROM "user"')
                    users = cursor.fetchone()[0]
    except psycopg2.Error as exc:
        return False, f"Connected, but the server answered: {_first_line(exc)}"
    finally:
        connection.close()
    where = f"{params.host}:{params.port}"
    if schema is None:
        return True, (f"Connected to PostgreSQL {version} at {where}; the database is empty: SalesDesk creates its "
                      "tables when it first opens it.")
    if users:
        return True, (f"Connected to PostgreSQL {version} at {where}; it holds a SalesDesk database (schema "
                      f"version {schema}, {users} users).")
    return True, (f"Connected to PostgreSQL {version} at {where}; it holds an empty SalesDesk database (schema "
                  f"version {schema}).")


def account_count(params: ConnectionParams) -> int | None:
    """How many user accounts the database holds: 0 when it is empty or does not exist yet (a new
    file), None when it cannot be opened. Opening a database without accounts starts a new,
    empty SalesDesk (its first administrator is created), so the Database dialog asks first."""
    if not params.is_postgres:
        import sqlite3

        file = Path(params.sqlite_path())
        if not file.exists():
            return 0
        try:
            connection = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'user'").fetchone():
                    return 0
                return int(connection.execute('SELECT count(*) FROM "user"').fetchone()[0])
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            return None
    import psycopg2

    try:
        connection = psycopg2.connect(host=params.host, port=int(params.port), dbname=params.database,
                                      user=params.user, password=params.password or None,
                                      connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg2.Error:
        return None
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass('\"user\"') IS NOT NULL")
            if not cursor.fetchone()[0]:
                return 0
            cursor.execute('SELECT count(*) FROM "user"')
            return int(cursor.fetchone()[0])
    except psycopg2.Error:
        return None
    finally:
        connection.close()


def explain_postgres_error(exc: Exception, params: ConnectionParams) -> str:
    """A message a user can act on for a failed connection."""
    text = str(exc)
    lower = text.lower()
    where = f"{params.host}:{params.port}"
    if "timeout expired" in lower or "timed out" in lower:
        return (f"No answer from {where} within {CONNECT_TIMEOUT_S} seconds: check the host name, the network "
                "and the firewall.")
    if "connection refused" in lower:
        return (f"The server {where} refused the connection: is PostgreSQL running there, listening on port "
                f"{params.port} and on the network (listen_addresses)?")
    if "could not translate host name" in lower or "name or service not known" in lower:
        return f"Unknown host name {params.host!r}: check its spelling or use the server's IP address."
    if "password authentication failed" in lower or "no password supplied" in lower or "28p01" in lower:
        return f"The server refused user {params.user!r}: wrong user name or password."
    if "does not exist" in lower and "database" in lower:
        return (f"The server has no database {params.database!r}: create it first (CREATE DATABASE, see the "
                "README's section on a shared database).")
    if "role" in lower and "does not exist" in lower:
        return f"The server has no user (role) {params.user!r}: create it first (CREATE ROLE ... LOGIN PASSWORD)."
    if "pg_hba.conf" in lower:
        return (f"The server {where} does not let user {params.user!r} connect from this computer: add a line "
                "for it to pg_hba.conf on the server.")
    return f"Cannot connect to {where}: {_first_line(exc)}"


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _test_sqlite(path: str) -> tuple[bool, str]:
    import sqlite3

    reason = network_location(path)
    if reason is not None:
        return False, (f"{path} is on a network share ({reason}). A SQLite database there can be damaged when "
                       "several computers write to it: use a PostgreSQL server to share one database.")
    file = Path(path)
    if not file.exists():
        folder = file.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK):
            return False, f"The folder {file.parent} cannot be written: choose another place for the file."
        return True, f"{path} does not exist yet: SalesDesk creates it when it first opens it."
    try:
        connection = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            users = 0
            if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'user'").fetchone():
                users = connection.execute('SELECT count(*) FROM "user"').fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return False, f"{path} is not a SalesDesk database: {exc}"
    if version == 0:
        return True, f"{path} is an empty database."
    return True, f"{path}: a SalesDesk database (schema version {version}, {users} users)."
test_connection.__test__ = False  # a service, not a pytest test, when a test module imports it
