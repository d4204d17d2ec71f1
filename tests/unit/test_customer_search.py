"""Searching customers: Chinese fragments (1, 2 and 3+ characters), pinyin, phone digits, e-mail, code,
contact names; filters and SQL sorting; the scope of each role."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.base import now
from app.models.customer import Customer
from app.services.customer_queries import POOL, CustomerFilter, count_customers, customer_page
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    staff = demo_staff()
    sales1, sales5, manager = staff["sales1"], staff["sales5"], staff["manager"]
    add_customer(sales1, "上海张三丰科技有限公司",
                 ContactInput(name="张三丰", mobile="13800138000", email="zsf@wudang.cn", is_primary=True),
                 industry="制造业", region="上海", interest="high", tags=["重点"])
    add_customer(sales1, "北京李四贸易公司", ContactInput(name="李四", phone="010-62345678"), region="北京",
                 interest="low", source="web")
    add_customer(sales5, "广州王五电子有限公司", ContactInput(name="王小五", mobile="+86 139 0000 1111"),
                 industry="电子", region="广东")
    add_customer(manager, "杭州赵六物流", ContactInput(name="赵六", email="Zhao6@Example.com"), region="浙江")
    return staff


def names(actor, **flt) -> list[str]:
    return [r.name for r in customer_page(actor, CustomerFilter(**flt), 0, 50, sort="code")]


@pytest.mark.parametrize(("query", "expected"), [
    ("张三", ["上海张三丰科技有限公司"]),           # 2 Chinese characters
    ("张", ["上海张三丰科技有限公司"]),             # 1 character
    ("三丰科技", ["上海张三丰科技有限公司"]),       # 3+ characters, inside the name
    ("zsf", ["上海张三丰科技有限公司"]),            # pinyin initials of the contact
    ("zhangsan", ["上海张三丰科技有限公司"]),       # full pinyin
    ("ZhangSan", ["上海张三丰科技有限公司"]),       # any case
    ("0013", ["上海张三丰科技有限公司"]),           # a fragment of a mobile number
    ("6234", ["北京李四贸易公司"]),                 # of a landline
    ("010-6234", ["北京李四贸易公司"]),             # typed with the dash
    ("139 0000", ["广州王五电子有限公司"]),         # typed with a space, stored with +86
    ("zhao6@example", ["杭州赵六物流"]),            # e-mail, any case
    ("KH000002", ["北京李四贸易公司"]),             # code
    ("王小五", ["广州王五电子有限公司"]),           # contact name
    ("李四 贸易", ["北京李四贸易公司"]),            # two words: both must match
    ("ｚｓｆ", ["上海张三丰科技有限公司"]),         # full-width input
    ("不存在的公司", []),
])
def test_search_finds_by_every_key(staff, query, expected):
    assert names(staff["manager"], search=query) == expected
    assert count_customers(staff["manager"], CustomerFilter(search=query)) == len(expected)


def test_search_text_with_quotes_is_safe(staff):
    assert names(staff["manager"], search='"张"') == []
    assert names(staff["manager"], search="zs*") == []


def test_index_follows_edits(staff):
    from app.services.customers import get_customer, input_from, update_customer

    manager = staff["manager"]
    customer_id = customer_page(manager, CustomerFilter(search="赵六"), 0, 1)[0].id
    customer, contacts = get_customer(manager, customer_id)
    data = input_from(customer, contacts)
    data.name = "杭州孙七物流"
    data.contacts[0].mobile = "13512345678"
    update_customer(manager, customer_id, customer.version, data)
    assert names(manager, search="赵六物流") == []
    assert names(manager, search="孙七") == ["杭州孙七物流"]
    assert names(manager, search="1234567") == ["杭州孙七物流"]


def test_filters(staff):
    manager, sales1 = staff["manager"], staff["sales1"]
    assert names(manager, industry="电子") == ["广州王五电子有限公司"]
    assert names(manager, region="北京") == ["北京李四贸易公司"]
    assert names(manager, interest="high") == ["上海张三丰科技有限公司"]
    assert names(manager, source="web") == ["北京李四贸易公司"]
    assert names(manager, tag="重点") == ["上海张三丰科技有限公司"]
    assert names(manager, tag="重") == []  # a tag matches whole
    assert names(manager, owner_id=sales1.id) == ["上海张三丰科技有限公司", "北京李四贸易公司"]
    assert names(manager, owner_id=POOL) == ["杭州赵六物流"]  # a manager's new customer without owner
    assert names(manager, no_follow_up_days=30) == []  # all were created today


def test_no_follow_up_for_n_days(staff):
    manager = staff["manager"]
    long_ago = now() - dt.timedelta(days=40)
    Customer.update(created_at=long_ago).execute()
    Customer.update(last_follow_up_at=now() - dt.timedelta(days=5)).where(Customer.name == "北京李四贸易公司").execute()
    Customer.update(last_follow_up_at=now() - dt.timedelta(days=31)).where(Customer.name == "杭州赵六物流").execute()
    assert names(manager, no_follow_up_days=30) == ["上海张三丰科技有限公司", "广州王五电子有限公司", "杭州赵六物流"]
    assert names(manager, no_follow_up_days=3) == names(manager)


def test_sort_in_sql_by_pinyin_and_descending(staff):
    manager = staff["manager"]
    by_name = [r.name for r in customer_page(manager, CustomerFilter(), 0, 10, sort="name")]
    assert by_name == ["北京李四贸易公司", "广州王五电子有限公司", "杭州赵六物流", "上海张三丰科技有限公司"]
    desc = [r.name for r in customer_page(manager, CustomerFilter(), 0, 10, sort="name", descending=True)]
    assert desc == list(reversed(by_name))
    page2 = [r.name for r in customer_page(manager, CustomerFilter(), 2, 2, sort="name")]
    assert page2 == by_name[2:]


def test_rows_carry_primary_contact_and_owner(staff):
    row = customer_page(staff["manager"], CustomerFilter(search="zsf"), 0, 1)[0]
    assert (row.owner_name, row.contact_name, row.contact_phone) == ("张伟", "张三丰", "13800138000")


def test_each_role_sees_its_scope(staff):
    assert names(staff["sales1"]) == ["上海张三丰科技有限公司", "北京李四贸易公司"]
    assert names(staff["sales5"]) == ["广州王五电子有限公司"]
    assert names(staff["sales2"], search="张三") == []  # someone else's customer stays hidden
    # sup1 leads sales1-4 (华东): their customers and the pool; not sales5's
    assert names(staff["sup1"]) == ["上海张三丰科技有限公司", "北京李四贸易公司", "杭州赵六物流"]
    assert len(names(staff["manager"])) == 4
    for role in ("desk1", "admin"):
        with pytest.raises(PermissionDenied):
            names(staff[role])
