"""Optimistic locking: save a record only if nobody else saved it since it was loaded."""

from __future__ import annotations

from peewee import ForeignKeyField, Model

from app.models.base import VersionedModel, db, now
from app.models.user import User
from app.services import audit
from app.services.errors import ConflictError, NotFound


def _plain(value: object) -> object:
    return value.id if isinstance(value, Model) else value


def save_changes(actor: User | None, record: VersionedModel, expected_version: int,
                 changes: dict[str, object], entity: str) -> dict[str, tuple[object, object]]:
    """Apply `changes` (field name -> new value) to `record` if its stored version is still
    `expected_version`; bump the version, stamp who and when, and write the audit row.

    Returns the fields that really changed as {name: (old, new)} (foreign keys as ids); nothing is
    written when nothing changed. Raises ConflictError when another save came first, NotFound when
    the record is gone.
    """
    model = type(record)
    fields = model._meta.fields
    diff: dict[str, tuple[object, object]] = {}
    for name, value in changes.items():
        field = fields[name]
        old = getattr(record, field.object_id_name) if isinstance(field, ForeignKeyField) else getattr(record, name)
        new = _plain(value)
        if old != new:
            diff[name] = (old, new)
    if not diff:
        return {}
    stamp = now()
    updates = {fields[name]: new for name, (_old, new) in diff.items()}
    updates.update({model.version: model.version + 1, model.updated_at: stamp,
                    model.updated_by: actor.id if actor is not None else None})
    with db.atomic():
        updated = model.update(updates).where(
            (model.id == record.id) & (model.version == expected_version)).execute()
        if updated == 0:
            raise _conflict(model, record.id)
        audit.record(actor, entity, record.id, "update", diff)
    for name, (_old, new) in diff.items():
        field = fields[name]
        setattr(record, field.object_id_name if isinstance(field, ForeignKeyField) else name, new)
    record.version = expected_version + 1
    record.updated_at = stamp
    record.updated_by = actor.id if actor is not None else None
    return diff


def check_version(model: type[VersionedModel], record_id: int, expected_version: int) -> None:
    """Raise ConflictError (or NotFound) unless the stored record still has `expected_version`.
    Use it first in a transaction that also writes child rows, so they are never written stale."""
    if not model.select().where((model.id == record_id) & (model.version == expected_version)).exists():
        raise _conflict(model, record_id)


def bump_version(actor: User | None, record: VersionedModel, expected_version: int) -> None:
    """Give `record` a new version without changing its fields (its children changed); same check."""
    model = type(record)
    stamp = now()
    updated = model.update({model.version: model.version + 1, model.updated_at: stamp,
                            model.updated_by: actor.id if actor is not None else None}).where(
        (model.id == record.id) & (model.version == expected_version)).execute()
    if updated == 0:
        raise _conflict(model, record.id)
    record.version, record.updated_at = expected_version + 1, stamp
    record.updated_by = actor.id if actor is not None else None


def _conflict(model: type[VersionedModel], record_id: int) -> Exception:
    current = model.get_or_none(model.id == record_id)
    if current is None:
        return NotFound(f"{model.__name__} {record_id} no longer exists.")
    who = User.get_or_none(User.id == current.updated_by) if current.updated_by else None
    name = who.display_name if who else "?"
    return ConflictError(
        f"Changed by {name} at {current.updated_at:%Y-%m-%d %H:%M}; reload to see the changes.",
        changed_by=name, changed_at=current.updated_at,
    )
