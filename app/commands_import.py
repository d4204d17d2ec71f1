"""`salesdesk template customers|products OUT.xlsx` and
`salesdesk import customers|products FILE.xlsx [--dry-run] [--user NAME]`.

An import acts as `--user` (default: the first active administrator, since imports are an
administrator's or manager's job). When any row is bad it writes FILE.errors.xlsx next to the file
(or into the current folder when that one is not writable), prints its path, imports nothing and
exits 1. --dry-run checks without writing to the database. Progress goes to stderr for big files.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.models.user import User
from app.services.errors import ServiceError

BIG_FILE = 256 * 1024  # bytes: about a thousand rows, where checking takes long enough to show progress
SHOWN_ERRORS = 20


def cmd_template(args: argparse.Namespace) -> int:
    """Write the empty customer or product import file (no database needed)."""
    if getattr(args, "kind", "customers") == "products":
        from app.reports.product_import_files import write_template
    else:
        from app.reports.customer_import_files import write_template

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


def _write_errors(report, source: Path, products: bool = False) -> Path:
    if products:
        from app.reports.product_import_files import write_error_workbook
    else:
        from app.reports.customer_import_files import write_error_workbook

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
    """Check (and unless --dry-run, import) a customer file; exit 1 with the error workbook when any row is bad."""
    from app.services import customer_import, product_import

    products = getattr(args, "kind", "customers") == "products"
    service = product_import if products else customer_import
    refused_error = product_import.ProductImportRefused if products else customer_import.ImportRefused
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
        _print_errors(report, _write_errors(report, source, products))
        return 1
    if products:
        return _products_done(report, result, source)
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
        print(f"{report.rows_total} rows checked: {report.products} products{lines} would be imported; "
              "nothing was written (--dry-run).")
    else:
        print(f"imported {result.products} products{lines} from {source.name}")
    return 0
