"""The errors of backing up and restoring (services.backups and its SQLite and PostgreSQL parts)."""

from __future__ import annotations

from app.services.errors import ServiceError


class BackupError(ServiceError):
    """A backup or a restore could not be made; the message says why."""


class BackupUnavailable(BackupError):
    """This kind of backup cannot be made here (pg_dump missing, an in-memory database)."""


class BackupInvalid(BackupError):
    """The file is not a sound SalesDesk backup that this SalesDesk can restore."""
