"""The commission rule engine (DOMAIN.md "Commission"): pure functions on Decimal, no database.

Which rule: a rule governs a (salesperson, team, product line, day) when it is active, the day lies
within valid_from..valid_to (both included, valid_to None = open) and its scope matches. Among those
the most specific scope wins: salesperson > team > product_line > all; among equals the latest
valid_from, then the highest id (the newer rule). The winning rule's basis decides which source rows
count for that product line on that day, so one amount never earns commission twice.

Which rate: a rule without tiers pays its flat `rate`. Tiers are (from %, rate %) pairs, ascending
from 0; a tier applies from its attainment (inclusive) up to the next tier's (exclusive): with
[0 → 2, 80 → 3, 100 → 5], 79.99 % pays 2, 80 % pays 3, 100 % and 100.01 % pay 5. Attainment is the
salesperson's monthly revenue / target, rounded half-up to 0.01 % (`reports.kpi.attainment`): the
figure printed on the statement is the figure that decides. Without a target (none or 0) the lowest
tier applies.

- "whole": every row of the month at the rate of the tier the attainment reached.
- "marginal": the basis is measured against the target. The month's rows are laid end to end in
  statement order; a row occupying basis positions p .. p + b earns the integral of the tier rate over
  that stretch, where position x stands for attainment x / target × 100. So with a target of
  100,000.00 and the tiers above, basis 0 - 80,000 pays 2 %, 80,000 - 100,000 pays 3 %, above 5 %.
  A negative row (a return in the month) walks back over the stretch it undoes. All rules of the
  statement share one position line (the salesperson's whole commissionable basis counts toward the
  accelerator); each row is priced with its own rule's tiers. Without a target every position is in
  the lowest tier. Before position 0 (returns exceeding the month) the lowest tier applies.

Rounding: each row's commission is rounded half-up to the cent once, from the exact value; the
statement total is the sum of the rounded rows. A marginal row shows its effective rate
(commission / basis) rounded to 0.01 %.
"""

from __future__ import annotations

import datetime as dt
import decimal
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
_EXACT = decimal.Context(prec=60, rounding=ROUND_HALF_UP)
SCOPE_RANK = {"salesperson": 3, "team": 2, "product_line": 1, "all": 0}
MAX_TIERS = 20


@dataclass(frozen=True)
class Tier:
    """From `start` % attainment (inclusive) the rule pays `rate` %."""

    start: Decimal
    rate: Decimal


@dataclass(frozen=True)
class Rule:
    """A commission rule as the engine sees it (built from a CommissionRule row by the services)."""

    id: int
    name: str
    basis: str
    scope: str
    scope_key: str
    rate: Decimal | None
    tiers: tuple[Tier, ...]
    tier_mode: str
    valid_from: dt.date
    valid_to: dt.date | None
    active: bool = True

    def valid_on(self, day: dt.date) -> bool:
        return self.active and self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def matches(self, salesperson_id: int, team_id: int | None, product_line_id: int | None) -> bool:
        key = {"all": "", "salesperson": str(salesperson_id), "team": "" if team_id is None else str(team_id),
               "product_line": "" if product_line_id is None else str(product_line_id)}[self.scope]
        return self.scope == "all" or (key != "" and key == self.scope_key)

    @property
    def marginal(self) -> bool:
        return bool(self.tiers) and self.tier_mode == "marginal"


def round_cents(value: Decimal) -> Decimal:
    """`value` half-up to the cent (0.005 → 0.01, −0.005 → −0.01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=_EXACT)


# ---- tiers as stored -----------------------------------------------------------------------------

def parse_tiers(text: str) -> tuple[Tier, ...]:
    """The stored JSON list of [from %, rate %] string pairs as Tiers ("" = no tiers); ValueError with
    a sentence when the text is not such a list (order and ranges are checked by `tier_problem`)."""
    if not text.strip():
        return ()
    try:
        pairs = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError("Tiers must be a list of [from %, rate %] pairs.") from exc
    if not isinstance(pairs, list):
        raise ValueError("Tiers must be a list of [from %, rate %] pairs.")
    return tuple(_tier(pair) for pair in pairs)


def _tier(pair: object) -> Tier:
    if not isinstance(pair, list | tuple) or len(pair) != 2 or any(isinstance(v, bool | float) for v in pair):
        raise ValueError("Each tier is a pair [from %, rate %] of numbers written as text.")
    try:
        start, rate = (Decimal(str(v).strip()) for v in pair)
    except decimal.InvalidOperation as exc:
        raise ValueError("Each tier is a pair [from %, rate %] of numbers written as text.") from exc
    if not (start.is_finite() and rate.is_finite()):
        raise ValueError("Each tier is a pair [from %, rate %] of numbers written as text.")
    return Tier(start, rate)


def tiers_text(tiers: Sequence[Tier]) -> str:
    """Tiers as the stored JSON ("" for none), e.g. [["0","2"],["80","3"]]."""
    if not tiers:
        return ""
    return json.dumps([[_plain(t.start), _plain(t.rate)] for t in tiers], separators=(",", ":"))


def _plain(value: Decimal) -> str:
    text = format(value.quantize(CENT), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def tier_problem(tiers: Sequence[Tier]) -> str | None:
    """What is wrong with `tiers` as a sentence, None when they are usable: the first starts at 0,
    starts strictly ascend, starts are 0 - 10,000 % and rates 0 - 100 % with at most two decimals."""
    if not tiers:
        return None
    if len(tiers) > MAX_TIERS:
        return f"At most {MAX_TIERS} tiers."
    if tiers[0].start != 0:
        return "The first tier starts at 0 %."
    for previous, tier in itertools.pairwise(tiers):
        if tier.start <= previous.start:
            return "Tier starts must ascend."
    for tier in tiers:
        if not (0 <= tier.start <= 10000) or tier.start != tier.start.quantize(CENT):
            return "Tier starts are 0 - 10000 % with at most two decimals."
        if not rate_ok(tier.rate):
            return "Tier rates are 0 - 100 % with at most two decimals."
    return None


def rate_ok(rate: Decimal) -> bool:
    """A rate is 0 - 100 % with at most two decimals."""
    return 0 <= rate <= HUNDRED and rate == rate.quantize(CENT)


# ---- choosing the rule and the rate --------------------------------------------------------------

def choose_rule(rules: Iterable[Rule], day: dt.date, salesperson_id: int, team_id: int | None,
                product_line_id: int | None) -> Rule | None:
    """The rule governing this salesperson's sale of this product line on `day` (module notes), or None."""
    best: Rule | None = None
    for rule in rules:
        if not rule.valid_on(day) or not rule.matches(salesperson_id, team_id, product_line_id):
            continue
        if best is None or _precedence(rule) > _precedence(best):
            best = rule
    return best


