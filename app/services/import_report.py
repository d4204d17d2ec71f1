"""What checking an import file finds, shared by every import (customers, products ...): the bad
rows with their column and problem, and the refusal raised when a commit finds any."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.customer_import_columns import IGNORED_HEADERS
from app.services.customer_import_reader import SheetColumn
from app.services.errors import ServiceError


@dataclass(frozen=True)
class RowError:
    """One problem: the Excel row number, the column header as in the file (or the template's
    Chinese header when the file lacks that column), the message, the field key."""

    row: int
    column: str
    message: str
    key: str | None = None


@dataclass
class SheetReport:
    """What a check of the file found. `ok` when no row is bad (flagged duplicates do not count)."""

    file_name: str
    columns: list[SheetColumn]
    header_row: int
    rows_total: int = 0
    good_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    duplicates: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> list[int]:
        """The Excel row numbers that have at least one problem, in order."""
        return sorted({e.row for e in self.errors})

    @property
    def unrecognised(self) -> list[str]:
        """Headers that feed no field; their columns are ignored."""
        return [c.header for c in self.columns if c.key is None and c.header not in IGNORED_HEADERS]


class ImportRefused(ServiceError):
    """Some rows are bad, so nothing was imported; `report` lists them."""

    def __init__(self, report: SheetReport):
        self.report = report
        super().__init__(f"{len(report.bad_rows)} row(s) have problems; nothing was imported.")
