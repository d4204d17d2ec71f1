"""The desk's day list, the duty rotation functions and the reception report's tables/workbook."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.activity import Visit
from app.models.base import db
from app.models.user import User
from app.reports.reception_export import ReceptionTexts, export_reception_workbook, reception_tables
from app.services import reception_duty
from app.services.customers import ContactInput
from app.services.errors import PermissionDenied, ValidationError
from app.services.reception import CallInput, VisitInput, next_on_duty, register_call, register_visit
from app.services.reception_log import registrations_on
from app.services.reception_report import reception_report
from tests.unit.customer_factories import add_customer, demo_staff


@pytest.fixture
def staff(database):
    staff = demo_staff()
    add_customer(staff["sales1"], "上海张三丰科技有限公司", ContactInput(name="张三丰", mobile="13800138000"))
    return staff


def test_the_day_list_has_visits_and_calls_newest_first(staff):
    desk = staff["desk1"]
    first = register_visit(desk, VisitInput(visitor_name="张三丰", phone="13800138000", party_size=2))
    earlier = max(dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=10),
                  dt.datetime.combine(dt.date.today(), dt.time.min))
    Visit.update(arrived_at=earlier).where(Visit.id == first.record_id).execute()
    register_call(desk, CallInput(caller_name="来电", phone="13900000002", direction="out"))
    old = register_visit(desk, VisitInput(visitor_name="昨天", phone="13900000003"))
    Visit.update(arrived_at=dt.datetime.now() - dt.timedelta(days=1)).where(Visit.id == old.record_id).execute()
    rows = registrations_on(desk)
    assert [(r.kind, r.name, r.route, r.routed_to_name, r.registered_by_name) for r in rows] == [
        ("call", "来电", "pool", "", "林小雨"), ("visit", "张三丰", "owner", "张伟", "林小雨")]
    assert rows[0].direction == "out" and rows[1].party_size == 2
    assert rows[1].customer_name == "上海张三丰科技有限公司"
    assert [r.name for r in registrations_on(desk, dt.date.today() - dt.timedelta(days=1))] == ["昨天"]
    with pytest.raises(PermissionDenied):
        registrations_on(staff["admin"])


def test_the_preview_names_who_the_next_lead_goes_to_without_drawing_a_turn(staff):
    admin, desk = staff["admin"], staff["desk1"]
    assert reception_duty.next_on_duty_preview(desk) is None
    rotation = reception_duty.set_duty_rotation(admin, [staff["sales3"].id, staff["sales4"].id, staff["sales5"].id])
    assert [m.display_name for m in rotation] == ["赵敏", "孙磊", "周杰"]
    User.update(active=False).where(User.username == "sales4").execute()
    assert [m.active for m in reception_duty.duty_rotation(desk)] == [True, False, True]
    for _turn in range(3):
        preview = reception_duty.next_on_duty_preview(desk)
        assert reception_duty.next_on_duty_preview(desk) == preview  # looking draws nothing
        with db.atomic():
            assert next_on_duty().id == preview.id


def test_only_salespeople_take_duty_and_admins_managers_supervisors_set_it(staff):
    names = [m.display_name for m in reception_duty.duty_candidates(staff["admin"])]
    assert "李红梅" in names and "王建国" not in names and "林小雨" not in names
    assert "王建国" in [m.display_name for m in reception_duty.selling_staff(staff["desk1"])]
    with pytest.raises(ValidationError):
        reception_duty.set_duty_rotation(staff["admin"], [staff["desk1"].id])
    with pytest.raises(PermissionDenied):
        reception_duty.set_duty_rotation(staff["sales1"], [staff["sales1"].id])
    with pytest.raises(PermissionDenied):
        reception_duty.set_duty_rotation(staff["desk1"], [staff["sales1"].id])
    assert [m.display_name for m in reception_duty.set_duty_rotation(staff["manager"], [staff["sales1"].id])] == \
        ["张伟"]
    assert reception_duty.may_edit_rotation(staff["admin"]) and reception_duty.may_edit_rotation(staff["sup1"])
    assert not reception_duty.may_edit_rotation(staff["desk1"])


def test_report_tables_and_workbook(staff, tmp_path):
    from openpyxl import load_workbook

    desk = staff["desk1"]
    register_visit(desk, VisitInput(visitor_name="新人", phone="13900000001", source="web"))
    today = dt.date.today()
    report = reception_report(desk, today - dt.timedelta(days=2), today)
    totals, by_source, by_salesperson, by_day = reception_tables(report)
    assert totals.rows[0] == ["Visits", 1]
    assert [row[0] for row in by_source.rows][:3] == ["Visit", "Phone", "Web"]
    assert by_salesperson.rows == [["Pool (nobody)", 1, 1, 1, 0, 0]]
    assert [row[0] for row in by_day.rows] == [today - dt.timedelta(days=2), today - dt.timedelta(days=1), today]
    texts = ReceptionTexts(by_source="按来源/渠道", pool="公海")
    path = export_reception_workbook(report, tmp_path / "r.xlsx", texts)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Totals", "按来源_渠道", "By salesperson", "By day"]
    assert workbook["By salesperson"]["A2"].value == "公海"
    assert workbook["Totals"].freeze_panes == "A2"
