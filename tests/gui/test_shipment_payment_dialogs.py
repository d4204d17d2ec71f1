"""The shipment and payment dialogs the order screen opens: exact quantities and amounts saved, too
much refused in the cell or under the field, a return taking back shipped goods, and a payment
above the balance accepted only as a marked overpayment with a reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.order import Order, OrderLine, Payment, Shipment, ShipmentLine
from app.services import shipments
from app.views.orders.payment_dialog import PaymentDialog
from app.views.orders.shipment_dialog import ShipmentDialog
from app.views.shipments.line_model import QUANTITY
from tests.gui.helpers import press, replace_text, tick, type_text
from tests.gui.order_helpers import edit_quantity, two_line_order
from tests.unit.order_factories import order_world

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def world(empty_db):
    return order_world()


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def line_quantities(shipment_id: int) -> list[Decimal]:
    return [line.quantity for line in ShipmentLine.select().where(ShipmentLine.shipment == shipment_id)
            .order_by(ShipmentLine.order_line)]


def test_a_shipment_offers_what_remains_and_saves_exact_quantities(qtbot, world):
    order, _lines = two_line_order(world)
    dialog = open_dialog(qtbot, ShipmentDialog(world["sales1"], order.id))
    model = dialog.model
    assert [(r.ordered, r.shipped, r.left, r.quantity) for r in model.rows] == [
        (Decimal("10"), Decimal("0"), Decimal("10"), "10"), (Decimal("2.5"), Decimal("0"), Decimal("2.5"), "2.5")]
    edit_quantity(qtbot, dialog.table, 0, QUANTITY, "3.5")
    edit_quantity(qtbot, dialog.table, 1, QUANTITY, "0")
    type_text(qtbot, dialog.carrier_edit, "顺丰")
    type_text(qtbot, dialog.tracking_edit, "SF1001")
    replace_text(qtbot, dialog.freight_edit, "25.50")
    replace_text(qtbot, dialog.packaging_edit, "8")
    press(qtbot, dialog, SAVE)

    saved = dialog.saved
    assert saved is not None and dialog.result() == dialog.DialogCode.Accepted
    stored = Shipment.get_by_id(saved.id)
    assert (stored.state, stored.carrier, stored.tracking_no, stored.freight, stored.packaging, stored.is_return) == (
        "draft", "顺丰", "SF1001", Decimal("25.50"), Decimal("8.00"), False)
    assert line_quantities(saved.id) == [Decimal("3.5")]


def test_more_than_remains_is_refused_in_its_cell(qtbot, world):
    order, _lines = two_line_order(world)
    dialog = open_dialog(qtbot, ShipmentDialog(world["sales1"], order.id))
    edit_quantity(qtbot, dialog.table, 0, QUANTITY, "11")
    press(qtbot, dialog, SAVE)
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.line_error(0) == "At most 10."
    assert "Check line(s) 1" in dialog.errors.message("lines")
    assert Shipment.select().count() == 0


def test_the_service_refusal_shows_on_the_cell_when_another_draft_took_the_goods(qtbot, world):
    order, (goods, _service) = two_line_order(world)
    dialog = open_dialog(qtbot, ShipmentDialog(world["sales1"], order.id))
    # meanwhile a colleague drafts 8 of the 10 controllers
    shipments.create_shipment(world["sales1"], order.id, shipments.ShipmentInput(
        dt.date.today(), [shipments.ShipmentLineInput(goods.id, "8")]))
    press(qtbot, dialog, SAVE)
    assert dialog.saved is None
    assert dialog.line_error(0) == "More than remains to ship of this line."
    assert Shipment.select().count() == 1


def test_a_return_takes_back_at_most_what_was_shipped(qtbot, world):
    order, (goods, _service) = two_line_order(world)
    draft = shipments.create_shipment(world["sales1"], order.id, shipments.ShipmentInput(
        dt.date.today(), [shipments.ShipmentLineInput(goods.id, "4")]))
    shipments.ship(world["sales1"], draft.id, draft.version)
    dialog = open_dialog(qtbot, ShipmentDialog(world["sales1"], order.id, is_return=True))
    assert dialog.model.headers[-1] == "Quantity to return"
    assert [(r.left, r.quantity) for r in dialog.model.rows] == [(Decimal("4"), ""), (Decimal("0"), "")]
    edit_quantity(qtbot, dialog.table, 0, QUANTITY, "5")
    press(qtbot, dialog, SAVE)
    assert dialog.line_error(0) == "At most 4." and dialog.saved is None
    edit_quantity(qtbot, dialog.table, 0, QUANTITY, "1.5")
    press(qtbot, dialog, SAVE)
    assert dialog.saved is not None and dialog.saved.is_return
    assert line_quantities(dialog.saved.id) == [Decimal("-1.5")]


def test_a_payment_offers_the_next_instalment_and_records_it_exactly(qtbot, world):
    order, _lines = two_line_order(world)  # one instalment of 1,330.00 (the default plan)
    dialog = open_dialog(qtbot, PaymentDialog(world["sales1"], order.id))
    assert dialog.shown_amount() == Decimal("1330.00")
    assert "balance ¥1,330.00" in dialog.figures.text()
    replace_text(qtbot, dialog.amount_edit, "500.05")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("cheque"))
    type_text(qtbot, dialog.reference_edit, "CHQ-778")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None
    payment = Payment.get_by_id(dialog.saved.id)
    assert (payment.amount, payment.method, payment.reference, payment.is_prepayment) == (
        Decimal("500.05"), "cheque", "CHQ-778", False)
    assert Order.get_by_id(order.id).paid_total == Decimal("500.05")


def test_a_payment_above_the_balance_needs_the_mark_and_a_reason(qtbot, world):
    order, _lines = two_line_order(world)
    dialog = open_dialog(qtbot, PaymentDialog(world["sales1"], order.id))
    replace_text(qtbot, dialog.amount_edit, "1400")
    assert dialog.warning.isVisible() and "above the balance of ¥1,330.00" in dialog.warning.text()
    press(qtbot, dialog, SAVE)
    assert dialog.saved is None and "above the balance" in dialog.field_error("is_prepayment")
    tick(qtbot, dialog.prepayment_check)
    assert not dialog.warning.isVisible()
    press(qtbot, dialog, SAVE)  # no reason yet: the service refuses
    assert dialog.saved is None and dialog.field_error("reason")
    type_text(qtbot, dialog.reason_edit, "客户预付下期服务费")
    press(qtbot, dialog, SAVE)
    assert dialog.saved is not None
    payment = Payment.get_by_id(dialog.saved.id)
    assert (payment.amount, payment.is_prepayment, payment.reason) == (Decimal("1400.00"), True, "客户预付下期服务费")
    assert OrderLine.select().count() == 2  # nothing else touched
