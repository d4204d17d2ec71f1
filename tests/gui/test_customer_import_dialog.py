"""The Excel import dialog and the export action, on the demo database, with the work done off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.models.customer import Contact, Customer
from app.models.user import User
from app.services.customer_queries import CustomerFilter
from app.services.customers import ContactInput, CustomerInput, insert_customer
from app.views import customer_export_action
from app.views.dialogs import customer_import_dialog
from app.views.dialogs.customer_import_dialog import CustomerImportDialog
from tests.unit.import_files import SEEDED_ERRORS, bad_file, good_file

WAIT_MS = 20_000


def open_dialog(qtbot, username: str = "admin") -> CustomerImportDialog:
    dialog = CustomerImportDialog(User.get(User.username == username))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def load_and_check(qtbot, dialog: CustomerImportDialog, path):
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.open_file(path)
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.check_finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_a_file_with_errors_lists_them_and_import_stays_disabled(demo_db, qtbot, qtmodeltester, tmp_path,
                                                                  monkeypatch):
    dialog = open_dialog(qtbot)
    report = load_and_check(qtbot, dialog, bad_file(tmp_path / "bad.xlsx"))
    assert dialog.preview_table.rowCount() == 9 and dialog.preview_table.item(0, 0).text() == "好公司一"
    assert dialog.preview_table.verticalHeaderItem(0).text() == "2"  # Excel's row numbers
    assert {(e.row, e.column) for e in report.errors} == SEEDED_ERRORS
    model = dialog.report_panel.errors_model
    qtmodeltester.check(model)
    shown = {(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())}
    assert shown == SEEDED_ERRORS
    assert dialog.report_panel.tabs.tabText(0) == "Problems (7)"
    assert not dialog.import_button.isEnabled()
    assert "7 with problems" in dialog.summary_label.text()

    out = tmp_path / "saved.errors.xlsx"
    monkeypatch.setattr(customer_import_dialog, "ask_save_path", lambda parent, title, default: out)
    with qtbot.waitSignal(dialog.errors_saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.report_panel.save_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook

    assert [r[-1] for r in load_workbook(out).active.iter_rows(min_row=2, values_only=True)] == [3, 4, 5, 6, 7, 8, 9]
    assert Customer.select().count() == 0
    dialog.close_dialog()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_good_file_is_checked_then_imported(demo_db, qtbot, tmp_path, monkeypatch):
    insert_customer(None, CustomerInput(name="杭州云栖软件有限公司", contacts=[ContactInput(name="老李")]), None)
    dialog = open_dialog(qtbot, "manager")
    report = load_and_check(qtbot, dialog, good_file(tmp_path / "good.xlsx"))
    assert report.ok and dialog.import_button.isEnabled()
    assert dialog.report_panel.tabs.currentIndex() == 1  # no problems: the duplicates tab is shown
    duplicates = dialog.report_panel.duplicates_model
    assert duplicates.rowCount() == 1 and duplicates.index(0, 2).data() == "KH000001 杭州云栖软件有限公司"
    questions = []
    monkeypatch.setattr(customer_import_dialog, "confirm", lambda parent, title, text: questions.append(text) or True)
    with qtbot.waitSignal(dialog.import_finished, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Import 3 customers with 3 contacts from good.xlsx?" in questions[0]
    assert blocker.args[0].customers == 3
    assert Customer.select().count() == 4 and Contact.select().count() == 4
    assert Customer.get(Customer.name == "王小明").code == "KH000004"
    assert not dialog.import_button.isEnabled()  # the same file is not imported twice by a second click
    assert "Imported 3 customers" in dialog.summary_label.text()
    dialog.close_dialog()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_salesperson_is_refused_with_a_message(demo_db, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(customer_import_dialog, "show_error", lambda parent, exc: shown.append(exc))
    dialog = open_dialog(qtbot, "sales1")
    assert load_and_check(qtbot, dialog, good_file(tmp_path / "good.xlsx")) is None
    assert "customers.import" in str(shown[0]) and not dialog.import_button.isEnabled()


def test_export_customer_list_writes_the_file_the_user_named(demo_db, qtbot, tmp_path, monkeypatch):
    sales1 = User.get(User.username == "sales1")
    for name, owner in (("甲公司", sales1.id), ("乙公司", None), ("=1+1", sales1.id)):
        insert_customer(None, CustomerInput(name=name), owner)
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / customer_export_action.default_export_name()
    monkeypatch.setattr(customer_export_action, "ask_export_path", lambda parent: out)
    assert customer_export_action.export_customer_list(parent, sales1, CustomerFilter()) == out
    from openpyxl import load_workbook

    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["甲公司", "=1+1"]
    monkeypatch.setattr(customer_export_action, "ask_export_path", lambda parent: None)
    assert customer_export_action.export_customer_list(parent, sales1, CustomerFilter()) is None


def test_escape_while_checking_cancels_the_check_and_keeps_the_dialog_open(demo_db, qtbot, tmp_path, monkeypatch):
    import threading

    from app.services import customer_import

    started = threading.Event()

    def slow_dry_run(actor, path, progress):
        for step in range(1000):  # like a big file: progress reports until the user cancels
            started.set()
            progress(step, 1000)
            threading.Event().wait(0.01)
        raise AssertionError("the check was not cancelled")

    monkeypatch.setattr(customer_import, "dry_run", slow_dry_run)
    dialog = open_dialog(qtbot)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.open_file(good_file(tmp_path / "good.xlsx"))
    with qtbot.waitSignal(dialog.check_finished, timeout=WAIT_MS) as blocker:
        dialog.check()
        assert dialog.runner.running and not dialog.check_button.isEnabled()
        qtbot.waitUntil(started.is_set)
        dialog.reject()  # Esc
    assert blocker.args == [None]
    assert dialog.isVisible() and dialog.summary_label.text() == "Cancelled; nothing was changed."
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
