"""search_zh2_p95_ms, search_pinyin_p95_ms, search_phone_p95_ms: the customer list's search box.

What one keystroke costs once the search box's pause has passed: the service calls the list makes,
`count_customers` and the first 200 rows of `customer_page` in the list's default order (code,
newest first), as the manager (who sees every customer), on the 100,000-customer / 200,000-contact
demo database. The queries come from the database itself, so they mix common and rare ones:
- zh2: two neighbouring characters of a customer's name without its legal form (有限公司 is not
  what people search for) or of a contact's name: 上海, 电子, 张伟, 华信 ...;
- pinyin: the first three pinyin initials of a contact (zsf) or of a customer name (shh);
- phone: four neighbouring digits of a contact's mobile or landline.

Each pass times every query once (after one untimed pass that warms the caches); the figure is
the median over passes of each pass's 95th percentile.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from pathlib import Path

from bench.figures.databases import demo_database

LARGE_DEMO = ("--customers", "100000")
QUERIES_PER_KIND = 60
LIST_SORT = ("code", True)  # the customer list's default order (views/screens/customers.py DEFAULT_SORT)


def large_demo_database() -> Path:
    """The 100,000-customer demo database (built once by `salesdesk demo --customers 100000`)."""
    return demo_database(*LARGE_DEMO)


def _window(rng: random.Random, text: str, width: int) -> str:
    start = rng.randrange(len(text) - width + 1)
    return text[start:start + width]


def search_queries(seed: int = 1) -> dict[str, list[str]]:
    """QUERIES_PER_KIND queries of each kind drawn from the open database (deterministic)."""
    from app.models.base import db
    from app.services.normalize import company_key

    rng = random.Random(seed)
    total = db.execute_sql("SELECT MAX(id) FROM customer").fetchone()[0]
    ids = rng.sample(range(1, total + 1), QUERIES_PER_KIND * 2)
    marks = ",".join(str(i) for i in ids)
    customers = db.execute_sql(f"SELECT id, name, initials FROM customer WHERE id IN ({marks}) ORDER BY id").fetchall()
    contacts = db.execute_sql(
        f"SELECT customer_id, name, initials, mobile_digits, phone_digits FROM contact "
        f"WHERE customer_id IN ({marks}) ORDER BY id").fetchall()
    queries: dict[str, list[str]] = {"zh2": [], "pinyin": [], "phone": []}
    for number, (_cid, name, initials) in enumerate(customers):
        chinese = company_key(name)
        if number % 3 != 2 and len(chinese) >= 2:
            queries["zh2"].append(_window(rng, chinese, 2))
        if number % 2 == 0 and len(initials) >= 3:
            queries["pinyin"].append(initials[:3])
    for _cid, name, initials, mobile, phone in contacts:
        if len(name) >= 2:
            queries["zh2"].append(_window(rng, name, 2))
        if len(initials) >= 3:
            queries["pinyin"].append(initials[:3])
        queries["phone"].append(_window(rng, mobile or phone, 4))
    for kind, found in queries.items():
        rng.shuffle(found)
        queries[kind] = found[:QUERIES_PER_KIND]
    return queries


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def _search_p95(kind: str, runs: int) -> dict:
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.models.user import User
    from app.services.customer_queries import CustomerFilter, count_customers, customer_page

    open_database(str(large_demo_database()))
    try:
        manager = User.get(User.username == "manager")
        queries = search_queries()[kind]
        sort, descending = LIST_SORT

        def keystroke(query: str) -> float:
            flt = CustomerFilter(search=query)
            started = time.perf_counter()
            count_customers(manager, flt)
            customer_page(manager, flt, 0, 200, sort=sort, descending=descending)
            return (time.perf_counter() - started) * 1000

        for query in queries:
            keystroke(query)
        passes = [[keystroke(q) for q in queries] for _ in range(max(1, runs))]
    finally:
        close_database()
        db.initialize(None)
    p95s = [_p95(samples) for samples in passes]
    everything = [s for samples in passes for s in samples]
    print(f"  {len(queries)} queries ({', '.join(queries[:8])} ...): p95 per pass "
          f"{', '.join(f'{p:.1f}' for p in p95s)} ms; median {statistics.median(everything):.1f} ms, "
          f"max {max(everything):.1f} ms")
    return {"median": round(statistics.median(p95s), 1), "unit": "ms", "n": len(queries)}


def search_zh2_p95_ms(runs: int = 7) -> dict:
    """95th percentile ms of a 2-character Chinese search (count + first page), median of passes."""
    return _search_p95("zh2", runs)


def search_pinyin_p95_ms(runs: int = 7) -> dict:
    """95th percentile ms of a 3-letter pinyin-initials search (count + first page)."""
    return _search_p95("pinyin", runs)


def search_phone_p95_ms(runs: int = 7) -> dict:
    """95th percentile ms of a 4-digit phone-fragment search (count + first page)."""
    return _search_p95("phone", runs)
