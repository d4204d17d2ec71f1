"""`salesdesk --db PATH report NAME --year Y [--month M] [--by G] [--json | --out FILE.xlsx | --out FILE.pdf]
[--user NAME] [--salesperson USERNAME | --team NAME]`: a report (`reports.catalog`) as the user sees it
(default user: the first active manager), or narrowed to one salesperson or team (`reports.report_scope`:
a report by month, source ... reads their figures, one with a row per person keeps theirs; someone
outside what the user sees is refused, exit 1). Without --json or --out it prints the table
tab-separated with a totals line; --json prints {"report", "title", "period", "scope", "columns",
"rows", "totals"} (`ReportTable.as_json`: amounts, percentages as strings with two decimals, dates
ISO); --out writes the report workbook (`report_excel.write_report_table`) or the PDF report
(`report_pdf.write_report_pdf`), chosen by the file's suffix, and prints where. The file is written
beside the target and renamed over it: a target another program holds open (or a read-only folder)
is refused with a sentence and the old file is kept. Exit 1 on a refused user, report or file, 2 on
a grouping the report lacks or an --out suffix other than .xlsx and .pdf.

`salesdesk --db PATH report commissions --year Y --month M [--json | --out FILE.xlsx] [--generate]
[--user NAME]`: the month's commission statements, as before (`--out FILE.pdf` or `--by salesperson`
gives the commissions report instead; without --month, a year, it is the commissions report in every
output).

Reads the stored statements the user may see (default user: the first active manager, who sees
everyone's). `--generate` first (re)generates the month's drafts as that user (managers only; locked
statements are left as they are). Without --json or --out it prints one line per salesperson;
`--json` prints every statement with its rows, amounts as strings with two decimals; `--out` writes
the Excel workbook (summary plus one sheet per salesperson). Exit 1 on a refused user or file.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path

from app.models.user import User
from app.services.commission_queries import StatementDetail
from app.services.errors import ServiceError

OUT_SUFFIXES = (".xlsx", ".pdf")


def _actor(username: str | None) -> User | None:
    """The active user `username`, else the first active manager; None (said on stderr) when there is none."""
    if username:
        actor = User.get_or_none((User.username == username) & (User.active == True))  # noqa: E712
    else:
        actor = (User.select().where((User.role == "manager") & (User.active == True))  # noqa: E712
                 .order_by(User.id).first())
    if actor is None:
        who = f"active user {username!r}" if username else "active manager"
        print(f"salesdesk: there is no {who} in this database.", file=sys.stderr)
    return actor


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def statements_json(year: int, month: int, details: list[StatementDetail]) -> dict:
    """The month's statements as JSON-ready data; amounts, rates and attainment as two-decimal strings."""
    return {"year": year, "month": month, "statements": [{
        "salesperson_id": d.summary.salesperson_id, "salesperson": d.summary.salesperson_name,
        "state": d.summary.state, "attainment": _amount(d.summary.attainment),
        "basis_total": _amount(d.summary.basis_total), "total": _amount(d.summary.total),
        "rows": [{"position": r.position, "source": r.source_kind, "source_id": r.source_id, "document": r.document,
                  "date": r.source_date.isoformat(), "basis": _amount(r.basis_amount), "rule": r.rule_name,
                  "rate": _amount(r.rate), "commission": _amount(r.commission), "carried_from": r.carried_from,
                  "note": r.note} for r in d.lines]} for d in details]}


def _text(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if isinstance(value, Decimal) else str(value)


def print_table(table) -> None:
    """The table tab-separated: a title line, the column titles, the rows, a totals line."""
    print(f"{table.title}\t{table.period}\t{table.scope}")
    print("\t".join(c.title for c in table.columns))
    for row in table.rows:
        print("\t".join(_text(row.get(c.key)) for c in table.columns))
    if table.total_keys:
        totals = table.totals()
        print("\t".join(_text(totals[c.key]) if c.key in totals else ("合计" if i == 0 else "")
                        for i, c in enumerate(table.columns)))


def cmd_report(database, target: str, args: argparse.Namespace) -> int:
    """Print a report, or the month's commission statements (module notes)."""
    statements_out = args.out is not None and _suffix(args.out) == ".xlsx"
    narrowed = getattr(args, "salesperson", None) is not None or getattr(args, "team", None) is not None
    # the statements are a month's: a year (no --month) is the commissions report in every output
    commissions_as_before = args.kind == "commissions" and getattr(args, "by", None) is None and not narrowed and (
        args.generate or (args.month is not None and (statements_out or args.out is None)))
    if narrowed and args.generate:
        print("salesdesk: --generate regenerates every statement of the month; it cannot be narrowed with "
              "--salesperson or --team.", file=sys.stderr)
        return 2
    if not commissions_as_before:
        return _cmd_table(args)
    if args.month is None:
        print("salesdesk: report commissions --generate/--out needs --month.", file=sys.stderr)
        return 2
    return _cmd_commissions(args)


def _cmd_table(args: argparse.Namespace) -> int:
    from app.reports.catalog import build_report

    if args.out is not None and _suffix(args.out) not in OUT_SUFFIXES:
        print(f"salesdesk: --out {args.out}: write a .xlsx workbook or a .pdf report (other suffixes are "
              "not written).", file=sys.stderr)
        return 2
    actor = _actor(args.user)
    if actor is None:
        return 1
    try:
        subject = _subject(args)
        table = build_report(actor, args.kind, args.year, args.month, args.by, **subject)
    except ValueError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    if args.out is not None:
        return _write_table(table, args.out, actor)
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False, indent=1))
    else:
        print_table(table)
    return 0


