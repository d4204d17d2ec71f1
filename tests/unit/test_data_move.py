"""Moving every row SQLite -> PostgreSQL -> SQLite: every row and money total equal, ids and search
kept, sequences continued; a mismatch or a used destination leaves the destination empty."""

from __future__ import annotations

import sqlite3

import pytest

from app.models.base import db
from app.models.connection import close_database, make_database, open_database
from app.models.customer import Customer
from app.models.registry import ALL_MODELS
from app.models.user import User
from app.services import customer_index, data_move
from app.services.data_move import DestinationNotEmpty, MoveMismatch, move_data
from app.services.demo import create_demo
from app.services.progress import Cancelled
from tests.conftest import PG_URL, reset_postgres
from tests.unit.customer_factories import add_customer

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="SALESDESK_TEST_PG is not set")]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A small demo database: customers, quotations, orders, shipments, payments, commissions."""
    path = tmp_path_factory.mktemp("move") / "demo.sqlite3"
    open_database(str(path))
    try:
        create_demo(customers=150, statement_months=2)
    finally:
        close_database()
        db.initialize(None)
    return path


def table_rows(target: str) -> dict[str, list[tuple]]:
    """Every row of every table, as Python values, in primary-key order."""
    database = make_database(target)
    database.connect()
    try:
        return {model._meta.table_name: list(model.select().order_by(model._meta.primary_key).tuples()
                                             .execute(database)) for model in ALL_MODELS}
    finally:
        database.close()


def money_sums(target: str) -> dict[tuple[str, str], int]:
    database = make_database(target)
    database.connect()
    try:
        return {(model._meta.table_name, column): int(database.execute_sql(
                    f'SELECT COALESCE(SUM("{column}"), 0) FROM "{model._meta.table_name}"').fetchone()[0])
                for model in ALL_MODELS for column in data_move.money_columns(model)}
    finally:
        database.close()


def test_sqlite_to_postgres_and_back_keeps_every_row_and_total(demo_file, tmp_path):
    reset_postgres(PG_URL)
    before = table_rows(str(demo_file))
    assert len(before["sales_order"]) > 50 and len(before["commission_row"]) > 0
    assert len(before["payment"]) > 0 and len(before["shipment"]) > 0
    seen: list[tuple[int, int]] = []
    there = move_data(str(demo_file), PG_URL, lambda done, total: seen.append((done, total)))
    assert there.ok and there.rows == sum(len(rows) for rows in before.values())
    assert {t.table: t.source_rows for t in there.tables} == {name: len(rows) for name, rows in before.items()}
    assert seen[-1] == (1000, 1000) and seen == sorted(seen)
    assert table_rows(PG_URL) == before
    back_file = tmp_path / "back.sqlite3"
    back = move_data(PG_URL, str(back_file))
    assert back.ok
    assert table_rows(str(back_file)) == before
    assert money_sums(str(back_file)) == money_sums(str(demo_file))
    orders = next(t for t in back.tables if t.table == "sales_order")
    assert orders.money["total"][0] == orders.money["total"][1] > 0
    with sqlite3.connect(back_file) as check, sqlite3.connect(demo_file) as original:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
        for name in before:  # stored exactly as the app stores them: same text, integers and NULLs
            query = f'SELECT * FROM "{name}" ORDER BY 1'
            assert check.execute(query).fetchall() == original.execute(query).fetchall(), name


def test_the_moved_database_is_usable_searchable_and_continues_its_ids(demo_file):
    reset_postgres(PG_URL)
    move_data(str(demo_file), PG_URL)
    open_database(PG_URL)
    try:
        last = Customer.select().order_by(Customer.id.desc()).get()
        name = last.name
        assert last.id in [c.id for c in Customer.select().where(
            Customer.id.in_(customer_index.matching_ids_sql(name)))]
        sales1 = User.get(User.username == "sales1")
        new_id = add_customer(sales1, "迁移后新客户", owner=sales1)
        assert new_id == last.id + 1
        assert new_id in [c.id for c in Customer.select().where(
            Customer.id.in_(customer_index.matching_ids_sql("迁移后")))]
    finally:
        close_database()
        db.initialize(None)


def test_a_destination_with_data_is_refused_and_left_alone(demo_file, tmp_path):
    reset_postgres(PG_URL)
    move_data(str(demo_file), PG_URL)
    counts = {name: len(rows) for name, rows in table_rows(PG_URL).items()}
    with pytest.raises(DestinationNotEmpty, match="already holds data"):
        move_data(str(demo_file), PG_URL)
    assert {name: len(rows) for name, rows in table_rows(PG_URL).items()} == counts


def test_a_mismatch_is_reported_and_rolls_the_destination_back(demo_file, monkeypatch):
    reset_postgres(PG_URL)
    original = data_move._insert_rows

    def one_cent_off(model, fields, rows, destination):
        if model._meta.table_name == "payment":
            amount = next(i for i, f in enumerate(fields) if f.name == "amount")
            rows[0][amount] += 1  # Decimal + 1 yuan: the money check must see it
        if model._meta.table_name == "visit":
            rows = rows[1:]  # a row lost
        original(model, fields, rows, destination)

    monkeypatch.setattr(data_move, "_insert_rows", one_cent_off)
    with pytest.raises(MoveMismatch) as refused:
        move_data(str(demo_file), PG_URL)
    bad = {t.table: t for t in refused.value.report.tables if not t.ok}
    assert set(bad) == {"payment", "visit"}
    source_cents, dest_cents = bad["payment"].money["amount"]
    assert dest_cents - source_cents == 100
    assert bad["visit"].destination_rows == bad["visit"].source_rows - 1
    assert all(len(rows) == 0 for rows in table_rows(PG_URL).values())


def test_cancelling_leaves_no_new_file_behind(demo_file, tmp_path):
    destination = tmp_path / "cancelled.sqlite3"

    def cancel_halfway(done, total):
        if done > total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        move_data(str(demo_file), str(destination), cancel_halfway)
    assert not destination.exists()


def test_moving_a_database_onto_itself_is_refused(demo_file):
    with pytest.raises(data_move.MoveError, match="same database"):
        move_data(str(demo_file), str(demo_file))


def test_a_server_that_cannot_be_reached_is_explained_as_the_connection_test_does(demo_file):
    """The move's own connection failures read like Test connection's, not like the driver's
    'connection to server ... failed: FATAL: ...'; nothing is written anywhere."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(PG_URL)
    missing = urlunsplit(parts._replace(path="/salesdesk_no_such_database"))
    with pytest.raises(data_move.MoveError, match="The server has no database 'salesdesk_no_such_database': create"):
        move_data(str(demo_file), missing)
    with pytest.raises(data_move.MoveError, match="has no database 'salesdesk_no_such_database'"):
        move_data(missing, str(demo_file.parent / "never.sqlite3"))
    assert not (demo_file.parent / "never.sqlite3").exists()
