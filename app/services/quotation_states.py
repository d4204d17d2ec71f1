"""The quotation state machine (DOMAIN.md "Quotation"): which state may follow which.

draft → pending (needs approval) | sent (needs none); pending → approved | rejected;
rejected → draft (edited) | pending (submitted again); approved → sent;
sent → accepted | declined | expired; accepted → converted (the order issue).
A sent quotation never changes again: a new revision replaces it (`quotations.make_revision`).
"""

from __future__ import annotations

from app.services.errors import ValidationError

TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"pending", "sent"}),
    "pending": frozenset({"approved", "rejected"}),
    "approved": frozenset({"sent"}),
    "rejected": frozenset({"draft", "pending"}),
    "sent": frozenset({"accepted", "declined", "expired"}),
    "accepted": frozenset({"converted"}),
    "declined": frozenset(),
    "expired": frozenset(),
    "converted": frozenset(),
}

EDITABLE_STATES = frozenset({"draft", "rejected"})

LABELS_ZH = {"draft": "草稿", "pending": "待审批", "approved": "已批准", "rejected": "已驳回", "sent": "已发送",
             "accepted": "客户接受", "declined": "客户拒绝", "expired": "已过期", "converted": "已转合同"}


def may_move(current: str, target: str, transitions: dict[str, frozenset[str]] = TRANSITIONS) -> bool:
    """True when the transitions table (the quotations' unless another document's is given) allows
    `current` -> `target`."""
    return target in transitions.get(current, frozenset())


def check_transition(current: str, target: str) -> None:
    """Raise ValidationError({"state": ...}) unless `current` -> `target` is allowed."""
    if not may_move(current, target):
        raise ValidationError({"state": f"A quotation in state {current!r} cannot become {target!r}."})
