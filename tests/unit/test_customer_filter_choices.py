"""customer_queries.filter_choices: the industries and regions the customer list's filter boxes offer."""

from __future__ import annotations

import pytest

from app.models.customer import Customer
from app.services.customer_queries import filter_choices
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    return demo_staff()


def test_a_manager_sees_every_distinct_value_once_in_order_without_blanks(staff):
    manager = staff["manager"]
    add_customer(manager, "甲", industry="制造业", region="华东")
    add_customer(manager, "乙", industry="制造业", region="", owner=staff["sales1"])
    add_customer(manager, "丙", industry="", region="Asia")
    add_customer(manager, "丁", industry="化工", region="华东", owner=staff["sales2"])
    add_customer(manager, "戊", industry="Zinc", region="asia")

    choices = filter_choices(manager)  # every customer: read by seeking the column's index

    assert choices == {"industry": ["Zinc", "制造业", "化工"], "region": ["Asia", "asia", "华东"]}
    for name, values in choices.items():  # the same as SELECT DISTINCT over every row
        column = getattr(Customer, name)
        rows = Customer.select(column).distinct().where(column != "").order_by(column)
        assert values == [getattr(row, name) for row in rows]


def test_a_salesperson_sees_only_the_values_of_their_own_customers(staff):
    manager, sales1 = staff["manager"], staff["sales1"]
    add_customer(manager, "甲", industry="制造业", region="华东", owner=sales1)
    add_customer(manager, "乙", industry="化工", region="华南", owner=staff["sales2"])

    assert filter_choices(sales1) == {"industry": ["制造业"], "region": ["华东"]}


def test_no_customers_no_choices(staff):
    assert filter_choices(staff["manager"]) == {"industry": [], "region": []}
