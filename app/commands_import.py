"""`salesdesk template customers|products|orders|payments OUT.xlsx` and
`salesdesk import customers|products|orders|payments FILE.xlsx [--dry-run] [--user NAME]`.

An import acts as `--user` (default: the first active administrator, since imports are an
administrator's or manager's job). When any row is bad it writes FILE.errors.xlsx next to the file
(or into the current folder when that one is not writable), prints its path, imports nothing and
exits 1. --dry-run checks without writing to the database. Progress goes to stderr for big files.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from app.models.user import User
from app.services.errors import ServiceError

BIG_FILE = 256 * 1024  # bytes: about a thousand rows, where checking takes long enough to show progress
SHOWN_ERRORS = 20


@dataclass(frozen=True)
class ImportKind:
    """One kind of import: its service module (dry_run, commit), refusal class, template and
    error workbook writers, as "module" or "module:name" imported when used."""

    service: str
    refused: str
    template: str
    errors: str


KINDS = {
    "customers": ImportKind("app.services.customer_import", "ImportRefused",
                            "app.reports.customer_import_files:write_template",
                            "app.reports.customer_import_files:write_error_workbook"),
    "products": ImportKind("app.services.product_import", "ProductImportRefused",
                           "app.reports.product_import_files:write_template",
                           "app.reports.product_import_files:write_error_workbook"),
    "orders": ImportKind("app.services.order_import", "OrderImportRefused",
                         "app.reports.order_import_files:write_order_template",
                         "app.reports.order_import_files:write_order_error_workbook"),
    "payments": ImportKind("app.services.payment_import", "PaymentImportRefused",
                           "app.reports.order_import_files:write_payment_template",
                           "app.reports.order_import_files:write_payment_error_workbook"),
}


def _load(target: str):
    module_name, _, name = target.partition(":")
    module = import_module(module_name)
    return getattr(module, name) if name else module


def cmd_template(args: argparse.Namespace) -> int:
    """Write the empty import file of the kind (no database needed)."""
    write_template = _load(KINDS[getattr(args, "kind", "customers")].template)
    path = write_template(args.out)
    print(f"template written to {path}")
    return 0


def acting_user(username: str | None) -> User | None:
    """The named user, or the first active administrator when no name is given."""
    if username:
        return User.get_or_none(User.username == username)
    return (User.select().where((User.role == "admin") & (User.active == True))  # noqa: E712 (peewee)
            .order_by(User.id).first())


class StderrProgress:
    """A percentage on stderr: rewritten in place on a terminal, a line per 10 % otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.tty = sys.stderr.isatty()
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        percent = done * 100 // total
        step = percent if self.tty else percent // 10 * 10
        if step == self.shown:
            return
        self.shown = step
        end = "\r" if self.tty else "\n"
        print(f"{self.label} {step:3d} %", end=end, file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.tty and self.shown >= 0:
            print(file=sys.stderr)


def error_workbook_path(source: Path) -> Path:
    """FILE.errors.xlsx beside FILE, or in the current folder when FILE's folder is read-only."""
    name = f"{source.stem}.errors.xlsx"
    folder = source.resolve().parent
    return folder / name if os.access(folder, os.W_OK) else Path.cwd() / name


def _write_errors(report, source: Path, kind: str = "customers") -> Path:
    write_error_workbook = _load(KINDS[kind].errors)
    out = error_workbook_path(source)
    try:
        return write_error_workbook(report, source, out)
    except OSError:
        return write_error_workbook(report, source, Path.cwd() / out.name)


def _print_report(report) -> None:
    if report.unrecognised:
        print(f"ignored columns (headers not recognised): {', '.join(report.unrecognised)}", file=sys.stderr)
    if report.duplicates:
        rows = len({d.row for d in report.duplicates})
        print(f"{rows} row(s) look like existing customers or earlier rows (same name, phone or e-mail); "
              "they are flagged, not refused")


def _print_errors(report, workbook: Path) -> None:
    print(f"{len(report.bad_rows)} of {report.rows_total} rows have problems; nothing was imported.")
    for error in report.errors[:SHOWN_ERRORS]:
        print(f"  row {error.row}, {error.column}: {error.message}")
    if len(report.errors) > SHOWN_ERRORS:
        print(f"  ... and {len(report.errors) - SHOWN_ERRORS} more")
    print(f"error workbook: {workbook}")


def cmd_import(database, target: str, args: argparse.Namespace) -> int:
    """Check (and unless --dry-run, import) a file of the kind; exit 1 with the error workbook when any row is bad."""
    kind = getattr(args, "kind", "customers")
    service = _load(KINDS[kind].service)
    refused_error = getattr(service, KINDS[kind].refused)
    source: Path = args.file
    actor = acting_user(args.user)
    if actor is None:
        who = f"user {args.user!r}" if args.user else "an active administrator"
        print(f"salesdesk: there is no {who} in this database.", file=sys.stderr)
        return 1
    progress = StderrProgress("checking" if args.dry_run else "importing") \
        if source.exists() and source.stat().st_size >= BIG_FILE else None
    try:
        if args.dry_run:
            report = service.dry_run(actor, source, progress)
            result = None
        else:
            result = service.commit(actor, source, progress)
            report = result.report
    except refused_error as refused:
        report = refused.report
        result = None
    except ServiceError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    finally:
        if progress is not None:
            progress.done()
    _print_report(report)
    if not report.ok:
        _print_errors(report, _write_errors(report, source, kind))
        return 1
    if kind == "products":
        return _products_done(report, result, source)
    if kind in ("orders", "payments"):
        return _history_done(kind, report, result, source)
    if report.rows_total == 0:
        print(f"salesdesk: {source.name} has no customer rows.", file=sys.stderr)
        return 1
    if result is None:
        print(f"{report.rows_total} rows checked: {report.customers} customers with {report.contacts} contacts "
              "would be imported; nothing was written (--dry-run).")
    else:
        print(f"imported {result.customers} customers with {result.contacts} contacts from {source.name} "
              f"({result.first_code}..{result.last_code})")
    return 0


def _products_done(report, result, source: Path) -> int:
    if report.rows_total == 0:
        print(f"salesdesk: {source.name} has no product rows.", file=sys.stderr)
        return 1
    lines = f" and {len(report.new_lines)} new product line(s)" if report.new_lines else ""
    if result is None:
        print(f"{report.rows_total} rows checked: {report.products} new products{lines} would be imported, "
              f"{report.updated} products updated, {report.unchanged} unchanged; nothing was written (--dry-run).")
    else:
        print(f"imported {result.products} new products{lines} from {source.name}, "
              f"updated {result.updated} products, {result.unchanged} unchanged")
    return 0


def _history_done(kind: str, report, result, source: Path) -> int:
    if report.rows_total == 0:
        print(f"salesdesk: {source.name} has no {kind[:-1]} rows.", file=sys.stderr)
        return 1
    if kind == "orders":
        what = f"{report.orders} orders with {report.lines} lines"
        done = (f"imported {what} from {source.name} ({result.first_number}..{result.last_number}); "
                f"{result.customers_won} lead(s) became customers") if result else ""
    else:
        what = f"{report.payments} payments of {report.amount} for {report.orders} orders"
        done = f"imported {what} from {source.name}" if result else ""
    print(done or f"{report.rows_total} rows checked: {what} would be imported; nothing was written (--dry-run).")
    return 0
