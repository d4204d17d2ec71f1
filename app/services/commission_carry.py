"""Locked months are never rewritten: what changes them later enters the salesperson's next open month
as rows with `carried_from` = the locked month ("YYYY-MM").

A month is locked for a salesperson when their statement of it is approved or paid; open otherwise.
When month M is generated for salesperson S, the "run" is the locked months of S just before M (M−1,
M−2 … while locked): M is the first open month after each of them, so their changes come to M.

1. Clawbacks: a return line or a refund (negative payment) dated in M whose original lies in a locked
   month is carried from that month: the latest locked row of S for the same order line (returns) or
   the same order and rule (refunds), at that row's rule and rate, so the commission comes back at the
   rate it was paid. Without such an original it is an ordinary row of M.
2. Late entries: a source dated in a run month L but recorded (payment created, order confirmed,
   shipment shipped) at or after L's statement was generated, and in no statement yet, is carried from
   L at L's rate (the tier of L's attainment; marginal rules: the tier at L's basis total against L's
   target).
3. Reversals: a signed order listed in a run month's statement and cancelled since is carried from
   that month with the negated basis and commission, once.

Reading late entries scans the sources recorded since the earliest generation in the runs (no index
on recorded times; the sources dated in locked months are few of them in steady use).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from app.models.commission import CommissionRow, CommissionStatement
from app.models.order import Order, Payment, ShipmentLine
from app.models.target import Target
from app.services.commission_math import flat_commission, marginal_rate_at, tier_rate
from app.services.commission_sources import (
    Part,
    RowDraft,
    RuleChooser,
    SourceItem,
    Window,
    read_items,
    split_item,
)

LOCKED = ("approved", "paid")


@dataclass(frozen=True)
class Original:
    """The locked row a return or refund takes back: its month, rule and rate."""

    label: str
    rule_id: int | None
    rate: Decimal


@dataclass(frozen=True)
class LockedMonth:
    """A salesperson's approved or paid statement, as far as carrying needs it."""

    statement_id: int
    salesperson_id: int
    year: int
    month: int
    generated_at: dt.datetime
    attainment: Decimal | None
    basis_total: Decimal

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def _index(year: int, month: int) -> int:
    return year * 12 + month - 1


