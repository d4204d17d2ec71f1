"""Fixtures for the GUI tests: an offscreen Qt platform, a demo database and a logged-in window.

`demo_db` is a migrated SQLite file with the demo accounts (password "demo"; fast hashing from tests/conftest.py) and
`db` bound to it; `login_as("sales1")` returns the MainWindow as that user, shown through qtbot.
"""

from __future__ import annotations

import os

# Before any Qt import: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English source strings, so tests read the texts the code writes.
os.environ.setdefault("SALESDESK_LANG", "en")

from collections.abc import Callable
from pathlib import Path

import pytest

from app.models.base import db
from app.models.connection import close_database, describe, open_database
from app.services import auth
from app.services.demo import DEMO_PASSWORD, create_demo

# Fast hashing: tests/conftest.py (loaded before this file) already called
# auth.use_fast_hashing_for_tests(), which may run only once per process.


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """Each test its own per-computer settings file (language, window layout, column widths)."""
    monkeypatch.setenv("SALESDESK_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture
def empty_db(tmp_path) -> Path:
    """A migrated SQLite file with no users; `db` bound to it, closed afterwards."""
    path = tmp_path / "salesdesk.sqlite3"
    open_database(str(path))
    yield path
    close_database()
    db.initialize(None)


@pytest.fixture
def demo_db(empty_db) -> Path:
    """A migrated SQLite file with the demo accounts and settings; `db` bound to it."""
    create_demo()
    return empty_db


@pytest.fixture
def login_as(demo_db, qtbot) -> Callable[..., object]:
    """`login_as(username, password="demo")` -> the MainWindow for that user, shown and active."""
    from app.views.context import AppContext
    from app.views.main_window import MainWindow

    def login(username: str, password: str = DEMO_PASSWORD) -> MainWindow:
        user = auth.authenticate(username, password)
        window = MainWindow(AppContext(user=user, database_label=describe(str(demo_db))))
        qtbot.addWidget(window)
        # pytest-qt's waitExposed/waitActive are context managers: they wait on leaving the block.
        with qtbot.waitExposed(window):
            window.show()
        # Active like a real window, so window shortcuts (Ctrl+1..9, Ctrl+Q) reach it.
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return login


# The offscreen platform plugin warns each time a top-level window's layout sets its size limits,
# a window is raised or a popup (a completer's list) grabs the keyboard; that says nothing about
# the application, so it must not fail the tests (qt_log_level_fail).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
