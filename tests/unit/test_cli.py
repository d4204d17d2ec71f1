"""The command line: demo, check and backup on real files, in a separate process like a user runs them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def salesdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = salesdesk("--db", str(path), "demo", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "13 users in 2 teams" in result.stdout
    return path


def test_demo_accounts_exist_with_password_demo(demo_file):
    con = sqlite3.connect(demo_file)
    rows = dict(con.execute("SELECT username, role FROM user").fetchall())
    con.close()
    assert set(rows) == {"admin", "manager", "sup1", "sup2", "desk1"} | {f"sales{i}" for i in range(1, 9)}
    assert rows["desk1"] == "frontdesk" and rows["sup2"] == "supervisor"
    from app.models.connection import close_database, open_database
    from app.services.auth import authenticate

    open_database(str(demo_file))
    try:
        assert authenticate("sales8", "demo").team.name == "华南销售组"
    finally:
        close_database()


def test_demo_refuses_a_database_with_users(demo_file):
    result = salesdesk("--db", str(demo_file), "demo")
    assert result.returncode == 1 and "already has users" in result.stderr


def test_check_passes_then_finds_a_broken_foreign_key(demo_file, tmp_path):
    assert salesdesk("--db", str(demo_file), "check").returncode == 0
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(broken)  # foreign keys are off in a plain connection
    con.execute("UPDATE user SET team_id = 999 WHERE username = 'sales1'")
    con.commit()
    con.close()
    result = salesdesk("--db", str(broken), "check")
    assert result.returncode == 1
    assert "user row" in result.stdout and "team" in result.stdout


def test_backup_writes_a_checked_copy(demo_file, tmp_path):
    out = tmp_path / "copy.sqlite3"
    result = salesdesk("--db", str(demo_file), "backup", str(out))
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM user").fetchone()[0] == 13
    con.close()
    again = salesdesk("--db", str(demo_file), "backup", str(out))
    assert again.returncode == 1 and "exists" in again.stderr


def test_a_newer_database_is_refused_with_exit_1(tmp_path):
    from app.models.migrations import SCHEMA_VERSION

    path = tmp_path / "future.sqlite3"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    result = salesdesk("--db", str(path), "check")
    assert result.returncode == 1 and "newer SalesDesk" in result.stderr
