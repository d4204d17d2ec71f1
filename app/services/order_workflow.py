"""The order state machine (DOMAIN.md "Order / contract") and the actions that move an order:
submit for approval, approve, reject, confirm, cancel, close; shipments move it between confirmed,
partially shipped and shipped through `follow_shipments`.

draft → pending (needs approval) | confirmed (needs none) | cancelled; pending → confirmed
(approved) | draft (rejected); confirmed → partially_shipped | shipped | cancelled;
partially_shipped ⇄ shipped, and back to confirmed when everything came back; shipped → closed.

Every move checks the version it was based on (`locking.save_changes`) and is audited. Confirming
an order turns the customer's lead into a customer (DOMAIN.md) and gives an order without a plan
one instalment of its total due on the sign date. Numbers are never reused, nothing is deleted.
"""

from __future__ import annotations

from app.models.base import db, now
from app.models.customer import Customer
from app.models.order import Order, OrderLine, Payment, PaymentInstalment, Shipment
from app.models.user import User
from app.services import audit
from app.services.errors import PermissionDenied, ValidationError
from app.services.locking import save_changes
from app.services.notifications import notify
from app.services.order_queries import get_order
from app.services.payment_plan import write_plan
from app.services.permissions import require
from app.services.quotation_approval import ORDER_REFUSAL_MESSAGES, approval_refusal, approvers_for
from app.services.quotation_states import may_move

TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"pending", "confirmed", "cancelled"}),
    "pending": frozenset({"confirmed", "draft"}),
    "confirmed": frozenset({"partially_shipped", "shipped", "cancelled"}),
    "partially_shipped": frozenset({"shipped", "confirmed"}),
    "shipped": frozenset({"partially_shipped", "confirmed", "closed"}),
    "closed": frozenset(),
    "cancelled": frozenset(),
}
# an order in these states has been sold: it counts for revenue and receivables
SOLD_STATES = frozenset({"confirmed", "partially_shipped", "shipped", "closed"})
# an order in these states is still being delivered or paid: its customer stays out of the pool
OPEN_STATES = frozenset({"confirmed", "partially_shipped", "shipped"})

LABELS_ZH = {"draft": "草稿", "pending": "待审批", "confirmed": "已确认", "partially_shipped": "部分发货",
             "shipped": "已发货", "closed": "已结案", "cancelled": "已作废"}


def check_transition(current: str, target: str) -> None:
    """Raise ValidationError({"state": ...}) unless `current` -> `target` is allowed."""
    if not may_move(current, target, TRANSITIONS):
        raise ValidationError({"state": "The order cannot make this change in its present state."})


def move_state(actor: User | None, order: Order, expected_version: int, target: str,
               extra: dict[str, object] | None = None) -> Order:
    """Move `order` to `target` along TRANSITIONS, with the version check and audit of save_changes."""
    check_transition(order.state, target)
    save_changes(actor, order, expected_version, {"state": target, **(extra or {})}, "order")
    return order


def _ready_to_confirm(order: Order) -> None:
    if not OrderLine.select().where(OrderLine.order == order.id).exists():
        raise ValidationError({"lines": "Add at least one line."})
    planned = [i.amount for i in PaymentInstalment.select(PaymentInstalment.amount)
               .where(PaymentInstalment.order == order.id)]
    if planned and sum(planned) != order.total:
        raise ValidationError({"plan": "The instalments must add up to the order total."})


def _confirmed(actor: User | None, order: Order) -> None:
    """What confirming brings, in the confirming transaction: a default plan, and the lead becomes a
    customer (once: the UPDATE re-checks is_lead, so only the first confirmed order audits it)."""
    if not PaymentInstalment.select().where(PaymentInstalment.order == order.id).exists():
        write_plan(order.id, [(order.sign_date, order.total)])
    changed = Customer.update(is_lead=False, version=Customer.version + 1, updated_at=now(),
                              updated_by=actor.id if actor else None).where(
        (Customer.id == order.customer_id) & (Customer.is_lead == True)).execute()  # noqa: E712
    if changed:
        audit.record(actor, "customer", order.customer_id, "first_order",
                     {"is_lead": (True, False), "order": (None, order.number)})


def confirm_order(actor: User, order_id: int, expected_version: int) -> Order:
    """Confirm a draft order that needs no approval (at least one line; a plan, if any, adding up to
    the total). The customer stops being a lead; an order without a plan gets one instalment."""
    require(actor, "orders.edit")
    order = get_order(actor, order_id)
    if order.state == "draft" and order.needs_approval:
        raise ValidationError({"state": "This order needs approval before it is confirmed."})
    _ready_to_confirm(order)
    with db.atomic():
        move_state(actor, order, expected_version, "confirmed", {"confirmed_at": now()})
        _confirmed(actor, order)
    return order


