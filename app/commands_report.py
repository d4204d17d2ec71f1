"""`salesdesk --db PATH report NAME --year Y [--month M] [--by G] [--json] [--user NAME]`: a report
(`reports.catalog`) as the user sees it (default user: the first active manager). Without --json it
prints the table tab-separated with a totals line; --json prints {"report", "title", "period",
"scope", "columns", "rows", "totals"} (`ReportTable.as_json`: amounts, percentages as strings with
two decimals, dates ISO). Exit 1 on a refused user or report, 2 on a grouping the report lacks.

`salesdesk --db PATH report commissions --year Y --month M [--json | --out FILE.xlsx] [--generate]
[--user NAME]`: the month's commission statements, as before.

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

from app.models.user import User
from app.services.commission_queries import StatementDetail
from app.services.errors import ServiceError


def _actor(username: str | None) -> User | None:
    if username:
        return User.get_or_none((User.username == username) & (User.active == True))  # noqa: E712
    return (User.select().where((User.role == "manager") & (User.active == True))  # noqa: E712
            .order_by(User.id).first())


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
    commissions_as_before = args.kind == "commissions" and (args.month is not None or args.out or args.generate) \
        and getattr(args, "by", None) is None
    if not commissions_as_before:
        return _cmd_table(args)
    if args.month is None:
        print("salesdesk: report commissions --generate/--out needs --month.", file=sys.stderr)
        return 2
    return _cmd_commissions(args)


def _cmd_table(args: argparse.Namespace) -> int:
    from app.reports.catalog import build_report

    if args.out:
        print(f"salesdesk: --out is not available for report {args.kind} yet; use --json.", file=sys.stderr)
        return 2
    actor = _actor(args.user)
    if actor is None:
        who = f"active user {args.user!r}" if args.user else "active manager"
        print(f"salesdesk: there is no {who} in this database.", file=sys.stderr)
        return 1
    try:
        table = build_report(actor, args.kind, args.year, args.month, args.by)
    except ValueError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(table.as_json(), ensure_ascii=False, indent=1))
    else:
        print_table(table)
    return 0


def _cmd_commissions(args: argparse.Namespace) -> int:
    """Print or write the month's commission statements (module notes)."""
    from app.reports.excel_stream import TargetNotWritable
    from app.services.commission_queries import month_details
    from app.services.commission_statements import generate_month

    actor = _actor(args.user)
    if actor is None:
        who = f"active user {args.user!r}" if args.user else "active manager"
        print(f"salesdesk: there is no {who} in this database.", file=sys.stderr)
        return 1
    try:
        if args.generate:
            generate_month(actor, args.year, args.month)
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
        print(f"salesdesk: cannot write {exc.path} ({exc.reason}).", file=sys.stderr)
        return 1
    except ServiceError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    return 0
