"""The errors services raise; views show them, never swallow them."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error a user can be shown."""


class ValidationError(ServiceError):
    """Input was refused; `fields` maps a field name to its message."""

    def __init__(self, fields: dict[str, str]):
        self.fields = dict(fields)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.fields.items()))


class PermissionDenied(ServiceError):
    """The acting user's role does not allow the action."""


class NotFound(ServiceError):
    """The record does not exist (any more)."""


class ConflictError(ServiceError):
    """Someone saved the record after it was loaded; `changed_by`/`changed_at` say who and when."""

    def __init__(self, message: str, changed_by: str | None = None, changed_at: object = None):
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(message)


class AuthenticationError(ServiceError):
    """Wrong user name or password, or a deactivated account."""


class LoginThrottled(AuthenticationError):
    """Too many failed attempts for a user name; `seconds_left` until the next try is allowed."""

    def __init__(self, seconds_left: int):
        self.seconds_left = seconds_left
        super().__init__(f"Too many failed attempts. Try again in {seconds_left} s.")
