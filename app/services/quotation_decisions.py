"""Approval of quotations: submit, approve, reject (rule and routing in `quotation_approval`).

Submitting notifies the approvers; a decision notifies the salesperson. Each step checks the
version it was based on and is audited with the comment.
"""

from __future__ import annotations

from app.models.base import db, now
from app.models.quotation import Quotation, QuotationLine
from app.models.user import User
from app.services.errors import PermissionDenied, ValidationError
from app.services.notifications import notify
from app.services.permissions import require
from app.services.quotation_approval import approval_refusal, approvers_for
from app.services.quotations import get_quotation, move_state


def submit_for_approval(actor: User, quotation_id: int, expected_version: int) -> Quotation:
    """Send a draft (or rejected) quotation that needs approval to the approvers, who are notified."""
    require(actor, "quotations.edit")
    quotation = get_quotation(actor, quotation_id)
    if quotation.state in ("draft", "rejected") and not quotation.needs_approval:
        raise ValidationError({"state": "This quotation needs no approval; it can be sent."})
    if not QuotationLine.select().where(QuotationLine.quotation == quotation_id).exists():
        raise ValidationError({"lines": "Add at least one line."})
    salesperson = User.get_by_id(quotation.salesperson_id)
    with db.atomic():
        move_state(actor, quotation, expected_version, "pending",
                   {"approved_by": None, "approved_at": None, "decision_comment": ""})
        for approver in approvers_for(salesperson, quotation.approval_discount):
            notify(approver.id, "quotation_approval", f"报价单 {quotation.number} 待审批",
                   f"{salesperson.display_name}: {quotation.currency} {quotation.total}",
                   "quotation", quotation.id)
    return quotation


def _decide(actor: User, quotation_id: int, expected_version: int, target: str, comment: str) -> Quotation:
    require(actor, "quotations.approve")
    quotation = get_quotation(actor, quotation_id)
    salesperson = User.get_by_id(quotation.salesperson_id)
    refusal = approval_refusal(actor, salesperson, quotation.approval_discount)
    if refusal:
        raise PermissionDenied(refusal)
    title = f"报价单 {quotation.number} {'已批准' if target == 'approved' else '已驳回'}"
    with db.atomic():
        move_state(actor, quotation, expected_version, target,
                   {"approved_by": actor.id, "approved_at": now(), "decision_comment": comment.strip()})
        notify(salesperson.id, f"quotation_{target}", title, comment.strip(), "quotation", quotation.id)
    return quotation


def approve(actor: User, quotation_id: int, expected_version: int, comment: str = "") -> Quotation:
    """Approve a pending quotation (managers; supervisors within their limit and team); the
    salesperson is notified. `approved_by`/`approved_at` record the decision."""
    return _decide(actor, quotation_id, expected_version, "approved", comment)


def reject(actor: User, quotation_id: int, expected_version: int, comment: str) -> Quotation:
    """Reject a pending quotation with a required comment; the salesperson is notified and may edit
    and submit it again. `approved_by`/`approved_at` then record who rejected it and when."""
    if not comment.strip():
        raise ValidationError({"comment": "Say why the quotation is rejected."})
    return _decide(actor, quotation_id, expected_version, "rejected", comment)
