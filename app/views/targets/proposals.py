"""The proposals of app/services/targets_split turned into figures for the grid (`{(level, key, month):
amount}`), which the user edits before saving.

The monthly split works on the annual figure on screen (typed or stored). The splits to teams or
industries and to salespeople split stored figures (the services read them): each month the parent
has, every child's year then being the sum of its months, so that months and levels add up alike
(a parent with only its annual figure has that split). The screen saves what was typed at the
parent level first.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from app.models.target import ANNUAL
from app.models.user import User
from app.services.errors import ValidationError
from app.services.targets_view import TargetLine
from app.views.targets.grid_model import Key, TargetGridModel

if TYPE_CHECKING:  # the proposals' module (and its queries) is imported when first used: the screen paints sooner
    from app.services.targets_split import Proposal


def monthly_split(actor: User, model: TargetGridModel) -> tuple[dict[Key, Decimal], str]:
    """The company's annual figure on screen split into its months; and the basis ("history" or "even").
    The company line must be shown with an annual figure."""
    from app.services.targets_split import propose_monthly_split

    row = model.row_of("company")
    proposal = propose_monthly_split(actor, model.year.year, annual=model.value(row, ANNUAL))
    return {("company", "", month): amount for month, amount in proposal.amounts.items()}, proposal.basis


def _split(line: TargetLine, level: str, propose: Callable[[int], Proposal],
           values: dict[Key, Decimal], bases: set[str]) -> None:
    """Add to `values` the split of each stored month of `line` (or of its year, when it has no month)
    under `level`, each child's year being the sum of its months. A month the service cannot split
    (no industry sold in it last year) is left to the user; when none can be split, its refusal is raised."""
    months = [m for m in range(1, 13) if line.cells[m].target is not None]
    if not months and line.cells[ANNUAL].target is not None:
        months = [ANNUAL]
    years: dict[str, Decimal] = {}
    refused: list[ValidationError] = []
    for month in months:
        try:
            proposal = propose(month)
        except ValidationError as exc:
            refused.append(exc)
            continue
        bases.add(proposal.basis)
        for key, amount in proposal.amounts.items():
            values[(level, key, month)] = amount
            years[key] = years.get(key, Decimal("0.00")) + amount
    if refused and len(refused) == len(months):
        raise refused[0]
    if months != [ANNUAL]:
        values.update({(level, key, ANNUAL): amount for key, amount in years.items()})


def middle_split(actor: User, model: TargetGridModel) -> tuple[dict[Key, Decimal], set[str]]:
    """The company's stored figures split to teams or industries; and the bases used."""
    from app.services.targets_split import propose_middle_split

    level, year, values, bases = model.year.middle, model.year.year, {}, set()
    _split(model.year.company, level, lambda month: propose_middle_split(actor, year, month, level), values, bases)
    return values, bases


def split_parents(actor: User, model: TargetGridModel) -> list[tuple[TargetLine, int | None]]:
    """The lines split to salespeople, with their team id: each team the user may split (by industry:
    the company, to every salesperson)."""
    if model.year.middle == "industry":
        return [(model.year.company, None)] if model.year.company is not None else []
    return [(line, int(line.key)) for line in model.year.middle_lines
            if actor.role == "manager" or line.key == str(actor.team_id)]


def salesperson_split(actor: User, model: TargetGridModel, basis: str) -> tuple[dict[Key, Decimal], set[str]]:
    """The stored figures of the parents (`split_parents`) split to their active salespeople by last
    year's share or by grade (`basis`); and the bases used."""
    from app.services.targets_split import propose_salesperson_split

    year, values, bases = model.year.year, {}, set()
    for line, team_id in split_parents(actor, model):
        _split(line, "salesperson",
               lambda month, team=team_id: propose_salesperson_split(actor, year, month, team, basis), values, bases)
    return values, bases
