"""Lines of demo quotations: products mostly from one product line, sometimes a whole bundle or a
free-text line, quantities that suit the unit and price, discounts as salespeople give them.

Every line is a `quotation_approval.PricedLine` whose net and tax come from `quote_math.line_amounts`,
exactly what `services.quotations.price_lines` stores for the same input.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from app.services.demo.catalogue import BUNDLES
from app.services.demo.products import DemoProduct
from app.services.quotation_approval import PricedLine
from app.services.quote_math import line_amounts

RETIRED_BEFORE = 180  # days: discontinued products appear only on quotations older than this

# how often each product line is what a quotation is mostly about
_FOCUS = {"电气控制": 20, "传感器": 15, "紧固件": 12, "液压元件": 12, "气动元件": 12, "线缆桥架": 8, "工具耗材": 8,
          "工业软件": 6, "技术服务": 7}
MAX_LINES = 12
_LINE_COUNTS = ((1, 18), (2, 16), (3, 15), (4, 12), (5, 10), (6, 8), (7, 6), (8, 5), (9, 3), (10, 3), (11, 2),
                (12, 2))
_DISCOUNTS = (("0", 38), ("2", 5), ("3", 8), ("5", 18), ("8", 10), ("10", 8), ("12", 4), ("15", 4), ("18", 1),
              ("20", 1), ("25", 0.5))
# free-text lines: description, unit, price range in yuan, tax rate %
FREE_TEXT = (("运费", "项", 200, 3000, "13"), ("包装费 (木箱)", "项", 150, 1200, "13"),
             ("非标加工件 (按客户图纸)", "件", 80, 2500, "13"), ("现场施工辅材", "批", 500, 6000, "13"),
             ("加急服务费", "项", 300, 2000, "6"), ("技术资料翻译", "项", 800, 5000, "6"))
BUNDLE_SHARE, FREE_TEXT_SHARE, SPECIAL_PRICE_SHARE = 0.06, 0.07, 0.06


def _table(pairs) -> tuple[tuple, tuple]:
    return tuple(k for k, _w in pairs), tuple(itertools.accumulate(w for _k, w in pairs))


def priced(product: DemoProduct | None, description: str, quantity: Decimal, unit: str, unit_price: Decimal,
           discount: Decimal, tax_rate: Decimal) -> PricedLine:
    """A line priced by quote_math, with the product's list and floor price for the approval rule."""
    amounts = line_amounts(quantity, unit_price, discount, tax_rate)
    return PricedLine(product.id if product else None, description, quantity, unit, unit_price, discount, tax_rate,
                      amounts.net, amounts.tax, product.list_price if product else None,
                      product.floor_price if product else None)


