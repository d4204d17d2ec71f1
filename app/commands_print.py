"""`salesdesk --db PATH print quotation NUMBER OUT.pdf [--user NAME]`: the printed quotation as a PDF.

Prints as `--user` (default: the quotation's salesperson), so what may be printed follows what that
user may see. Exit 1 when the quotation or the user does not exist, the user may not see it, or the
file cannot be written.
"""

from __future__ import annotations

import argparse
import sys

from app.models.quotation import Quotation
from app.models.user import User
from app.services.errors import ServiceError


def cmd_print(database, target: str, args: argparse.Namespace) -> int:
    from app.reports.quotation_pdf import FontNotFound, write_quotation_pdf

    number = args.number.strip()
    quotation = Quotation.get_or_none(Quotation.number == number)
    if quotation is None:
        print(f"salesdesk: there is no quotation {number}.", file=sys.stderr)
        return 1
    actor = User.get_or_none(User.username == args.user) if args.user else quotation.salesperson
    if actor is None:
        print(f"salesdesk: there is no user {args.user!r} in this database.", file=sys.stderr)
        return 1
    try:
        out = write_quotation_pdf(actor, quotation.id, args.out)
    except (ServiceError, FontNotFound, OSError) as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"quotation {number} written to {out}")
    return 0
