"""Products (产品), product lines and bundles: create and edit with validation, version check and
audit; search by code, name, pinyin and initials; a filtered list counted and read a page at a time.

Everyone who quotes may look products up ("products.view"); managers and admins maintain them
("products.manage"). A few thousand products at most: LIKE searches are fast enough on both databases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from peewee import JOIN, IntegrityError

from app.models.base import db
from app.models.product import Bundle, BundleItem, Product, ProductLine
from app.models.user import User
from app.services import audit
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.locking import save_changes
from app.services.permissions import can, require
from app.services.pinyin_keys import pinyin_keys

MAX_MONEY = Decimal("1e12")


def require_view(actor: User) -> None:
    """Raise PermissionDenied unless `actor` may look products up (viewers and maintainers)."""
    if not (can(actor, "products.view") or can(actor, "products.manage")):
        raise PermissionDenied(f"Role {actor.role if actor else 'nobody'!r} may not view products.")


def parse_decimal(value: object, places: int, *, low: Decimal, high: Decimal) -> Decimal:
    """`value` (Decimal, int or text with optional thousands commas) as a Decimal with at most `places`
    decimals within [low, high], quantized to `places`; ValueError otherwise (floats too)."""
    if isinstance(value, bool | float):
        raise ValueError("not a float")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).replace(",", "").strip() or "0")
    except InvalidOperation as exc:
        raise ValueError(str(value)) from exc
    if not number.is_finite() or number != number.quantize(Decimal(1).scaleb(-places)) or not low <= number <= high:
        raise ValueError(str(value))
    return number.quantize(Decimal(1).scaleb(-places))


# ---- product lines -------------------------------------------------------------------------------

def create_product_line(actor: User, name: str) -> ProductLine:
    """A new active product line with a unique, non-empty name."""
    require(actor, "products.manage")
    name = _line_name(name)
    with db.atomic():
        if ProductLine.select().where(ProductLine.name == name).exists():
            raise ValidationError({"name": "A product line with this name exists."})
        line = ProductLine.create(name=name)
        audit.record(actor, "product_line", line.id, "create", {"name": (None, name)})
    return line


def update_product_line(actor: User, line_id: int, name: str, active: bool = True) -> ProductLine:
    """Rename or (de)activate a product line; the name stays unique."""
    require(actor, "products.manage")
    name = _line_name(name)
    with db.atomic():
        line = ProductLine.get_or_none(ProductLine.id == line_id)
        if line is None:
            raise NotFound("The product line no longer exists.")
        if ProductLine.select().where((ProductLine.name == name) & (ProductLine.id != line_id)).exists():
            raise ValidationError({"name": "A product line with this name exists."})
        diff = {k: (getattr(line, k), v) for k, v in (("name", name), ("active", active)) if getattr(line, k) != v}
        if diff:
            ProductLine.update(name=name, active=active).where(ProductLine.id == line_id).execute()
            audit.record(actor, "product_line", line_id, "update", diff)
            line.name, line.active = name, active
    return line


def list_product_lines(actor: User, *, active_only: bool = False) -> list[ProductLine]:
    """Product lines by name."""
    require_view(actor)
    query = ProductLine.select().order_by(ProductLine.name)
    return list(query.where(ProductLine.active) if active_only else query)


def _line_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 80:
        raise ValidationError({"name": "A name of 1 to 80 characters."})
    return name


# ---- products ------------------------------------------------------------------------------------

@dataclass
class ProductInput:
    """Every field of the product form; prices and tax rate as Decimal or text."""

    code: str
    name: str
    unit: str = ""
    list_price: Decimal | str = Decimal("0")
    floor_price: Decimal | str = Decimal("0")
    tax_rate: Decimal | str = Decimal("13")
    line_id: int | None = None
    active: bool = True


def product_values(data: ProductInput) -> dict[str, object]:
    """Validate `data` and return the Product column values; ValidationError names every bad field:
    code and name required, prices 0 .. 10^12 with two decimals, floor ≤ list, tax rate 0-100."""
    errors: dict[str, str] = {}
    code, name, unit = data.code.strip(), data.name.strip(), data.unit.strip()
    if not code or len(code) > 40:
        errors["code"] = "A code of 1 to 40 characters."
    if not name or len(name) > 120:
        errors["name"] = "A name of 1 to 120 characters."
    if len(unit) > 20:
        errors["unit"] = "At most 20 characters."
    prices: dict[str, Decimal] = {}
    for key in ("list_price", "floor_price"):
        try:
            prices[key] = parse_decimal(getattr(data, key), 2, low=Decimal(0), high=MAX_MONEY)
        except ValueError:
            errors[key] = "A price of at most two decimals, not negative."
    if len(prices) == 2 and prices["floor_price"] > prices["list_price"]:
        errors["floor_price"] = "The floor price cannot be above the list price."
    try:
        tax_rate = parse_decimal(data.tax_rate, 2, low=Decimal(0), high=Decimal(100))
    except ValueError:
        errors["tax_rate"] = "A tax rate from 0 to 100 %."
    if data.line_id is not None and not ProductLine.select().where(ProductLine.id == data.line_id).exists():
        errors["line_id"] = "Choose an existing product line."
    if errors:
        raise ValidationError(errors)
    full, initials = pinyin_keys(name)
    return {"code": code, "name": name, "unit": unit, "list_price": prices["list_price"],
            "floor_price": prices["floor_price"], "tax_rate": tax_rate, "line": data.line_id,
            "active": data.active, "pinyin": full[:400], "initials": initials[:120]}


def create_product(actor: User, data: ProductInput) -> Product:
    """A new product; its code must be unique."""
    require(actor, "products.manage")
    values = product_values(data)
    try:
        with db.atomic():
            if Product.select().where(Product.code == values["code"]).exists():
                raise ValidationError({"code": "Another product has this code."})
            product = Product.create(updated_by=actor.id, **values)
            audit.record(actor, "product", product.id, "create",
                         {k: (None, v) for k, v in values.items() if k not in ("pinyin", "initials")})
    except IntegrityError as exc:  # a concurrent insert of the same code
        raise ValidationError({"code": "Another product has this code."}) from exc
    return product


def update_product(actor: User, product_id: int, expected_version: int, data: ProductInput) -> Product:
    """Save the form if nobody saved the product since `expected_version` (else ConflictError)."""
    require(actor, "products.manage")
    product = get_product(actor, product_id)
    values = product_values(data)
    if Product.select().where((Product.code == values["code"]) & (Product.id != product_id)).exists():
        raise ValidationError({"code": "Another product has this code."})
    save_changes(actor, product, expected_version, values, "product")
    return product


def get_product(actor: User, product_id: int) -> Product:
    """One product; NotFound when it does not exist."""
    require_view(actor)
    product = Product.get_or_none(Product.id == product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.")
    return product


@dataclass(frozen=True)
class ProductFilter:
    """What the product list is narrowed to; "" / None means any."""

    search: str = ""
    line_id: int | None = None
    active: bool | None = True


@dataclass(frozen=True)
class ProductRow:
    """One line of the product list or of the quotation editor's product picker."""

    id: int
    version: int
    code: str
    name: str
    line_name: str
    unit: str
    list_price: Decimal
    floor_price: Decimal
    tax_rate: Decimal
    active: bool


