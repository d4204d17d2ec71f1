"""Importing products from an .xlsx file: check first, then all or nothing, like the customer import.

One row is one product: 产品线 (a product line's name; a new name creates the line), 编号 (code),
名称, 单位, 标准价, 底价, 税率 (percent), 启用 (是/否). Headers are matched in Chinese or English
as in the customer import, which lends its reader (customer_import_reader.read_sheet with this
module's `column_for_header`), its RowError and its error workbook.

A row whose 编号 is new creates a product: 编号 and 名称 are required, an empty 单位 or 产品线 stays
empty, empty prices are 0, an empty 税率 is 13 and an empty 启用 is 是. A row whose 编号 is already
stored updates that product, so an exported price list (reports/product_export.py, the same columns)
can be edited and imported back: only 编号 is required there, and every other empty cell (or missing
column) keeps the stored value - an import therefore never clears a unit or a product line (the
product form does). The 名称 header marks the header row (the reader's rule), so a price-only file
still has that column, its cells empty. An update row that changes nothing is counted as unchanged and not written.
Every field is checked by the product form's rules (products.product_values) on the values the
product would have, so floor ≤ list holds between a new price and a kept one. A code repeated in
the file is refused. `commit` writes nothing unless every row is good; an updated product gets
version + 1 only if nobody saved it since the check (else ConflictError, nothing written). One audit
row per import holds the counts and, per updated product, "CODE.field": (old, new). Managers and
administrators import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from peewee import IntegrityError

from app.models.base import db, now
from app.models.product import Product, ProductLine
from app.models.user import User
from app.services import audit
from app.services.customer_import_columns import ImportColumn, header_key
from app.services.customer_import_reader import ImportSheet, read_sheet
from app.services.customer_import_reader import preview as read_preview
from app.services.errors import ConflictError, ValidationError
from app.services.import_report import ImportRefused, RowError, SheetReport
from app.services.normalize import width_fold
from app.services.permissions import require
from app.services.products import ProductInput, product_values
from app.services.progress import ProgressCallback, Stages

BATCH = 500
PERMISSION = "products.manage"
KEPT = "更新已有产品时留空 = 不变。"

COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("line", "产品线", "line", "产品线名称；不存在的产品线导入时新建；可留空，" + KEPT,
                 aliases=("产品线名称", "product line", "系列")),
    ImportColumn("code", "编号", "code", "产品编号，必填，最多 40 字；与已有产品相同时更新该产品，"
                 "不可与前面的行重复。", aliases=("产品编号", "编码", "货号", "product code"), required=True),
    ImportColumn("name", "名称", "name", "产品名称，新产品必填，最多 120 字；" + KEPT,
                 aliases=("产品名称", "品名", "product", "product name"), required=True),
    ImportColumn("unit", "单位", "unit", "计量单位，如 台、套、个，最多 20 字；" + KEPT),
    ImportColumn("list_price", "标准价", "list_price", "标准单价（元），最多两位小数；新产品空 = 0，" + KEPT,
                 aliases=("标准单价", "单价", "价格", "list price", "price")),
    ImportColumn("floor_price", "底价", "floor_price", "最低单价（元），不高于标准价；新产品空 = 0，" + KEPT,
                 aliases=("最低价", "floor price")),
    ImportColumn("tax_rate", "税率", "tax_rate", "税率（%），0 到 100，如 13 或 13%；新产品空 = 13，" + KEPT,
                 aliases=("税率%", "tax", "tax rate")),
    ImportColumn("active", "启用", "active", "是 或 否；新产品空 = 是，" + KEPT,
                 aliases=("是否启用", "状态", "enabled")),
)
BY_KEY = {c.key: c for c in COLUMNS}
_HEADERS = {header_key(text): c.key for c in COLUMNS for text in (c.zh, c.en, c.key, *c.aliases)}
ACTIVE_WORDS = {"是": True, "启用": True, "yes": True, "y": True, "true": True, "1": True, "有效": True,
                "否": False, "停用": False, "no": False, "n": False, "false": False, "0": False, "无效": False}
DEFAULT_TAX_RATE = "13"


def column_for_header(text: str) -> str | None:
    """The product column a header names, or None."""
    return _HEADERS.get(header_key(text)) if text else None


def preview(path: str | Path, limit: int = 50):
    """The columns and first rows of a product file (customer_import_reader.ImportPreview)."""
    return read_preview(path, limit, headers=column_for_header)


UPDATABLE = ("name", "unit", "list_price", "floor_price", "tax_rate", "active")


@dataclass
class PendingProduct:
    """A row that passed the checks: its Excel row, column values and product line name; for a row
    that updates a stored product its id, the version checked and the fields that change as
    {field: (old, new)} (the line by name)."""

    row: int
    values: dict[str, object]
    line_name: str
    product_id: int | None = None
    version: int = 0
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


@dataclass
class ProductImportReport(SheetReport):
    """What a check of a product file found: the base report plus how many good rows create a
    product (`products`), update a stored one (`updated`) or match it already (`unchanged`), and the
    product lines the import would create. `duplicates` stays empty (repeated codes are refused)."""

    products: int = 0
    updated: int = 0
    unchanged: int = 0
    new_lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProductImportResult:
    """`products` created, `updated`, `unchanged` (rows left as stored), `new_lines` created."""

    products: int
    new_lines: int
    report: ProductImportReport
    updated: int = 0
    unchanged: int = 0


class ProductImportRefused(ImportRefused):
    """Some product rows are bad, so nothing was imported; `report` lists them."""


def _header(sheet: ImportSheet, key: str) -> str:
    column = sheet.recognised.get(key)
    return column.header if column is not None else BY_KEY[key].zh


def _row_input(cells: dict[str, str], stored: Product | None, lines: dict[str, int],
               problems: dict[str, str]) -> ProductInput:
    """The product a row describes: its cells, with the stored product's values for the empty cells
    of an update row and the defaults for those of a new one."""
    line_name = cells.get("line", "").strip()
    if len(line_name) > 80:
        problems["line"] = "A name of 1 to 80 characters."
    active_text = width_fold(cells.get("active", "")).strip().lower()
    active = ACTIVE_WORDS.get(active_text) if active_text else (stored.active if stored else True)
    if active is None:
        problems["active"] = "Use 是 or 否 (yes, no)."
    tax_text = cells.get("tax_rate", "").strip().rstrip("%％").strip()
    if stored is None:
        return ProductInput(code=cells.get("code", ""), name=cells.get("name", ""), unit=cells.get("unit", ""),
                            list_price=cells.get("list_price", ""), floor_price=cells.get("floor_price", ""),
                            tax_rate=tax_text or DEFAULT_TAX_RATE, line_id=lines.get(line_name), active=bool(active))

    def kept(key: str):
        return cells.get(key, "").strip() or getattr(stored, key)

    return ProductInput(code=cells.get("code", ""), name=kept("name"), unit=kept("unit"),
                        list_price=kept("list_price"), floor_price=kept("floor_price"),
                        tax_rate=tax_text or stored.tax_rate, active=bool(active),
                        line_id=lines.get(line_name) if line_name else stored.line_id)


def _changes(stored: Product, values: dict[str, object], line_name: str,
             line_names: dict[int, str]) -> dict[str, tuple[object, object]]:
    """The fields a row changes on `stored` as {field: (old, new)}; the line by (unique) name."""
    diff = {key: (getattr(stored, key), values[key]) for key in UPDATABLE if getattr(stored, key) != values[key]}
    if line_name and line_names.get(stored.line_id) != line_name:
        diff["line"] = (line_names.get(stored.line_id), line_name)
    return diff


def _check(sheet: ImportSheet, stages: Stages) -> tuple[ProductImportReport, list[PendingProduct]]:
    recognised = sheet.recognised
    lines = {name: line_id for line_id, name in ProductLine.select(ProductLine.id, ProductLine.name).tuples()}
    line_names = {line_id: name for name, line_id in lines.items()}
    stored_products = {p.code: p for p in Product.select(
        Product.id, Product.version, Product.code, Product.name, Product.unit, Product.list_price,
        Product.floor_price, Product.tax_rate, Product.line, Product.active)}
    seen_codes: dict[str, int] = {}
    errors: list[RowError] = []
    pending: list[PendingProduct] = []
    total = len(sheet.rows)
    for done, (row, texts) in enumerate(sheet.rows, start=1):
        cells = {key: texts[column.index] for key, column in recognised.items()}
        problems: dict[str, str] = {}
        code = cells.get("code", "").strip()
        stored = stored_products.get(code) if code else None
        data = _row_input(cells, stored, lines, problems)
        values = None
        try:
            values = product_values(data)
        except ValidationError as exc:
            for key, message in exc.fields.items():
                problems.setdefault("line" if key == "line_id" else key, message)
        if code and "code" not in problems and code in seen_codes:
            problems["code"] = f"The code repeats row {seen_codes[code]}."
        if code:
            seen_codes.setdefault(code, row)
        line_name = cells.get("line", "").strip()
        if problems or values is None:
            errors += [RowError(row, _header(sheet, key), message, key) for key, message in problems.items()]
        elif stored is None:
            pending.append(PendingProduct(row, values, line_name))
        else:
            pending.append(PendingProduct(row, values, line_name, stored.id, stored.version,
                                          _changes(stored, values, line_name, line_names)))
        if done % 250 == 0 or done == total:
            stages.report("checking", done, total)
    report = ProductImportReport(sheet.file_name, sheet.columns, sheet.header_row, rows_total=total, errors=errors)
    report.good_rows = total - len(report.bad_rows)
    report.products = sum(1 for p in pending if p.product_id is None)
    report.updated = sum(1 for p in pending if p.changes)
    report.unchanged = len(pending) - report.products - report.updated
    report.new_lines = sorted({p.line_name for p in pending if p.line_name and p.line_name not in lines
                               and (p.product_id is None or "line" in p.changes)})
    return report, pending


def dry_run(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> ProductImportReport:
    """Read and check every row of `path`; write nothing."""
    require(actor, PERMISSION)
    stages = Stages(progress, reading=1, checking=2)
    sheet = read_sheet(path, progress=stages.callback("reading"), headers=column_for_header)
    return _check(sheet, stages)[0]


def commit(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> ProductImportResult:
    """Check `path` like `dry_run`; if any row is bad raise ProductImportRefused and write nothing,
    else create the new product lines and products and update the changed products in one
    transaction with one audit row. ConflictError (nothing written) when another user saved one of
    the products to update, or stored one of the new codes, since the check."""
    require(actor, PERMISSION)
    stages = Stages(progress, reading=1, checking=2, writing=3)
    sheet = read_sheet(path, progress=stages.callback("reading"), headers=column_for_header)
    report, pending = _check(sheet, stages)
    if not report.ok:
        raise ProductImportRefused(report)
    creates = [p for p in pending if p.product_id is None]
    updates = [p for p in pending if p.changes]
    try:
        with db.atomic():
            line_ids = {name: ProductLine.create(name=name).id for name in report.new_lines}
            line_ids.update({name: line_id for line_id, name in ProductLine.select(ProductLine.id, ProductLine.name)
                             .where(ProductLine.name.in_([p.line_name for p in pending if p.line_name])).tuples()})
            for start in range(0, len(creates), BATCH):
                batch = creates[start:start + BATCH]
                rows = [{**p.values, "line": line_ids.get(p.line_name) if p.line_name else None,
                         "updated_by": actor.id, "version": 1} for p in batch]
                Product.insert_many(rows).execute()
                stages.report("writing", start + len(batch), len(creates) + len(updates))
            summary = _write_updates(actor, updates, line_ids, stages, len(creates))
            if creates or updates:
                audit.record(actor, "product", "import", "import", {
                    "file": (None, report.file_name), "created": (None, len(creates)),
                    "updated": (None, len(updates)), "unchanged": (None, report.unchanged),
                    "new_lines": (None, len(report.new_lines)), **summary})
    except IntegrityError as exc:  # a code stored by someone else since the check
        raise ConflictError("Another user stored one of these product codes meanwhile; nothing was imported. "
                            "Check the file again.") from exc
    return ProductImportResult(len(creates), len(report.new_lines), report, len(updates), report.unchanged)


def _write_updates(actor: User, updates: list[PendingProduct], line_ids: dict[str, int], stages: Stages,
                   written: int) -> dict[str, tuple[object, object]]:
    """Update each changed product if it still has the version checked (version + 1, stamped);
    return the audit summary {"CODE.field": (old, new)}. Inside the import's transaction."""
    fields = Product._meta.fields
    stamp, summary = now(), {}
    total = written + len(updates)
    for done, pending in enumerate(updates, start=1):
        changes = {fields[key]: new for key, (_old, new) in pending.changes.items() if key != "line"}
        if "line" in pending.changes:
            changes[Product.line] = line_ids[pending.line_name]
        if "name" in pending.changes:
            changes.update({Product.pinyin: pending.values["pinyin"], Product.initials: pending.values["initials"]})
        changes.update({Product.version: Product.version + 1, Product.updated_at: stamp,
                        Product.updated_by: actor.id})
        if not Product.update(changes).where((Product.id == pending.product_id)
                                             & (Product.version == pending.version)).execute():
            raise ConflictError(f"Product {pending.values['code']} (row {pending.row}) was changed by another user "
                                "since the check; nothing was imported. Check the file again.")
        summary.update({f"{pending.values['code']}.{key}": change for key, change in pending.changes.items()})
        if done % BATCH == 0 or done == len(updates):
            stages.report("writing", written + done, total)
    return summary
