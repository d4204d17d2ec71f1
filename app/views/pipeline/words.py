"""Translated names of the pipeline stages: 评估线索 → 需求了解 → 方案 → 演示 → 商务谈判 → 赢单 / 输单.

The table holds the English source texts (QT_TRANSLATE_NOOP puts them in the .ts file); they are
translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.i18n import code_title

CONTEXT = "PipelineWords"

STAGE_TITLES = {
    "qualify": QT_TRANSLATE_NOOP("PipelineWords", "Qualify"),
    "needs": QT_TRANSLATE_NOOP("PipelineWords", "Needs"),
    "solution": QT_TRANSLATE_NOOP("PipelineWords", "Solution"),
    "demo": QT_TRANSLATE_NOOP("PipelineWords", "Demo"),
    "negotiate": QT_TRANSLATE_NOOP("PipelineWords", "Negotiate"),
    "won": QT_TRANSLATE_NOOP("PipelineWords", "Won"),
    "lost": QT_TRANSLATE_NOOP("PipelineWords", "Lost"),
}


def stage_title(stage: str) -> str:
    """qualify 评估线索, needs 需求了解, solution 方案, demo 演示, negotiate 商务谈判, won 赢单, lost 输单."""
    return code_title(CONTEXT, STAGE_TITLES, stage)
