"""The passes the open application runs on its own (app/views/background_passes.py): recycling
returns customers nobody followed up to the pool, due reminders become notifications once; both
off the UI thread, started only after the main window's first paint."""

from __future__ import annotations

import datetime as dt

from app.models.customer import Customer
from app.models.notification import Notification
from app.services.follow_ups import FollowUpInput, record_follow_up
from app.views.background_passes import BackgroundPasses
from app.views.context import AppContext
from app.views.main_window import MainWindow
from tests.gui.customer_helpers import add_customer, staff


def test_the_main_window_starts_recycling_after_its_first_paint(qtbot, demo_db, login_as):
    people = staff()
    sales1 = people["sales1"]
    forgotten = add_customer(sales1, "没人跟进的客户")
    kept = add_customer(sales1, "刚跟进的客户")
    Customer.update(last_touch_at=dt.datetime.now() - dt.timedelta(days=31)).where(Customer.id == forgotten).execute()

    unshown = MainWindow(AppContext(user=sales1, database_label=str(demo_db)))
    qtbot.addWidget(unshown)
    qtbot.wait(50)
    assert unshown.background_passes is None  # nothing runs before the first paint
    unshown.close()

    window = login_as("sales1")
    qtbot.waitUntil(lambda: Customer.get_by_id(forgotten).owner_id is None, timeout=5000)
    assert Customer.get_by_id(kept).owner_id == sales1.id
    # records_changed reached the bell: the owner hears of it
    qtbot.waitUntil(lambda: window.bell.count == 1, timeout=5000)
    assert window.background_passes.recycle_timer.interval() == 15 * 60 * 1000
    window.close()
    assert not window.background_passes.busy and not window.background_passes.recycle_timer.isActive()


def test_due_reminders_become_notifications_once(qtbot, demo_db):
    people = staff()
    sales1 = people["sales1"]
    customer_id = add_customer(sales1, "约好的客户")
    today = dt.date.today()
    for action, due in (("送样品", today), ("回电", today - dt.timedelta(days=2)),
                        ("下月拜访", today + dt.timedelta(days=5))):
        record_follow_up(sales1, FollowUpInput(customer_id, "call", "约了", next_action=action, next_action_on=due))

    passes = BackgroundPasses(sales1, reminder_interval_ms=30)
    sent: list[int] = []
    passes.reminders_sent.connect(sent.append)
    with qtbot.waitSignal(passes.records_changed, timeout=5000):
        passes.start()
    qtbot.waitUntil(lambda: len(sent) >= 3, timeout=5000)  # the timer's later ticks find nothing new
    passes.stop()
    assert sent[0] == 2 and set(sent[1:]) == {0}
    reminders = Notification.select().where((Notification.kind == "reminder") & (Notification.user == sales1.id))
    assert sorted(n.title for n in reminders) == ["回电", "送样品"]


def test_a_failing_pass_is_reported_and_the_next_tick_tries_again(qtbot, demo_db, monkeypatch):
    sales1 = staff()["sales1"]
    calls = []

    def broken(user):
        calls.append(user.id)
        raise RuntimeError("database is locked")

    monkeypatch.setattr("app.views.background_passes.notify_due_reminders", broken)
    passes = BackgroundPasses(sales1, reminder_interval_ms=30)
    failures = []
    passes.failed.connect(lambda name, error: failures.append((name, str(error))))
    passes.start()
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=5000)
    passes.stop()
    assert failures[0] == ("reminders", "database is locked") and calls[0] == sales1.id


def test_sent_quotations_past_their_validity_expire_with_the_recycling_pass(qtbot, demo_db):
    from app.models.quotation import Quotation
    from app.services import products, quotations
    from app.services.quotations import LineInput, QuotationInput

    people = staff()
    sales1, manager = people["sales1"], people["manager"]
    customer_id = add_customer(sales1, "报价客户")
    product = products.create_product(manager, products.ProductInput("P-1", "控制器", "台", "100.00", "80.00", "13"))
    today = dt.date.today()
    ids = []
    for valid_until in (today - dt.timedelta(days=1), today + dt.timedelta(days=10)):
        draft = quotations.create_quotation(sales1, QuotationInput(
            customer_id=customer_id, quote_date=today - dt.timedelta(days=30), valid_until=valid_until,
            lines=[LineInput(product_id=product.id, quantity="1")]))
        ids.append(quotations.mark_sent(sales1, draft.id, draft.version).id)

    passes = BackgroundPasses(sales1)
    with qtbot.waitSignal(passes.records_changed, timeout=5000):
        passes.start()
    qtbot.waitUntil(lambda: Quotation.get_by_id(ids[0]).state == "expired", timeout=5000)
    passes.stop()
    assert Quotation.get_by_id(ids[1]).state == "sent"
