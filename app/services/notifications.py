"""In-app notifications: written by other services in their own transaction, read by the bell."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.base import now
from app.models.notification import Notification
from app.models.user import User


def notify(user_id: int, kind: str, title: str, body: str = "", entity: str = "",
           entity_id: object = "") -> Notification:
    """Queue a notification for one user; call inside the transaction of the event it reports."""
    return Notification.create(user=user_id, kind=kind, title=title, body=body, entity=entity,
                               entity_id=str(entity_id))


def notify_many(kind: str, entity: str, notes: list[tuple[int, str, str, object]]) -> int:
    """Queue one notification per (user_id, title, body, entity_id) with one statement; call inside
    the transaction of the events they report."""
    if not notes:
        return 0
    created = now()
    Notification.insert_many([
        {"user": user_id, "created_at": created, "kind": kind, "title": title, "body": body, "entity": entity,
         "entity_id": str(entity_id)} for user_id, title, body, entity_id in notes]).execute()
    return len(notes)


@dataclass(frozen=True)
class NotificationRow:
    id: int
    created_at: object
    kind: str
    title: str
    body: str
    entity: str
    entity_id: str
    read: bool


def unread_count(actor: User) -> int:
    """How many of `actor`'s notifications are unread (the number on the bell)."""
    return Notification.select().where((Notification.user == actor.id) & Notification.read_at.is_null()).count()


def list_notifications(actor: User, limit: int = 100) -> list[NotificationRow]:
    """`actor`'s latest notifications, unread first, newest first."""
    query = (Notification.select().where(Notification.user == actor.id)
             .order_by(Notification.read_at.is_null().desc(), Notification.created_at.desc(), Notification.id.desc())
             .limit(limit))
    return [NotificationRow(n.id, n.created_at, n.kind, n.title, n.body, n.entity, n.entity_id,
                            n.read_at is not None) for n in query]


def mark_read(actor: User, notification_ids: list[int] | None = None) -> int:
    """Mark these (or all) of `actor`'s notifications read; returns how many changed."""
    query = Notification.update(read_at=now()).where(
        (Notification.user == actor.id) & Notification.read_at.is_null())
    if notification_ids is not None:
        query = query.where(Notification.id.in_(notification_ids))
    return query.execute()
