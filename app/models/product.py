"""Products (产品): product lines, products with list and floor prices, and bundles (产品组合)."""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField, IntegerField

from app.models.base import BaseModel, MoneyField, PercentField, QuantityField, VersionedModel


class ProductLine(BaseModel):
    """A product line (产品线) grouping products; inactive lines stay on old products."""

    name = CharField(max_length=80, unique=True)
    active = BooleanField(default=True)


class Product(VersionedModel):
    """Something we sell. `floor_price` (底价) is the lowest net unit price allowed without approval;
    `pinyin`/`initials` of the name are kept for search (e.g. "luosi", "ls")."""

    line = ForeignKeyField(ProductLine, null=True, backref="products", on_delete="SET NULL")
    code = CharField(max_length=40, unique=True)
    name = CharField(max_length=120)
    unit = CharField(max_length=20, default="")
    list_price = MoneyField(default=0)
    floor_price = MoneyField(default=0)
    tax_rate = PercentField(default=0)
    active = BooleanField(default=True)
    pinyin = CharField(max_length=400, default="")
    initials = CharField(max_length=120, default="", index=True)

    class Meta:
        indexes = ((("active", "code"), False),)


class Bundle(BaseModel):
    """A named set of products with quantities that a quotation inserts at once."""

    name = CharField(max_length=80, unique=True)


class BundleItem(BaseModel):
    """One product of a bundle, in `position` order."""

    bundle = ForeignKeyField(Bundle, backref="items", on_delete="CASCADE")
    product = ForeignKeyField(Product, backref="bundle_items", on_delete="CASCADE")
    quantity = QuantityField()
    position = IntegerField(default=0)
