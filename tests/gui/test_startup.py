"""The real start-up path in a child process: `python -m app ... gui --user admin --exit-after-ready`.

It must reach a painted main window, report the time, and leave matplotlib, openpyxl and numpy
unimported (they cost hundreds of milliseconds and belong to reports, not to start-up).
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

HEAVY = ("matplotlib", "openpyxl", "numpy")
ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, password: str | None = "demo", importtime: bool = False):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SALESDESK_REPORT_MODULES="1")
    env.pop("SALESDESK_PASSWORD", None)
    if password is not None:
        env["SALESDESK_PASSWORD"] = password
    command = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "app", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def imported_top_level_modules(importtime_log: str) -> set[str]:
    # Lines look like "import time:       123 |        456 |   package.module".
    names = set()
    for line in importtime_log.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def test_the_main_window_paints_and_reports_the_time_without_heavy_imports(demo_db):
    result = run_app("--db", str(demo_db), "gui", "--user", "admin", "--exit-after-ready",
                     importtime=True)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"ready in \d+ ms", lines[0]), result.stdout
    assert lines[1] == "heavy modules: none"
    loaded = imported_top_level_modules(result.stderr)
    assert "PySide6" in loaded  # the log was read correctly
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_a_wrong_password_on_the_command_line_exits_with_1(demo_db):
    result = run_app("--db", str(demo_db), "gui", "--user", "admin", "--exit-after-ready",
                     password="wrong")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Wrong user name or password." in result.stderr


def test_demo_creates_the_demo_data_on_a_new_database_and_logs_in(tmp_path):
    target = tmp_path / "new.sqlite3"
    result = run_app("--db", str(target), "gui", "--demo", "--user", "sales1", "--exit-after-ready")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("ready in ")


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    target = tmp_path / "future.sqlite3"
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA user_version = 999")
    result = run_app("--db", str(target), "gui", "--user", "admin", "--exit-after-ready")
    assert result.returncode == 1
    assert str(target) in result.stderr


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    target = tmp_path / "notes.sqlite3"
    target.write_bytes(b"these are not the tables you are looking for" * 100)
    result = run_app("--db", str(target), "gui", "--user", "admin", "--exit-after-ready")
    assert result.returncode == 1
    assert str(target) in result.stderr


def test_english_is_the_source_language_and_zh_cn_loads_its_file(qapp):
    from app.views.i18n import install_translator, translation_file

    try:
        assert install_translator(qapp, "en") is False
        assert install_translator(qapp, "zh_CN") is translation_file("zh_CN").exists()
    finally:
        install_translator(qapp, "en")