class Carry:
    """The carried rows of one generation of month (year, month) for `people`."""

    def __init__(self, year: int, month: int, people: set[int], rules: RuleChooser, teams: dict[int, int | None],
                 by_line: bool, current: dict[int, int]):
        self.year, self.month, self.rules, self.teams, self.by_line = year, month, rules, teams, by_line
        self.current = current  # salesperson -> id of their statement of this month (to ignore its rows)
        self.locked: dict[tuple[int, int], LockedMonth] = {}
        query = CommissionStatement.select().where(CommissionStatement.state.in_(LOCKED)
                                                   & CommissionStatement.salesperson.in_(sorted(people)))
        for s in query:
            if _index(s.year, s.month) < _index(year, month):
                self.locked[(s.salesperson_id, _index(s.year, s.month))] = LockedMonth(
                    s.id, s.salesperson_id, s.year, s.month, s.created_at, s.attainment, s.basis_total)
        self.runs = {p: self._run(p) for p in people}

    def _run(self, person: int) -> list[LockedMonth]:
        run, index = [], _index(self.year, self.month) - 1
        while (person, index) in self.locked:
            run.append(self.locked[(person, index)])
            index -= 1
        return run

    # ---- 1. clawbacks of returns and refunds dated in the month ----------------------------------

    def clawback(self, part: Part, originals: dict[tuple, Original]) -> RowDraft | None:
        """The carried row for a negative part whose original is locked, else None (an ordinary row)."""
        item = part.item
        key = (item.order_line_id,) if item.kind == "shipment" else (item.order_id, part.rule.id)
        original = originals.get((item.salesperson_id, *key))
        if original is None:
            return None
        rate = original.rate
        return RowDraft(item.kind, item.source_id, item.document, item.day, part.amount, original.rule_id, rate,
                        flat_commission(part.amount, rate), original.label, item.note)

    def originals(self, items: list[SourceItem]) -> dict[tuple, Original]:
        """The latest locked row of each negative item's original: keyed (salesperson, order line) for
        returns and (salesperson, order, rule) for refunds."""
        returns = {i.order_line_id for i in items if i.kind == "shipment" and i.amount < 0}
        refunds = {i.order_id for i in items if i.kind == "payment" and i.amount < 0}
        found: dict[tuple, Original] = {}
        for kind, ids, model, column in (("shipment", returns, ShipmentLine, ShipmentLine.order_line),
                                         ("payment", refunds, Payment, Payment.order)):
            if not ids:
                continue
            query = (CommissionRow.select(CommissionStatement.salesperson, CommissionStatement.year,
                                          CommissionStatement.month, CommissionRow.rule, CommissionRow.rate, column)
                     .join(CommissionStatement).switch(CommissionRow)
                     .join(model, on=(CommissionRow.source_id == model.id))
                     .where((CommissionRow.source_kind == kind) & (CommissionRow.basis_amount > 0)
                            & CommissionStatement.state.in_(LOCKED) & column.in_(sorted(ids)))
                     .order_by(CommissionStatement.year, CommissionStatement.month, CommissionRow.position).tuples())
            for person, year, month, rule_id, rate, origin in query:
                if _index(year, month) >= _index(self.year, self.month):
                    continue
                key = (origin,) if kind == "shipment" else (origin, rule_id)
                found[(person, *key)] = Original(f"{year:04d}-{month:02d}", rule_id, rate)  # the latest wins
        return found

    # ---- 2. late entries and 3. reversals --------------------------------------------------------

    def carried_rows(self) -> dict[int, list[RowDraft]]:
        """Late entries and reversals for every salesperson with a run (module notes)."""
        rows: dict[int, list[RowDraft]] = defaultdict(list)
        with_runs = {p: run for p, run in self.runs.items() if run}
        if not with_runs:
            return rows
        for person, row in self._late_entries(with_runs):
            rows[person].append(row)
        for person, row in self._reversals(with_runs):
            rows[person].append(row)
        return rows

    def _late_entries(self, runs: dict[int, list[LockedMonth]]):
        months = [m for run in runs.values() for m in run]
        first = min(months, key=lambda m: _index(m.year, m.month))
        window = Window(dt.date(first.year, first.month, 1), dt.date(self.year, self.month, 1) - dt.timedelta(days=1),
                        people=frozenset(runs), recorded_since=min(m.generated_at for m in months),
                        by_line=self.by_line)
        by_month = {(m.salesperson_id, _index(m.year, m.month)): m for m in months}
        candidates = []
        for item in read_items(window, frozenset({"collected", "signed", "shipped"})):
            locked = by_month.get((item.salesperson_id, _index(item.day.year, item.day.month)))
            if locked is not None and item.recorded_at is not None and item.recorded_at >= locked.generated_at:
                candidates.append((item, locked))
        listed = self._listed({i.key for i, _ in candidates})
        targets = self._targets({(m.salesperson_id, m.year, m.month) for _, m in candidates})
        for item, locked in candidates:
            if item.key in listed:
                continue
            for part in split_item(item, self.rules, self.teams.get(item.salesperson_id)):
                target = targets.get((locked.salesperson_id, locked.year, locked.month))
                rate = (marginal_rate_at(part.rule, target, locked.basis_total) if part.rule.marginal
                        else tier_rate(part.rule, locked.attainment))
                yield item.salesperson_id, RowDraft(item.kind, item.source_id, item.document, item.day, part.amount,
                                                    part.rule.id, rate, flat_commission(part.amount, rate),
                                                    locked.label, item.note)

    def _listed(self, keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
        """Which (kind, source id) already appear in a statement other than this month's drafts."""
        listed: set[tuple[str, int]] = set()
        by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, source_id in keys:
            by_kind[kind].append(source_id)
        ignored = sorted(self.current.values()) or [0]
        for kind, ids in by_kind.items():
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                query = (CommissionRow.select(CommissionRow.source_id).distinct()
                         .where((CommissionRow.source_kind == kind) & CommissionRow.source_id.in_(chunk)
                                & CommissionRow.statement.not_in(ignored)).tuples())
                listed.update((kind, source_id) for (source_id,) in query)
        return listed

    def _targets(self, months: set[tuple[int, int, int]]) -> dict[tuple[int, int, int], Decimal]:
        if not months:
            return {}
        years = sorted({y for _, y, _ in months})
        query = Target.select().where((Target.level == "salesperson") & Target.year.in_(years)
                                      & Target.key.in_(sorted({str(p) for p, _, _ in months})))
        return {(int(t.key), t.year, t.month): t.amount for t in query if (int(t.key), t.year, t.month) in months}

    def _reversals(self, runs: dict[int, list[LockedMonth]]):
        statements = {m.statement_id: m for run in runs.values() for m in run}
        query = (CommissionRow.select().join(Order, on=(CommissionRow.source_id == Order.id))
                 .where((CommissionRow.source_kind == "order") & (Order.state == "cancelled")
                        & (CommissionRow.basis_amount > 0) & CommissionRow.statement.in_(sorted(statements)))
                 .order_by(CommissionRow.statement, CommissionRow.position))
        rows = list(query)
        if not rows:
            return
        ignored = sorted(self.current.values()) or [0]
        reversed_ids = {source_id for (source_id,) in CommissionRow.select(CommissionRow.source_id).where(
            (CommissionRow.source_kind == "order") & (CommissionRow.basis_amount < 0)
            & (CommissionRow.carried_from != "")
            & CommissionRow.source_id.in_(sorted({r.source_id for r in rows}))
            & CommissionRow.statement.not_in(ignored)).tuples()}
        for row in rows:
            if row.source_id in reversed_ids:
                continue
            locked = statements[row.statement_id]
            yield locked.salesperson_id, RowDraft("order", row.source_id, row.document, row.source_date,
                                                  -row.basis_amount, row.rule_id, row.rate, -row.commission,
                                                  locked.label, row.note)
