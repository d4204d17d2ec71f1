"""Logging in: Argon2id password hashes and a cooldown after repeated failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from app.models.base import db, now
from app.models.user import LoginThrottle, User
from app.services.errors import AuthenticationError, LoginThrottled, ValidationError

MAX_FAILURES = 5
COOLDOWN = dt.timedelta(seconds=60)
MIN_PASSWORD_LENGTH = 8


_test_hasher = None


@cache
def _default_hasher():
    # argon2-cffi's defaults are Argon2id with RFC 9106's second recommended parameters.
    from argon2 import PasswordHasher

    return PasswordHasher()


def _hasher():
    return _test_hasher or _default_hasher()


def use_fast_hashing_for_tests() -> None:
    """Make hashing cheap (tests create many users); never called by the application."""
    global _test_hasher
    from argon2 import PasswordHasher

    _test_hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def hash_password(password: str) -> str:
    """An Argon2id hash of `password` with a fresh salt."""
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches `password_hash`."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, field: str = "password") -> None:
    """Raise ValidationError unless `password` is acceptable for an account."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError({field: f"At least {MIN_PASSWORD_LENGTH} characters."})
    if password.strip() != password:
        raise ValidationError({field: "No spaces at the start or end."})


def normalise_username(username: str) -> str:
    return username.strip().lower()


def authenticate(username: str, password: str, *, clock: Callable[[], dt.datetime] = now) -> User:
    """Return the active user with this name and password.

    After MAX_FAILURES failed attempts for a user name (existing or not), every further attempt
    within COOLDOWN of the last failure raises LoginThrottled without checking the password.
    A wrong name or password raises AuthenticationError with the same message, so the message
    does not tell which names exist. A success clears the failures and stamps last_login_at.
    """
    name = normalise_username(username)
    moment = clock()
    throttle = LoginThrottle.get_or_none(LoginThrottle.username == name)
    if throttle is not None and throttle.failures >= MAX_FAILURES:
        wait = throttle.last_failure_at + COOLDOWN - moment
        if wait > dt.timedelta(0):
            raise LoginThrottled(max(1, int(wait.total_seconds() + 0.999)))
    user = User.get_or_none(User.username == name)
    if user is None or not verify_password(user.password_hash, password):
        _record_failure(name, moment)
        raise AuthenticationError("Wrong user name or password.")
    if not user.active:
        raise AuthenticationError("This account has been deactivated. Ask an administrator.")
    with db.atomic():
        LoginThrottle.delete().where(LoginThrottle.username == name).execute()
        User.update(last_login_at=moment).where(User.id == user.id).execute()
    user.last_login_at = moment
    return user


def _record_failure(name: str, moment: dt.datetime) -> None:
    with db.atomic():
        updated = (LoginThrottle
                   .update(failures=LoginThrottle.failures + 1, last_failure_at=moment)
                   .where(LoginThrottle.username == name).execute())
        if not updated:
            LoginThrottle.insert(username=name, failures=1, last_failure_at=moment).on_conflict_ignore().execute()
