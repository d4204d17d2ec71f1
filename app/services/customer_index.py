"""The customer search index: what a search box finds, and keeping it in step with the data.

SQLite: `customer_fts` (FTS5 trigram) holds one document per customer (name, code, pinyin and
initials, contact names and their pinyin, phone digits, e-mails) for queries of 3+ characters;
`customer_chars` (FTS5 unicode61) holds the Chinese names split into single characters plus the
pinyin words, for 1-2 character queries (张三, zs). PostgreSQL: `customer_search.doc` with a
pg_trgm index, queried with LIKE: documents and search terms are both lower-cased here, so LIKE
matches the same rows as ILIKE without PostgreSQL case-folding every document (3-20x faster).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from peewee import SQL, SqliteDatabase

from app.models.base import db
from app.models.customer import Contact, Customer
from app.services.normalize import contains_cjk, phone_digits, width_fold

PHONE_LIKE = re.compile(r"^[\d\s+\-()]+$")


CJK_CHAR = re.compile("[\u3400-\u9fff\uf900-\ufaff]")  # the characters normalize.contains_cjk accepts


def _documents(customer_ids: list[int]) -> list[tuple[int, str, str]]:
    """(id, trigram document, single-character document) of each of these customers."""
    customers = (Customer.select(Customer.id, Customer.name, Customer.code, Customer.pinyin, Customer.initials)
                 .where(Customer.id.in_(customer_ids)).tuples())
    parts: dict[int, list[str]] = {}
    chars: dict[int, list[str]] = {}
    for cid, name, code, pinyin, initials in customers:
        parts[cid] = [name, code, pinyin, initials]
        chars[cid] = [_split_chars(name), pinyin, initials]
    contacts = (Contact.select(Contact.customer, Contact.name, Contact.pinyin, Contact.initials,
                               Contact.phone_digits, Contact.mobile_digits, Contact.email_key)
                .where(Contact.customer.in_(customer_ids)).tuples())
    for cid, name, pinyin, initials, phone, mobile, email in contacts:
        parts[cid] += [name, pinyin, initials, phone, mobile, email]
        chars[cid] += [_split_chars(name), pinyin, initials]
    return [(cid, " | ".join(p for p in parts[cid] if p).lower(), " ".join(w for w in chars[cid] if w).lower())
            for cid in parts]


def _split_chars(text: str) -> str:
    return " ".join(CJK_CHAR.findall(text))


def _write_documents(docs: list[tuple[int, str, str]]) -> None:
    if not docs:
        return
    if isinstance(db.obj, SqliteDatabase):
        conn = db.connection()
        conn.executemany("INSERT INTO customer_fts (rowid, doc) VALUES (?, ?)", [(i, d) for i, d, _c in docs])
        conn.executemany("INSERT INTO customer_chars (rowid, doc) VALUES (?, ?)", [(i, c) for i, _d, c in docs])
    else:
        from psycopg2.extras import execute_values

        with db.cursor() as cursor:
            execute_values(cursor, "INSERT INTO customer_search (customer_id, doc) VALUES %s",
                           [(i, f"{d} | {c}") for i, d, c in docs], page_size=1000)


def index_customers(customer_ids: Iterable[int]) -> None:
    """(Re)write the index entries of these customers; call inside the transaction that changed them."""
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        remove_from_index(chunk)
        _write_documents(_documents(chunk))


def remove_from_index(customer_ids: Iterable[int]) -> None:
    ids = [int(i) for i in customer_ids]
    if not ids:
        return
    marks = ",".join("?" if isinstance(db.obj, SqliteDatabase) else "%s" for _ in ids)
    if isinstance(db.obj, SqliteDatabase):
        db.execute_sql(f"DELETE FROM customer_fts WHERE rowid IN ({marks})", ids)
        db.execute_sql(f"DELETE FROM customer_chars WHERE rowid IN ({marks})", ids)
    else:
        db.execute_sql(f"DELETE FROM customer_search WHERE customer_id IN ({marks})", ids)


def rebuild_index() -> int:
    """Index every customer again (after a bulk load); returns how many were indexed.

    Empties the index once, then writes documents 2,000 customers at a time (100,000 customers
    with 200,000 contacts: ~7 s on SQLite, most of it FTS5 building its trigram index)."""
    if isinstance(db.obj, SqliteDatabase):
        db.execute_sql("DELETE FROM customer_fts")
        db.execute_sql("DELETE FROM customer_chars")
    else:
        db.execute_sql("DELETE FROM customer_search")
    ids = [row[0] for row in Customer.select(Customer.id).order_by(Customer.id).tuples()]
    for start in range(0, len(ids), 2000):
        _write_documents(_documents(ids[start:start + 2000]))
    return len(ids)


def search_terms(query: str) -> list[str]:
    """The query as normalised terms: width-folded, lower case; a phone-like query becomes its digits."""
    text = width_fold(query).strip().lower()
    if not text:
        return []
    if PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        return [phone_digits(text)]
    return text.split()


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def matching_ids_sql(query: str) -> SQL | None:
    """A subquery selecting the ids of customers matching every term of `query`; None for no query."""
    terms = search_terms(query)
    if not terms:
        return None
    selects, params = [], []
    sqlite = isinstance(db.obj, SqliteDatabase)
    for term in terms:
        if not sqlite:
            selects.append("SELECT customer_id FROM customer_search WHERE doc LIKE %s")
            params.append("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        elif len(term) >= 3:
            selects.append("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?")
            params.append(_fts_string(term))
        elif contains_cjk(term):
            selects.append("SELECT rowid FROM customer_chars WHERE customer_chars MATCH ?")
            params.append(_fts_string(" ".join(term)))
        else:
            selects.append("SELECT rowid FROM customer_chars WHERE customer_chars MATCH ?")
            params.append(_fts_string(term) + "*")
    return SQL("(" + " INTERSECT ".join(selects) + ")", params)


def count_matching(query: str) -> int | None:
    """How many customers match `query` (None for no query), counted in the index alone.

    The index holds exactly one row per customer (every write that adds, changes or removes a
    customer rewrites its row in the same transaction), so this equals counting the customers
    whose id is in `matching_ids_sql(query)`, without looking up each of them (100,000 customers:
    under 1 ms for a 2-character query matching 16,000 of them instead of ~15 ms)."""
    ids = matching_ids_sql(query)
    if ids is None:
        return None
    return db.execute_sql(f"SELECT COUNT(*) FROM {ids.sql} AS matches", ids.params).fetchone()[0]


def matches_at_least(query: str, count: int) -> bool:
    """Whether `query` matches `count` customers or more; stops counting at `count`."""
    ids = matching_ids_sql(query)
    if ids is None:
        return False
    found = db.execute_sql(f"SELECT COUNT(*) FROM (SELECT * FROM {ids.sql} AS matches LIMIT {int(count)}) AS first",
                           ids.params).fetchone()[0]
    return found >= count
