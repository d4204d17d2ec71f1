"""The front desk's own log: the visits and calls registered on one day, newest first (the list
under the front-desk forms).

Only what the desk may see: who came or called, their company and phone, where the registration
was routed and who registered it; no amounts, no notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from app.models.activity import Call, Visit
from app.models.customer import Customer
from app.models.user import User
from app.services.permissions import require


@dataclass(frozen=True)
class Registration:
    """One visit or call as the desk's list shows it.

    `kind` is "visit" or "call"; `direction` is "in"/"out" for a call and "" for a visit;
    `route` is owner, duty, pool or survey (models.activity.ROUTES); `routed_to_name` is "" for
    the pool and for a market survey.
    """

    kind: str
    record_id: int
    at: dt.datetime
    name: str
    company: str
    phone: str
    direction: str
    party_size: int
    route: str
    routed_to_name: str
    customer_name: str
    registered_by_name: str


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min)
    return start, start + dt.timedelta(days=1)


def registrations_on(actor: User, day: dt.date | None = None, limit: int = 500) -> list[Registration]:
    """The visits and calls registered on `day` (default today) by anyone at the desk, newest
    first, at most `limit` of them. Requires reception.register."""
    require(actor, "reception.register")
    start, end = _day_bounds(day or dt.date.today())
    routed, registrar = User.alias(), User.alias()
    visits = (Visit.select(Visit.id, Visit.arrived_at, Visit.visitor_name, Visit.company, Visit.phone,
                           Visit.party_size, Visit.route, routed.display_name.alias("routed_name"),
                           Customer.name.alias("customer_name"), registrar.display_name.alias("registrar"))
              .join_from(Visit, routed, JOIN.LEFT_OUTER, on=(Visit.routed_to == routed.id))
              .join_from(Visit, Customer, JOIN.LEFT_OUTER, on=(Visit.customer == Customer.id))
              .join_from(Visit, registrar, JOIN.LEFT_OUTER, on=(Visit.received_by == registrar.id))
              .where((Visit.arrived_at >= start) & (Visit.arrived_at < end))
              .order_by(Visit.arrived_at.desc(), Visit.id.desc()).limit(limit).dicts())
    calls = (Call.select(Call.id, Call.at, Call.caller_name, Call.company, Call.phone, Call.direction,
                         Call.route, routed.display_name.alias("routed_name"),
                         Customer.name.alias("customer_name"), registrar.display_name.alias("registrar"))
             .join_from(Call, routed, JOIN.LEFT_OUTER, on=(Call.routed_to == routed.id))
             .join_from(Call, Customer, JOIN.LEFT_OUTER, on=(Call.customer == Customer.id))
             .join_from(Call, registrar, JOIN.LEFT_OUTER, on=(Call.taken_by == registrar.id))
             .where((Call.at >= start) & (Call.at < end))
             .order_by(Call.at.desc(), Call.id.desc()).limit(limit).dicts())
    rows = [Registration("visit", v["id"], v["arrived_at"], v["visitor_name"], v["company"], v["phone"], "",
                         v["party_size"], v["route"], v["routed_name"] or "", v["customer_name"] or "",
                         v["registrar"] or "") for v in visits]
    rows += [Registration("call", c["id"], c["at"], c["caller_name"], c["company"], c["phone"], c["direction"],
                          0, c["route"], c["routed_name"] or "", c["customer_name"] or "", c["registrar"] or "")
             for c in calls]
    rows.sort(key=lambda r: (r.at, r.kind == "visit", r.record_id), reverse=True)
    return rows[:limit]
