"""Customer records: validation with field messages, codes, owners by role, contacts, version check."""

from __future__ import annotations

import json

import pytest

from app.models.audit import AuditLog
from app.models.customer import Contact, Customer
from app.services.customers import (
    ContactInput,
    CustomerInput,
    create_customer,
    get_customer,
    input_from,
    update_customer,
)
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    return demo_staff()


def test_create_assigns_code_owner_keys_and_audit(staff):
    sales1 = staff["sales1"]
    first = add_customer(sales1, "上海张三丰科技有限公司", ContactInput(name="张三丰", mobile="138 0013 8000"),
                         tags=["重点", "制造"])
    second = add_customer(sales1, "Ｂｅｉｊｉｎｇ Trade Co., Ltd.")
    one, two = Customer.get_by_id(first), Customer.get_by_id(second)
    assert (one.code, two.code) == ("KH000001", "KH000002")
    assert one.owner_id == sales1.id  # a salesperson's new customer is their own
    assert (one.pinyin, one.initials, one.name_key) == ("shanghaizhangsanfengkejiyouxiangongsi", "shzsfkjyxgs",
                                                        "上海张三丰科技")
    assert two.name_key == "beijingtrade"
    assert one.tag_list == ["重点", "制造"]
    contact = Contact.get(Contact.customer == first)
    assert (contact.mobile_digits, contact.initials) == ("13800138000", "zsf")
    row = AuditLog.get((AuditLog.entity == "customer") & (AuditLog.entity_id == str(first)))
    assert row.action == "create" and json.loads(row.changes)["contacts"] == [None, ["张三丰"]]


def test_field_messages_for_every_bad_field(staff):
    bad = CustomerInput(name="  ", interest="huge", source="tv", owner_id=9999, contacts=[
        ContactInput(name="OK", mobile="12345"), ContactInput(name="", email="not-mail", phone="+1 2")])
    with pytest.raises(ValidationError) as exc:
        create_customer(staff["manager"], bad)
    assert set(exc.value.fields) == {"name", "interest", "source", "owner", "contacts[0].mobile",
                                     "contacts[1].name", "contacts[1].email", "contacts[1].phone"}
    assert Customer.select().count() == 0


@pytest.mark.parametrize("phone", ["13800138000", "+86 13800138000", "021-58886666", "0755-12345678-801",
                                   "400-820-8820", "+44 20 7946 0958", "(021) 5888 6666"])
def test_accepted_phone_formats(staff, phone):
    add_customer(staff["sales1"], "某公司", ContactInput(name="甲", phone=phone))


def test_owner_rules_by_role(staff):
    sales1, sup1, manager = staff["sales1"], staff["sup1"], staff["manager"]
    with pytest.raises(PermissionDenied):
        create_customer(sales1, CustomerInput(name="给别人", owner_id=staff["sales2"].id))
    assert Customer.get_by_id(add_customer(sup1, "组内", owner=staff["sales2"])).owner_id == staff["sales2"].id
    with pytest.raises(PermissionDenied):  # sales5 is in the other team
        create_customer(sup1, CustomerInput(name="组外", owner_id=staff["sales5"].id))
    assert Customer.get_by_id(add_customer(manager, "公海客户")).owner_id is None
    with pytest.raises(PermissionDenied):
        create_customer(staff["desk1"], CustomerInput(name="前台不能建"))


def test_edit_contacts_and_version_check(staff):
    sales1 = staff["sales1"]
    customer_id = add_customer(sales1, "杭州赵六物流", ContactInput(name="赵六", mobile="13512345678"),
                               ContactInput(name="钱七", email="q7@example.com"))
    customer, contacts = get_customer(sales1, customer_id)
    data = input_from(customer, contacts)
    data.contacts = [c for c in data.contacts if c.name != "钱七"] + [ContactInput(name="孙八", mobile="13611112222")]
    data.contacts[0].title = "经理"
    update_customer(sales1, customer_id, 1, data)
    stored = [(c.name, c.title) for c in Contact.select().where(Contact.customer == customer_id).order_by(Contact.id)]
    assert stored == [("赵六", "经理"), ("孙八", "")]
    assert Customer.get_by_id(customer_id).version == 2  # only contacts changed: still a new version
    with pytest.raises(ConflictError):
        update_customer(sales1, customer_id, 1, data)
    data.industry = "物流"
    update_customer(sales1, customer_id, 2, data)
    assert Customer.get_by_id(customer_id).version == 3


def test_others_cannot_open_or_edit(staff):
    customer_id = add_customer(staff["sales1"], "杭州赵六物流")
    with pytest.raises(PermissionDenied):
        get_customer(staff["sales2"], customer_id)
    customer, contacts = get_customer(staff["manager"], customer_id)
    with pytest.raises(PermissionDenied):
        update_customer(staff["sales5"], customer_id, 1, input_from(customer, contacts))
