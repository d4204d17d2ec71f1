"""What the order screen shows beyond `order_queries.order_detail`: each instalment of the payment
plan with how much payments cover and how many days it is overdue, and the order's history from
the audit trail (the order, its shipments and its payments).

Coverage follows `receivables`: payments cover the instalments oldest first (due date, then
position); an instalment not fully covered after its due date is overdue, on an order that is
still open (confirmed, partially shipped or shipped): a draft owes nothing yet, a closed order
is paid, a cancelled one owes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from app.models.audit import AuditLog
from app.models.order import Order, Payment, PaymentInstalment, Shipment
from app.models.user import User
from app.services.audit import AuditRow
from app.services.order_queries import get_order
from app.services.order_workflow import OPEN_STATES

HISTORY_LIMIT = 500


@dataclass(frozen=True)
class InstalmentState:
    """One instalment: its amount, the part payments cover, what is still open and the days it is
    overdue (0 when it is not)."""

    position: int
    due_date: dt.date
    amount: Decimal
    covered: Decimal
    days_overdue: int

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.covered

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def instalment_states(order: Order, plan: list[PaymentInstalment], today: dt.date) -> list[InstalmentState]:
    """The plan of `order` (its instalments, any order) oldest first, covered by the order's paid
    total, with the overdue days as of `today`."""
    left = order.paid_total
    result = []
    for item in sorted(plan, key=lambda i: (i.due_date, i.position)):
        covered = min(item.amount, max(Decimal("0.00"), left))
        left -= covered
        late = order.state in OPEN_STATES and covered < item.amount and item.due_date < today
        result.append(InstalmentState(item.position, item.due_date, item.amount, covered,
                                      (today - item.due_date).days if late else 0))
    return result


def order_history(actor: User, order_id: int) -> list[AuditRow]:
    """The audit rows of the order, its shipments and its payments, newest first (at most
    HISTORY_LIMIT), if `actor` may see the order. Whoever sees an order sees its history."""
    get_order(actor, order_id)
    shipment_ids = [str(s.id) for s in Shipment.select(Shipment.id).where(Shipment.order == order_id)]
    payment_ids = [str(p.id) for p in Payment.select(Payment.id).where(Payment.order == order_id)]
    condition = (AuditLog.entity == "order") & (AuditLog.entity_id == str(order_id))
    if shipment_ids:
        condition |= (AuditLog.entity == "shipment") & AuditLog.entity_id.in_(shipment_ids)
    if payment_ids:
        condition |= (AuditLog.entity == "payment") & AuditLog.entity_id.in_(payment_ids)
    query = (AuditLog.select(AuditLog, User).join(User, JOIN.LEFT_OUTER).where(condition)
             .order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(HISTORY_LIMIT))
    return [AuditRow(id=row.id, at=row.at, user_name=row.user.display_name if row.user_id is not None else "",
                     entity=row.entity, entity_id=row.entity_id, action=row.action, changes=json.loads(row.changes))
            for row in query]