def _search_clause(text: str):
    """Code or initials starting with the text, or name or pinyin containing it (case-insensitive;
    LIKE wildcards in the text are matched literally)."""
    term = text.strip().replace(" ", "")
    if not term:
        return None
    lower = term.lower()
    return (Product.code.startswith(term) | Product.name.contains(term)
            | Product.pinyin.contains(lower) | Product.initials.startswith(lower))


def _query(flt: ProductFilter):
    query = (Product.select(Product, ProductLine.name.alias("line_name"))
             .join(ProductLine, JOIN.LEFT_OUTER))
    clause = _search_clause(flt.search)
    if clause is not None:
        query = query.where(clause)
    if flt.line_id is not None:
        query = query.where(Product.line == flt.line_id)
    if flt.active is not None:
        query = query.where(Product.active == flt.active)
    return query


def count_products(actor: User, flt: ProductFilter) -> int:
    """How many products match `flt`."""
    require_view(actor)
    return _query(flt).count()


def product_page(actor: User, flt: ProductFilter, offset: int = 0, limit: int = 200) -> list[ProductRow]:
    """Products matching `flt` in code order, rows offset..offset+limit."""
    require_view(actor)
    query = _query(flt).order_by(Product.code, Product.id).offset(offset).limit(limit)
    return [ProductRow(p.id, p.version, p.code, p.name, p.line_name or "", p.unit, p.list_price, p.floor_price,
                       p.tax_rate, p.active) for p in query.objects()]


def search_products(actor: User, text: str, limit: int = 20) -> list[ProductRow]:
    """Active products for the quotation editor's picker: by code, name, pinyin or initials."""
    return product_page(actor, ProductFilter(search=text, active=True), 0, limit)


# ---- bundles -------------------------------------------------------------------------------------

@dataclass
class BundleItemInput:
    """One product of a bundle and its quantity (up to three decimals)."""

    product_id: int
    quantity: Decimal | str = Decimal("1")


