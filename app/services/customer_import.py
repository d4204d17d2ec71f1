"""Importing customers and their contacts from an .xlsx file: check first, then all or nothing.

`dry_run` reads and checks every row and returns an ImportReport: each bad row with the column
and the problem (row numbers as Excel shows them), and every possible duplicate (against the
database and inside the file), which is flagged but does not stop an import. `commit` checks
the same way and, only when no row is bad, stores every customer in one transaction; otherwise
it raises ImportRefused with the report and writes nothing. Managers and administrators import.

The file: see customer_import_columns (one row = one customer with up to one contact; a row that
repeats an earlier row's 名称 adds a contact to that customer). Template and error workbook:
app.reports.customer_import_files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.models.base import db
from app.models.customer import Contact, Customer
from app.models.user import User
from app.services import audit
from app.services.assignment_rules import apply_rules
from app.services.customer_import_checks import PendingCustomer, RowChecker, find_duplicates_for
from app.services.customer_import_reader import ImportSheet, read_sheet
from app.services.customer_index import index_customers
from app.services.customers import customer_codes
from app.services.import_report import ImportRefused, RowError, SheetReport
from app.services.ownership import owner_clock_values
from app.services.permissions import require
from app.services.progress import ProgressCallback, Stages

BATCH = 500  # rows per INSERT: well under SQLite's 32,766 parameters, few round trips on PostgreSQL


@dataclass(frozen=True)
class ImportDuplicate:
    """A row that looks like a customer we already have (`code` set) or like an earlier row of the
    same file (`other_row` set, `code` empty); `reason` is "name", "phone" or "email"."""

    row: int
    code: str
    name: str
    owner: str
    reason: str
    other_row: int | None = None


@dataclass
class ImportReport(SheetReport):
    """What a check of a customer file found: the base report plus how many customers and contacts
    the good rows hold; `duplicates` are ImportDuplicate rows (flagged, not errors)."""

    customers: int = 0
    contacts: int = 0


@dataclass(frozen=True)
class ImportResult:
    """A committed import: how many customers and contacts, the codes drawn, and the report."""

    customers: int
    contacts: int
    first_code: str
    last_code: str
    report: ImportReport


def _check(sheet: ImportSheet, stages: Stages) -> tuple[ImportReport, list[PendingCustomer]]:
    checker = RowChecker(sheet)
    total = len(sheet.rows)
    for done, (row, texts) in enumerate(sheet.rows, start=1):
        checker.check_row(row, texts)
        if done % 250 == 0 or done == total:
            stages.report("checking", done, total)
    report = ImportReport(sheet.file_name, sheet.columns, sheet.header_row, rows_total=total)
    report.errors = [RowError(row, header, message, key) for row, header, message, key in checker.errors]
    report.good_rows = total - len(report.bad_rows)
    pending = checker.customers
    report.customers = len(pending)
    report.contacts = sum(len(p.contacts) for p in pending)
    report.duplicates = [ImportDuplicate(*d) for d in find_duplicates_for(pending)]
    return report, pending


def dry_run(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> ImportReport:
    """Read and check every row of `path` against the rules and the database; write nothing.

    Progress goes from reading to checking; `progress` may raise Cancelled."""
    require(actor, "customers.import")
    stages = Stages(progress, reading=1, checking=2)
    sheet = read_sheet(path, progress=stages.callback("reading"))
    report, _pending = _check(sheet, stages)
    return report


def commit(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> ImportResult:
    """Check `path` like `dry_run`; if any row is bad raise ImportRefused and write nothing, else
    store every customer with its contacts, codes and search index in one transaction, with one
    audit row ("import": file name and counts). Cancelling (Cancelled from `progress`) rolls back."""
    require(actor, "customers.import")
    stages = Stages(progress, reading=1, checking=2, writing=3)
    sheet = read_sheet(path, progress=stages.callback("reading"))
    report, pending = _check(sheet, stages)
    if not report.ok:
        raise ImportRefused(report)
    codes: list[str] = []
    imported_ids: list[int] = []
    contacts = 0
    # pinyin, keys and owners were worked out by the check: the transaction (which holds the
    # SQLite write lock) only draws codes and inserts.
    with db.atomic():
        for start in range(0, len(pending), BATCH):
            batch = pending[start:start + BATCH]
            batch_codes = customer_codes(len(batch))
            batch_contacts, batch_ids = _insert_batch(actor, batch, batch_codes)
            contacts += batch_contacts
            imported_ids += batch_ids
            codes += batch_codes
            stages.report("writing", start + len(batch), len(pending))
        unowned = [i for i, p in zip(imported_ids, pending, strict=True) if p.owner_id is None]
        placed = apply_rules(actor, unowned) if unowned else {}  # new leads go through the rules too
        if codes:
            audit.record(actor, "customer", "import", "import", {
                "file": (None, report.file_name), "customers": (None, len(codes)), "contacts": (None, contacts),
                "codes": (None, f"{codes[0]}..{codes[-1]}"), "placed_by_rules": (None, len(placed)),
            })
    return ImportResult(len(codes), contacts, codes[0] if codes else "", codes[-1] if codes else "", report)


def _insert_batch(actor: User, batch: list[PendingCustomer], codes: list[str]) -> tuple[int, list[int]]:
    """Insert one batch; returns (contacts inserted, customer ids in batch order)."""
    rows = []
    for pending, code in zip(batch, codes, strict=True):
        # the pool's clocks as for a customer made in the form; a new customer was never returned
        row = {**pending.values, **owner_clock_values(pending.owner_id), "returned_to_pool_at": None}
        row.update(code=code, is_lead=True, created_at=row["owner_since"], updated_at=row["owner_since"],
                   updated_by=actor.id, version=1)
        rows.append(row)
    Customer.insert_many(rows).execute()
    ids = dict(Customer.select(Customer.code, Customer.id).where(Customer.code.in_(codes)).tuples())
    contact_rows = [{**values, "customer": ids[code]}
                    for p, code in zip(batch, codes, strict=True) for values in p.contacts]
    for start in range(0, len(contact_rows), BATCH):
        Contact.insert_many(contact_rows[start:start + BATCH]).execute()
    index_customers(ids.values())
    return len(contact_rows), [ids[code] for code in codes]
