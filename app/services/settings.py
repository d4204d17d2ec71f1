"""Company settings with types, defaults and validation; stored as JSON rows in `setting`."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.models.base import db
from app.models.setting import Setting
from app.models.user import User
from app.services import audit
from app.services.errors import ValidationError
from app.services.permissions import require

MAX_LOGO_BYTES = 1_000_000


@dataclass(frozen=True)
class Settings:
    """Every setting with its default. Money-like values are Decimal."""

    company_name: str = ""
    company_address: str = ""
    company_phone: str = ""
    company_logo: bytes = b""  # PNG or JPEG bytes, shown on printed documents
    currency: str = "CNY"
    tax_rate: Decimal = Decimal("13.00")  # percent
    pool_return_days: int = 30
    pool_warning_days: int = 3
    claim_limit_per_day: int = 20
    renewal_reminder_days: int = 30
    monitor_days: int = 7  # monitoring: no follow-up / not updated for this many days
    reception_rotation: tuple[int, ...] = ()  # user ids on reception duty, in turn order
    demo: bool = False


FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _encode(name: str, value: object) -> str:
    if name == "company_logo":
        return json.dumps(base64.b64encode(value).decode("ascii"))
    if isinstance(value, Decimal):
        return json.dumps(str(value))
    if isinstance(value, tuple):
        return json.dumps(list(value))
    return json.dumps(value, ensure_ascii=False)


def _decode(name: str, text: str) -> object:
    raw = json.loads(text)
    if name == "company_logo":
        return base64.b64decode(raw)
    if FIELDS[name].type == "Decimal":
        return Decimal(raw)
    if name == "reception_rotation":
        return tuple(raw)
    return raw


def get_settings() -> Settings:
    """The current settings (defaults for anything never saved)."""
    stored = {row.key: row.value for row in Setting.select() if row.key in FIELDS}
    return Settings(**{name: _decode(name, text) for name, text in stored.items()})


def _int_in(value: object, low: int, high: int) -> int:
    number = int(value) if not isinstance(value, bool) else -1
    if not low <= number <= high:
        raise ValueError
    return number


def _validate(name: str, value: object) -> object:
    if name in ("company_name", "company_address", "company_phone"):
        text = str(value).strip()
        limit = 200 if name == "company_address" else 100
        if len(text) > limit:
            raise ValidationError({name: f"At most {limit} characters."})
        if name == "company_phone" and text and not re.fullmatch(r"[0-9+\-() ]{5,30}", text):
            raise ValidationError({name: "Digits, spaces, + - ( ) only."})
        return text
    if name == "company_logo":
        data = bytes(value)
        if data and not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
            raise ValidationError({name: "The logo must be a PNG or JPEG image."})
        if len(data) > MAX_LOGO_BYTES:
            raise ValidationError({name: "The logo must be smaller than 1 MB."})
        return data
    if name == "currency":
        code = str(value).strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise ValidationError({name: "A three-letter currency code such as CNY."})
        return code
    if name == "tax_rate":
        try:
            rate = Decimal(str(value).strip())
            if not Decimal(0) <= rate <= Decimal(100) or rate != rate.quantize(Decimal("0.01")):
                raise InvalidOperation
        except InvalidOperation:
            raise ValidationError({name: "A percentage from 0 to 100 with at most two decimals."}) from None
        return rate.quantize(Decimal("0.01"))
    if name == "demo":
        return bool(value)
    if name == "reception_rotation":
        return _rotation(value)
    ranges = {"pool_return_days": (1, 3650), "pool_warning_days": (0, 365),
              "claim_limit_per_day": (0, 10000), "renewal_reminder_days": (0, 3650),
              "monitor_days": (1, 365)}
    low, high = ranges[name]
    try:
        return _int_in(value, low, high)
    except (TypeError, ValueError):
        raise ValidationError({name: f"A whole number from {low} to {high}."}) from None


def _rotation(value: object) -> tuple[int, ...]:
    try:
        ids = tuple(dict.fromkeys(int(v) for v in value))  # type: ignore[union-attr]
    except (TypeError, ValueError):
        raise ValidationError({"reception_rotation": "A list of users."}) from None
    found = {u.id for u in User.select(User.id).where(User.id.in_(ids) & User.role.in_(["sales", "supervisor"]))}
    if set(ids) - found:
        raise ValidationError({"reception_rotation": "Only salespeople and supervisors take reception duty."})
    return ids


def update_settings(actor: User | None, changes: dict[str, object], *, system: bool = False) -> Settings:
    """Validate and save `changes`; audit what changed. Admins only, unless `system` (demo setup)."""
    if not system:
        require(actor, "settings.manage")
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError({name: "Unknown setting." for name in unknown})
    errors: dict[str, str] = {}
    clean: dict[str, object] = {}
    for name, value in changes.items():
        try:
            clean[name] = _validate(name, value)
        except ValidationError as exc:
            errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    current = get_settings()
    new = dataclasses.replace(current, **clean)
    if clean.get("pool_warning_days", new.pool_warning_days) >= new.pool_return_days:
        raise ValidationError({"pool_warning_days": "The warning must come before the return to the pool."})
    diff = {n: (getattr(current, n), v) for n, v in clean.items() if getattr(current, n) != v}
    if not diff:
        return current
    with db.atomic():
        for name, (_old, value) in diff.items():
            (Setting.insert(key=name, value=_encode(name, value))
             .on_conflict(conflict_target=[Setting.key], update={Setting.value: _encode(name, value)})
             .execute())
        shown = {n: (("<image>" if o else "", "<image>" if v else "") if n == "company_logo" else (o, v))
                 for n, (o, v) in diff.items()}
        audit.record(actor, "settings", "company", "update", shown)
    return new
