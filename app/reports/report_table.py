"""The one shape every report returns (报表): a title, the period and scope it covers, typed columns
and plain rows. The command line's --json, the Excel writer, the PDF and the report screen all
consume a `ReportTable`, so a figure is formatted in one place per output.

Row values are str | int | Decimal | date | None. Money is Decimal to the cent; a percentage is a
Decimal percentage with two decimals (Decimal("95.00") is 95 %), None when undefined (no target,
nothing to divide by).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

KINDS = ("text", "money", "percent", "count", "date", "number")


@dataclass(frozen=True)
class ReportColumn:
    """One column: the row key, the Chinese title shown to users, and how its values are formatted.

    kind: "text" | "money" (Decimal, two decimals) | "percent" (Decimal percentage, two decimals) |
    "count" (int) | "date" (dt.date) | "number" (Decimal with two decimals that is not money, e.g.
    days or follow-ups per salesperson).
    """

    key: str
    title: str
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.key!r}: kind {self.kind!r} is not one of {KINDS}")


@dataclass(frozen=True)
class ReportTable:
    """A report's rows. `total_keys` names the columns summed in a totals row (money/count only)."""

    name: str
    title: str
    period: str
    scope: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[dict[str, object], ...]
    total_keys: tuple[str, ...] = ()

    def column(self, key: str) -> ReportColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def totals(self) -> dict[str, object]:
        """{key: sum over the rows} for `total_keys`; None values count as 0."""
        sums: dict[str, object] = {}
        for key in self.total_keys:
            kind = self.column(key).kind
            zero: object = 0 if kind == "count" else Decimal("0.00")
            sums[key] = sum((row.get(key) or zero for row in self.rows), zero)
        return sums

    def as_json_rows(self) -> list[dict[str, object]]:
        """The rows with money, percentages and numbers as strings with two decimals and dates ISO;
        text and counts unchanged, None stays None."""
        return [{column.key: json_value(column, row.get(column.key)) for column in self.columns}
                for row in self.rows]

    def as_json(self) -> dict[str, object]:
        """The whole table as JSON-ready data (what `report NAME --json` prints)."""
        totals = self.totals()
        return {"report": self.name, "title": self.title, "period": self.period, "scope": self.scope,
                "columns": [{"key": c.key, "title": c.title, "kind": c.kind} for c in self.columns],
                "rows": self.as_json_rows(),
                "totals": {key: json_value(self.column(key), value) for key, value in totals.items()}}


def json_value(column: ReportColumn, value: object) -> object:
    """One value as JSON data: two-decimal strings for money/percent/number, ISO dates."""
    if value is None:
        return None
    if column.kind in ("money", "percent", "number"):
        return f"{Decimal(value):.2f}"
    if column.kind == "date" and isinstance(value, dt.date):
        return value.isoformat()
    return value


def value_text(column: ReportColumn, value: object, *, empty: str = "",
               money: Callable[[Decimal], str] | None = None, percent_sign: str = "%") -> str:
    """`value` as printed in `column`: money and numbers 1,234.50 (`money` formats money instead,
    e.g. with a currency sign), percentages 95.00% (`percent_sign` " %" on screen), counts 1,234,
    ISO dates; `empty` for None (or "" in a non-text column). The screen, the PDF and the Excel
    column widths all print through this."""
    if value is None or (value == "" and column.kind != "text"):
        return empty
    if column.kind == "money" and money is not None:
        return money(Decimal(value))
    if column.kind in ("money", "number"):
        return f"{Decimal(value):,.2f}"
    if column.kind == "percent":
        return f"{Decimal(value):.2f}{percent_sign}"
    if column.kind == "count":
        return f"{int(value):,}"
    if column.kind == "date" and isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def from_json_value(column: ReportColumn, value: object) -> object:
    """The inverse of `json_value` (tests and readers of --json output)."""
    if value is None:
        return None
    if column.kind in ("money", "percent", "number"):
        return Decimal(str(value))
    if column.kind == "date":
        return dt.date.fromisoformat(str(value))
    return value


def table_from_json(data: dict) -> ReportTable:
    """A `ReportTable` rebuilt from `ReportTable.as_json()` output."""
    columns = tuple(ReportColumn(c["key"], c["title"], c["kind"]) for c in data["columns"])
    rows = tuple({c.key: from_json_value(c, row.get(c.key)) for c in columns} for row in data["rows"])
    return ReportTable(data["report"], data["title"], data["period"], data["scope"], columns, rows,
                       tuple(data.get("totals", {})))
