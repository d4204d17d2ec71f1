"""Importing products from an .xlsx file: check first, then all or nothing, like the customer import.

One row is one product: 产品线 (a product line's name; a new name creates the line), 编号 (unique
code), 名称, 单位, 标准价, 底价, 税率 (percent), 启用 (是/否). Headers are matched in Chinese or English
as in the customer import, which lends its reader (customer_import_reader.read_sheet with this
module's `column_for_header`), its RowError and its error workbook. Every field is checked by the
product form's rules (products.product_values); a code already stored or repeated in the file is
refused. `commit` writes nothing unless every row is good. Managers and administrators import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.models.base import db
from app.models.product import Product, ProductLine
from app.models.user import User
from app.services import audit
from app.services.customer_import_columns import ImportColumn, header_key
from app.services.customer_import_reader import ImportSheet, read_sheet
from app.services.customer_import_reader import preview as read_preview
from app.services.errors import ValidationError
from app.services.import_report import ImportRefused, RowError, SheetReport
from app.services.normalize import width_fold
from app.services.permissions import require
from app.services.products import ProductInput, product_values
from app.services.progress import ProgressCallback, Stages

BATCH = 500
PERMISSION = "products.manage"

COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("line", "产品线", "line", "产品线名称；不存在的产品线导入时新建；可留空。",
                 aliases=("产品线名称", "product line", "系列")),
    ImportColumn("code", "编号", "code", "产品编号，必填，不可与已有产品或前面的行重复，最多 40 字。",
                 aliases=("产品编号", "编码", "货号", "product code"), required=True),
    ImportColumn("name", "名称", "name", "产品名称，必填，最多 120 字。",
                 aliases=("产品名称", "品名", "product", "product name"), required=True),
    ImportColumn("unit", "单位", "unit", "计量单位，如 台、套、个，最多 20 字。"),
    ImportColumn("list_price", "标准价", "list_price", "标准单价（元），最多两位小数；空 = 0。",
                 aliases=("标准单价", "单价", "价格", "list price", "price")),
    ImportColumn("floor_price", "底价", "floor_price", "最低单价（元），不高于标准价；空 = 0。",
                 aliases=("最低价", "floor price")),
    ImportColumn("tax_rate", "税率", "tax_rate", "税率（%），0 到 100，如 13 或 13%；空 = 13。",
                 aliases=("税率%", "tax", "tax rate")),
    ImportColumn("active", "启用", "active", "是 或 否；空 = 是。", aliases=("是否启用", "状态", "enabled")),
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


@dataclass
class PendingProduct:
    """A row that passed the checks: its Excel row, column values and product line name."""

    row: int
    values: dict[str, object]
    line_name: str


@dataclass
class ProductImportReport(SheetReport):
    """What a check of a product file found: the base report plus the product count and the
    product lines the import would create. `duplicates` stays empty (codes are refused instead)."""

    products: int = 0
    new_lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProductImportResult:
    products: int
    new_lines: int
    report: ProductImportReport


class ProductImportRefused(ImportRefused):
    """Some product rows are bad, so nothing was imported; `report` lists them."""


def _header(sheet: ImportSheet, key: str) -> str:
    column = sheet.recognised.get(key)
    return column.header if column is not None else BY_KEY[key].zh


def _check(sheet: ImportSheet, stages: Stages) -> tuple[ProductImportReport, list[PendingProduct]]:
    recognised = sheet.recognised
    lines = {name: line_id for line_id, name in ProductLine.select(ProductLine.id, ProductLine.name).tuples()}
    stored_codes = {code for (code,) in Product.select(Product.code).tuples()}
    seen_codes: dict[str, int] = {}
    errors: list[RowError] = []
    pending: list[PendingProduct] = []
    total = len(sheet.rows)
    for done, (row, texts) in enumerate(sheet.rows, start=1):
        cells = {key: texts[column.index] for key, column in recognised.items()}
        problems: dict[str, str] = {}
        line_name = cells.get("line", "").strip()
        if len(line_name) > 80:
            problems["line"] = "A name of 1 to 80 characters."
        active_text = width_fold(cells.get("active", "")).strip().lower()
        active = ACTIVE_WORDS.get(active_text) if active_text else True
        if active is None:
            problems["active"] = "Use 是 or 否 (yes, no)."
        tax_text = cells.get("tax_rate", "").strip().rstrip("%％").strip() or DEFAULT_TAX_RATE
        data = ProductInput(code=cells.get("code", ""), name=cells.get("name", ""), unit=cells.get("unit", ""),
                            list_price=cells.get("list_price", ""), floor_price=cells.get("floor_price", ""),
                            tax_rate=tax_text, line_id=lines.get(line_name), active=bool(active))
        values = None
        try:
            values = product_values(data)
        except ValidationError as exc:
            for key, message in exc.fields.items():
                problems.setdefault("line" if key == "line_id" else key, message)
        code = data.code.strip()
        if code and "code" not in problems:
            if code in stored_codes:
                problems["code"] = "Another product has this code."
            elif code in seen_codes:
                problems["code"] = f"The code repeats row {seen_codes[code]}."
        if code:
            seen_codes.setdefault(code, row)
        if problems or values is None:
            errors += [RowError(row, _header(sheet, key), message, key) for key, message in problems.items()]
        else:
            pending.append(PendingProduct(row, values, line_name))
        if done % 250 == 0 or done == total:
            stages.report("checking", done, total)
    report = ProductImportReport(sheet.file_name, sheet.columns, sheet.header_row, rows_total=total, errors=errors)
    report.good_rows = total - len(report.bad_rows)
    report.products = len(pending)
    report.new_lines = sorted({p.line_name for p in pending if p.line_name and p.line_name not in lines})
    return report, pending


def dry_run(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> ProductImportReport:
    """Read and check every row of `path`; write nothing."""
    require(actor, PERMISSION)
    stages = Stages(progress, reading=1, checking=2)
    sheet = read_sheet(path, progress=stages.callback("reading"), headers=column_for_header)
    return _check(sheet, stages)[0]


def commit(actor: User, path: str | Path, progress: ProgressCallback | None = None) -> ProductImportResult:
    """Check `path` like `dry_run`; if any row is bad raise ProductImportRefused and write nothing,
    else create the new product lines and every product in one transaction with one audit row."""
    require(actor, PERMISSION)
    stages = Stages(progress, reading=1, checking=2, writing=3)
    sheet = read_sheet(path, progress=stages.callback("reading"), headers=column_for_header)
    report, pending = _check(sheet, stages)
    if not report.ok:
        raise ProductImportRefused(report)
    with db.atomic():
        line_ids = {name: ProductLine.create(name=name).id for name in report.new_lines}
        line_ids.update({name: line_id for line_id, name in ProductLine.select(ProductLine.id, ProductLine.name)
                         .where(ProductLine.name.in_([p.line_name for p in pending if p.line_name])).tuples()})
        for start in range(0, len(pending), BATCH):
            batch = pending[start:start + BATCH]
            rows = [{**p.values, "line": line_ids.get(p.line_name) if p.line_name else None,
                     "updated_by": actor.id, "version": 1} for p in batch]
            Product.insert_many(rows).execute()
            stages.report("writing", start + len(batch), len(pending))
        if pending:
            audit.record(actor, "product", "import", "import", {
                "file": (None, report.file_name), "products": (None, len(pending)),
                "new_lines": (None, len(report.new_lines))})
    return ProductImportResult(len(pending), len(report.new_lines), report)