class LineMaker:
    """Draws the lines of demo quotations from `products`."""

    def __init__(self, rng: random.Random, products: Sequence[DemoProduct], last_day: int):
        self.rng, self.last_day = rng, last_day
        self.by_id = {p.id: p for p in products}
        self._lines = {line: [p for p in products if p.line == line] for line in _FOCUS}
        self._active = {line: [p for p in items if p.active] for line, items in self._lines.items()}
        self._everything, self._all_active = list(products), [p for p in products if p.active]
        by_code = {p.code: p for p in products}
        self._bundles = [[(by_code[code], Decimal(q)) for code, q in items] for items in BUNDLES.values()]
        self._focus, self._counts, self._discounts = _table(_FOCUS.items()), _table(_LINE_COUNTS), _table(_DISCOUNTS)

    def _pick(self, table: tuple[tuple, tuple]):
        return self.rng.choices(table[0], cum_weights=table[1])[0]

    def lines(self, day: int, count: int | None = None) -> list[PricedLine]:
        """The lines of a quotation (or order) dated on day `day`: 1-12 (exactly `count` when given),
        in the order a salesperson adds them."""
        rng = self.rng
        old = day < self.last_day - RETIRED_BEFORE
        level = Decimal(self._pick(self._discounts))
        wanted = self._pick(self._counts) if count is None else count
        chosen: list[tuple[DemoProduct, Decimal]] = []
        if rng.random() < BUNDLE_SHARE:
            times = rng.randint(1, 3)
            bundle = rng.choice(self._bundles)
            if count is None or len(bundle) <= count:
                chosen = [(product, quantity * times) for product, quantity in bundle]
                wanted = max(wanted, len(chosen))
        free_text = rng.random() < FREE_TEXT_SHARE and (len(chosen) < wanted if count else wanted < MAX_LINES)
        focus = (self._lines if old else self._active)[self._pick(self._focus)]
        others = self._everything if old else self._all_active
        seen = {product.id for product, _q in chosen}
        while len(chosen) < wanted - (free_text and count is not None):
            product = rng.choice(focus if rng.random() < 0.75 else others)
            if product.id not in seen:
                seen.add(product.id)
                chosen.append((product, self._quantity(product)))
        lines = [self._product_line(product, quantity, level) for product, quantity in chosen]
        if free_text and len(lines) < MAX_LINES:
            lines.append(self._free_text(level))
        return lines

    def _discount(self, level: Decimal) -> Decimal:
        return level if self.rng.random() < 0.85 else Decimal(self._pick(self._discounts))

    def _product_line(self, product: DemoProduct, quantity: Decimal, level: Decimal) -> PricedLine:
        rng = self.rng
        unit_price, discount = product.list_price, self._discount(level)
        if rng.random() < SPECIAL_PRICE_SHARE:  # a negotiated net price instead of a discount
            unit_price = (product.list_price * rng.randint(80, 97) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            discount = Decimal(0)
        return priced(product, product.name, quantity, product.unit, unit_price, discount, product.tax_rate)

    def _free_text(self, level: Decimal) -> PricedLine:
        description, unit, low, high, tax = self.rng.choice(FREE_TEXT)
        price = Decimal(self.rng.randint(low // 10, high // 10) * 10)
        return priced(None, description, Decimal(1), unit, price, self._discount(level), Decimal(tax))

    def _quantity(self, product: DemoProduct) -> Decimal:
        """How much of `product` a customer asks for, by its unit and price."""
        rng, unit, price = self.rng, product.unit, product.list_price
        if unit == "米":
            metres = rng.choice((20, 50, 100, 150, 200, 300, 500, 1000))
            return Decimal(metres) if rng.random() < 0.8 else Decimal(rng.randint(10, 400)) + Decimal("0.5")
        fixed = {"年": (1, 3), "项": (1, 1), "人天": (2, 30), "人月": (1, 6), "次": (1, 12), "盒": (1, 40)}
        if unit in fixed:
            return Decimal(rng.randint(*fixed[unit]))
        if price < 20:
            return Decimal(rng.choice((10, 20, 50, 100, 200, 500)))
        if price < 200:
            return Decimal(rng.randint(2, 50))
        if price < 2000:
            return Decimal(rng.randint(1, 20))
        if price < 20000:
            return Decimal(rng.randint(1, 5))
        return Decimal(2 if rng.random() < 0.1 else 1)

    def revised(self, lines: Sequence[PricedLine]) -> list[PricedLine]:
        """The lines of a revision: the source's, edited the way customers ask for (a better price,
        another quantity, one line fewer), priced again."""
        rng = self.rng
        edited = list(lines)
        change = rng.random()
        if change < 0.5:  # a better price on every line
            extra = Decimal(rng.choice((2, 3, 5)))
            edited = [priced(self.by_id.get(line.product_id), line.description, line.quantity, line.unit,
                             line.unit_price, min(Decimal(100), line.discount + extra), line.tax_rate)
                      for line in edited]
        elif change < 0.85 or len(edited) == 1:
            index = rng.randrange(len(edited))
            line = edited[index]
            quantity = max(Decimal(1), (line.quantity * rng.choice((2, 3)) / 2).quantize(Decimal(1), ROUND_HALF_UP))
            edited[index] = priced(self.by_id.get(line.product_id), line.description, quantity, line.unit,
                                   line.unit_price, line.discount, line.tax_rate)
        else:
            del edited[rng.randrange(len(edited))]
        return edited
