"""Demo products: the catalogue (catalogue.py) written as product lines, products and bundles.

Each product's stored columns are what `services.products.product_values` gives for the same form
input (so pinyin and initials are the search keys the product form would save); list prices vary
a little with the seed and come out as a catalogue prints them, floor prices are 75-90 % of list,
and a few products are discontinued (inactive, in no bundle).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from app.models.base import to_scaled_int
from app.services.demo.bulk import insert_rows, next_id, sync_id_sequence
from app.services.demo.catalogue import BUNDLES, CATALOGUE, PRODUCT_LINES
from app.services.products import ProductInput, product_values

PRODUCT_COLUMNS = ("id", "line_id", "code", "name", "unit", "list_price", "floor_price", "tax_rate", "active",
                   "pinyin", "initials", "version", "updated_at", "updated_by")
DISCONTINUED = 5  # products made inactive


@dataclass(frozen=True)
class DemoProduct:
    """A product as the quotation generator needs it."""

    id: int
    line: str
    code: str
    name: str
    unit: str
    list_price: Decimal
    floor_price: Decimal
    tax_rate: Decimal
    active: bool


def price_step(price: Decimal) -> Decimal:
    """The precision a catalogue prints a price of this size with: 100 yuan from 10,000, 10 from
    1,000, 1 from 100, 0.1 from 10, else cents."""
    for limit, step in ((10_000, "100"), (1_000, "10"), (100, "1"), (10, "0.1")):
        if price >= limit:
            return Decimal(step)
    return Decimal("0.01")


def round_to_step(price: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    """`price` rounded to its `price_step`, as a two-decimal amount."""
    step = price_step(price)
    return ((price / step).quantize(Decimal(1), rounding=rounding) * step).quantize(Decimal("0.01"))


def fill_products(rng: random.Random, updated_at: str, updated_by: int | None) -> list[DemoProduct]:
    """Write the product lines, products and bundles; returns the products in code order of the
    catalogue. Call inside a transaction on a database without products."""
    line_ids = {name: next_id("product_line") + index for index, name in enumerate(PRODUCT_LINES)}
    insert_rows("product_line", ("id", "name", "active"), [(i, name, True) for name, i in line_ids.items()])
    in_bundles = {code for items in BUNDLES.values() for code, _quantity in items}
    retired = set(rng.sample([item.code for item in CATALOGUE if item.code not in in_bundles], DISCONTINUED))
    first = next_id("product")
    products, rows = [], []
    for product_id, item in enumerate(CATALOGUE, start=first):
        list_price = round_to_step(Decimal(str(item.price)) * rng.randint(95, 105) / 100)
        floor_price = round_to_step(list_price * rng.randint(75, 90) / 100, ROUND_FLOOR)
        values = product_values(ProductInput(item.code, item.name, item.unit, list_price, floor_price, item.tax_rate,
                                             line_ids[item.line], item.code not in retired))
        products.append(DemoProduct(product_id, item.line, item.code, item.name, item.unit, list_price,
                                    floor_price, values["tax_rate"], values["active"]))
        rows.append((product_id, values["line"], values["code"], values["name"], values["unit"],
                     to_scaled_int(values["list_price"], 2), to_scaled_int(values["floor_price"], 2),
                     to_scaled_int(values["tax_rate"], 2), values["active"], values["pinyin"], values["initials"],
                     1, updated_at, updated_by))
    insert_rows("product", PRODUCT_COLUMNS, rows)
    _fill_bundles({p.code: p.id for p in products})
    for table in ("product_line", "product", "bundle"):
        sync_id_sequence(table)
    return products


def _fill_bundles(product_ids: dict[str, int]) -> None:
    first = next_id("bundle")
    insert_rows("bundle", ("id", "name"), [(first + i, name) for i, name in enumerate(BUNDLES)])
    insert_rows("bundle_item", ("bundle_id", "product_id", "quantity", "position"), [
        (first + i, product_ids[code], to_scaled_int(Decimal(quantity), 3), position)
        for i, items in enumerate(BUNDLES.values()) for position, (code, quantity) in enumerate(items)])