def submit_for_approval(actor: User, order_id: int, expected_version: int) -> Order:
    """Send a draft order that needs approval to the approvers (the quotation rule and limits), who
    are notified."""
    require(actor, "orders.edit")
    order = get_order(actor, order_id)
    if order.state == "draft" and not order.needs_approval:
        raise ValidationError({"state": "This order needs no approval; it can be confirmed."})
    _ready_to_confirm(order)
    salesperson = User.get_by_id(order.salesperson_id)
    with db.atomic():
        move_state(actor, order, expected_version, "pending",
                   {"approved_by": None, "approved_at": None, "decision_comment": ""})
        for approver in approvers_for(salesperson, order.approval_discount):
            notify(approver.id, "order_approval", f"合同 {order.number} 待审批",
                   f"{salesperson.display_name}: {order.currency} {order.total}", "order", order.id)
    return order


def _decide(actor: User, order_id: int, expected_version: int, approved: bool, comment: str) -> Order:
    require(actor, "orders.approve")
    order = get_order(actor, order_id)
    salesperson = User.get_by_id(order.salesperson_id)
    refusal = approval_refusal(actor, salesperson, order.approval_discount, ORDER_REFUSAL_MESSAGES)
    if refusal:
        raise PermissionDenied(refusal)
    decision = {"approved_by": actor.id, "approved_at": now(), "decision_comment": comment.strip()}
    with db.atomic():
        if approved:
            move_state(actor, order, expected_version, "confirmed", {**decision, "confirmed_at": now()})
            _confirmed(actor, order)
        else:
            move_state(actor, order, expected_version, "draft", decision)
        notify(salesperson.id, "order_approved" if approved else "order_rejected",
               f"合同 {order.number} {'已批准' if approved else '已驳回'}", comment.strip(), "order", order.id)
    return order


def approve(actor: User, order_id: int, expected_version: int, comment: str = "") -> Order:
    """Approve a pending order (managers; supervisors within their limit and team): it is confirmed,
    with what confirming brings; the salesperson is notified."""
    return _decide(actor, order_id, expected_version, True, comment)


def reject(actor: User, order_id: int, expected_version: int, comment: str) -> Order:
    """Send a pending order back to draft with a required comment; the salesperson is notified."""
    if not comment.strip():
        raise ValidationError({"comment": "Say why the order is rejected."})
    return _decide(actor, order_id, expected_version, False, comment)


def cancel_order(actor: User, order_id: int, expected_version: int, reason: str) -> Order:
    """Cancel (作废) a draft or confirmed order with a reason, only when nothing was ever shipped and
    nothing paid; its draft shipments are cancelled with it. The number stays used."""
    require(actor, "orders.edit")
    if not reason.strip():
        raise ValidationError({"reason": "Say why the order is cancelled."})
    order = get_order(actor, order_id)
    check_transition(order.state, "cancelled")
    with db.atomic():
        if Shipment.select().where((Shipment.order == order_id)
                                   & Shipment.state.in_(["shipped", "delivered"])).exists():
            raise ValidationError({"state": "Goods of this order were shipped; it cannot be cancelled."})
        if Payment.select().where(Payment.order == order_id).exists():
            raise ValidationError({"state": "Payments were recorded for this order; it cannot be cancelled."})
        move_state(actor, order, expected_version, "cancelled", {"cancel_reason": reason.strip()})
        drafts = [s.id for s in Shipment.select(Shipment.id).where(
            (Shipment.order == order_id) & (Shipment.state == "draft"))]
        if drafts:
            Shipment.update(state="cancelled", version=Shipment.version + 1, updated_at=now(),
                            updated_by=actor.id).where(Shipment.id.in_(drafts)).execute()
            audit.record_many(actor, "shipment", "cancel",
                              [(shipment_id, {"state": ("draft", "cancelled")}) for shipment_id in drafts])
    return order


def close_order(actor: User, order_id: int, expected_version: int) -> Order:
    """Close (结案) a fully shipped order whose payments cover its total."""
    require(actor, "orders.edit")
    order = get_order(actor, order_id)
    if order.state != "shipped":
        raise ValidationError({"state": "Only a fully shipped order can be closed."})
    if order.paid_total < order.total:
        raise ValidationError({"state": "The order is not fully paid yet."})
    return move_state(actor, order, expected_version, "closed")


def shipping_state(order_id: int) -> str:
    """confirmed, partially_shipped or shipped, from the lines' net shipped quantities."""
    lines = list(OrderLine.select(OrderLine.quantity, OrderLine.shipped_quantity).where(OrderLine.order == order_id))
    if lines and all(line.shipped_quantity >= line.quantity for line in lines):
        return "shipped"
    if any(line.shipped_quantity > 0 for line in lines):
        return "partially_shipped"
    return "confirmed"


def follow_shipments(actor: User | None, order_id: int) -> str:
    """Bring the order's state in line with its shipped quantities, inside the shipment's
    transaction (bumps the version and audits when it changes); returns the state."""
    order = Order.get_by_id(order_id)
    target = shipping_state(order_id)
    if target != order.state:
        move_state(actor, order, order.version, target)
    return target
