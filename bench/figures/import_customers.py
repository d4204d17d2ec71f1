"""import_10k_customers_s: import a realistic 10,000-row customer file into the demo database.

The file is generated once into bench/.cache (Chinese company and person names, mainland mobile
and landline numbers, owners by user name and by display name, every tenth row a second contact
of the customer above it). Each run copies the demo database and imports the file into the copy
through the same service the GUI and `salesdesk import customers` call (reading, checking,
duplicates against the database, one transaction, search index).
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.figures.databases import CACHE, demo_database

ROWS = 10_000
CITIES = [("上海", "上海"), ("江苏", "苏州"), ("江苏", "南京"), ("浙江", "杭州"), ("浙江", "宁波"), ("广东", "广州"),
          ("广东", "深圳"), ("福建", "厦门"), ("广西", "南宁"), ("海南", "海口"), ("北京", "北京"), ("四川", "成都")]
WORDS = ["华信", "宏达", "恒通", "金桥", "瑞丰", "天成", "远航", "博远", "鼎盛", "新锐", "佳和", "永安",
         "海润", "中科", "东方", "嘉禾", "联创", "汇丰", "德力", "盛世", "广源", "凯达", "星辰", "明泰"]
TRADES = [("制造业", "机械制造"), ("电子", "电子科技"), ("化工", "化工"), ("物流", "物流"), ("零售", "商贸"),
          ("食品", "食品"), ("建材", "建材"), ("旅游", "旅游发展"), ("软件", "信息技术"), ("医疗", "医疗器械")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅志强玉兰海燕晓东小雨文博子涵"
TITLES = ["总经理", "采购经理", "采购专员", "技术总监", "财务", "行政主管", "董事长", "项目经理", ""]
OWNERS = ["sales1", "sales2", "刘洋", "赵敏", "sales4", "周杰", "sales6", "郑凯", "冯丽", "sup1", ""]
SOURCES = ["来访", "电话", "网络", "转介绍", "展会", "开票资料", "其他", "exhibition", "web"]
INTERESTS = ["很大", "一般", "小", "无", "high", "medium", ""]
TAGS = ["", "", "重点", "华东、重点", "老客户", "展会2024", "政府项目,重点"]
HEADERS = ["名称", "类型", "行业", "规模", "区域", "城市", "地址", "来源", "标签", "归属销售", "意向", "备注",
           "联系人", "职务", "电话", "手机", "邮箱", "微信"]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _contact(rng: random.Random, number: int) -> list[object]:
    mobile = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    phone = f"0{rng.choice(['21', '25', '571', '20', '755', '592', '10', '28'])}-{rng.randrange(10**7, 10**8)}"
    return [_person(rng), rng.choice(TITLES), phone if rng.random() < 0.6 else "",
            int(mobile) if rng.random() < 0.2 else mobile,  # some files keep mobiles in number cells
            f"user{number}@example{rng.randrange(50)}.com.cn" if rng.random() < 0.7 else "",
            f"wx_{rng.randrange(10**8)}" if rng.random() < 0.4 else ""]


def write_import_file(path: Path, rows: int = ROWS, seed: int = 7) -> Path:
    """A customer import file of `rows` rows (about one in ten a second contact of the row above)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet("客户")
    ws.append(HEADERS)
    last: list[object] | None = None
    for number in range(rows):
        if last is not None and rng.random() < 0.1:
            ws.append([last[0], *[""] * 11, *_contact(rng, number)])
            continue
        province, city = rng.choice(CITIES)
        industry, trade = rng.choice(TRADES)
        name = f"{city}{rng.choice(WORDS)}{rng.choice(WORDS)}{trade}有限公司{number}"
        last = [name, "公司", industry, rng.choice(["", "小型", "中型", "大型"]), province, city,
                f"{city}市{rng.choice(WORDS)}路{rng.randrange(1, 999)}号", rng.choice(SOURCES), rng.choice(TAGS),
                rng.choice(OWNERS), rng.choice(INTERESTS), "批量导入" if rng.random() < 0.1 else "",
                *_contact(rng, number)]
        ws.append(last)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def import_file() -> Path:
    """The cached 10,000-row file, generated on first use."""
    path = CACHE / f"import-customers-{ROWS}.xlsx"
    if not path.exists():
        write_import_file(path.with_suffix(".building.xlsx")).rename(path)
    return path


def _one_import(source_db: Path, xlsx: Path) -> float:
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.models.user import User
    from app.services.customer_import import commit

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.sqlite3"
        shutil.copyfile(source_db, copy)
        open_database(str(copy))
        try:
            admin = User.get(User.username == "admin")
            started = time.perf_counter()
            result = commit(admin, xlsx)
            elapsed = time.perf_counter() - started
        finally:
            close_database()
            db.initialize(None)
    if result.customers < ROWS * 0.85:
        raise RuntimeError(f"only {result.customers} customers imported")
    return elapsed


def import_10k_customers_s(runs: int = 7) -> dict:
    """Median seconds to import the 10,000-row file into a fresh copy of the demo database."""
    source_db, xlsx = demo_database(), import_file()
    samples = [_one_import(source_db, xlsx) for _ in range(max(1, runs))]
    print(f"  runs: {', '.join(f'{s:.1f}' for s in samples)} s")
    return {"median": round(statistics.median(samples), 2), "unit": "s", "n": len(samples)}
