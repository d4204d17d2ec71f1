"""Duplicate flags on normalised names, phones and e-mails; a manager's merge moves everything."""

from __future__ import annotations

import json

import pytest

from app.models.activity import FollowUp, Visit
from app.models.audit import AuditLog
from app.models.base import now
from app.models.customer import Contact, Customer
from app.services.customer_queries import CustomerFilter, customer_page
from app.services.customers import ContactInput
from app.services.duplicates import find_duplicates, merge_customers
from app.services.errors import PermissionDenied, ValidationError
from app.services.normalize import company_key
from app.services.timeline import customer_timeline
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.mark.parametrize(("a", "b"), [
    ("上海张江科技有限公司", "上海张江科技"), ("上海张江科技股份有限公司", "上海 张江科技 公司"),
    ("ＡＢＣ Trading Co., Ltd.", "abc trading"), ("Acme Inc.", "ACME"),
    ("北京（中关村）软件有限责任公司", "北京中关村软件"),
])
def test_company_names_normalise_alike(a, b):
    assert company_key(a) == company_key(b)


@pytest.fixture
def staff(database):
    return demo_staff()


def test_matches_by_name_phone_and_email_with_owner(staff):
    add_customer(staff["sales1"], "上海张江科技有限公司", ContactInput(name="张江", mobile="13800138000",
                                                                   email="zj@zhangjiang.cn"))
    by_name = find_duplicates(name="上海张江科技")
    assert [(m.name, m.owner_name, m.reason) for m in by_name] == [("上海张江科技有限公司", "张伟", "name")]
    assert find_duplicates(phones=["+86 138-0013-8000"])[0].reason == "phone"
    assert find_duplicates(emails=[" ZJ@ZhangJiang.CN "])[0].reason == "email"
    assert find_duplicates(name="上海张江", phones=["13800138001"], emails=["x@y.cn"]) == []
    own_id = by_name[0].customer_id
    assert find_duplicates(name="上海张江科技", exclude_id=own_id) == []


def test_merge_moves_contacts_and_history_and_keeps_the_survivor(staff):
    sales1, manager = staff["sales1"], staff["manager"]
    keep = add_customer(sales1, "上海张江科技有限公司", ContactInput(name="张江", mobile="13800138000"),
                        tags=["重点"])
    drop = add_customer(manager, "上海张江科技", ContactInput(name="李工", email="li@zj.cn"), industry="电子",
                        tags=["展会"])
    FollowUp.create(customer=drop, user=sales1.id, content="电话沟通", at=now())
    Visit.create(visitor_name="李工", customer=drop, route="pool", received_by=staff["desk1"].id)
    Customer.update(last_follow_up_at=now()).where(Customer.id == drop).execute()

    with pytest.raises(PermissionDenied):
        merge_customers(sales1, keep, drop)
    with pytest.raises(ValidationError):
        merge_customers(manager, keep, keep)
    survivor = merge_customers(manager, keep, drop)

    assert Customer.get_or_none(Customer.id == drop) is None
    assert sorted(c.name for c in Contact.select().where(Contact.customer == keep)) == ["张江", "李工"]
    assert (survivor.industry, survivor.tag_list, survivor.owner_id) == ("电子", ["重点", "展会"], sales1.id)
    assert survivor.last_follow_up_at is not None
    assert {e.kind for e in customer_timeline(manager, keep)} == {"follow_up", "visit"}
    assert [r.name for r in customer_page(manager, CustomerFilter(search="li@zj"), 0, 5)] == ["上海张江科技有限公司"]
    row = AuditLog.get((AuditLog.entity_id == str(drop)) & (AuditLog.action == "merge"))
    changes = json.loads(row.changes)
    assert changes["merged_into"] == [None, "KH000001"] and changes["moved"][1]["Contact"] == 1
