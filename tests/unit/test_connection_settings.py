"""The per-computer database setting: round trip, no password on disk, URLs, choosing the database,
connection test messages, and the refusal of a SQLite file on a network share."""

from __future__ import annotations

import json
import socket
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.models import connection
from app.models.connection import DatabaseLocationError, make_database
from app.services import connection_settings as cs
from tests.conftest import PG_URL

SECRET = "p@ss:w/rd 密码%"


class MemoryKeyring(KeyringBackend):
    """A keyring that works, held in memory."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def server(**fields) -> cs.ConnectionParams:
    values = {"kind": "postgresql", "host": "db.example.com", "port": 5433, "database": "sales",
              "user": "desk", "remember_password": True, "password": SECRET}
    return cs.ConnectionParams(**{**values, **fields})


def test_round_trip_keeps_the_password_in_the_keyring_only(config_dir, memory_keyring):
    params = server()
    assert cs.save_params(params) == ""
    text = (config_dir / cs.CONFIG_FILE).read_text(encoding="utf-8")
    assert SECRET not in text and "password\":" not in text.replace("remember_password", "")
    assert json.loads(text)["host"] == "db.example.com"
    loaded = cs.load_params()
    assert loaded == params and loaded.password == ""
    assert memory_keyring.store == {(cs.KEYRING_SERVICE, "desk@db.example.com:5433/sales"): SECRET}
    choice = cs.choose_target(None)
    assert not choice.needs_password and choice.from_setting
    assert make_database(choice.target).connect_params["password"] == SECRET


def test_not_remembering_forgets_the_stored_password(config_dir, memory_keyring):
    cs.save_params(server())
    cs.save_params(server(remember_password=False))
    assert memory_keyring.store == {}
    choice = cs.choose_target(None)
    assert choice.needs_password and choice.params.host == "db.example.com"
    assert SECRET not in (config_dir / cs.CONFIG_FILE).read_text(encoding="utf-8")


def test_without_a_keyring_the_password_is_asked_and_never_written(config_dir, no_keyring):
    warning = cs.save_params(server())
    assert "ask for it at each start" in warning
    assert not cs.keyring_available()
    assert SECRET not in (config_dir / cs.CONFIG_FILE).read_text(encoding="utf-8")
    assert list(config_dir.iterdir()) == [config_dir / cs.CONFIG_FILE]
    assert cs.choose_target(None).needs_password


def test_command_line_wins_then_the_setting_then_the_default_file(config_dir, tmp_path, monkeypatch):
    monkeypatch.setattr("app.paths.default_database", lambda: str(tmp_path / "default.sqlite3"))
    assert cs.choose_target(None).target == str(tmp_path / "default.sqlite3")
    cs.save_params(cs.ConnectionParams(kind="sqlite", path=str(tmp_path / "chosen.sqlite3")))
    assert cs.choose_target(None).target == str(tmp_path / "chosen.sqlite3")
    assert cs.choose_target("postgresql://u@h/d").target == "postgresql://u@h/d"
    cs.clear_params()
    assert cs.choose_target(None).target == str(tmp_path / "default.sqlite3")


def test_a_damaged_setting_falls_back_to_the_default(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / cs.CONFIG_FILE).write_text("{not json", encoding="utf-8")
    assert cs.load_params() is None
    (config_dir / cs.CONFIG_FILE).write_text('{"kind": "oracle"}', encoding="utf-8")
    assert cs.load_params() is None


def test_url_building_escapes_user_password_and_database():
    params = server(user="销售 desk", database="sales/2026")
    url = params.url()
    assert url.startswith("postgresql://%E9%94%80%E5%94%AE%20desk:p%40ss%3Aw%2Frd%20")
    assert url.endswith("@db.example.com:5433/sales%2F2026")
    database = make_database(url)
    assert database.database == "sales/2026"
    assert database.connect_params == {"host": "db.example.com", "port": 5433, "user": "销售 desk",
                                       "password": SECRET}
    back = cs.params_from_target(url)
    assert (back.user, back.password, back.database, back.port) == ("销售 desk", SECRET, "sales/2026", 5433)
    assert SECRET not in params.url(with_password=False)
    assert cs.ConnectionParams(kind="postgresql", host="::1").url().startswith("postgresql://salesdesk@[::1]:5432/")


@pytest.mark.parametrize(("text", "expected"), [
    ('connection to server at "h" (1.2.3.4), port 5432 failed: timeout expired', "within 5 seconds"),
    ('FATAL:  password authentication failed for user "desk"', "wrong user name or password"),
    ('FATAL:  database "sales" does not exist', "no database 'sales'"),
    ('FATAL:  role "desk" does not exist', "no user (role) 'desk'"),
    ('could not translate host name "db.example.com" to address', "Unknown host name"),
    ('FATAL:  no pg_hba.conf entry for host "1.2.3.4"', "pg_hba.conf"),
])
def test_connection_errors_are_explained(text, expected):
    assert expected in cs.explain_postgres_error(Exception(text), server())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_port_where_nothing_listens_is_refused():
    ok, message = cs.test_connection(server(host="127.0.0.1", port=_free_port()))
    assert not ok
    assert "refused the connection" in message and "is PostgreSQL running" in message


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SALESDESK_TEST_PG is not set")
def test_a_real_server_answers_and_a_missing_database_is_named():
    params = cs.params_from_target(PG_URL)
    ok, message = cs.test_connection(params)
    assert ok, message
    assert message.startswith("Connected to PostgreSQL ")
    params.database = "salesdesk_no_such_db"
    ok, message = cs.test_connection(params)
    assert not ok and "no database 'salesdesk_no_such_db'" in message


def test_sqlite_targets_are_checked(tmp_path):
    ok, message = cs.test_connection(cs.ConnectionParams(path=str(tmp_path / "new.sqlite3")))
    assert ok and "does not exist yet" in message
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    ok, message = cs.test_connection(cs.ConnectionParams(path=str(junk)))
    assert not ok and "not a SalesDesk database" in message


MOUNTS = (
    "/dev/sda1 / ext4 rw,relatime 0 0\n"
    "server:/export /mnt/shared nfs4 rw,relatime 0 0\n"
    "/dev/sdb1 /mnt/shared/local ext4 rw 0 0\n"
    "//nas/office /media/office\\040files cifs rw 0 0\n"
    "me@host:/home /home/me/remote fuse.sshfs rw 0 0\n"
)


@pytest.fixture
def mounts(tmp_path, monkeypatch):
    table = tmp_path / "mounts"
    table.write_text(MOUNTS, encoding="utf-8")
    monkeypatch.setattr(connection, "MOUNTS_FILE", table)


@pytest.mark.parametrize(("path", "found"), [
    ("/mnt/shared/sales/salesdesk.sqlite3", "nfs4 mount /mnt/shared"),
    ("/mnt/shared/local/salesdesk.sqlite3", None),  # a local disk mounted inside the share
    ("/media/office files/salesdesk.sqlite3", "cifs mount /media/office files"),
    ("/home/me/remote/db.sqlite3", "fuse.sshfs mount /home/me/remote"),
    ("/home/me/remoteX/db.sqlite3", None),
    ("/srv/salesdesk.sqlite3", None),
])
def test_network_mounts_are_found_in_the_mount_table(mounts, path, found):
    assert connection._linux_network_mount(path) == found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the Linux mount table")
def test_a_sqlite_file_on_a_network_mount_is_refused_with_the_way_out(mounts, tmp_path):
    with pytest.raises(DatabaseLocationError) as refused:
        make_database("/mnt/shared/sales/salesdesk.sqlite3")
    assert "network share" in str(refused.value) and "PostgreSQL" in str(refused.value)
    ok, message = cs.test_connection(cs.ConnectionParams(path="/mnt/shared/sales/salesdesk.sqlite3"))
    assert not ok and "nfs4 mount /mnt/shared" in message and "PostgreSQL" in message
    make_database(str(tmp_path / "local.sqlite3"))  # a local file opens


@pytest.mark.parametrize("path", ["\\\\server\\share\\salesdesk.sqlite3", "//server/share/salesdesk.sqlite3"])
def test_unc_paths_are_refused(path):
    with pytest.raises(DatabaseLocationError, match="PostgreSQL"):
        make_database(path)


def test_a_mapped_network_drive_is_found_by_its_drive_type():
    asked = []

    def drive_type(root):
        asked.append(root)
        return 4 if root == "Z:\\" else 3  # DRIVE_REMOTE, DRIVE_FIXED

    assert connection._windows_network_drive("Z:\\sales\\salesdesk.sqlite3", drive_type) == "network drive Z:"
    assert connection._windows_network_drive("C:\\Users\\me\\salesdesk.sqlite3", drive_type) is None
    assert asked == ["Z:\\", "C:\\"]


def test_the_open_target_keeps_the_password_for_a_child_process(tmp_path):
    from app.models.base import db
    from app.models.connection import open_target

    url = server().url()
    db.initialize(make_database(url))
    try:
        assert open_target() == url
        assert make_database(open_target()).connect_params["password"] == SECRET
        db.initialize(make_database(str(tmp_path / "local.sqlite3")))
        assert open_target() == str(tmp_path / "local.sqlite3")
    finally:
        db.initialize(None)
    assert open_target() is None


def test_the_accounts_of_a_database_are_counted(tmp_path):
    """0 for a database that is empty or not there yet (opening it starts a new SalesDesk), the
    number of accounts otherwise, None when it cannot be opened."""
    import sqlite3

    assert cs.account_count(cs.ConnectionParams(path=str(tmp_path / "new.sqlite3"))) == 0
    used = tmp_path / "used.sqlite3"
    with sqlite3.connect(used) as connection:
        connection.execute('CREATE TABLE "user" (id INTEGER PRIMARY KEY, username TEXT)')
        connection.execute('CREATE TABLE other (id INTEGER PRIMARY KEY)')
    assert cs.account_count(cs.ConnectionParams(path=str(used))) == 0
    with sqlite3.connect(used) as connection:
        connection.executemany('INSERT INTO "user" (username) VALUES (?)', [("admin",), ("sales1",)])
    connection.close()
    assert cs.account_count(cs.ConnectionParams(path=str(used))) == 2
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    assert cs.account_count(cs.ConnectionParams(path=str(junk))) is None
    if PG_URL:
        params = cs.params_from_target(PG_URL)
        assert cs.account_count(params) in (0, *range(1, 100))
        params.database = "salesdesk_no_such_db"
        assert cs.account_count(params) is None
