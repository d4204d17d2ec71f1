"""Switching the language while the window is open (View > Language): the navigation, the menus,
the status bar and the open screens show the other language at once, what the user typed stays,
and the choice is remembered on this computer for the next start.

The window starts in Chinese (the zh_CN translator installed as the application does) with a
temporary INI file as this computer's settings, never the user's own.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.views import i18n
from app.views.i18n import chosen_language, current_language, install_translator
from tests.gui.chinese_texts import english_leftovers, ensure_translation_built
from tests.gui.helpers import type_text


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("SALESDESK_SETTINGS", str(path))
    return path


@pytest.fixture
def chinese_start(qapp, demo_db, settings_file):
    ensure_translation_built()
    assert install_translator(qapp, "zh_CN")
    qapp.processEvents()
    yield
    install_translator(qapp, "en")
    qapp.processEvents()


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_retexts_the_open_window_and_keeps_typed_text(
        qtbot, qapp, chinese_start, login_as, monkeypatch):
    window = login_as("manager")
    assert window.language_actions["zh_CN"].isChecked()
    customers = window.open_screen("customers")
    type_text(qtbot, customers.search_box, "上海 abc")
    orders = window.open_screen("orders")
    type_text(qtbot, orders.search_box, "SO-2026")
    assert "客户" in window.screen_titles() and "合同" in window.screen_titles()
    assert menu_titles(window)[0] == "文件(&F)"
    chinese_header = orders.model.headerData(0, Qt.Orientation.Horizontal)

    window.language_actions["en"].trigger()
    qapp.processEvents()
    assert current_language() == "en"
    assert window.screen_titles()[:3] == ["Workbench", "Front desk", "Customers"]
    assert "Contracts" in window.screen_titles()
    assert menu_titles(window)[:3] == ["&File", "&View", "&Help"]
    assert window.role_label.text() == "Manager"
    assert window.language_actions["en"].isChecked() and not window.language_actions["zh_CN"].isChecked()
    english_header = orders.model.headerData(0, Qt.Orientation.Horizontal)
    assert english_header != chinese_header and english_header.isascii()
    assert customers.search_box.placeholderText().startswith("Name, contact")
    # What the user typed is still there, in both screens.
    assert customers.search_box.text() == "上海 abc"
    assert orders.search_box.text() == "SO-2026"
    # Remembered for the next start (SALESDESK_LANG, the tests' override, unset as for a user).
    monkeypatch.delenv("SALESDESK_LANG", raising=False)
    assert chosen_language() == "en"

    window.language_actions["zh_CN"].trigger()
    qapp.processEvents()
    assert current_language() == "zh_CN"
    assert window.screen_titles()[:3] == ["工作台", "前台接待", "客户"]
    assert menu_titles(window)[0] == "文件(&F)"
    assert orders.model.headerData(0, Qt.Orientation.Horizontal) == chinese_header
    assert customers.search_box.text() == "上海 abc" and orders.search_box.text() == "SO-2026"
    assert chosen_language() == "zh_CN"


def test_the_saved_language_is_used_at_the_next_start(settings_file, monkeypatch):
    monkeypatch.delenv("SALESDESK_LANG", raising=False)
    assert chosen_language() == "zh_CN"  # nothing saved: Chinese first
    i18n.save_language("en")
    assert chosen_language() == "en"
    assert "language=en" in settings_file.read_text()
    monkeypatch.setenv("SALESDESK_LANG", "zh_CN")  # the variable still overrides
    assert chosen_language() == "zh_CN"


def test_the_untranslated_text_check_finds_a_text_left_in_english(qtbot, chinese_start, login_as):
    """The check of test_chinese_ui.py really fails on a visible text that did not go through a
    translation: a label added to a Chinese screen is reported, the translated ones are not."""
    window = login_as("manager")
    screen = window.open_screen("customers")
    before = english_leftovers(screen, "customers")
    label = QLabel("Unfinished customer notes", screen)
    screen.layout().addWidget(label)
    label.show()
    after = english_leftovers(screen, "customers")
    added = [problem for problem in after if problem not in before]
    assert added == ["customers: label 'Unfinished customer notes' -> ['Unfinished', 'customer', 'notes']"]
    assert not any("新建客户" in problem for problem in after)



def test_the_document_dialogs_speak_chinese(qtbot, qapp, empty_db, settings_file):
    """The dialogs test_chinese_ui.py does not open (quotation, order, payment, shipment, return,
    product, product lines, bundles, commission rules) show no English word in Chinese."""
    from app.models.user import User
    from app.views.commissions.rules_dialog import RulesDialog
    from app.views.dialogs.bundles_dialog import BundlesDialog
    from app.views.dialogs.product_dialog import ProductDialog
    from app.views.dialogs.product_lines_dialog import ProductLinesDialog
    from app.views.dialogs.quotation_dialog import QuotationDialog
    from app.views.orders.order_editor import OrderEditor
    from app.views.orders.payment_dialog import PaymentDialog
    from app.views.orders.shipment_dialog import ShipmentDialog
    from tests.gui.order_helpers import two_line_order
    from tests.unit.order_factories import order_world

    world = order_world()
    order, _lines = two_line_order(world)
    sales1 = User.get(User.username == "sales1")
    manager = User.get(User.username == "manager")
    # Login names appear as they are; Insert is a key name like those chinese_texts.ALLOWED keeps.
    names = {user.username for user in User.select(User.username)} | {"Insert"}
    ensure_translation_built()
    assert install_translator(qapp, "zh_CN")
    problems = []
    try:
        for name, dialog in (("quotation", QuotationDialog(sales1)), ("order", OrderEditor(sales1)),
                             ("payment", PaymentDialog(sales1, order.id)),
                             ("shipment", ShipmentDialog(sales1, order.id)),
                             ("return", ShipmentDialog(sales1, order.id, is_return=True)),
                             ("product", ProductDialog(manager)), ("product lines", ProductLinesDialog(manager)),
                             ("bundles", BundlesDialog(manager)), ("commission rules", RulesDialog(manager))):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(10)
            problems += english_leftovers(dialog, name, names)
            dialog.close()
    finally:
        install_translator(qapp, "en")
        qapp.processEvents()
    assert not problems, "English left in the Chinese interface:\n" + "\n".join(problems)


def test_the_login_window_offers_the_language_before_anyone_logs_in(qtbot, qapp, chinese_start, monkeypatch):
    """SalesDesk starts in Chinese; an English reader switches at the login window, the choice is
    remembered, and the window they log into speaks it."""
    from app.views.login_dialog import LoginDialog

    monkeypatch.delenv("SALESDESK_LANG", raising=False)
    dialog = LoginDialog("", database_target="demo.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username_label.text() == "用户名(&U)："
    assert [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())] == ["中文", "English"]
    assert dialog.language_combo.currentData() == "zh_CN"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qapp.processEvents()
    assert current_language() == "en" and chosen_language() == "en"
    assert dialog.username_label.text() == "&User name:" and dialog.login_button.text() == "Log in"
    assert dialog.windowTitle() == "Log in - SalesDesk" and dialog.database_button.text() == "Database…"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    qapp.processEvents()
    assert current_language() == "zh_CN" and chosen_language() == "zh_CN"
    assert dialog.username_label.text() == "用户名(&U)："
