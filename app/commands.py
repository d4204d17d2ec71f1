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
from app.models.migrations import SchemaTooNewError, backup_sqlite_file


def run_command(command: str, target: str, args: argparse.Namespace) -> int:
    if command in OFFLINE_COMMANDS:
        return OFFLINE_COMMANDS[command](args)
    if command == "move-data":  # opens both databases itself
        return cmd_move_data(target, args)
    try:
        database = open_database(target)
    except SchemaTooNewError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
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


def cmd_backup(database, target: str, args: argparse.Namespace) -> int:
    if not isinstance(database, SqliteDatabase):
        print("salesdesk: back up a PostgreSQL database with pg_dump.", file=sys.stderr)
        return 1
    out: Path = args.out
    if out.exists():
        print(f"salesdesk: {out} exists; choose a new file name.", file=sys.stderr)
        return 1
    backup_sqlite_file(database, out)
    print(f"backup written to {out} (integrity check ok)")
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


COMMANDS = {"demo": cmd_demo, "check": cmd_check, "backup": cmd_backup, "import": cmd_import,
            "export": cmd_export, "print": cmd_print, "report": cmd_report}
# commands that need no database
OFFLINE_COMMANDS = {"template": cmd_template}
