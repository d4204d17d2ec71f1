"""The command-line commands other than the GUI, each a thin shell over services."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from app.commands_export import cmd_export
from app.commands_import import cmd_import, cmd_template
from app.commands_print import cmd_print
from app.commands_report import cmd_report
from app.models.connection import close_database, describe, open_database
from app.models.migrations import SchemaTooNewError


def run_command(command: str, target: str, args: argparse.Namespace) -> int:
    if command in OFFLINE_COMMANDS:
        return OFFLINE_COMMANDS[command](args)
    if command in FILE_COMMANDS:  # backup, restore: the file as it is, not opened nor migrated first
        return FILE_COMMANDS[command](target, args)
    if command == "move-data":  # opens both databases itself
        return cmd_move_data(target, args)
    try:
        database = open_database(target)
    except SchemaTooNewError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    except PeeweeDatabaseError as exc:  # a server that refuses, a wrong password, a missing database
        from app.models.connection import is_postgres_url
        from app.services.connection_settings import explain_postgres_error, params_from_target

        detail = explain_postgres_error(exc, params_from_target(target)) if is_postgres_url(target) else str(exc)
        print(f"salesdesk: cannot open {describe(target)}: {detail}", file=sys.stderr)
        return 1
    try:
        return COMMANDS[command](database, target, args)
    finally:
        close_database()


def cmd_demo(database, target: str, args: argparse.Namespace) -> int:
    from app.services.demo import DEMO_PASSWORD, DEMO_SCALES, DEMO_STATEMENT_MONTHS, create_demo

    scale = getattr(args, "scale", "normal")
    customers, orders, order_lines = DEMO_SCALES[scale]
    try:
        summary = create_demo(seed=args.seed, customers=customers if args.customers is None else args.customers,
                              follow_ups=args.follow_ups, orders=orders, order_lines=order_lines,
                              statement_months=DEMO_STATEMENT_MONTHS[scale])
    except RuntimeError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"demo database {describe(target)}: {summary.users} users in {summary.teams} teams "
          f"(password for every account: {DEMO_PASSWORD})")
    if summary.customers:
        print(f"{summary.customers} customers, {summary.contacts} contacts, {summary.follow_ups} follow-ups, "
              f"{summary.opportunities} opportunities, {summary.visits} visits, {summary.calls} calls, "
              f"{summary.products} products, {summary.quotations} quotations")
        print(f"{summary.orders} orders with {summary.order_lines} lines, {summary.shipments} shipments, "
              f"{summary.payments} payments")
        print(f"{summary.targets} target figures, {summary.commission_rules} commission rules, "
              f"{summary.statements} commission statements ({summary.statements_paid} paid, "
              f"{summary.statements_approved} approved, the rest draft)")
    return 0


def cmd_check(database, target: str, args: argparse.Namespace) -> int:
    problems: list[str] = []
    if isinstance(database, SqliteDatabase):
        integrity = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems += [f"integrity: {line}" for line in integrity]
        for table, rowid, parent, _fk in database.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    else:
        problems += _postgres_foreign_key_problems(database)
    if problems:
        for line in problems:
            print(line)
        print(f"{describe(target)}: {len(problems)} problem(s)")
        return 1
    print(f"{describe(target)}: ok")
    return 0


def _postgres_foreign_key_problems(database) -> list[str]:
    # PostgreSQL enforces foreign keys itself; look for constraints that are not validated.
    rows = database.execute_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE contype = 'f' AND NOT convalidated").fetchall()
    return [f"foreign key not validated: {table}.{name}" for table, name in rows]


def cmd_backup(target: str, args: argparse.Namespace) -> int:
    """Back up the database as it is (not migrated first): into OUT, else into this computer's backup folder."""
    from app.services.backups import BackupError, backup_folder, backup_now, backup_to

    out: Path | None = getattr(args, "out", None)
    try:
        path = backup_to(target, out) if out else backup_now(target, backup_folder(target), kind="manual")
    except BackupError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"backup written to {path} (integrity check ok)")
    return 0


def cmd_restore(target: str, args: argparse.Namespace) -> int:
    """Check FILE, ask (unless --yes), restore it over the database keeping the replaced one, then migrate."""
    from app.services.backups import BackupError, check_backup, record_restore, restore

    try:
        check = check_backup(args.file)
    except BackupError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    taken = f"{check.taken_at:%Y-%m-%d %H:%M}"
    if not args.yes:
        if not sys.stdin.isatty():
            print("salesdesk: restore: add --yes to restore without being asked", file=sys.stderr)
            return 2
        answer = input(f"Replace every record of {describe(target)} with the backup {args.file.name} of {taken}? "
                       "[y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing was restored")
            return 1
    try:
        result = restore(args.file, target)
    except BackupError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"{describe(target)} restored from {args.file} ({taken})")
    if result.replaced is not None:
        print(f"the replaced database is kept as {result.replaced}")
    try:
        open_database(target)  # an older backup is migrated now (after its own pre-migration backup)
        record_restore(None, result)
    except Exception as exc:
        print(f"salesdesk: the restored database does not open: {exc}", file=sys.stderr)
        return 1
    finally:
        close_database()
    return 0


def cmd_move_data(target: str, args: argparse.Namespace) -> int:
    """Copy every row into an empty database, print the per-table check; exit 1 when refused or different."""
    from app.services.data_move import MoveError, MoveMismatch, move_data
    from app.services.progress import Cancelled

    source, dest = target, args.dest
    if dest == "-":
        lines = sys.stdin.read().splitlines()
        if len(lines) < 2:
            print("salesdesk: move-data -: give the source and the destination on two lines", file=sys.stderr)
            return 2
        source, dest = lines[0].strip(), lines[1].strip()
    if not args.yes:
        if not sys.stdin.isatty():
            print("salesdesk: move-data: add --yes to move without being asked", file=sys.stderr)
            return 2
        answer = input(f"Copy every row of {describe(source)} into {describe(dest)}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing was moved")
            return 1

    def show(done: int, total: int) -> None:
        print(f"PROGRESS {done} {total}", flush=True)

    try:
        report = move_data(source, dest, show if args.progress_lines else None)
    except MoveMismatch as exc:
        print("\n".join(exc.report.lines()))
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    except (MoveError, Cancelled, SchemaTooNewError) as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    except (OSError, PeeweeDatabaseError) as exc:
        print(f"salesdesk: {exc}".strip(), file=sys.stderr)
        return 1
    print("\n".join(report.lines()), flush=True)
    return 0


COMMANDS = {"demo": cmd_demo, "check": cmd_check, "import": cmd_import,
            "export": cmd_export, "print": cmd_print, "report": cmd_report}
# commands that work on the database file itself (target, args)
FILE_COMMANDS = {"backup": cmd_backup, "restore": cmd_restore}
# commands that need no database
OFFLINE_COMMANDS = {"template": cmd_template}
