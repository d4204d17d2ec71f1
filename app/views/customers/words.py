"""Translated names of the values a customer record stores in English codes.

The services store `high`, `visit`, `company` ...; every screen shows them through these
functions, so the list, the form and the filters use the same words (很大 / 一般 / 小 / 无 ...).
The tables hold the English source texts (QT_TRANSLATE_NOOP puts them in the .ts file); they are
translated when shown, so a language switch takes effect at the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.models.customer import INTEREST_LEVELS, KINDS, SCALES, SOURCES
from app.views.i18n import code_title

CONTEXT = "CustomerWords"

INTERESTS = {
    "high": QT_TRANSLATE_NOOP("CustomerWords", "High"),
    "medium": QT_TRANSLATE_NOOP("CustomerWords", "Medium"),
    "low": QT_TRANSLATE_NOOP("CustomerWords", "Low"),
    "none": QT_TRANSLATE_NOOP("CustomerWords", "None"),
}
SOURCE_NAMES = {
    "visit": QT_TRANSLATE_NOOP("CustomerWords", "Visit"),
    "phone": QT_TRANSLATE_NOOP("CustomerWords", "Phone"),
    "web": QT_TRANSLATE_NOOP("CustomerWords", "Web"),
    "referral": QT_TRANSLATE_NOOP("CustomerWords", "Referral"),
    "exhibition": QT_TRANSLATE_NOOP("CustomerWords", "Exhibition"),
    "invoice": QT_TRANSLATE_NOOP("CustomerWords", "Invoice data"),
    "other": QT_TRANSLATE_NOOP("CustomerWords", "Other"),
}
KIND_NAMES = {
    "company": QT_TRANSLATE_NOOP("CustomerWords", "Company"),
    "person": QT_TRANSLATE_NOOP("CustomerWords", "Person"),
}
SCALE_NAMES = {
    "": QT_TRANSLATE_NOOP("CustomerWords", "(not set)"),
    "micro": QT_TRANSLATE_NOOP("CustomerWords", "Micro"),
    "small": QT_TRANSLATE_NOOP("CustomerWords", "Small"),
    "medium": QT_TRANSLATE_NOOP("CustomerWords", "Medium-sized"),
    "large": QT_TRANSLATE_NOOP("CustomerWords", "Large"),
}
FOLLOW_UP_KIND_NAMES = {
    "call": QT_TRANSLATE_NOOP("CustomerWords", "Call"),
    "visit": QT_TRANSLATE_NOOP("CustomerWords", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("CustomerWords", "Meeting"),
    "email": QT_TRANSLATE_NOOP("CustomerWords", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("CustomerWords", "WeChat"),
    "other": QT_TRANSLATE_NOOP("CustomerWords", "Other"),
}
TIMELINE_KIND_NAMES = {
    "follow_up": QT_TRANSLATE_NOOP("CustomerWords", "Follow-up"),
    "visit": QT_TRANSLATE_NOOP("CustomerWords", "Front-desk visit"),
    "call": QT_TRANSLATE_NOOP("CustomerWords", "Phone call"),
    "quotation": QT_TRANSLATE_NOOP("CustomerWords", "Quotation"),
    "order": QT_TRANSLATE_NOOP("CustomerWords", "Order"),
    "shipment": QT_TRANSLATE_NOOP("CustomerWords", "Shipment"),
    "payment": QT_TRANSLATE_NOOP("CustomerWords", "Payment"),
}
DUPLICATE_REASONS = {
    "name": QT_TRANSLATE_NOOP("CustomerWords", "same name"),
    "phone": QT_TRANSLATE_NOOP("CustomerWords", "same phone"),
    "email": QT_TRANSLATE_NOOP("CustomerWords", "same e-mail"),
}


def _title(table: dict[str, str], code: str) -> str:
    """The translated name of `code`; an unknown code (a later area's) is shown as it is."""
    return code_title(CONTEXT, table, code)


def interest_title(level: str) -> str:
    """high 很大, medium 一般, low 小, none 无 (a dead lead)."""
    return _title(INTERESTS, level)


def source_title(source: str) -> str:
    """The source channel (来源渠道) of a customer."""
    return _title(SOURCE_NAMES, source)


def kind_title(kind: str) -> str:
    return _title(KIND_NAMES, kind)


def scale_title(scale: str) -> str:
    return _title(SCALE_NAMES, scale)


def follow_up_kind_title(kind: str) -> str:
    """How a follow-up was made: call, visit, meeting, e-mail, WeChat, other."""
    return _title(FOLLOW_UP_KIND_NAMES, kind)


def timeline_kind_title(kind: str) -> str:
    """What a timeline entry is: follow-up, visit, call, and later quotation, order, shipment, payment."""
    return _title(TIMELINE_KIND_NAMES, kind)


def duplicate_reason_title(reason: str) -> str:
    """Why a customer looks like a duplicate: same name, same phone, same e-mail."""
    return _title(DUPLICATE_REASONS, reason)


def interest_choices() -> list[tuple[str, str]]:
    """(translated name, code) of every interest level, for a combo box."""
    return [(interest_title(level), level) for level in INTEREST_LEVELS]


def source_choices() -> list[tuple[str, str]]:
    return [(source_title(source), source) for source in SOURCES]


def kind_choices() -> list[tuple[str, str]]:
    return [(kind_title(kind), kind) for kind in KINDS]


def scale_choices() -> list[tuple[str, str]]:
    return [(scale_title(scale), scale) for scale in SCALES]
