"""The customer search index: what a search box finds, and keeping it in step with the data.

SQLite: `customer_fts` (FTS5 trigram) holds one document per customer (name, code, pinyin and
initials, contact names and their pinyin, phone digits, e-mails) for queries of 3+ characters;
`customer_chars` (FTS5 unicode61) holds the Chinese names split into single characters plus the
pinyin words, for 1-2 character queries (张三, zs). PostgreSQL: `customer_search.doc` with a
pg_trgm index, queried with ILIKE.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from peewee import SQL, SqliteDatabase

from app.models.base import db
from app.models.customer import Contact, Customer
from app.services.normalize import contains_cjk, phone_digits, width_fold

PHONE_LIKE = re.compile(r"^[\d\s+\-()]+$")


def _documents(customer_ids: list[int]) -> list[tuple[int, str, str]]:
    customers = {c.id: c for c in Customer.select(
        Customer.id, Customer.code, Customer.name, Customer.pinyin, Customer.initials).where(
        Customer.id.in_(customer_ids))}
    parts: dict[int, list[str]] = {cid: [c.name, c.code, c.pinyin, c.initials] for cid, c in customers.items()}
    chars: dict[int, list[str]] = {cid: [_split_chars(c.name), c.pinyin, c.initials] for cid, c in customers.items()}
    for contact in Contact.select().where(Contact.customer.in_(customer_ids)):
        parts[contact.customer_id] += [contact.name, contact.pinyin, contact.initials, contact.phone_digits,
                                       contact.mobile_digits, contact.email_key]
        chars[contact.customer_id] += [_split_chars(contact.name), contact.pinyin, contact.initials]
    return [(cid, " | ".join(p for p in parts[cid] if p).lower(), " ".join(w for w in chars[cid] if w).lower())
            for cid in customers]


def _split_chars(text: str) -> str:
    return " ".join(ch for ch in text if contains_cjk(ch))


def index_customers(customer_ids: Iterable[int]) -> None:
    """(Re)write the index entries of these customers; call inside the transaction that changed them."""
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        remove_from_index(chunk)
        docs = _documents(chunk)
        if not docs:
            continue
        if isinstance(db.obj, SqliteDatabase):
            conn = db.connection()
            conn.executemany("INSERT INTO customer_fts (rowid, doc) VALUES (?, ?)", [(i, d) for i, d, _c in docs])
            conn.executemany("INSERT INTO customer_chars (rowid, doc) VALUES (?, ?)", [(i, c) for i, _d, c in docs])
        else:
            cursor = db.cursor()
            cursor.executemany("INSERT INTO customer_search (customer_id, doc) VALUES (%s, %s)",
                               [(i, f"{d} | {c}") for i, d, c in docs])


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
    """Index every customer again (after a bulk load); returns how many were indexed."""
    if isinstance(db.obj, SqliteDatabase):
        db.execute_sql("DELETE FROM customer_fts")
        db.execute_sql("DELETE FROM customer_chars")
    else:
        db.execute_sql("DELETE FROM customer_search")
    ids = [row[0] for row in Customer.select(Customer.id).tuples()]
    index_customers(ids)
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
            selects.append("SELECT customer_id FROM customer_search WHERE doc ILIKE %s")
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
