"""The audit trail: writing a row with every change, and reading it back with filters."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from app.models.audit import AuditLog
from app.models.base import db, now
from app.models.user import User
from app.services.permissions import require


def _jsonable(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def record(actor: User | None, entity: str, entity_id: object, action: str,
           changes: dict[str, tuple[object, object]] | None = None) -> AuditLog:
    """Write one audit row; must run inside the transaction of the change it describes."""
    if not db.in_transaction():
        raise RuntimeError("audit.record must run inside the transaction of the change")
    payload = {k: [_jsonable(old), _jsonable(new)] for k, (old, new) in (changes or {}).items()}
    return AuditLog.create(
        user=actor.id if actor is not None else None,
        entity=entity,
        entity_id=str(entity_id),
        action=action,
        changes=json.dumps(payload, ensure_ascii=False, sort_keys=True),
    )


def record_many(actor: User | None, entity: str, action: str,
                changes: list[tuple[object, dict[str, tuple[object, object]]]]) -> int:
    """Write one audit row per (entity_id, changes) with one statement, as `record` would write
    them one by one (for passes that change many records at once); inside their transaction."""
    if not db.in_transaction():
        raise RuntimeError("audit.record_many must run inside the transaction of the changes")
    if not changes:
        return 0
    at = now()
    AuditLog.insert_many([
        {"at": at, "user": actor.id if actor is not None else None, "entity": entity, "entity_id": str(entity_id),
         "action": action, "changes": json.dumps({k: [_jsonable(old), _jsonable(new)] for k, (old, new) in
                                                  change.items()}, ensure_ascii=False, sort_keys=True)}
        for entity_id, change in changes]).execute()
    return len(changes)


@dataclass(frozen=True)
class AuditFilter:
    """What the audit screen filters by; None means any."""

    user_id: int | None = None
    entity: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_name: str
    entity: str
    entity_id: str
    action: str
    changes: dict[str, list[object]]


def _query(flt: AuditFilter):
    query = AuditLog.select(AuditLog, User).join(User, JOIN.LEFT_OUTER)
    if flt.user_id is not None:
        query = query.where(AuditLog.user == flt.user_id)
    if flt.entity:
        query = query.where(AuditLog.entity == flt.entity)
    if flt.date_from is not None:
        query = query.where(AuditLog.at >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to is not None:
        query = query.where(AuditLog.at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min))
    return query


def count_audit(actor: User, flt: AuditFilter) -> int:
    """How many audit rows match `flt` (admins and managers only)."""
    require(actor, "audit.view")
    return _query(flt).count()


AUDIT_SORT_KEYS = ("at", "user", "entity", "entity_id", "action")


def _order(sort: str, descending: bool) -> list:
    columns = {"at": AuditLog.at, "user": User.display_name, "entity": AuditLog.entity,
               "entity_id": AuditLog.entity_id, "action": AuditLog.action}
    if sort not in columns:
        raise ValueError(f"cannot sort the audit trail by {sort!r}")
    first = columns[sort].desc() if descending else columns[sort].asc()
    # The id breaks ties, so a page boundary never repeats or skips a row.
    return [first, AuditLog.id.desc() if descending or sort != "at" else AuditLog.id.asc()]


def audit_page(actor: User, flt: AuditFilter, offset: int, limit: int, *,
               sort: str = "at", descending: bool = True) -> list[AuditRow]:
    """Audit rows matching `flt`, rows offset..offset+limit; newest first unless `sort` (one of
    AUDIT_SORT_KEYS) and `descending` ask for another order."""
    require(actor, "audit.view")
    query = _query(flt).order_by(*_order(sort, descending)).offset(offset).limit(limit)
    rows = []
    for row in query:
        rows.append(AuditRow(
            id=row.id, at=row.at, user_name=row.user.display_name if row.user_id is not None else "",
            entity=row.entity, entity_id=row.entity_id, action=row.action,
            changes=json.loads(row.changes),
        ))
    return rows


def audited_entities(actor: User) -> list[str]:
    """The distinct entity names in the trail, for the screen's filter."""
    require(actor, "audit.view")
    return [r.entity for r in AuditLog.select(AuditLog.entity).distinct().order_by(AuditLog.entity)]