@dataclass
class BundleInput:
    name: str
    items: list[BundleItemInput] = field(default_factory=list)


def _bundle_values(data: BundleInput) -> tuple[str, list[tuple[int, Decimal]]]:
    errors: dict[str, str] = {}
    name = data.name.strip()
    if not name or len(name) > 80:
        errors["name"] = "A name of 1 to 80 characters."
    items = []
    for index, item in enumerate(data.items):
        try:
            quantity = parse_decimal(item.quantity, 3, low=Decimal("0.001"), high=Decimal("1e9"))
        except ValueError:
            errors[f"items.{index}.quantity"] = "A quantity above 0 with at most three decimals."
            continue
        items.append((item.product_id, quantity))
    ids = {product_id for product_id, _ in items}
    if ids and Product.select().where(Product.id.in_(list(ids))).count() != len(ids):
        errors["items"] = "A product of the bundle no longer exists."
    if not data.items:
        errors["items"] = "A bundle needs at least one product."
    if errors:
        raise ValidationError(errors)
    return name, items


def _write_bundle(actor: User, bundle: Bundle, action: str, items: list[tuple[int, Decimal]]) -> None:
    BundleItem.delete().where(BundleItem.bundle == bundle.id).execute()
    BundleItem.insert_many([{"bundle": bundle.id, "product": product_id, "quantity": quantity, "position": i}
                            for i, (product_id, quantity) in enumerate(items)]).execute()
    audit.record(actor, "bundle", bundle.id, action,
                 {"name": (None, bundle.name), "items": (None, [[p, str(q)] for p, q in items])})


def create_bundle(actor: User, data: BundleInput) -> Bundle:
    """A new bundle with a unique name and at least one product."""
    require(actor, "products.manage")
    name, items = _bundle_values(data)
    with db.atomic():
        if Bundle.select().where(Bundle.name == name).exists():
            raise ValidationError({"name": "A bundle with this name exists."})
        bundle = Bundle.create(name=name)
        _write_bundle(actor, bundle, "create", items)
    return bundle


def update_bundle(actor: User, bundle_id: int, data: BundleInput) -> Bundle:
    """Rename a bundle and replace its products."""
    require(actor, "products.manage")
    name, items = _bundle_values(data)
    with db.atomic():
        bundle = Bundle.get_or_none(Bundle.id == bundle_id)
        if bundle is None:
            raise NotFound("The bundle no longer exists.")
        if Bundle.select().where((Bundle.name == name) & (Bundle.id != bundle_id)).exists():
            raise ValidationError({"name": "A bundle with this name exists."})
        bundle.name = name
        bundle.save()
        _write_bundle(actor, bundle, "update", items)
    return bundle


def delete_bundle(actor: User, bundle_id: int) -> None:
    """Remove a bundle (quotations made with it keep their lines)."""
    require(actor, "products.manage")
    with db.atomic():
        bundle = Bundle.get_or_none(Bundle.id == bundle_id)
        if bundle is None:
            raise NotFound("The bundle no longer exists.")
        audit.record(actor, "bundle", bundle_id, "delete", {"name": (bundle.name, None)})
        bundle.delete_instance(recursive=False)


def get_bundle(actor: User, bundle_id: int) -> Bundle:
    """One bundle; NotFound when it no longer exists."""
    require_view(actor)
    bundle = Bundle.get_or_none(Bundle.id == bundle_id)
    if bundle is None:
        raise NotFound("The bundle no longer exists.")
    return bundle


def list_bundles(actor: User) -> list[Bundle]:
    """Every bundle by name."""
    require_view(actor)
    return list(Bundle.select().order_by(Bundle.name))


@dataclass(frozen=True)
class BundleItemRow:
    """One product of a bundle with what a quotation line needs from it."""

    product_id: int
    code: str
    name: str
    unit: str
    quantity: Decimal
    list_price: Decimal
    tax_rate: Decimal
    active: bool


def bundle_items(actor: User, bundle_id: int) -> list[BundleItemRow]:
    """The products of a bundle in order, ready to become quotation lines."""
    require_view(actor)
    if not Bundle.select().where(Bundle.id == bundle_id).exists():
        raise NotFound("The bundle no longer exists.")
    query = (BundleItem.select(BundleItem, Product).join(Product)
             .where(BundleItem.bundle == bundle_id).order_by(BundleItem.position, BundleItem.id))
    return [BundleItemRow(i.product.id, i.product.code, i.product.name, i.product.unit, i.quantity,
                          i.product.list_price, i.product.tax_rate, i.product.active) for i in query]
