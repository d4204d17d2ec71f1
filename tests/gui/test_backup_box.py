"""The Settings screen's Backups box and the backup actions (app/views/settings_parts/backup_box.py,
app/views/backup_actions.py): Back up now writes a checked file that the list shows; Restore… asks
for a file and a confirmation naming it, brings the old data back, keeps the replaced database and
logs out; the daily backup pass runs off the UI thread once a day."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models.audit import AuditLog
from app.services import auth, backups
from app.services.demo import DEMO_PASSWORD
from app.services.settings import get_settings, update_settings
from app.views import backup_actions
from app.views.background_passes import BackgroundPasses
from app.views.context import AppContext
from app.views.settings_parts.backup_box import BackupBox


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    """The per-computer backup folder setting goes to the test's folder, never the user's own."""
    monkeypatch.setenv("SALESDESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def admin(demo_db):
    return auth.authenticate("admin", DEMO_PASSWORD)


def make_box(qtbot, user, demo_db) -> BackupBox:
    box = BackupBox(AppContext(user=user, database_label=str(demo_db)))
    qtbot.addWidget(box)
    box.resize(720, 420)
    box.show()
    return box


class Answers:
    """Stands in for the file dialog and the message boxes; records what the user was shown."""

    def __init__(self, monkeypatch, file, answer=QMessageBox.StandardButton.Yes):
        self.questions: list[str] = []
        self.information: list[str] = []
        self.errors: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(file), "")))

        def question(_parent, _title, text, *_args):
            self.questions.append(text)
            return answer

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        monkeypatch.setattr(QMessageBox, "information",
                            staticmethod(lambda _parent, _title, text, *args: self.information.append(text)))
        monkeypatch.setattr(backup_actions, "show_error", lambda _parent, exc: self.errors.append(str(exc)))


def test_back_up_now_writes_a_checked_file_and_the_list_shows_it(qtbot, demo_db, admin):
    box = make_box(qtbot, admin, demo_db)
    assert box.folder == demo_db.parent / "backups" and box.folder_edit.text() == str(box.folder)
    assert box.list.topLevelItemCount() == 0 and box.last_label.text() == "No backup yet."
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    assert box.list.topLevelItemCount() == 1
    item = box.list.topLevelItem(0)
    made = box.folder / item.text(3)
    assert item.text(1) == "Manual" and made.name.startswith("salesdesk-") and made.name.endswith("-manual.sqlite3")
    assert box.last_label.text().startswith(f"Last backup: {dt.date.today():%Y-%m-%d}")
    copy = sqlite3.connect(made)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM user").fetchone()[0] == 13  # the demo accounts
    copy.close()


def test_choosing_a_folder_is_kept_for_this_computer(qtbot, demo_db, admin, tmp_path):
    box = make_box(qtbot, admin, demo_db)
    chosen = tmp_path / "usb" / "salesdesk"
    box.choose_folder_dialog = lambda: str(chosen)
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    assert box.folder_edit.text() == str(chosen) and chosen.is_dir()
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    assert [p.parent for p in chosen.iterdir()] == [chosen]
    again = make_box(qtbot, admin, demo_db)  # read back from this computer's settings file
    assert again.folder == chosen and again.list.topLevelItemCount() == 1
    assert (tmp_path / "config" / "backup.json").exists()


def test_restore_through_the_box_brings_the_old_data_back(qtbot, demo_db, admin, monkeypatch):
    box = make_box(qtbot, admin, demo_db)
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    backup = box.folder / box.list.topLevelItem(0).text(3)
    before = get_settings().company_name
    update_settings(admin, {"company_name": "备份之后改的名字"})

    declined = Answers(monkeypatch, backup, QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert len(declined.questions) == 1 and get_settings().company_name == "备份之后改的名字"

    answers = Answers(monkeypatch, backup)
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    taken = backups.parse_name(backup).taken_at
    assert backup.name in answers.questions[0] and f"{taken:%Y-%m-%d %H:%M}" in answers.questions[0]
    assert get_settings().company_name == before  # the database was reopened on the restored data
    replaced = [b.path for b in box.backups if b.kind == "replaced"]  # listed in the box, the newest
    assert len(replaced) == 1 and str(replaced[0]) in answers.information[0]
    assert box.list.topLevelItem(0).text(1) == "Replaced by a restore"
    assert box.list.topLevelItem(0).text(3) == replaced[0].name
    assert "Please log in again" in answers.information[0] and answers.errors == []
    old = sqlite3.connect(replaced[0])
    assert old.execute("SELECT value FROM setting WHERE key = 'company_name'").fetchone()[0] == '"备份之后改的名字"'
    old.close()
    assert AuditLog.select().where((AuditLog.entity == "database") & (AuditLog.action == "restore")).count() == 1


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(qtbot, demo_db, admin, monkeypatch, tmp_path):
    junk = tmp_path / "holiday.sqlite3"
    junk.write_bytes(b"\x00 not a database " * 500)
    box = make_box(qtbot, admin, demo_db)
    answers = Answers(monkeypatch, junk)
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert answers.questions == [] and len(answers.errors) == 1
    assert "neither a SQLite database nor a PostgreSQL dump" in answers.errors[0]
    assert not [b for b in backups.list_backups(box.folder) if b.kind == "replaced"]


def test_a_restore_from_the_main_window_logs_out(qtbot, demo_db, login_as, monkeypatch):
    window = login_as("admin")
    path = backup_actions.back_up_now(window, window.context, announce=False)
    answers = Answers(monkeypatch, path)
    qtbot.waitUntil(lambda: window.background_passes is not None, timeout=5000)
    with qtbot.waitSignal(window.logout_requested, timeout=10000):
        assert backup_actions.restore_from_backup(window, window.context)
    assert window.logged_out and not window.background_passes.backup_timer.isActive()
    assert "Please log in again" in answers.information[0]
    assert auth.authenticate("admin", DEMO_PASSWORD).username == "admin"  # the reopened database works


def test_backups_are_for_administrators(qtbot, demo_db):
    manager = auth.authenticate("manager", DEMO_PASSWORD)
    box = make_box(qtbot, manager, demo_db)
    assert not any(b.isEnabled() for b in (box.backup_button, box.restore_button, box.choose_button))


def test_the_daily_backup_pass_runs_once_a_day_off_the_ui_thread(qtbot, demo_db, admin):
    passes = BackgroundPasses(admin, backup_delay_ms=0, backup_interval_ms=50)
    made = []
    passes.backup_made.connect(made.append)
    with qtbot.waitSignal(passes.backup_made, timeout=10000):
        passes.start()
    qtbot.wait(300)  # the hourly timer's later ticks find today's backup
    passes.stop()
    assert len(made) == 1 and made[0].parent == demo_db.parent / "backups" and made[0].name.endswith("-daily.sqlite3")
    assert [b.kind for b in backups.list_backups(demo_db.parent / "backups")] == ["daily"]


def test_the_file_menus_back_up_now(qtbot, demo_db, login_as, monkeypatch):
    window = login_as("admin")
    action = getattr(window, "file_actions", {}).get("backup")
    if action is None:
        pytest.skip("the File menu has no backup action yet (main_window wiring)")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, _title, text, *_: shown.append(text)))
    action.trigger()
    made = backups.list_backups(demo_db.parent / "backups")
    assert [b.kind for b in made] == ["manual"] and str(made[0].path) in shown[0]
    window.close()
    assert login_as("manager").file_actions.get("backup") is None  # administrators only


def test_a_failed_daily_backup_stays_in_the_status_bar_until_a_backup_is_made(qtbot, demo_db, login_as, monkeypatch,
                                                                               tmp_path):
    """The automatic pass runs unattended: when its folder cannot be written the window says so
    (a link in the status bar; clicked, the reason and what to do), and Back up now clears it."""
    import json
    import os

    window = login_as("admin")
    qtbot.waitUntil(lambda: window.background_passes is not None, timeout=5000)
    blocker = tmp_path / "a-file"
    blocker.write_text("where the backup folder should be")
    settings = tmp_path / "config" / "backup.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(demo_db)
    settings.write_text(json.dumps({"folders": {key: str(blocker / "backups")}}), encoding="utf-8")
    assert not window.backup_warning.isVisible()
    with qtbot.waitSignal(window.background_passes.failed, timeout=10000):
        window.background_passes.run_backup_pass()
    assert window.backup_warning.isVisible() and "Daily backup failed" in window.backup_warning.text()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_: warned.append(text)))
    window.backup_warning.linkActivated.emit("details")
    assert "Cannot create the backup folder" in warned[0] and str(blocker) in warned[0]
    assert "Settings, Backups" in warned[0]

    settings.unlink()  # back to the default folder beside the database
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *_args: None))
    window.file_actions["backup"].trigger()
    assert [b.kind for b in backups.list_backups(demo_db.parent / "backups")] == ["manual"]
    assert not window.backup_warning.isVisible()

    with qtbot.waitSignal(window.background_passes.failed, timeout=10000):  # fails again
        settings.write_text(json.dumps({"folders": {key: str(blocker / "backups")}}), encoding="utf-8")
        window.background_passes.run_backup_pass()
    assert window.backup_warning.isVisible()
    settings.unlink()
    box = window.open_screen("settings").findChild(BackupBox)
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)  # Settings > Backups > Back up now
    assert len(backups.list_backups(demo_db.parent / "backups")) == 2
    assert not window.backup_warning.isVisible()


def test_a_daily_backup_made_is_said_in_the_status_bar(qtbot, demo_db, login_as):
    window = login_as("admin")
    qtbot.waitUntil(lambda: window.background_passes is not None, timeout=5000)
    with qtbot.waitSignal(window.background_passes.backup_made, timeout=10000):
        window.background_passes.run_backup_pass()
    made = backups.list_backups(demo_db.parent / "backups")
    assert [b.kind for b in made] == ["daily"]
    assert str(made[0].path) in window.statusBar().currentMessage()


def test_restoring_a_shared_database_asks_to_close_the_other_computers_first(tmp_path):
    """A PostgreSQL restore replaces the data under every computer: the question says so and asks
    for the others to be closed, which this app cannot do for them; a file's question does not."""
    from app.services.backups import BackupCheck

    taken = dt.datetime(2026, 5, 4, 9, 30)
    shared = backup_actions.confirmation_text(BackupCheck(tmp_path / "sd-20260504-093000-manual.dump", "postgres", 10,
                                                          taken))
    assert "on every computer" in shared and "Ask everyone else to close SalesDesk first" in shared
    assert "2026-05-04 09:30" in shared and "Everyone is logged out" not in shared
    local = backup_actions.confirmation_text(BackupCheck(tmp_path / "sd-20260504-093000-manual.sqlite3", "sqlite", 10,
                                                         taken))
    assert "Everyone is logged out" in local and "Ask everyone else" not in local
