"""Monthly commission statements (提成结算单): generate a month for every salesperson, approve (lock),
mark paid. DOMAIN.md "Commission"; the pricing is `commission_math`, the sources `commission_sources`,
what later changes to locked months become `commission_carry`.

Generation reads each basis with one grouped query for the whole month (plus one for product-line
weights when product-line rules exist, and a few for carried rows), prices every salesperson's rows in
memory and writes only the statements whose rows changed: regenerating a draft whose sources did not
change writes nothing, and gives the same rows and totals. Approved and paid statements are never
touched. Salespeople: every active user with the role "sales", plus whoever is the salesperson of a
source row of the month (a supervisor or manager who sells, or someone who left), plus the holders of
the month's drafts (a draft whose sources went away becomes empty).

Generation reports `progress(done, total)` (app.services.progress): total 0 while it reads the month,
then one step per salesperson whose statement it works out. `Cancelled` raised from the callback
rolls the whole generation back: nothing of it is kept.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from app.models.base import db, now
from app.models.commission import CommissionRow, CommissionStatement
from app.models.target import Target
from app.models.user import User
from app.reports.kpi import Period, attainment, revenue
from app.services import audit
from app.services.commission_carry import Carry, Original
from app.services.commission_math import flat_commission, price_row, tier_rate
from app.services.commission_rules import active_rules
from app.services.commission_sources import (
    RowDraft,
    RuleChooser,
    SourceItem,
    basis_sellers,
    month_window,
    read_items,
    source_people,
    split_item,
)
from app.services.errors import NotFound, ValidationError
from app.services.locking import save_changes
from app.services.permissions import require
from app.services.progress import ProgressCallback, no_progress

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class GeneratedStatement:
    """What generation did for one salesperson: `outcome` is "created", "updated", "unchanged" or
    "locked" (an approved or paid statement, left as it was)."""

    salesperson_id: int
    statement_id: int
    state: str
    outcome: str
    rows: int
    basis_total: Decimal
    total: Decimal


def check_month(year: int, month: int) -> None:
    """ValidationError unless (year, month) is a calendar month of 2000 - 2100."""
    errors = {}
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        errors["year"] = "A year from 2000 to 2100."
    if not isinstance(month, int) or not 1 <= month <= 12:
        errors["month"] = "A month from 1 to 12."
    if errors:
        raise ValidationError(errors)


def month_targets(year: int, month: int) -> dict[int, Decimal]:
    """Salesperson id -> their target for the month (level "salesperson", key = the user id)."""
    query = Target.select(Target.key, Target.amount).where(
        (Target.year == year) & (Target.month == month) & (Target.level == "salesperson")).tuples()
    return {int(key): amount for key, amount in query if key.isdigit()}


def _price(items: list[SourceItem], rules: RuleChooser, team_id: int | None, achieved: Decimal | None,
           target: Decimal | None, carry: Carry, originals: dict[tuple, Original]) -> list[RowDraft]:
    """One salesperson's rows of the month in statement order; marginal rows share one position line."""
    position = Decimal(0)
    regular: list[RowDraft] = []
    flat_rates: dict[int, Decimal] = {}
    carried: list[RowDraft] = []
    for item in sorted(items, key=SourceItem.sort_key):
        for part in split_item(item, rules, team_id):
            clawback = carry.clawback(part, originals) if part.amount < 0 else None
            if clawback is not None:
                carried.append(clawback)
                continue
            rule = part.rule
            if rule.marginal:
                priced = price_row(rule, part.amount, attainment=achieved, target=target, position=position)
                rate, commission = priced.rate, priced.commission
            else:  # price_row's whole-amount branch, the tier looked up once per rule
                rate = flat_rates.get(rule.id)
                if rate is None:
                    rate = flat_rates[rule.id] = tier_rate(rule, achieved)
                commission = flat_commission(part.amount, rate)
            position += part.amount
            regular.append(RowDraft(item.kind, item.source_id, item.document, item.day, part.amount, rule.id,
                                    rate, commission, "", item.note))
    return regular + carried


def _as_tuple(row: RowDraft) -> tuple:
    """A row as the database driver returns it (cents, hundredths, ISO date), for comparing."""
    return (row.kind, row.source_id, row.document, row.day.isoformat(), int(row.basis * 100), row.rule_id,
            int(row.rate * 100), int(row.commission * 100), row.carried_from, row.note)


