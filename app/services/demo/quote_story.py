"""What happened to a demo quotation after it was written: its state, who decided on it and when,
when it was sent, its version and last change, along `services.quotation_states.TRANSITIONS`.

- Only a quotation that needs approval is pending, approved or rejected, and one that needs it was
  approved before it was sent (approved_by/approved_at/decision_comment are kept, as the service
  keeps them). The approver is a supervisor of the salesperson's team whose limit covers the
  discount (`quotation_approval.approval_refusal` says none), else the manager.
- Sent quotations are still valid; one past `valid_until` became expired the day after, as
  `quotations.expire_quotations` does at start-up. Drafts, rejected and decided ones may be old.
- `converted` comes later, with the orders (orders.py turns most accepted quotations into orders).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.models.base import now
from app.models.user import User
from app.services.demo.clock import HISTORY_DAYS, DemoClock
from app.services.quotation_approval import approval_refusal

# (state, weight) while the quotation is still valid, with and without need of approval (those that
# need it move slower), and after its validity
_VALID_APPROVAL = (("draft", 10), ("pending", 25), ("rejected", 10), ("approved", 15), ("sent", 25),
                   ("accepted", 12), ("declined", 5))
_VALID = (("draft", 15), ("sent", 50), ("accepted", 25), ("declined", 10))
_PAST = (("draft", 4), ("rejected", 3), ("accepted", 40), ("declined", 18), ("expired", 35))
APPROVAL_ONLY = frozenset({"pending", "rejected", "approved"})
APPROVED_COMMENTS = ("", "", "同意。", "同意，注意回款风险。", "同意，按年度框架价格执行。", "特价仅限本单。")
REJECTED_COMMENTS = ("折扣超出权限，请控制在{limit}%以内再提交。", "低于底价，请与客户重新协商。",
                     "请先确认客户的年度采购量再申请特价。", "毛利过低，不予批准。")


@dataclass
class Story:
    """The columns of a quotation that its history decides."""

    state: str
    version: int
    updated_at: str
    updated_by: int | None
    approved_by: int | None = None
    approved_at: str | None = None
    decision_comment: str = ""
    sent_at: str | None = None
    sent_day: int | None = None


def path_to(state: str, approval: bool) -> list[str]:
    """The states a quotation passed through to reach `state`, with or without approval (each step
    one that `quotation_states.TRANSITIONS` allows; the tests check every path)."""
    start = ["draft", "pending"] if approval else ["draft"]
    tail = {"draft": [], "pending": [], "rejected": ["rejected"], "approved": ["approved"]}.get(state)
    if tail is None:  # sent and what follows it
        tail = (["approved"] if approval else []) + ["sent"] + ([] if state == "sent" else [state])
    return start[:1] if state == "draft" else start + tail


class StoryTeller:
    """Decides demo quotations' histories for the accounts in `users`."""

    def __init__(self, rng: random.Random, clock: DemoClock, users: Sequence[User]):
        self.rng, self.clock = rng, clock
        self.manager = next(u for u in users if u.role == "manager")
        self._supervisors = [u for u in users if u.role == "supervisor"]

    def state(self, needs_approval: bool, valid_until_day: int, revisable: bool = False) -> str:
        """A final state that fits: `revisable` asks for one a revision can follow (sent, or expired
        once its validity passed)."""
        if revisable:
            return "sent" if valid_until_day >= HISTORY_DAYS else "expired"
        if valid_until_day >= HISTORY_DAYS:
            table = _VALID_APPROVAL if needs_approval else _VALID
        else:
            table = [(s, w) for s, w in _PAST if needs_approval or s not in APPROVAL_ONLY]
        return self.rng.choices([s for s, _w in table], weights=[w for _s, w in table])[0]

    @staticmethod
    def fits(state: str, needs_approval: bool, valid_until_day: int) -> bool:
        """Whether a quotation may be in `state`: approval states only with need of approval, sent,
        pending and approved only while valid, expired only after."""
        if state in APPROVAL_ONLY and not needs_approval:
            return False
        if state in ("sent", "pending", "approved"):
            return valid_until_day >= HISTORY_DAYS
        return state != "expired" or valid_until_day < HISTORY_DAYS

    def approver(self, salesperson: User, discount: Decimal) -> User:
        """Who decided: mostly a supervisor of the team whose limit covers it, else the manager."""
        able = [u for u in self._supervisors if approval_refusal(u, salesperson, discount) is None]
        return self.rng.choice(able) if able and self.rng.random() < 0.8 else self.manager

    def tell(self, state: str, salesperson: User, approval_discount: Decimal, day: int, created: str,
             valid_until_day: int, needs_approval: bool) -> Story:
        """The history of a quotation written at `created` (on `day`) that ended in `state`."""
        rng, clock = self.rng, self.clock
        path = path_to(state, needs_approval)
        latest_day = min(clock.last_day, valid_until_day)
        story = Story(state, len(path), created, salesperson.id)
        at_day, at = day, created
        if "pending" in path and state != "pending":
            approver = self.approver(salesperson, approval_discount)
            at_day, at = self._later(at_day, at, rng.randint(0, 2), latest_day)
            comments = REJECTED_COMMENTS if state == "rejected" else APPROVED_COMMENTS
            story.approved_by, story.approved_at = approver.id, at
            story.decision_comment = rng.choice(comments).format(limit=_plain(salesperson.discount_limit))
            story.updated_at, story.updated_by = at, approver.id
        if "sent" in path:
            at_day, at = self._later(at_day, at, rng.choice((0, 0, 1, 2, 3)), latest_day)
            story.sent_at, story.sent_day = at, at_day
            story.updated_at, story.updated_by = at, salesperson.id
        if state in ("accepted", "declined"):
            at_day, at = self._later(at_day, at, rng.randint(1, 20), latest_day)
            story.updated_at = at
        elif state == "expired":  # the expiry pass on the first day after the validity
            expired_at = clock.stamp(valid_until_day + 1, 30_600) if valid_until_day < clock.last_day else str(now())
            story.updated_at, story.updated_by = max(at, expired_at), None
        elif state == "pending":  # submitted soon after it was written
            story.updated_at = str(dt.datetime.fromisoformat(created) + dt.timedelta(seconds=rng.randint(300, 3600)))
        return story

    def _later(self, day: int, at: str, days: int, latest_day: int) -> tuple[int, str]:
        """A moment on the day `days` days after `day` (not before `at`), never after `latest_day`."""
        target = max(day, min(day + days, latest_day))
        moment_day, moment = self.clock.moment(self.rng, target, target)
        return max(day, moment_day), max(at, moment)


def _plain(percent: Decimal) -> str:
    """10.00 -> "10", 7.50 -> "7.5"."""
    text = f"{percent:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
