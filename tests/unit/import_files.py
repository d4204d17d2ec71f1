"""Customer import files for tests: a good file, a file with seeded errors, and a writer for any rows."""

from __future__ import annotations

from pathlib import Path

HEADERS_ZH = ["名称", "类型", "行业", "规模", "区域", "城市", "地址", "来源", "标签", "归属销售", "意向", "备注",
              "联系人", "职务", "电话", "手机", "邮箱", "微信"]


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]], title_rows: list[list[object]] = ()) -> Path:
    """An .xlsx file with optional lines above the header, the header and the rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    ws.title = "客户"
    for row in [*title_rows, headers, *rows]:
        ws.append(list(row))
    workbook.save(path)
    return path


def row(**cells: object) -> list[object]:
    """A row in HEADERS_ZH order from English keys (name=..., owner=..., mobile=...)."""
    keys = ["name", "kind", "industry", "scale", "region", "city", "address", "source", "tags", "owner", "interest",
            "notes", "contact_name", "title", "phone", "mobile", "email", "wechat"]
    unknown = set(cells) - set(keys)
    assert not unknown, unknown
    return [cells.get(key, "") for key in keys]


GOOD_ROWS = [
    row(name="上海张江精密机械有限公司", industry="制造业", scale="中型", region="上海", city="上海", source="展会",
        tags="重点、华东", owner="sales1", interest="很大", contact_name="张三丰", title="采购经理",
        phone="021-58886666", mobile="13800138000", email="zsf@example.com", wechat="zsf2024"),
    row(name="杭州云栖软件有限公司", kind="company", industry="软件", source="web", owner="刘洋", interest="low",
        contact_name="李四", mobile=13900139000),  # a mobile typed into a number cell
    row(name="上海张江精密机械有限公司", contact_name="王五", title="技术总监", email="wangwu@example.com"),
    row(name="王小明", kind="个人", source="转介绍", interest="", notes="老客户介绍"),
]


def good_file(path: Path) -> Path:
    """3 customers, 4 rows: the third row adds a second contact to the first customer; the last
    customer has no owner (public pool) and no contact."""
    return write_xlsx(path, HEADERS_ZH, GOOD_ROWS)


# (Excel row, column header) of every seeded problem in `bad_file`
SEEDED_ERRORS = {(3, "电话"), (4, "邮箱"), (5, "名称"), (6, "归属销售"), (7, "意向"), (8, "行业"), (9, "职务")}


def bad_file(path: Path) -> Path:
    """A good row, then one seeded problem per row (rows 3-9), then another good row (10)."""
    rows = [
        row(name="好公司一", owner="sales1", contact_name="甲", mobile="13800000001"),
        row(name="坏电话公司", contact_name="乙", phone="12345"),
        row(name="坏邮箱公司", contact_name="丙", email="not-an-email"),
        row(industry="无名称", contact_name="丁", mobile="13800000004"),
        row(name="无主公司", owner="nobody"),
        row(name="意向公司", interest="超级大"),
        row(name="长行业公司", industry="行" * 41),
        row(name="长职务公司", contact_name="戊", title="职" * 61),
        row(name="好公司二", owner="sales1"),
    ]
    return write_xlsx(path, HEADERS_ZH, rows)
