"""The front desk: lookup shows no amounts or notes; visits and calls route to the owner, the duty
salesperson (in turn, skipping inactive ones), the pool, or nowhere for a market survey."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.models.activity import Call, Visit
from app.models.customer import Customer
from app.models.user import User
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied, ValidationError
from app.services.notifications import list_notifications, mark_read, unread_count
from app.services.reception import (
    CallInput,
    ReceptionMatch,
    VisitInput,
    reception_lookup,
    register_call,
    register_visit,
)
from app.services.reception_report import reception_report
from app.services.settings import update_settings
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    staff = demo_staff()
    add_customer(staff["sales1"], "上海张三丰科技有限公司",
                 ContactInput(name="张三丰", mobile="13800138000", is_primary=True), notes="报价 88 万, 内部备注")
    return staff


def on_duty(staff, *names: str) -> None:
    update_settings(staff["admin"], {"reception_rotation": [staff[n].id for n in names]})


def test_lookup_shows_name_owner_and_status_only(staff):
    matches = reception_lookup(staff["desk1"], "0013")
    assert [(m.name, m.owner_name, m.contact_name, m.interest) for m in matches] == \
        [("上海张三丰科技有限公司", "张伟", "张三丰", "medium")]
    assert {f.name for f in dataclasses.fields(ReceptionMatch)} == {
        "customer_id", "code", "name", "contact_name", "contact_phone", "owner_name", "interest", "is_lead"}
    assert reception_lookup(staff["desk1"], "张三")[0].code == "KH000001"
    assert reception_lookup(staff["desk1"], "  ") == []


def test_known_customer_goes_to_the_owner(staff):
    result = register_visit(staff["desk1"], VisitInput(visitor_name="张三丰", phone="+86 138 0013 8000",
                                                       party_size=2, purpose="谈合同"))
    assert (result.route, result.routed_to_name, result.new_customer) == ("owner", "张伟", False)
    assert unread_count(staff["sales1"]) == 1
    note = list_notifications(staff["sales1"])[0]
    assert (note.entity, note.entity_id) == ("customer", str(result.customer_id))
    assert "张三丰" in note.title
    assert mark_read(staff["sales1"]) == 1 and unread_count(staff["sales1"]) == 0
    visit = Visit.get_by_id(result.record_id)
    assert (visit.route, visit.customer_id, visit.received_by_id) == ("owner", result.customer_id, staff["desk1"].id)


def test_new_callers_go_to_duty_in_turn_skipping_inactive(staff):
    on_duty(staff, "sales3", "sales4", "sales5")
    User.update(active=False).where(User.username == "sales4").execute()
    routed = [register_call(staff["desk1"], CallInput(caller_name=f"新客户{i}", phone=f"1390000000{i}")).routed_to_name
              for i in range(4)]
    assert routed == ["赵敏", "周杰", "赵敏", "周杰"]
    lead = Customer.get(Customer.name == "新客户0")
    assert (lead.owner_id, lead.is_lead, lead.kind, lead.source) == (staff["sales3"].id, True, "person", "phone")
    assert unread_count(staff["sales3"]) == 2
    assert Call.select().where(Call.new_customer == True).count() == 4  # noqa: E712


def test_new_visitor_with_nobody_on_duty_goes_to_the_pool(staff):
    result = register_visit(staff["desk1"], VisitInput(visitor_name="王五", company="杭州王五电子有限公司",
                                                       phone="0571-88886666", source="exhibition"))
    assert (result.route, result.routed_to_id, result.new_customer) == ("pool", None, True)
    lead = Customer.get_by_id(result.customer_id)
    assert (lead.owner_id, lead.name, lead.kind, lead.source) == (None, "杭州王五电子有限公司", "company", "exhibition")


def test_market_survey_is_logged_without_a_lead(staff):
    on_duty(staff, "sales3")
    before = Customer.select().count()
    result = register_visit(staff["desk1"], VisitInput(visitor_name="调研员", phone="13700001111", market_survey=True))
    assert (result.route, result.customer_id) == ("survey", None)
    assert Customer.select().count() == before
    assert unread_count(staff["sales3"]) == 0


def test_pool_customer_who_comes_back_goes_to_duty(staff):
    on_duty(staff, "sales6")
    pool_id = add_customer(staff["manager"], "公海老客户", ContactInput(name="老李", mobile="13600001234"))
    result = register_call(staff["desk1"], CallInput(caller_name="老李", phone="136 0000 1234"))
    assert (result.route, result.customer_id, result.new_customer) == ("duty", pool_id, False)
    assert Customer.get_by_id(pool_id).owner_id == staff["sales6"].id


def test_bad_input_and_permissions(staff):
    with pytest.raises(ValidationError) as exc:
        register_visit(staff["desk1"], VisitInput(visitor_name="X", phone="12345", party_size=0))
    assert set(exc.value.fields) == {"phone", "party_size"}
    with pytest.raises(ValidationError):
        register_call(staff["desk1"], CallInput(caller_name=""))
    with pytest.raises(PermissionDenied):
        register_visit(staff["admin"], VisitInput(visitor_name="X"))
    assert Visit.select().count() == 0


def test_daily_report_by_source_and_salesperson(staff):
    on_duty(staff, "sales3")
    desk = staff["desk1"]
    register_visit(desk, VisitInput(visitor_name="张三丰", phone="13800138000", party_size=3))
    register_visit(desk, VisitInput(visitor_name="新人", phone="13900000001", source="web"))
    register_visit(desk, VisitInput(visitor_name="调研", market_survey=True))
    register_call(desk, CallInput(caller_name="来电", phone="13900000002"))
    old = register_call(desk, CallInput(caller_name="旧来电", phone="13900000003"))
    Call.update(at=dt.datetime(2025, 1, 1, 10)).where(Call.id == old.record_id).execute()
    today = dt.date.today()
    report = reception_report(desk, today, today)
    total = report.total
    assert (total.visits, total.visitors, total.new_customers, total.calls, total.surveys) == (3, 5, 2, 1, 1)
    assert report.by_source["web"].new_customers == 1 and report.by_source["phone"].calls == 1
    assert report.by_salesperson["张伟"].visitors == 3
    assert report.by_salesperson["赵敏"].new_customers == 2
    assert report.by_day[today].calls == 1
    assert reception_report(desk, dt.date(2025, 1, 1), dt.date(2025, 1, 1)).total.calls == 1
    with pytest.raises(PermissionDenied):
        reception_report(staff["sales1"], today, today)
