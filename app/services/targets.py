"""Sales targets (销售目标): entering and changing figures, and copying a year's structure.

A figure is (year, month, level, key) → amount; month 0 is the annual figure, 1-12 the months.
Levels: "company" (key ""), "team" (team id), "industry" (industry name), "salesperson" (user id);
keys are stored as text. Proposals live in `targets_split`, the screen's reading in `targets_view`.

Who may write: managers every figure; a supervisor only salesperson figures of their own team's
members (`targets.edit`). Every write is checked against the version the user saw (new figures:
None), audited, and a batch is saved all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from peewee import IntegrityError

from app.models.base import db
from app.models.target import ANNUAL, TARGET_LEVELS, Target
from app.models.user import Team, User
from app.services import audit
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.locking import save_changes
from app.services.permissions import require
from app.services.products import MAX_MONEY, parse_decimal
from app.services.quote_math import round_half_up

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class TargetFigure:
    """One figure to save: `expected_version` is the version read (None for a figure not yet stored)."""

    month: int
    level: str
    key: str
    amount: Decimal | str
    expected_version: int | None = None


def check_year(year: int, field: str = "year") -> int:
    """`year` if it is a plausible target year; ValidationError otherwise."""
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError({field: f"A year from {MIN_YEAR} to {MAX_YEAR}."})
    return year


def _clean(year: int, figure: TargetFigure) -> tuple[int, str, str, Decimal]:
    check_year(year)
    errors: dict[str, str] = {}
    if isinstance(figure.month, bool) or not isinstance(figure.month, int) or not 0 <= figure.month <= 12:
        errors["month"] = "A month from 1 to 12, or 0 for the annual figure."
    key = str(figure.key).strip()
    if figure.level not in TARGET_LEVELS:
        errors["level"] = f"One of {', '.join(TARGET_LEVELS)}."
    elif figure.level == "company" and key:
        errors["key"] = "The company figure has no key."
    elif figure.level == "team" and not (key.isdigit() and Team.select().where(Team.id == int(key)).exists()):
        errors["key"] = "No such team."
    elif figure.level == "salesperson" and not (key.isdigit() and User.select().where(User.id == int(key)).exists()):
        errors["key"] = "No such salesperson."
    elif figure.level == "industry" and not 0 < len(key) <= 80:
        errors["key"] = "An industry name of 1 to 80 characters."
    try:
        amount = parse_decimal(figure.amount, 2, low=Decimal(0), high=MAX_MONEY)
    except ValueError:
        errors["amount"] = "An amount of 0 or more with at most two decimals."
        amount = Decimal(0)
    if errors:
        raise ValidationError(errors)
    return figure.month, figure.level, key, amount


def team_member_ids(team_id: int | None) -> set[int]:
    """Ids of the users (any state) of a team."""
    if team_id is None:
        return set()
    return {row[0] for row in User.select(User.id).where(User.team == team_id).tuples()}


def check_may_edit(actor: User, figures: Iterable[tuple[str, str]]) -> None:
    """Raise PermissionDenied unless `actor` may write every (level, key) given."""
    require(actor, "targets.edit")
    if actor.role == "manager":
        return
    members = {str(i) for i in team_member_ids(actor.team_id)}
    for level, key in figures:
        if level != "salesperson" or key not in members:
            raise PermissionDenied("A supervisor sets only the targets of their own team's salespeople.")


def _write(actor: User, year: int, month: int, level: str, key: str, amount: Decimal,
           expected_version: int | None) -> Target:
    """Create or update one figure inside the caller's transaction."""
    stored = Target.get_or_none((Target.year == year) & (Target.month == month) & (Target.level == level)
                                & (Target.key == key))
    if stored is None:
        if expected_version is not None:
            raise ConflictError("This target was removed meanwhile; reload.")
        try:
            with db.atomic():
                target = Target.create(year=year, month=month, level=level, key=key, amount=amount,
                                       updated_by=actor.id)
        except IntegrityError as exc:
            raise ConflictError("Someone else entered this target meanwhile; reload to see it.") from exc
        audit.record(actor, "target", target.id, "create",
                     {"year": (None, year), "month": (None, month), "level": (None, level), "key": (None, key),
                      "amount": (None, amount)})
        return target
    if expected_version is None:
        raise ConflictError("Someone else entered this target meanwhile; reload to see it.")
    save_changes(actor, stored, expected_version, {"amount": amount}, "target")
    return stored


def save_targets(actor: User, year: int, figures: list[TargetFigure]) -> list[Target]:
    """Store every figure of `year` given (new ones created, stored ones changed when their version is
    still the one read) in one transaction: all are saved or none. Returns the stored rows in the
    order given. ValidationError names the first bad figure's field; PermissionDenied when `actor`
    may not write one of them; ConflictError when one changed meanwhile."""
    cleaned = [_clean(year, figure) for figure in figures]
    seen = {(month, level, key) for month, level, key, _ in cleaned}
    if len(seen) != len(cleaned):
        raise ValidationError({"figures": "The same target is given twice."})
    check_may_edit(actor, [(level, key) for _, level, key, _ in cleaned])
    with db.atomic():
        return [_write(actor, year, month, level, key, amount, figure.expected_version)
                for (month, level, key, amount), figure in zip(cleaned, figures, strict=True)]


def set_target(actor: User, year: int, month: int, level: str, key: str, amount: Decimal | str,
               expected_version: int | None = None) -> Target:
    """Set one figure (a cell of the target screen): created when new, else changed if its version is
    still `expected_version`; audited. Same checks as `save_targets`."""
    return save_targets(actor, year, [TargetFigure(month, level, key, amount, expected_version)])[0]


def set_annual_target(actor: User, year: int, amount: Decimal | str, expected_version: int | None = None) -> Target:
    """The manager enters (or changes) the company's annual target for `year`."""
    return set_target(actor, year, ANNUAL, "company", "", amount, expected_version)


def copy_year(actor: User, from_year: int, to_year: int, percent: Decimal | str = "0") -> int:
    """Copy every target figure of `from_year` (levels, keys, months) to `to_year`, each amount scaled
    by (1 + percent/100) and rounded half-up to the cent (a scaled copy may therefore differ from its
    parent's sum by a few cents, which the screen flags). Managers only; refused when `to_year`
    already has figures. One transaction, one audit row. Returns the number of figures copied."""
    require(actor, "targets.edit")
    if actor.role != "manager":
        raise PermissionDenied("Only a manager copies a year's targets.")
    check_year(from_year, "from_year")
    check_year(to_year, "to_year")
    try:
        factor = 1 + parse_decimal(percent, 2, low=Decimal("-100"), high=Decimal("1000")) / 100
    except ValueError:
        raise ValidationError({"percent": "A percentage from -100 to 1000 with at most two decimals."}) from None
    if from_year == to_year:
        raise ValidationError({"to_year": "Copy to another year."})
    with db.atomic():
        if Target.select().where(Target.year == to_year).exists():
            raise ValidationError({"to_year": f"{to_year} already has targets."})
        rows = [{"year": to_year, "month": t.month, "level": t.level, "key": t.key,
                 "amount": round_half_up(t.amount * factor), "updated_by": actor.id}
                for t in Target.select().where(Target.year == from_year)]
        if not rows:
            raise ValidationError({"from_year": f"{from_year} has no targets to copy."})
        for start in range(0, len(rows), 500):
            Target.insert_many(rows[start:start + 500]).execute()
        audit.record(actor, "target", f"{to_year}", "copy_year",
                     {"from_year": (None, from_year), "percent": (None, str(percent)), "figures": (None, len(rows))})
    return len(rows)
