"""Historical orders and payments files for tests: rows by column key, in the templates' column order."""

from __future__ import annotations

from pathlib import Path

from app.services import order_import_columns, payment_import
from tests.unit.import_files import write_xlsx

ORDER_KEYS = [c.key for c in order_import_columns.COLUMNS]
ORDER_HEADERS = [c.zh for c in order_import_columns.COLUMNS]
PAYMENT_KEYS = [c.key for c in payment_import.COLUMNS]
PAYMENT_HEADERS = [c.zh for c in payment_import.COLUMNS]


def order_row(**cells: object) -> list[object]:
    unknown = set(cells) - set(ORDER_KEYS)
    assert not unknown, unknown
    return [cells.get(key, "") for key in ORDER_KEYS]


def payment_row(**cells: object) -> list[object]:
    unknown = set(cells) - set(PAYMENT_KEYS)
    assert not unknown, unknown
    return [cells.get(key, "") for key in PAYMENT_KEYS]


def orders_file(path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(path, ORDER_HEADERS, rows)


def payments_file(path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(path, PAYMENT_HEADERS, rows)
