"""Company settings: defaults, typed values, validation per field, audit of changes."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.models.audit import AuditLog
from app.services.errors import ValidationError
from app.services.settings import Settings, get_settings, update_settings
from tests.unit.factories import make_user

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_defaults_before_anything_is_saved(database):
    assert get_settings() == Settings()
    assert get_settings().pool_return_days == 30 and get_settings().tax_rate == Decimal("13.00")


def test_saved_values_come_back_typed(database):
    admin = make_user("root", "admin")
    update_settings(admin, {"company_name": " 上海示例科技有限公司 ", "tax_rate": "6", "claim_limit_per_day": "15",
                            "company_logo": PNG, "currency": "usd"})
    current = get_settings()
    assert current.company_name == "上海示例科技有限公司"
    assert current.tax_rate == Decimal("6.00")
    assert current.claim_limit_per_day == 15
    assert current.company_logo == PNG
    assert current.currency == "USD"
    row = AuditLog.get(AuditLog.entity == "settings")
    changes = json.loads(row.changes)
    assert changes["tax_rate"] == ["13.00", "6.00"] and changes["company_logo"] == ["", "<image>"]


def test_bad_values_are_refused_field_by_field_and_nothing_is_saved(database):
    admin = make_user("root", "admin")
    with pytest.raises(ValidationError) as exc:
        update_settings(admin, {"company_name": "OK", "tax_rate": "12.345", "pool_return_days": "0",
                                "company_logo": b"GIF89a", "currency": "RMB1", "company_phone": "call me"})
    assert set(exc.value.fields) == {"tax_rate", "pool_return_days", "company_logo", "currency", "company_phone"}
    assert get_settings() == Settings()


def test_warning_must_come_before_return(database):
    admin = make_user("root", "admin")
    with pytest.raises(ValidationError) as exc:
        update_settings(admin, {"pool_return_days": 5, "pool_warning_days": 5})
    assert set(exc.value.fields) == {"pool_warning_days"}