def _stored_rows(statement_ids: list[int]) -> dict[int, list[tuple]]:
    """The stored rows of these statements in position order, in `_as_tuple` form (raw driver values:
    model instances for 100,000 rows would cost seconds)."""
    stored: dict[int, list[tuple]] = defaultdict(list)
    if statement_ids:
        r = CommissionRow
        query = (r.select(r.statement, r.source_kind, r.source_id, r.document, r.source_date, r.basis_amount, r.rule,
                          r.rate, r.commission, r.carried_from, r.note)
                 .where(r.statement.in_(statement_ids)).order_by(r.statement, r.position))
        for statement_id, kind, source_id, document, day, basis, rule_id, rate, commission, carried, note in (
                db.execute(query).fetchall()):
            day = day.isoformat() if isinstance(day, dt.date) else str(day)[:10]
            stored[statement_id].append((kind, source_id, document, day, int(basis), rule_id, int(rate),
                                         int(commission), carried, note))
    return stored


_BATCH = 1000
_ROW_COLUMNS = (CommissionRow.statement, CommissionRow.position, CommissionRow.source_kind, CommissionRow.source_id,
                CommissionRow.document, CommissionRow.source_date, CommissionRow.basis_amount, CommissionRow.rule,
                CommissionRow.rate, CommissionRow.commission, CommissionRow.carried_from, CommissionRow.note)


def _quoted(name: str) -> str:
    opening, closing = db.quote  # '""' on SQLite and PostgreSQL
    return f"{opening}{name}{closing}"


def _insert_rows(statement_id: int, rows: list[RowDraft], values: list[tuple]) -> None:
    """Insert the rows (`values`: their `_as_tuple` form, integer cents and hundredths) as numbered
    positions 1..n, in multi-row INSERTs of 1,000 rows: peewee's insert_many converts every value
    through its field and builds the SQL node by node, seconds on 100,000 rows."""
    if not rows:
        return
    table = _quoted(CommissionRow._meta.table_name)
    columns = ", ".join(_quoted(f.column_name) for f in _ROW_COLUMNS)
    day = CommissionRow.source_date.db_value
    group = "(" + ", ".join([db.param] * len(_ROW_COLUMNS)) + ")"
    for start in range(0, len(rows), _BATCH):
        params: list = []
        chunk = rows[start:start + _BATCH]
        for index, (row, value) in enumerate(zip(chunk, values[start:start + _BATCH], strict=True)):
            kind, source_id, document, _, basis, rule_id, rate, commission, carried_from, note = value
            params += (statement_id, start + index + 1, kind, source_id, document, day(row.day), basis, rule_id,
                       rate, commission, carried_from, note)
        db.execute_sql(f"INSERT INTO {table} ({columns}) VALUES {', '.join([group] * len(chunk))}", params)


def _write(actor: User, year: int, month: int, person: int, statement: CommissionStatement | None,
           rows: list[RowDraft], achieved: Decimal | None, stored: list[tuple],
           changes: list) -> GeneratedStatement:
    basis_total = sum((r.basis for r in rows), ZERO)
    total = sum((r.commission for r in rows), ZERO)
    fresh = [_as_tuple(r) for r in rows]
    if statement is not None and fresh == stored and statement.attainment == achieved:
        return GeneratedStatement(person, statement.id, "draft", "unchanged", len(rows), basis_total, total)
    stamp = now()
    if statement is None:
        statement = CommissionStatement.create(salesperson=person, year=year, month=month, state="draft",
                                               basis_total=basis_total, total=total, attainment=achieved,
                                               created_at=stamp, updated_at=stamp, updated_by=actor.id)
        outcome, before = "created", (None, None)
    else:
        CommissionRow.delete().where(CommissionRow.statement == statement.id).execute()
        CommissionStatement.update(basis_total=basis_total, total=total, attainment=achieved, created_at=stamp,
                                   version=CommissionStatement.version + 1, updated_at=stamp,
                                   updated_by=actor.id).where(CommissionStatement.id == statement.id).execute()
        outcome, before = "updated", (statement.total, len(stored))
    _insert_rows(statement.id, rows, fresh)
    changes.append((statement.id, {"total": (before[0], total), "rows": (before[1], len(rows)),
                                   "salesperson": (None, person), "month": (None, f"{year:04d}-{month:02d}")}))
    return GeneratedStatement(person, statement.id, "draft", outcome, len(rows), basis_total, total)


