"""The `salesdesk` command: the GUI (default) and the same services from the command line.

    salesdesk [--db PATH_OR_URL] [gui] [--user NAME] [--demo] [--exit-after-ready]
    salesdesk --db PATH demo [--seed N] [--customers N] [--follow-ups N] [--scale normal|large]
    salesdesk --db PATH check
    salesdesk --db PATH backup [OUT]
    salesdesk --db PATH restore FILE [--yes]
    salesdesk template customers|products|orders|payments OUT.xlsx
    salesdesk --db PATH import customers|products|orders|payments FILE.xlsx [--dry-run] [--user NAME]
    salesdesk --db PATH export products OUT.xlsx [--search TEXT] [--line NAME] [--status S] [--user NAME]
    salesdesk --db PATH print quotation|order|shipment NUMBER OUT.pdf [--user NAME]
    salesdesk --db PATH report commissions --year Y --month M [--json | --out FILE.xlsx] [--generate] [--user NAME]
    salesdesk --db PATH report sales|targets|performance|funnel|customers|reception|shipments|receivables|commissions
              --year Y [--month M] [--by salesperson|team|month|...] [--json | --out FILE.xlsx|FILE.pdf] [--user NAME]
              [--salesperson USERNAME | --team NAME]
    salesdesk --db SOURCE move-data DEST [--yes]

Without --db the database is the one chosen in the app's Database dialog (a setting of this
computer: services.connection_settings), else the file in the user's data folder. A PostgreSQL
server whose password is not remembered takes it from SALESDESK_DB_PASSWORD or asks for it.
Exit codes: 0 success, 1 the command found a problem (check) or failed, 2 bad usage.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # first thing: `gui --exit-after-ready` reports time from here

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

IMPORT_KINDS = ["customers", "products", "orders", "payments"]  # app.commands_import.KINDS
REPORT_NAMES = ["sales", "targets", "performance", "funnel", "customers", "reception", "shipments", "receivables",
                "commissions"]  # app.reports.catalog.REPORT_NAMES
BY_CHOICES = ["salesperson", "team", "month", "customer", "source", "industry", "region",
              "company"]  # app.reports.catalog.BY_CHOICES


def _count(text: str) -> int:
    """A whole number, 0 or more (for --customers, --follow-ups)."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number 0 or more: {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="salesdesk", description="SalesDesk sales management")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or postgresql:// URL (default: the user's data folder)")
    commands = parser.add_subparsers(dest="command")
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--user", help="log in as this user; the password comes from SALESDESK_PASSWORD "
                                    "or the login dialog")
    gui.add_argument("--demo", action="store_true", help="create demo data when the database is new")
    gui.add_argument("--exit-after-ready", action="store_true",
                     help="print 'ready in N ms' after the main window's first paint, then exit")
    demo = commands.add_parser("demo", help="create a demo database (accounts password: demo)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same names and numbers")
    demo.add_argument("--customers", type=_count, default=None, metavar="N",
                      help="customers to make, with contacts, follow-ups, visits and calls (default 2000)")
    demo.add_argument("--follow-ups", type=_count, default=None, metavar="N",
                      help="follow-ups to make in all (default: about 2.6 a customer)")
    demo.add_argument("--scale", choices=["normal", "large"], default="normal",
                      help="large: 100,000 customers, 300,000 orders with 1,000,000 lines (a volume test)")
    commands.add_parser("check", help="integrity and foreign key check; exit 1 on any problem")
    backup = commands.add_parser("backup", help="copy the database (online, checked) to OUT, or into this "
                                 "computer's backup folder")
    backup.add_argument("out", type=Path, nargs="?", help="the new file (default: a dated file in the backup folder)")
    restore = commands.add_parser("restore", help="replace the database with a backup (checked first; the replaced "
                                  "database is kept beside it)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    template = commands.add_parser("template", help="write an empty import file (no database needed)")
    template.add_argument("kind", choices=IMPORT_KINDS)
    template.add_argument("out", type=Path)
    importing = commands.add_parser("import", help="import an .xlsx file: all rows or, when any is bad, none "
                                                   "(exit 1 and FILE.errors.xlsx)")
    importing.add_argument("kind", choices=IMPORT_KINDS, help="orders: historical orders with their lines; "
                                                             "payments: payments received against stored orders")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check every row; write nothing to the database")
    importing.add_argument("--user", help="act as this user (default: the first active administrator)")
    exporting = commands.add_parser("export", help="write the product list to an .xlsx file in the import's "
                                                   "layout, so it imports back")
    exporting.add_argument("kind", choices=["products"])
    exporting.add_argument("out", type=Path)
    exporting.add_argument("--search", default="", help="code, name or pinyin, as the product list's search")
    exporting.add_argument("--line", metavar="NAME", help="only the products of this product line")
    exporting.add_argument("--status", choices=["active", "inactive", "all"], default="all",
                           help="which products (default: all)")
    exporting.add_argument("--user", help="act as this user (default: the first active administrator)")
    printing = commands.add_parser("print", help="write a document as a PDF (A4, Chinese font embedded)")
    printing.add_argument("kind", choices=["quotation", "order", "shipment"],
                          help="a quotation (报价单), an order's contract (销售合同) or a delivery/return note")
    printing.add_argument("number", help="the document's number, e.g. QT-202603-0001, SO-202603-0001, DN-202603-0001")
    printing.add_argument("out", type=Path)
    printing.add_argument("--user", help="print as this user (default: the salesperson of the quotation or order)")
    report = commands.add_parser("report", help="print a report for a year or month, or write it with --out "
                                 "FILE.xlsx / FILE.pdf (commissions --month: the month's statements)")
    report.add_argument("kind", choices=REPORT_NAMES)
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--month", type=int, choices=range(1, 13), metavar="M")
    report.add_argument("--by", choices=BY_CHOICES, help="group by (sales, targets, customers, shipments, "
                        "reception, receivables)")
    shape = report.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="the rows as JSON, amounts as strings with two decimals")
    shape.add_argument("--out", type=Path, metavar="FILE.xlsx|FILE.pdf",
                       help="write the report as an Excel workbook or a PDF, chosen by the suffix "
                       "(commissions --month with .xlsx: the statements workbook)")
    report.add_argument("--generate", action="store_true", help="commissions: (re)generate the month's drafts first")
    report.add_argument("--user", help="act as this user (default: the first active manager)")
    narrowed = report.add_mutually_exclusive_group()
    narrowed.add_argument("--salesperson", metavar="USERNAME", help="only this salesperson's figures or row "
                          "(managers: anyone; supervisors: their team's people; salespeople: themselves)")
    narrowed.add_argument("--team", metavar="NAME", help="only this team's figures or rows (managers; "
                          "supervisors: their own team)")
    moving = commands.add_parser("move-data", help="copy every row of the --db database into an empty one "
                                 "(SQLite file or postgresql:// URL) and check every count and money total")
    moving.add_argument("dest", metavar="DEST", help="the destination: a new SQLite file or an empty PostgreSQL "
                        "database's URL; '-' reads the source and destination from two lines of standard input")
    moving.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    moving.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)  # for the GUI
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        # The start-up's objects (modules, classes, Qt wrappers) nearly all live on, so the ~80
        # collections the imports would trigger find nothing (10-20 ms); run_gui turns collection
        # back on (after freezing those objects) once the window, or a dialog before it, is up.
        gc.disable()
        try:
            if os.environ.get("SALESDESK_SMOKE"):  # open every screen once, then exit (app.views.smoke)
                from app.views.smoke import run_main

                return run_main(lambda: _main(args, command), os.environ["SALESDESK_SMOKE"])
            return _main(args, command)
        finally:
            gc.enable()
    return _main(args, command)


