"""`salesdesk --db PATH export products OUT.xlsx [--search TEXT] [--line NAME] [--status S] [--user NAME]`.

Writes the product list in the product import's layout (reports.product_export), so the file
imports back. By default every product, active or not; --search, --line and --status narrow it as
the product screen's filters do. Acts as --user (default: the first active administrator).
"""

from __future__ import annotations

import argparse
import sys

from app.commands_import import acting_user
from app.services.errors import ServiceError

STATUS = {"active": True, "inactive": False, "all": None}  # --status -> ProductFilter.active


def cmd_export(database, target: str, args: argparse.Namespace) -> int:
    """Export the products matching the options; exit 1 when the user, the line or the file is wrong."""
    from app.reports.excel_stream import TargetNotWritable
    from app.reports.product_export import export_products
    from app.services.products import ProductFilter, list_product_lines

    actor = acting_user(args.user)
    if actor is None:
        who = f"user {args.user!r}" if args.user else "an active administrator"
        print(f"salesdesk: there is no {who} in this database.", file=sys.stderr)
        return 1
    try:
        line_id = None
        if args.line is not None:
            line_id = next((line.id for line in list_product_lines(actor) if line.name == args.line.strip()), None)
            if line_id is None:
                print(f"salesdesk: there is no product line {args.line!r}.", file=sys.stderr)
                return 1
        flt = ProductFilter(search=args.search, line_id=line_id, active=STATUS[args.status])
        written = export_products(actor, flt, args.out)
    except TargetNotWritable as exc:
        print(f"salesdesk: cannot write {exc.path} ({exc.reason}); close it if another program has it open, "
              "or choose a writable folder.", file=sys.stderr)
        return 1
    except ServiceError as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return 1
    print(f"exported {written} products to {args.out}")
    return 0