def generate_month(actor: User, year: int, month: int, progress: ProgressCallback | None = None
                   ) -> list[GeneratedStatement]:
    """Draft statements of (year, month) for every salesperson (module notes), one transaction: each
    lists every source row with its rule, rate and commission, then the carried rows of locked months,
    and its totals. Existing drafts are replaced (only when their rows changed); approved and paid
    statements are left as they are. Managers only; each written statement is audited. `progress`:
    (0, 0) while reading, then (salespeople done, salespeople to do); Cancelled from it rolls back."""
    require(actor, "commissions.manage")
    check_month(year, month)
    progress = progress or no_progress
    progress(0, 0)
    rules = active_rules()
    by_line = any(r.scope == "product_line" for r in rules)
    bases = frozenset(r.basis for r in rules)
    with db.atomic():
        every_team = dict(User.select(User.id, User.team).tuples())
        window = month_window(year, month, by_line=by_line)
        existing = {s.salesperson_id: s for s in CommissionStatement.select().where(
            (CommissionStatement.year == year) & (CommissionStatement.month == month))}
        window.only = basis_sellers(rules, every_team)  # rows nobody's rule of their basis can price
        window.skipped = frozenset(p for p, s in existing.items() if s.state != "draft")  # locked: not read
        items = read_items(window, bases) if bases else []
        progress(0, 0)
        sellers = {u.id for u in User.select(User.id).where((User.active == True) & (User.role == "sales"))}  # noqa: E712
        people = sellers | {i.salesperson_id for i in items} | set(existing)
        for basis, readers in window.only.items():  # whoever has unread rows still gets a statement
            if basis in bases:
                people |= source_people(window, basis, sorted(set(every_team) - people - readers))
        teams = {p: every_team.get(p) for p in people}
        drafts = {p: s.id for p, s in existing.items() if s.state == "draft"}
        results = [GeneratedStatement(p, s.id, s.state, "locked", -1, s.basis_total, s.total)
                   for p, s in existing.items() if s.state != "draft"]
        todo = {p for p in people if p not in existing or p in drafts}
        chooser = RuleChooser(rules)
        carry = Carry(year, month, todo, chooser, teams, by_line, drafts)
        mine = [i for i in items if i.salesperson_id in todo]
        originals = carry.originals(mine)
        progress(0, 0)
        carried = carry.carried_rows()
        actual = revenue(actor, Period.month(year, month), ("salesperson",))
        progress(0, 0)
        targets = month_targets(year, month)
        by_person: dict[int, list[SourceItem]] = defaultdict(list)
        for item in mine:
            by_person[item.salesperson_id].append(item)
        stored = _stored_rows(sorted(drafts.values()))
        changes: list = []
        progress(0, len(todo))
        for done, person in enumerate(sorted(todo), 1):
            achieved = attainment(actual.get((person,), ZERO), targets.get(person))
            rows = _price(by_person[person], chooser, teams.get(person), achieved, targets.get(person), carry,
                          originals)
            carried_rows = sorted(carried.get(person, []) + [r for r in rows if r.carried_from],
                                  key=RowDraft.sort_key)
            rows = [r for r in rows if not r.carried_from] + carried_rows
            statement = existing.get(person)
            results.append(_write(actor, year, month, person, statement, rows, achieved,
                                  stored.get(statement.id, []) if statement else [], changes))
            progress(done, len(todo))
        audit.record_many(actor, "commission_statement", "generate", changes)
    return sorted(results, key=lambda r: r.salesperson_id)


def _statement(statement_id: int) -> CommissionStatement:
    statement = CommissionStatement.get_or_none(CommissionStatement.id == statement_id)
    if statement is None:
        raise NotFound(f"Commission statement {statement_id} does not exist.")
    return statement


def approve_statement(actor: User, statement_id: int, expected_version: int) -> CommissionStatement:
    """Approve (审核) a draft statement: it is locked from now on; later changes to its month enter
    the salesperson's next open month as carried rows. Managers; version-checked and audited."""
    require(actor, "commissions.manage")
    statement = _statement(statement_id)
    if statement.state != "draft":
        raise ValidationError({"state": "Only a draft statement can be approved."})
    save_changes(actor, statement, expected_version,
                 {"state": "approved", "approved_by": actor.id, "approved_at": now()}, "commission_statement")
    return statement


def approve_month(actor: User, year: int, month: int) -> int:
    """Approve every draft statement of the month as it stands; returns how many were approved."""
    require(actor, "commissions.manage")
    check_month(year, month)
    drafts = list(CommissionStatement.select().where((CommissionStatement.year == year)
                                                     & (CommissionStatement.month == month)
                                                     & (CommissionStatement.state == "draft")))
    with db.atomic():
        for statement in drafts:
            approve_statement(actor, statement.id, statement.version)
    return len(drafts)


def mark_paid(actor: User, statement_id: int, expected_version: int, paid_on: dt.datetime | None = None
              ) -> CommissionStatement:
    """Record that an approved statement's commission was paid out (已发放). Managers; audited."""
    require(actor, "commissions.manage")
    statement = _statement(statement_id)
    if statement.state != "approved":
        raise ValidationError({"state": "Only an approved statement can be marked paid."})
    save_changes(actor, statement, expected_version, {"state": "paid", "paid_at": paid_on or now()},
                 "commission_statement")
    return statement