def _main(args: argparse.Namespace, command: str) -> int:
    from app.services.connection_settings import choose_target

    choice = choose_target(args.db)
    if choice.needs_password and os.environ.get("SALESDESK_DB_PASSWORD"):
        choice.params.password = os.environ["SALESDESK_DB_PASSWORD"]
        choice.target, choice.needs_password = choice.params.target(), False
    if command == "gui":
        from app.views.app import run_gui

        return run_gui(choice.target, username=getattr(args, "user", None), demo=getattr(args, "demo", False),
                       exit_after_ready=getattr(args, "exit_after_ready", False),
                       password=os.environ.get("SALESDESK_PASSWORD"), started=STARTED, choice=choice)
    uses_choice = command != "template" and not (command == "move-data" and args.dest == "-")
    if choice.needs_password and uses_choice:
        if not sys.stdin.isatty():
            print(f"salesdesk: the password for {choice.params.keyring_user()} is not remembered; set "
                  "SALESDESK_DB_PASSWORD or give --db", file=sys.stderr)
            return 2
        import getpass

        choice.params.password = getpass.getpass(f"Password for {choice.params.keyring_user()}: ")
        choice.target = choice.params.target()
    from app.commands import run_command

    return run_command(command, choice.target, args)


if __name__ == "__main__":
    sys.exit(main())
