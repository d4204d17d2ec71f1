"""Translated names of assignment rule kinds: 按区域 / 按行业 / 轮流分配 / 按负载最少.

The tables hold the English source texts (QT_TRANSLATE_NOOP puts them in the .ts file); they are
translated when shown, so a language switch takes effect at the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.models.pool import RULE_KINDS
from app.views.i18n import code_title

CONTEXT = "PoolWords"

KIND_TITLES = {
    "region": QT_TRANSLATE_NOOP("PoolWords", "By region"),
    "industry": QT_TRANSLATE_NOOP("PoolWords", "By industry"),
    "round_robin": QT_TRANSLATE_NOOP("PoolWords", "Round robin"),
    "least_loaded": QT_TRANSLATE_NOOP("PoolWords", "Least loaded"),
}
KIND_HINTS = {
    "region": QT_TRANSLATE_NOOP("PoolWords", "Leads from this region go to the people below, in turn."),
    "industry": QT_TRANSLATE_NOOP("PoolWords", "Leads of this industry go to the people below, in turn."),
    "round_robin": QT_TRANSLATE_NOOP(
        "PoolWords", "Every lead goes to the next of the people below (everyone selling when none)."),
    "least_loaded": QT_TRANSLATE_NOOP(
        "PoolWords", "Each lead goes to whoever owns the fewest customers among the people whose tags cover "
        "its region or industry (limited to the people below when any)."),
}


def rule_kind_title(kind: str) -> str:
    """region 按区域, industry 按行业, round_robin 轮流分配, least_loaded 按负载最少."""
    return code_title(CONTEXT, KIND_TITLES, kind)


def rule_kind_hint(kind: str) -> str:
    """One line on what a rule of this kind does."""
    return code_title(CONTEXT, KIND_HINTS, kind, default="")


def rule_kind_choices() -> list[tuple[str, str]]:
    return [(rule_kind_title(kind), kind) for kind in RULE_KINDS]