def _subject(args: argparse.Namespace) -> dict[str, int | None]:
    """{salesperson_id, team_id} of --salesperson USERNAME / --team NAME; NotFound for a name that
    is not there."""
    from app.models.user import Team
    from app.services.errors import NotFound

    username, team_name = getattr(args, "salesperson", None), getattr(args, "team", None)
    subject: dict[str, int | None] = {"salesperson_id": None, "team_id": None}
    if username is not None:
        person = User.get_or_none(User.username == username)
        if person is None:
            raise NotFound(f"there is no user {username!r} in this database.")
        subject["salesperson_id"] = person.id
    if team_name is not None:
        team = Team.get_or_none(Team.name == team_name)
        if team is None:
            raise NotFound(f"there is no team {team_name!r} in this database.")
        subject["team_id"] = team.id
    return subject


def _suffix(path) -> str:
    return Path(path).suffix.lower()


def _write_table(table, out: Path, actor: User) -> int:
    """Write `table` to `out` as a workbook or a PDF by its suffix; print where (module notes)."""
    from app.reports.excel_stream import TargetNotWritable
    from app.reports.pdf_document import FontNotFound

    try:
        if _suffix(out) == ".pdf":
            from app.reports.report_pdf import write_report_pdf

            write_report_pdf(table, out, generated_by=actor.display_name)
        else:
            from app.reports.report_excel import write_report_table

            write_report_table(out, table, generated_by=actor.display_name)
    except TargetNotWritable as exc:
        print(f"salesdesk: {not_written(exc)}", file=sys.stderr)
        return 1
    except FontNotFound as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {table.title} {table.period} ({len(table.rows)} rows) to {out}")
    return 0


def not_written(exc) -> str:
    """The sentence for a TargetNotWritable: the file, the system's reason, that nothing was replaced,
    and, when the system refused access (a file open in Excel or a PDF viewer on Windows), what to do."""
    hint = " If another program has it open, close it there and try again." \
        if isinstance(exc.__cause__, PermissionError) else ""
    return f"cannot write {exc.path} ({exc.reason}); an existing file there was left as it was.{hint}"


def _cmd_commissions(args: argparse.Namespace) -> int:
    """Print or write the month's commission statements (module notes)."""
    from app.reports.excel_stream import TargetNotWritable
    from app.services.commission_queries import month_details
    from app.services.commission_statements import generate_month

    actor = _actor(args.user)
    if actor is None:
        return 1
    try:
        if args.generate:
            generate_month(actor, args.year, args.month, _generation_progress(args.year, args.month))
        details = month_details(actor, args.year, args.month)
        if args.json:
            print(json.dumps(statements_json(args.year, args.month, details), ensure_ascii=False, indent=1))
        elif args.out:
            from app.reports.commission_export import write_commission_workbook

            write_commission_workbook(args.out, details)
            print(f"wrote {len(details)} statements of {args.year:04d}-{args.month:02d} to {args.out}")
        else:
            for d in details:
                s = d.summary
                achieved = "-" if s.attainment is None else f"{s.attainment:.2f}%"
                print(f"{s.salesperson_name}\t{s.state}\t{achieved}\t{s.basis_total:.2f}\t{s.total:.2f}\t"
                      f"{len(d.lines)} rows")
            if not details:
                print(f"no statements for {args.year:04d}-{args.month:02d} (generate them with --generate)")
    except TargetNotWritable as exc:
        print(f"salesdesk: {not_written(exc)}", file=sys.stderr)
        return 1
    except ServiceError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    return 0


def _generation_progress(year: int, month: int):
    """A progress callback printing "statement N of M" on a terminal's stderr (nothing for scripts);
    Ctrl+C in the middle rolls the whole generation back (one transaction)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total:
            print(f"\rgenerating {year:04d}-{month:02d}: statement {done} of {total}",
                  end="\n" if done == total else "", file=sys.stderr, flush=True)

    return show
