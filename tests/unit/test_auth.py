"""Logging in: Argon2id hashes, one message for wrong name or password, the 5-failure cooldown."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.user import LoginThrottle, User
from app.services.auth import authenticate, hash_password, verify_password
from app.services.errors import AuthenticationError, LoginThrottled
from tests.unit.factories import make_user

T0 = dt.datetime(2026, 11, 25, 9, 0, 0)


def at(seconds: float):
    return lambda: T0 + dt.timedelta(seconds=seconds)


def test_hashes_are_salted_argon2id():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$")
    assert first != second
    assert verify_password(first, "correct horse")
    assert not verify_password(first, "correct horsE")
    assert not verify_password("not a hash", "correct horse")


def test_login_with_right_password_returns_user_and_stamps_login(database):
    make_user("sales1", password="pw-sales-1")
    user = authenticate(" Sales1 ", "pw-sales-1", clock=at(0))
    assert user.username == "sales1"
    assert User.get(User.username == "sales1").last_login_at == T0


def test_wrong_password_and_unknown_user_give_the_same_message(database):
    make_user("sales1", password="pw-sales-1")
    with pytest.raises(AuthenticationError) as wrong:
        authenticate("sales1", "nope", clock=at(0))
    with pytest.raises(AuthenticationError) as unknown:
        authenticate("ghost", "nope", clock=at(0))
    assert str(wrong.value) == str(unknown.value) == "Wrong user name or password."


def test_deactivated_account_cannot_log_in(database):
    make_user("gone", password="pw-gone-123", active=False)
    with pytest.raises(AuthenticationError, match="deactivated"):
        authenticate("gone", "pw-gone-123", clock=at(0))


def test_five_failures_start_a_60_second_cooldown(database):
    make_user("sales1", password="pw-sales-1")
    for i in range(5):
        with pytest.raises(AuthenticationError) as exc:
            authenticate("sales1", "bad", clock=at(i))
        assert not isinstance(exc.value, LoginThrottled)
    # the sixth attempt, even with the right password, waits 60 s from the last failure (t=4)
    with pytest.raises(LoginThrottled) as throttled:
        authenticate("sales1", "pw-sales-1", clock=at(10))
    assert throttled.value.seconds_left == 54
    assert "54" in str(throttled.value)
    with pytest.raises(LoginThrottled):
        authenticate("sales1", "pw-sales-1", clock=at(63.5))
    assert authenticate("sales1", "pw-sales-1", clock=at(64)).username == "sales1"
    assert LoginThrottle.select().count() == 0  # success clears the failures


def test_a_failure_after_the_cooldown_waits_again(database):
    make_user("sales1", password="pw-sales-1")
    for i in range(5):
        with pytest.raises(AuthenticationError):
            authenticate("sales1", "bad", clock=at(i))
    with pytest.raises(AuthenticationError) as exc:
        authenticate("sales1", "bad", clock=at(70))
    assert not isinstance(exc.value, LoginThrottled)
    with pytest.raises(LoginThrottled) as throttled:
        authenticate("sales1", "pw-sales-1", clock=at(71))
    assert throttled.value.seconds_left == 59


def test_cooldown_applies_to_unknown_names_and_is_per_name(database):
    make_user("sales2", password="pw-sales-2")
    for i in range(5):
        with pytest.raises(AuthenticationError):
            authenticate("ghost", "x", clock=at(i))
    with pytest.raises(LoginThrottled):
        authenticate("ghost", "x", clock=at(5))
    assert authenticate("sales2", "pw-sales-2", clock=at(5)).username == "sales2"
