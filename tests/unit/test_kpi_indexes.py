"""Schema step 10 (covering indexes for the year's KPIs): a new database has them, a version-9
database gets them when opened, on SQLite the year's KPI statements read them (query plans), and the
figures grouped through the faster statements (revenue by salesperson/team and month, collected
from the payments sorted by order) equal the same figures asked for one salesperson and month at
a time through the plain single-group statements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from app.models.activity import FollowUp
from app.models.base import db
from app.models.connection import close_database, make_database, open_database
from app.models.migrations import SCHEMA_VERSION, current_version, m0010_kpi_indexes, migrate
from app.models.opportunity import Opportunity
from app.reports import kpi
from app.reports.kpi import Period
from app.services import order_workflow, payments, shipments
from app.services.payments import PaymentInput
from app.services.shipments import ShipmentInput, ShipmentLineInput
from tests.unit.order_factories import confirmed, fresh, item, order_world

D = Decimal
YEAR = Period.year(2026)
MONTHS = [Period.month(2026, m) for m in (2, 3, 4)]


def index_columns(database, table: str) -> dict[str, list[str]]:
    return {index.name: [c.strip('"') for c in index.columns] for index in database.get_indexes(table)}


def expected_columns(columns: str) -> list[str]:
    return [c.strip().strip('"') for c in columns.split(",")]


def test_new_database_has_the_kpi_indexes(database):
    assert current_version(database) == SCHEMA_VERSION >= 10
    for name, table, columns in m0010_kpi_indexes.INDEXES:
        assert index_columns(database, table).get(name) == expected_columns(columns), name


def test_version_9_gains_the_indexes_when_opened(db_target, tmp_path):
    database = make_database(db_target)
    db.initialize(database)
    database.connect()
    assert migrate(database, target=9) == 9
    assert "sales_order_state_sign_date_salesperson_id_net_total" not in index_columns(database, "sales_order")
    close_database()

    reopened = open_database(db_target, backup_dir=tmp_path / "backups")
    try:
        assert current_version(reopened) == SCHEMA_VERSION
        for name, table, columns in m0010_kpi_indexes.INDEXES:
            assert index_columns(reopened, table).get(name) == expected_columns(columns), name
    finally:
        close_database()
        db.initialize(None)


@pytest.fixture
def sales(database):
    """Confirmed orders of sales1 (team 1) and sales5 (team 2) in February, March and April 2026 in
    several revenue states, a cancelled one, payments (one order paid twice), follow-ups and closed
    opportunities."""
    w = order_world()
    orders = []
    for day, quantity, actor, customer in ((dt.date(2026, 2, 3), "1", "sales1", "c1"),
                                           (dt.date(2026, 2, 3), "2", "sales1", "c1"),
                                           (dt.date(2026, 3, 9), "3", "sales5", "c5"),
                                           (dt.date(2026, 3, 31), "1", "sales1", "c1"),
                                           (dt.date(2026, 4, 1), "4", "sales5", "c5"),
                                           (dt.date(2026, 4, 30), "7", "sales1", "c1")):
        orders.append(confirmed(w, item(w, quantity=quantity, discount="5"), actor=actor, customer=customer,
                                on=day))
    # states: orders[1] partially shipped, orders[4] shipped, the others confirmed
    for order, quantity, actor in ((orders[1], "1", "sales1"), (orders[4], "4", "sales5")):
        note = shipments.create_shipment(w[actor], order.id, ShipmentInput(
            order.sign_date, [ShipmentLineInput(fresh(order).lines[0].id, quantity)]))
        shipments.ship(w[actor], note.id, note.version)
    assert {fresh(o).state for o in orders} == {"confirmed", "partially_shipped", "shipped"}
    gone = confirmed(w, item(w, quantity="9"), on=dt.date(2026, 3, 2))
    for order, day, amount, actor in ((orders[0], dt.date(2026, 2, 10), "33.33", "sales1"),
                                      (orders[0], dt.date(2026, 3, 10), "50", "sales1"),
                                      (orders[2], dt.date(2026, 3, 20), "100.01", "sales5"),
                                      (orders[4], dt.date(2026, 4, 2), "77.77", "sales5")):
        payments.record_payment(w[actor], order.id, PaymentInput(day, D(amount)))
    gone = fresh(gone)
    order_workflow.cancel_order(w["sales1"], gone.id, gone.version, "客户取消")
    for user, customer, when in (("sales1", "c1", dt.datetime(2026, 2, 4, 9)),
                                 ("sales1", "c1", dt.datetime(2026, 4, 4, 9)),
                                 ("sales5", "c5", dt.datetime(2026, 3, 4, 9))):
        FollowUp.create(customer=w[customer], user=w[user], at=when)
    for owner, customer, stage in (("sales1", "c1", "won"), ("sales1", "c1", "lost"), ("sales5", "c5", "won")):
        Opportunity.create(customer=w[customer], owner=w[owner], title=stage, amount=D("100"), stage=stage,
                           created_at=dt.datetime(2026, 1, 5, 9), updated_at=dt.datetime(2026, 3, 5, 9),
                           closed_at=dt.datetime(2026, 3, 5, 9))
    return w


def single(function, actor, period, **filters):
    """The figure of one group, asked for through the statement without grouping."""
    return function(actor, period, (), **filters)[()]


@pytest.mark.parametrize("actor", ["manager", "sup1", "sales1"])
def test_grouped_figures_equal_one_group_at_a_time(sales, actor):
    w, who = sales, sales[actor]
    people, teams = (w["sales1"].id, w["sales5"].id), (w["sales1"].team_id, w["sales5"].team_id)
    by_person_month = kpi.deal_figures(who, YEAR, ("salesperson", "month"))
    by_team_month = kpi.deal_figures(who, YEAR, ("month", "team"))
    paid_by_person_month = kpi.collected(who, YEAR, ("salesperson", "month"))
    expected_deals, expected_teams, expected_paid = {}, {}, {}
    for month in MONTHS:
        for person in people:
            figures = single(kpi.deal_figures, who, month, salesperson_id=person)
            if figures.orders:
                expected_deals[(person, month.start)] = figures
            paid = single(kpi.collected, who, month, salesperson_id=person)
            if paid:
                expected_paid[(person, month.start)] = paid
        for team in teams:
            figures = single(kpi.deal_figures, who, month, team_id=team)
            if figures.orders:
                expected_teams[(month.start, team)] = figures
    assert by_person_month == expected_deals
    assert by_team_month == expected_teams
    assert paid_by_person_month == expected_paid
    # the groups really hold several people, months and states to add up (the scope: sup1 and
    # sales1 see team 1's sales1 only)
    assert (len(expected_deals), len(expected_paid)) == ((5, 4) if actor == "manager" else (3, 2))
    assert expected_deals[(w["sales1"].id, dt.date(2026, 2, 1))].orders == 2
    assert kpi.revenue(who, YEAR, ("salesperson",)) == {
        (person,): sum((f.revenue for (p, _m), f in expected_deals.items() if p == person), D(0))
        for person in {p for p, _m in expected_deals}}
    assert kpi.order_count(who, YEAR, ("team",)) == {
        (team,): sum(f.orders for (_m, t), f in expected_teams.items() if t == team)
        for team in {t for _m, t in expected_teams}}


def test_collected_by_month_and_customer_field(sales):
    manager = sales["manager"]
    by_month = kpi.collected(manager, YEAR, ("month",))
    assert sum(by_month.values(), D(0)) == single(kpi.collected, manager, YEAR)
    assert set(by_month) == {(dt.date(2026, 2, 1),), (dt.date(2026, 3, 1),), (dt.date(2026, 4, 1),)}
    by_industry = kpi.collected(manager, YEAR, ("industry",))
    assert sum(by_industry.values(), D(0)) == single(kpi.collected, manager, YEAR)


def plans(database, monkeypatch, call) -> list[str]:
    """The query plan lines of every statement `call` runs."""
    statements = []
    real = database.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        statements.append((sql, params))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", spy)
    call()
    monkeypatch.setattr(database, "execute_sql", real)
    return [row[-1] for sql, params in statements for row in real("EXPLAIN QUERY PLAN " + sql, params).fetchall()]


def test_year_kpis_read_the_covering_indexes_on_sqlite(sales, monkeypatch):
    database = db.obj
    if not isinstance(database, SqliteDatabase):
        pytest.skip("query plans are SQLite's")
    manager = sales["manager"]
    revenue = plans(database, monkeypatch, lambda: kpi.revenue(manager, YEAR, ("salesperson", "month")))
    reads = [line for line in revenue if "sales_order" in line or line.startswith("SEARCH t")]
    assert len(reads) == 4 and all(
        "COVERING INDEX sales_order_state_sign_date_salesperson_id_net_total (state=?" in line for line in reads)
    # each state's days come out of the index in order: only the outer grouping of the days sorts
    assert sum("TEMP B-TREE" in line for line in revenue) == 1
    paid = plans(database, monkeypatch, lambda: kpi.collected(manager, YEAR, ("salesperson",)))
    assert any("COVERING INDEX payment_pay_date_order_id_amount" in line for line in paid)
    follow = plans(database, monkeypatch, lambda: kpi.follow_ups(manager, YEAR, ("salesperson",)))
    assert any("COVERING INDEX follow_up_at_user_id" in line for line in follow)
    wins = plans(database, monkeypatch, lambda: kpi.win_figures(manager, YEAR, ("salesperson",)))
    assert any("COVERING INDEX opportunity_stage_closed_at_owner_id_created_at" in line for line in wins)
