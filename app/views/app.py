"""Start the GUI: open the database, log in, show the main window.

Start-up time matters (the target is a painted main window within 400 ms of process start), so
the order is deliberate: the database is opened and, when the user name and password are given,
the Argon2 check starts on a background thread *before* PySide6 is imported. argon2-cffi releases
the GIL while hashing, so the check runs on a second core while QtWidgets loads. Nothing here
imports matplotlib, openpyxl or numpy; screens are built when first opened.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time

from peewee import DatabaseError as PeeweeDatabaseError

from app.models.connection import DatabaseLocationError, close_database, describe, open_database
from app.models.migrations import MigrationError, SchemaTooNewError
from app.models.user import User
from app.services import auth, users
from app.services.errors import ServiceError

APP_NAME = "SalesDesk"
# Modules that must stay off the start-up path; SALESDESK_REPORT_MODULES=1 prints which are loaded.
HEAVY_MODULES = ("matplotlib", "openpyxl", "numpy")
COLLECT_AGAIN_LATEST_MS = 2000


class BackgroundLogin(threading.Thread):
    """Check a user name and password off the main thread.

    When done, `user` is set, or `error` (wrong password, throttled...), or `crash` (anything
    unexpected, re-raised by the main thread after `join()`).
    """

    def __init__(self, username: str, password: str):
        super().__init__(name="salesdesk-login", daemon=True)
        self.username = username
        self.password = password
        self.user: User | None = None
        self.error: ServiceError | None = None
        self.crash: Exception | None = None

    def run(self) -> None:
        try:
            self.user = auth.authenticate(self.username, self.password)
        except ServiceError as exc:
            self.error = exc
        except Exception as exc:
            self.crash = exc
        finally:
            # peewee connections are per thread: this one is this thread's to close.
            close_database()


class SwitchDatabase(Exception):
    """The user chose another database in the login window: close this one and open `target`."""

    def __init__(self, target: str):
        super().__init__(target)
        self.target = target


def run_gui(target: str, *, username: str | None, demo: bool, exit_after_ready: bool,
            password: str | None, started: float, choice=None) -> int:
    """Run the application until the user quits; return the process exit code.

    `choice` (services.connection_settings.Choice): when it is a server whose password is not
    remembered, the password is asked first. A database that cannot be opened is explained, with a
    way to the Database dialog; so is one the user switches to from the login window."""
    while True:
        if choice is not None and choice.needs_password:
            target = _ask_server_password(choice.params)
            if target is None:
                return 1
            choice = None
        try:
            open_database(target)
        except (SchemaTooNewError, DatabaseLocationError, MigrationError, OSError, PeeweeDatabaseError) as exc:
            # PeeweeDatabaseError: an unreadable, locked or non-database file, or a server that refused.
            close_database()
            chosen = _refuse_database(target, exc, interactive=not exit_after_ready)
            if chosen is None:
                return 1
            target = chosen
            continue
        try:
            return _run(target, username=username, demo=demo, exit_after_ready=exit_after_ready,
                        password=password, started=started)
        except SwitchDatabase as switch:
            target, password = switch.target, None
        finally:
            close_database()


def _run(target: str, *, username: str | None, demo: bool, exit_after_ready: bool,
         password: str | None, started: float) -> int:
    empty = not users.has_users()
    if empty and demo:
        from app.services.demo import DEMO_CUSTOMERS, create_demo

        collect_again()  # seconds of work that makes and drops many objects
        create_demo(customers=DEMO_CUSTOMERS)
        empty = False
    login = None
    if username and password and not empty:
        # Imported here, not in the thread: an import holds the GIL and, run in the thread while
        # this one imports Qt, took five times as long (12 ms alone, 60 ms contended).
        import argon2  # noqa: F401

        login = BackgroundLogin(username, password)
        login.start()

    application = _make_application()
    # Needed in every case, and imported before waiting for the login thread: the import (with
    # PySide's type set-up, ~25 ms) then overlaps the password check instead of following it.
    from app.views.context import AppContext
    from app.views.main_window import MainWindow

    if empty:
        user = _first_run(target)
    elif login is not None:
        login.join()
        if login.crash is not None:
            raise login.crash
        if login.error is not None:
            print(f"salesdesk: {login.error}", file=sys.stderr)
            return 1
        user = login.user
    else:
        user = _ask_login(username or "", target)

    label = describe(target)
    while user is not None:
        window = _show_main_window(MainWindow(AppContext(user=user, database_label=label)),
                                   exit_after_ready, started)
        application.exec()
        if exit_after_ready or not window.logged_out:
            break
        user = _ask_login(user.username, target)
    return 0


def _make_application():
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.paths import resources_dir
    from app.views.i18n import apply_cjk_font, chosen_language, install_translator
    from app.views.theme import follow_system_theme

    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setApplicationName(APP_NAME)
    application.setOrganizationName(APP_NAME)
    application.setDesktopFileName("salesdesk")  # the icon of packaging/salesdesk.desktop on Wayland
    application.setWindowIcon(QIcon(str(resources_dir() / "icons" / "salesdesk.png")))  # read when first shown
    install_translator(application, chosen_language())  # the language saved on this computer, else zh_CN
    apply_cjk_font(application)
    follow_system_theme(application)  # dark or light as the system is, and again when it changes
    return application


def collect_again() -> None:
    """Turn garbage collection back on when app.cli turned it off for the start-up: the objects
    made so far (modules, classes, the window) live on, so they are frozen out of later collections
    first. Called once the main window has painted or before a dialog waits for the user."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _first_run(target: str) -> User | None:
    """The first administrator made on an empty database; raises SwitchDatabase when the user chose
    another database instead."""
    from app.views.first_run_dialog import FirstRunDialog

    collect_again()
    dialog = FirstRunDialog(database_target=target)
    accepted = dialog.exec()
    if dialog.switch_target is not None:
        raise SwitchDatabase(dialog.switch_target)
    return dialog.user if accepted else None


