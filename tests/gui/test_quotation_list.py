"""The quotation list's own actions, as a user drives them: a revision of a sent quotation opens in
the editor, the customer's answer is recorded after a confirmation, the salesperson and customer
filters narrow the list, and the print preview shows (and prints) the very PDF the app writes."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from app.models.product import Product
from app.models.quotation import Quotation
from app.models.user import User
from app.reports.quotation_pdf import write_quotation_pdf
from app.services import quotations
from app.services.quotations import LineInput, QuotationInput
from app.views.dialogs.quotation_dialog import QuotationDialog
from app.views.quotations.customer_choice import CustomerChoiceDialog
from app.views.quotations.print_preview import paint_pdf, pdf_page_layout
from app.views.screens.quotations import QuotationsScreen
from tests.gui.customer_helpers import add_customer, staff
from tests.gui.helpers import type_text
from tests.gui.test_quotation_screens import make_products


def quote(seller: User, customer_id: int, *, sent: bool = True, lines: int = 1) -> Quotation:
    """A quotation of `lines` cable lines made by `seller` today, marked sent unless `sent` is False."""
    cable = Product.get(Product.code == "DL-02")
    data = QuotationInput(customer_id, dt.date.today(),
                          lines=[LineInput(cable.id, quantity=str(index + 1)) for index in range(lines)])
    quotation = quotations.create_quotation(seller, data)
    if sent:
        quotation = quotations.mark_sent(seller, quotation.id, quotation.version)
    return quotation


def open_list(login_as, username: str, select: Quotation | None = None) -> QuotationsScreen:
    screen = login_as(username).open_screen("quotations")
    assert isinstance(screen, QuotationsScreen)
    if select is not None:
        screen.reload(select_id=select.id)
        assert screen.selected_quotation().id == select.id
    return screen


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def people(demo_db) -> dict[str, User]:
    """The demo accounts by user name, with the two demo products on sale."""
    make_products()
    return staff()


def test_a_revision_of_a_sent_quotation_opens_as_a_draft_and_keeps_the_sent_one(qtbot, login_as, people):
    sales1 = people["sales1"]
    source = quote(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), lines=2)
    screen = open_list(login_as, "sales1", select=source)
    assert screen.revision_button.isEnabled() and not screen.sent_button.isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    revision = Quotation.get(Quotation.number == f"{source.number}-R1")
    assert (revision.state, revision.revision_of_id, revision.total) == ("draft", source.id, source.total)
    kept = Quotation.get_by_id(source.id)
    assert (kept.state, kept.version) == ("sent", source.version)
    dialog = screen.current_dialog
    assert isinstance(dialog, QuotationDialog) and dialog.quotation_id == revision.id
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.line_model.rowCount() == 2
    dialog.reject()
    assert screen.shown_numbers() == [f"{source.number}-R1", source.number]
    assert screen.selected_quotation().id == revision.id
    # The draft revision is not revised again, nor answered by the customer.
    assert not screen.revision_button.isEnabled() and not screen.accepted_button.isEnabled()


def test_a_draft_cannot_be_revised(qtbot, login_as, people):
    sales1 = people["sales1"]
    draft = quote(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), sent=False)
    screen = open_list(login_as, "sales1", select=draft)
    assert not screen.revision_button.isEnabled()
    assert screen.make_revision() is None
    assert Quotation.select().count() == 1


def test_the_customer_accepts_one_and_declines_another_after_confirming(qtbot, login_as, people, monkeypatch):
    sales1 = people["sales1"]
    customer = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    first, second = quote(sales1, customer), quote(sales1, customer)
    questions: list[tuple[str, str]] = []
    answer = {"yes": False}
    monkeypatch.setattr("app.views.screens.quotations.confirm",
                        lambda _parent, title, text: questions.append((title, text)) or answer["yes"])
    screen = open_list(login_as, "sales1", select=first)
    assert screen.accepted_button.isEnabled() and screen.declined_button.isEnabled()

    # Answering "no" to the question changes nothing.
    click(qtbot, screen.accepted_button)
    stored = Quotation.get_by_id(first.id)
    assert (stored.state, stored.version) == ("sent", first.version)
    assert questions[-1][0] == "Customer accepted" and first.number in questions[-1][1]
    assert screen.accepted_button.isEnabled()

    answer["yes"] = True
    click(qtbot, screen.accepted_button)
    assert Quotation.get_by_id(first.id).state == "accepted"
    assert screen.selected_quotation().state == "accepted"
    assert not any(b.isEnabled() for b in (screen.accepted_button, screen.declined_button, screen.revision_button))

    screen.reload(select_id=second.id)
    click(qtbot, screen.declined_button)
    assert questions[-1][0] == "Customer declined" and second.number in questions[-1][1]
    assert Quotation.get_by_id(second.id).state == "declined"
    assert not screen.declined_button.isEnabled() and not screen.accepted_button.isEnabled()
    assert len(questions) == 3


def test_filter_by_salesperson_and_customer(qtbot, login_as, people, monkeypatch):
    sales1, sales2, sales5 = people["sales1"], people["sales2"], people["sales5"]
    jia = add_customer(sales1, "上海甲科技有限公司", owner=sales1)
    yi = add_customer(sales2, "苏州乙电子有限公司", owner=sales2)
    bing = add_customer(sales5, "广州丙贸易有限公司", owner=sales5)
    a1, a2 = quote(sales1, jia), quote(sales1, jia, sent=False)
    b1 = quote(sales2, yi)
    c1 = quote(sales5, bing)

    # A supervisor sees their team: the salespeople offered are the team's, sales5 is not among them.
    screen = open_list(login_as, "sup1")
    bar = screen.filter_bar
    assert screen.shown_numbers() == [b1.number, a2.number, a1.number]
    offered = {bar.salesperson_combo.itemData(i) for i in range(1, bar.salesperson_combo.count())}
    assert offered == {people[n].id for n in ("sup1", "sales1", "sales2", "sales3", "sales4")}
    bar.salesperson_combo.setCurrentIndex(bar.salesperson_combo.findData(sales2.id))
    assert screen.shown_numbers() == [b1.number]
    bar.salesperson_combo.setCurrentIndex(bar.salesperson_combo.findData(sales1.id))
    assert screen.shown_numbers() == [a2.number, a1.number]

    # One customer, chosen through the customer button; ✕ shows every customer again.
    bar.salesperson_combo.setCurrentIndex(0)
    monkeypatch.setattr("app.views.quotations.customer_choice.ask_customer",
                        lambda _parent, _actor: (yi, "苏州乙电子有限公司"))
    click(qtbot, bar.customer_button)
    assert screen.shown_numbers() == [b1.number]
    assert bar.customer_button.text() == "苏州乙电子有限公司"
    assert screen.count_label.text() == "1 quotation(s)"
    click(qtbot, bar.clear_customer_button)
    assert screen.shown_numbers() == [b1.number, a2.number, a1.number]
    assert not bar.clear_customer_button.isEnabled()

    # The manager may pick anyone who sells; a salesperson gets no salesperson filter at all.
    manager_screen = open_list(login_as, "manager")
    combo = manager_screen.filter_bar.salesperson_combo
    assert manager_screen.shown_numbers() == [c1.number, b1.number, a2.number, a1.number]
    assert combo.findData(people["manager"].id) > 0 and combo.findData(people["desk1"].id) < 0
    combo.setCurrentIndex(combo.findData(sales5.id))
    assert manager_screen.shown_numbers() == [c1.number]
    assert open_list(login_as, "sales1").filter_bar.salesperson_combo.isHidden()


def test_the_customer_choice_dialog_finds_a_customer_by_typing(qtbot, people):
    add_customer(people["sales1"], "上海甲科技有限公司", owner=people["sales1"])
    yi = add_customer(people["sales2"], "苏州乙电子有限公司", owner=people["sales2"])
    add_customer(people["sales5"], "苏州丁机械有限公司", owner=people["sales5"])  # another team's
    dialog = CustomerChoiceDialog(people["sup1"])
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.picker.search_box, "苏州")
    qtbot.waitUntil(lambda: not dialog.picker.pending and dialog.picker.results.count() == 1)
    assert dialog.chosen() == (yi, "苏州乙电子有限公司")


def many_lined_pdf(people, tmp_path: Path) -> tuple[Quotation, Path, int]:
    """A sent quotation long enough for several PDF pages, its PDF and the PDF's page count."""
    sales1 = people["sales1"]
    quotation = quote(sales1, add_customer(sales1, "上海甲科技有限公司", owner=sales1), lines=60)
    source = tmp_path / "source.pdf"
    write_quotation_pdf(sales1, quotation.id, source)
    pages = len(PdfReader(source).pages)
    assert pages >= 2
    return quotation, source, pages


def test_printing_paints_every_pdf_page_on_its_own_sheet(qtbot, people, tmp_path):
    _quotation, source, pages = many_lined_pdf(people, tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    printer.setPageLayout(pdf_page_layout(source))
    assert paint_pdf(source, printer) == pages
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 like the source


def preview_folders() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("salesdesk-preview-*"))


def test_print_preview_opens_on_the_quotation_pdf_with_ctrl_p(qtbot, login_as, people, tmp_path):
    quotation, _source, pages = many_lined_pdf(people, tmp_path)
    screen = open_list(login_as, "sales1", select=quotation)
    before = set(preview_folders())
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.findChild(QPrintPreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == pages)
    assert dialog.windowTitle() == f"Print preview: {quotation.number}"
    copies = [folder for folder in preview_folders() if folder not in before]
    # The PDF shown lives in a temporary folder while the preview is open.
    assert len(copies) == 1 and (copies[0] / f"{quotation.number}.pdf").is_file()
    dialog.reject()
    assert not copies[0].exists()
