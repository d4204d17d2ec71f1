"""The Database dialog as a user drives it: fields, Test connection (a port where nothing listens is
refused; the test server answers), saving the choice without the password, Move data here into a
new file and into a database that is not empty, and Database… in the login window."""

from __future__ import annotations

import re
import socket
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services import connection_settings as cs
from app.views.dialogs import database_dialog
from app.views.dialogs.database_dialog import DatabaseDialog
from app.views.login_dialog import LoginDialog
from tests.conftest import PG_URL, reset_postgres


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


def open_dialog(qtbot, current: str) -> DatabaseDialog:
    dialog = DatabaseDialog(current, reopens=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_server(qtbot, dialog: DatabaseDialog, params: cs.ConnectionParams) -> None:
    qtbot.mouseClick(dialog.postgres_radio, Qt.MouseButton.LeftButton)
    assert dialog.server_box.isEnabled() and not dialog.sqlite_box.isEnabled()
    for edit, text in ((dialog.host_edit, params.host), (dialog.database_edit, params.database),
                       (dialog.user_edit, params.user), (dialog.password_edit, params.password)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port_spin.selectAll()
    qtbot.keyClicks(dialog.port_spin, str(params.port))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_port_where_nothing_listens_gives_the_refused_message(qtbot, demo_db):
    dialog = open_dialog(qtbot, str(demo_db))
    port = free_port()
    fill_server(qtbot, dialog, cs.ConnectionParams(kind="postgresql", host="127.0.0.1", port=port,
                                                   database="sales", user="desk", password="secret"))
    assert dialog.port_spin.value() == port
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.isVisible()
    assert f"127.0.0.1:{port} refused the connection" in dialog.result_label.text()


def test_use_this_database_saves_the_choice_without_the_password(qtbot, demo_db, config_dir):
    dialog = open_dialog(qtbot, str(demo_db))
    fill_server(qtbot, dialog, cs.ConnectionParams(kind="postgresql", host="db.example.com", port=5433,
                                                   database="sales", user="desk", password="s3cret!"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.target == "postgresql://desk:s3cret%21@db.example.com:5433/sales"
    saved = cs.load_params()
    assert (saved.kind, saved.host, saved.port, saved.database, saved.user) == (
        "postgresql", "db.example.com", 5433, "sales", "desk")
    assert "s3cret" not in (config_dir / cs.CONFIG_FILE).read_text(encoding="utf-8")


def test_a_missing_database_name_is_asked_for(qtbot, demo_db):
    dialog = open_dialog(qtbot, str(demo_db))
    fill_server(qtbot, dialog, cs.ConnectionParams(kind="postgresql", host="h", port=5432, database="",
                                                   user="desk"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_label.text() == "Fill in the database name."


def move_here(qtbot, dialog: DatabaseDialog, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)


def test_move_data_into_a_new_file_copies_every_row(qtbot, demo_db, tmp_path, monkeypatch):
    destination = tmp_path / "moved" / "copy.sqlite3"
    # this computer's setting names a server whose password is not remembered: the move's child
    # process must not stop to ask for it (its targets come on standard input)
    cs.save_params(cs.ConnectionParams(kind="postgresql", host="db.example.com", database="sales", user="desk"))
    dialog = open_dialog(qtbot, str(demo_db))
    qtbot.mouseClick(dialog.sqlite_radio, Qt.MouseButton.LeftButton)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(destination))
    move_here(qtbot, dialog, monkeypatch)
    assert "row counts and money totals are equal" in dialog.result_label.text(), dialog.result_label.text()
    assert "every count and money total equal" in dialog.move_report.detailedText()
    # the box's own text is the dialog's sentence (translated), with the report's figures
    summary = re.fullmatch(r"(\d+) tables, ([\d,]+) rows copied in [\d.]+ s; row counts and money totals are equal "
                           r"in both databases\.", dialog.move_report.text())
    assert summary is not None, dialog.move_report.text()
    last = dialog.move_report.detailedText().splitlines()[-1]
    assert last.startswith(f"{summary[1]} tables, {summary[2]} rows, every count")
    with sqlite3.connect(demo_db) as source, sqlite3.connect(destination) as copy:
        for table in ("user", "team", "setting", "audit_log"):
            query = f'SELECT * FROM "{table}" ORDER BY 1'
            assert copy.execute(query).fetchall() == source.execute(query).fetchall()
        assert copy.execute('SELECT count(*) FROM "user"').fetchone()[0] == 13
    dialog.move_report.close()


def test_moving_into_a_database_with_data_is_refused_with_the_reason(qtbot, demo_db, tmp_path, monkeypatch):
    used = tmp_path / "used.sqlite3"
    with sqlite3.connect(demo_db) as source, sqlite3.connect(used) as copy:
        source.backup(copy)  # a second database that already holds the demo accounts
    dialog = open_dialog(qtbot, str(demo_db))
    qtbot.mouseClick(dialog.sqlite_radio, Qt.MouseButton.LeftButton)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(used))
    move_here(qtbot, dialog, monkeypatch)
    assert "already holds data" in dialog.result_label.text()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SALESDESK_TEST_PG is not set")
def test_the_test_server_answers_and_takes_the_moved_data(qtbot, demo_db, monkeypatch):
    reset_postgres(PG_URL)
    dialog = open_dialog(qtbot, str(demo_db))
    fill_server(qtbot, dialog, cs.params_from_target(PG_URL))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text().startswith("Connected to PostgreSQL"), dialog.result_label.text()
    assert "the database is empty" in dialog.result_label.text()
    move_here(qtbot, dialog, monkeypatch)
    assert "row counts and money totals are equal" in dialog.result_label.text(), dialog.result_label.text()
    dialog.move_report.close()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "it holds a SalesDesk database" in dialog.result_label.text() and "13 users" in dialog.result_label.text()


def test_database_in_the_login_window_switches_to_the_chosen_database(qtbot, demo_db, tmp_path, monkeypatch):
    chosen = str(tmp_path / "elsewhere.sqlite3")
    asked = []

    def choose(parent, current, *, reopens):
        asked.append((current, reopens))
        return chosen

    monkeypatch.setattr(database_dialog, "open_database_dialog", choose)
    dialog = LoginDialog("manager", database_target=str(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(demo_db) in dialog.database_label.text()
    qtbot.mouseClick(dialog.database_button, Qt.MouseButton.LeftButton)
    assert asked == [(str(demo_db), True)]
    assert dialog.switch_target == chosen
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_first_run_window_can_open_another_database_instead(qtbot, tmp_path, monkeypatch):
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.services.demo import create_demo
    from app.views import app as gui_app
    from app.views.first_run_dialog import FirstRunDialog

    empty, filled = tmp_path / "empty.sqlite3", tmp_path / "filled.sqlite3"
    open_database(str(filled))
    create_demo()
    close_database()
    db.initialize(None)
    monkeypatch.setattr(database_dialog, "open_database_dialog", lambda parent, current, *, reopens: str(filled))
    logins = []

    def first_run_dialog_exec(dialog):
        assert dialog.database_target == str(empty) and not dialog.database_button.isHidden()
        qtbot.mouseClick(dialog.database_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", first_run_dialog_exec)
    monkeypatch.setattr(gui_app, "_ask_login", lambda username, target: logins.append(target))
    code = gui_app.run_gui(str(empty), username=None, demo=False, exit_after_ready=False, password=None, started=0.0)
    assert code == 0 and logins == [str(filled)]  # the empty file's first run gave way to the chosen database
    db.initialize(None)
    plain = FirstRunDialog()  # no database named (a test, a script): no button
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.database_button.isVisible()


def test_without_a_database_target_the_login_window_has_no_database_button(qtbot, demo_db):
    dialog = LoginDialog("manager")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.database_button.isVisible()


def test_the_application_reopens_the_database_chosen_at_login(qtbot, tmp_path, monkeypatch):
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.services.demo import create_demo
    from app.views import app as gui_app

    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    for path in (first, second):
        open_database(str(path))
        create_demo()
        close_database()
    db.initialize(None)
    seen = []

    def ask_login(username, target):
        seen.append((target, db.obj.database))
        if len(seen) == 1:
            raise gui_app.SwitchDatabase(str(second))
        return None  # the user cancels the second login

    monkeypatch.setattr(gui_app, "_ask_login", ask_login)
    code = gui_app.run_gui(str(first), username=None, demo=False, exit_after_ready=False, password=None, started=0.0)
    assert code == 0
    assert seen == [(str(first), str(first)), (str(second), str(second))]
    db.initialize(None)


def test_a_server_that_refuses_is_explained_and_the_database_dialog_offered(qtbot, tmp_path, monkeypatch, capsys):
    from app.models.base import db
    from app.views import app as gui_app

    port = free_port()
    replacement = str(tmp_path / "chosen.sqlite3")
    shown = []

    def exec_box(box):
        shown.append(box.text())
        choose = next(b for b in box.buttons() if "Database" in b.text())
        choose.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(database_dialog, "open_database_dialog", lambda parent, current, reopens: replacement)
    monkeypatch.setattr(gui_app, "_first_run", lambda target: None)  # the chosen file is new: its first run
    code = gui_app.run_gui(f"postgresql://desk@127.0.0.1:{port}/sales", username=None, demo=False,
                           exit_after_ready=False, password=None, started=0.0)
    assert code == 0
    assert "refused the connection" in shown[0]
    assert "refused the connection" in capsys.readouterr().err
    assert db.obj.database == replacement
    db.initialize(None)


def test_a_move_from_a_server_named_without_its_password_uses_the_open_connections(qtbot, demo_db):
    from app.models.base import db
    from app.models.connection import make_database

    dialog = open_dialog(qtbot, "postgresql://desk@db.example.com:5433/sales")  # as File > Database names it
    previous = db.obj
    db.initialize(make_database("postgresql://desk:s3cret@db.example.com:5433/sales"))
    try:
        assert dialog._source_target() == "postgresql://desk:s3cret@db.example.com:5433/sales"
        db.initialize(make_database("postgresql://other:pw@db.example.com:5433/sales"))
        assert dialog._source_target() == "postgresql://desk@db.example.com:5433/sales"  # not that one's
    finally:
        db.initialize(previous)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="SALESDESK_TEST_PG is not set")
def test_a_server_password_that_is_not_remembered_is_asked_at_start(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.models.base import db
    from app.views import app as gui_app

    reset_postgres(PG_URL)
    params = cs.params_from_target(PG_URL)
    params.password = ""
    choice = cs.Choice(params.target(), params, needs_password=True, from_setting=True)
    prompts, opened = [], []
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, label, echo: (prompts.append(label)
                                                                                     or ("typed-pw", True)))

    def first_run(target):
        opened.append(db.obj.connect_params.get("password"))
        return None

    monkeypatch.setattr(gui_app, "_first_run", first_run)
    code = gui_app.run_gui(choice.target, username=None, demo=False, exit_after_ready=False, password=None,
                           started=0.0, choice=choice)
    assert code == 0
    assert prompts == [f"Password of {params.user} for the database {params.database} on "
                       f"{params.host}:{params.port}:"]
    assert opened == ["typed-pw"]
    db.initialize(None)


def test_cancelling_a_move_stops_the_copy_and_leaves_no_new_file(demo_db, tmp_path):
    from app.services.progress import Cancelled

    destination = tmp_path / "cancelled.sqlite3"
    reports = []

    def cancel_at_first_report(done, total):
        reports.append((done, total))
        raise Cancelled()

    with pytest.raises(Cancelled):
        database_dialog.run_move(str(demo_db), str(destination), cancel_at_first_report)
    assert len(reports) == 1
    assert not destination.exists()
    assert not list(tmp_path.glob("cancelled.sqlite3*"))


def test_choosing_an_empty_database_asks_first_and_points_to_move_data(qtbot, demo_db, tmp_path, monkeypatch,
                                                                        config_dir):
    """Opening a database without accounts starts a new, empty SalesDesk (first administrator) and
    stays this computer's choice: with data open now, Use this database asks, No keeps everything
    as it was and points at Move data here; a database with accounts is used without a question."""
    new_file = tmp_path / "new" / "empty.sqlite3"
    dialog = open_dialog(qtbot, str(demo_db))
    qtbot.mouseClick(dialog.sqlite_radio, Qt.MouseButton.LeftButton)
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(new_file))
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    answer(QMessageBox.StandardButton.No)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "holds no SalesDesk data yet" in asked[0] and "Move data here" in asked[0]
    assert str(demo_db) in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.target is None
    assert not (config_dir / cs.CONFIG_FILE).exists()  # nothing saved
    assert "Move data here" in dialog.result_label.text() and dialog.move_button.hasFocus()

    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.target == str(new_file) and cs.load_params().path == str(new_file)

    other = tmp_path / "copy.sqlite3"  # a database with accounts: no question
    sqlite3.connect(demo_db).backup(target := sqlite3.connect(other))
    target.close()
    dialog = open_dialog(qtbot, str(demo_db))
    qtbot.mouseClick(dialog.sqlite_radio, Qt.MouseButton.LeftButton)
    dialog.path_edit.setText(str(other))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and dialog.result() == QDialog.DialogCode.Accepted