def _ask_login(username: str, target: str) -> User | None:
    """The login dialog's user; raises SwitchDatabase when the user chose another database there."""
    from app.views.login_dialog import LoginDialog

    collect_again()
    dialog = LoginDialog(username, database_target=target)
    accepted = dialog.exec()
    if dialog.switch_target is not None:
        raise SwitchDatabase(dialog.switch_target)
    return dialog.user if accepted else None


def _ask_server_password(params) -> str | None:
    """Ask for the password of a server whose password is not remembered; the target, or None."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    application = _make_application()
    collect_again()
    text, ok = QInputDialog.getText(
        None, application.translate("App", "SalesDesk - PostgreSQL password"),
        application.translate("App", "Password of {user} for the database {database} on {host}:").format(
            user=params.user, database=params.database, host=f"{params.host}:{params.port}"),
        QLineEdit.EchoMode.Password)
    if not ok:
        return None
    params.password = text
    return params.target()


def _show_main_window(window, exit_after_ready: bool, started: float):
    from PySide6.QtCore import QTimer

    if exit_after_ready:
        window.first_painted.connect(lambda: _exit_when_ready(started))
    window.first_painted.connect(collect_again)
    QTimer.singleShot(COLLECT_AGAIN_LATEST_MS, collect_again)  # should the first paint never come
    window.show()
    return window


def _refuse_database(target: str, exc: Exception, *, interactive: bool) -> str | None:
    """Say why `target` cannot be opened; interactively, offer the Database dialog: its new target, or None."""
    from app.models.connection import is_postgres_url

    reason = str(exc)
    if is_postgres_url(target) and isinstance(exc, PeeweeDatabaseError):
        from app.services.connection_settings import explain_postgres_error, params_from_target

        reason = explain_postgres_error(exc, params_from_target(target))
    print(f"salesdesk: {describe(target)}: {reason}", file=sys.stderr)
    if not interactive:
        return None
    from PySide6.QtWidgets import QMessageBox

    from app.views.service_text import translate_service_message

    application = _make_application()
    collect_again()
    box = QMessageBox(QMessageBox.Icon.Critical, application.translate("App", "SalesDesk cannot open the database"),
                      f"{describe(target)}\n\n{translate_service_message(reason)}")
    choose = box.addButton(application.translate("App", "&Database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    from app.views.dialogs.database_dialog import open_database_dialog

    return open_database_dialog(None, target, reopens=True)


def _exit_when_ready(started: float) -> None:
    """--exit-after-ready: report the time from process start to the first paint, then quit."""
    from PySide6.QtWidgets import QApplication

    print(f"ready in {int((time.perf_counter() - started) * 1000)} ms", flush=True)
    if os.environ.get("SALESDESK_REPORT_MODULES") == "1":
        loaded = [name for name in HEAVY_MODULES if name in sys.modules]
        print(f"heavy modules: {', '.join(loaded) or 'none'}", flush=True)
    QApplication.exit(0)
