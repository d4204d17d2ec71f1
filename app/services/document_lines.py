"""What quotations and orders do alike with their priced lines: the stored totals and approval
flags, the insert rows, replacing the lines of a document and the lines as audit values. Each
document names its own line table and the field that points at the document."""

from __future__ import annotations

from peewee import Model

from app.services.quotation_approval import ApprovalNeed, PricedLine
from app.services.quote_math import totals

BATCH = 500


def priced_amounts(lines: list[PricedLine], need: ApprovalNeed) -> dict[str, object]:
    """The document's stored totals (sums of the rounded lines) and approval flags."""
    sums = totals(lines)
    return {"net_total": sums.net_total, "tax_total": sums.tax_total, "total": sums.total,
            "needs_approval": need.needed, "approval_discount": need.discount}


def priced_line_rows(parent: str, parent_id: int, lines: list[PricedLine]) -> list[dict[str, object]]:
    """Insert rows of priced lines for the document `parent_id` (field `parent`), positions from 1."""
    return [{parent: parent_id, "position": position, "product": line.product_id,
             "description": line.description, "quantity": line.quantity, "unit": line.unit,
             "unit_price": line.unit_price, "discount": line.discount, "tax_rate": line.tax_rate,
             "net": line.net, "tax": line.tax} for position, line in enumerate(lines, start=1)]


def replace_lines(line_model: type[Model], parent: str, parent_id: int, lines: list[PricedLine]) -> None:
    """Delete the document's lines and insert `lines` in their place (in the caller's transaction)."""
    line_model.delete().where(getattr(line_model, parent) == parent_id).execute()
    rows = priced_line_rows(parent, parent_id, lines)
    for start in range(0, len(rows), BATCH):
        line_model.insert_many(rows[start:start + BATCH]).execute()


def lines_snapshot(line_model: type[Model], parent: str, parent_id: int) -> list[list[object]]:
    """The lines as audit values: [product id, description, quantity, unit, unit price, discount, tax rate]."""
    query = line_model.select().where(getattr(line_model, parent) == parent_id).order_by(line_model.position)
    return [[line.product_id, line.description, str(line.quantity), line.unit, str(line.unit_price),
             str(line.discount), str(line.tax_rate)] for line in query]
