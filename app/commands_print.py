"""`salesdesk --db PATH print quotation|order|shipment NUMBER OUT.pdf [--user NAME]`: a printed
document as a PDF (报价单, 销售合同, 发货单 / 退货单).

Prints as `--user` (default: the salesperson of the quotation or order, of the shipment's order), so
what may be printed follows what that user may see. Exit 1 when the document or the user does not
exist, the user may not see it, or the file cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.models.order import Order, Shipment
from app.models.quotation import Quotation
from app.models.user import User
from app.services.errors import ServiceError


def _writer(kind: str) -> Callable[[User, int, Path], Path]:
    if kind == "order":
        from app.reports.order_pdf import write_order_pdf

        return write_order_pdf
    if kind == "shipment":
        from app.reports.delivery_note_pdf import write_delivery_note_pdf

        return write_delivery_note_pdf
    from app.reports.quotation_pdf import write_quotation_pdf

    return write_quotation_pdf


def _document(kind: str, number: str) -> tuple[int, User] | None:
    """(id, salesperson) of the document numbered `number`, or None."""
    if kind == "shipment":
        shipment = Shipment.get_or_none(Shipment.number == number)
        return (shipment.id, shipment.order.salesperson) if shipment else None
    model = Order if kind == "order" else Quotation
    found = model.get_or_none(model.number == number)
    return (found.id, found.salesperson) if found else None


def cmd_print(database, target: str, args: argparse.Namespace) -> int:
    from app.reports.pdf_document import FontNotFound

    number = args.number.strip()
    found = _document(args.kind, number)
    if found is None:
        print(f"salesdesk: there is no {args.kind} {number}.", file=sys.stderr)
        return 1
    document_id, salesperson = found
    actor = User.get_or_none(User.username == args.user) if args.user else salesperson
    if actor is None:
        print(f"salesdesk: there is no user {args.user!r} in this database.", file=sys.stderr)
        return 1
    try:
        out = _writer(args.kind)(actor, document_id, args.out)
    except (ServiceError, FontNotFound, OSError) as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"{args.kind} {number} written to {out}")
    return 0