def _precedence(rule: Rule) -> tuple[int, dt.date, int]:
    return (SCOPE_RANK[rule.scope], rule.valid_from, rule.id)


def tier_rate(rule: Rule, attainment: Decimal | None) -> Decimal:
    """The rate of the tier `attainment` (a percentage, None = no target) reached; the flat rate
    without tiers. Without a target the lowest tier."""
    if not rule.tiers:
        return rule.rate if rule.rate is not None else Decimal(0)
    if attainment is None:
        return rule.tiers[0].rate
    rate = rule.tiers[0].rate
    for tier in rule.tiers:
        if attainment >= tier.start:
            rate = tier.rate
    return rate


def flat_commission(basis: Decimal, rate: Decimal) -> Decimal:
    """basis × rate / 100, half-up to the cent."""
    return round_cents(_EXACT.divide(_EXACT.multiply(basis, rate), HUNDRED))


def _earned_to(rule: Rule, target: Decimal | None, position: Decimal) -> Decimal:
    """Exact commission of the basis stretch 0 .. position under marginal tiers (negative below 0)."""
    tiers = rule.tiers
    if target is None or target <= 0 or position <= 0:
        return _EXACT.divide(_EXACT.multiply(position, tiers[0].rate), HUNDRED)
    earned = Decimal(0)
    for index, tier in enumerate(tiers):
        low = _EXACT.divide(_EXACT.multiply(target, tier.start), HUNDRED)
        if position <= low:
            break
        high = (_EXACT.divide(_EXACT.multiply(target, tiers[index + 1].start), HUNDRED)
                if index + 1 < len(tiers) else None)
        top = position if high is None or position < high else high
        earned = _EXACT.add(earned, _EXACT.divide(_EXACT.multiply(_EXACT.subtract(top, low), tier.rate), HUNDRED))
    return earned


@dataclass(frozen=True)
class Priced:
    """A row priced: its commission (cents) and the rate shown (the effective rate when marginal)."""

    commission: Decimal
    rate: Decimal


def price_row(rule: Rule, basis: Decimal, *, attainment: Decimal | None, target: Decimal | None,
              position: Decimal) -> Priced:
    """The commission of one row of `basis` under `rule`. `position` is where the row starts on the
    month's basis line (used by marginal tiers only); `attainment` picks the tier otherwise."""
    if not rule.marginal:
        rate = tier_rate(rule, attainment)
        return Priced(flat_commission(basis, rate), rate)
    exact = _EXACT.subtract(_earned_to(rule, target, _EXACT.add(position, basis)), _earned_to(rule, target, position))
    commission = round_cents(exact)
    rate = (_EXACT.divide(_EXACT.multiply(exact, HUNDRED), basis).quantize(CENT, rounding=ROUND_HALF_UP)
            if basis else tier_rate(rule, None if target is None else _position_attainment(position, target)))
    return Priced(commission, rate)


def _position_attainment(position: Decimal, target: Decimal) -> Decimal | None:
    return _EXACT.divide(_EXACT.multiply(position, HUNDRED), target) if target > 0 else None


def marginal_rate_at(rule: Rule, target: Decimal | None, position: Decimal) -> Decimal:
    """The rate the next unit of basis earns at `position` (a carried row into a locked month's end)."""
    if not rule.marginal:
        raise ValueError("only for marginal rules")
    if target is None or target <= 0:
        return rule.tiers[0].rate
    return tier_rate(rule, _position_attainment(position, target))


# ---- splitting amounts ---------------------------------------------------------------------------

def split_by_weights(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """`amount` shared in proportion to `weights`, each part half-up to the cent except the last,
    which takes the remainder, so the parts add up to `amount` exactly. Zero total weight puts the
    whole amount on the last part."""
    total = sum(weights, Decimal(0))
    if not weights:
        return []
    if total == 0:
        return [Decimal("0.00")] * (len(weights) - 1) + [amount]
    parts = [round_cents(_EXACT.divide(_EXACT.multiply(amount, w), total)) for w in weights[:-1]]
    return [*parts, amount - sum(parts, Decimal(0))]
