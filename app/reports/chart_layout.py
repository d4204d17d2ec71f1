"""Placing a chart's axes by margins in points, worked out from the texts around them when the chart is
built: `MarginLayout` sets the subplot box for the figure's size at each draw, so the margins stay
the same in points when the canvas is resized. matplotlib's constrained layout measures every text
on every draw and took half of a chart's first paint; estimating the texts' widths once is enough
for labels whose fonts and sizes the chart itself chose.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from matplotlib.layout_engine import LayoutEngine

WIDE = 0x2E80  # from here on (CJK, full-width forms) a character is about one em wide
NARROW_EM = 0.6  # digits and Latin letters, generously


def text_width(text: str, size: float) -> float:
    """The width in points of `text` at `size` points, estimated (CJK one em, others 0.6 em)."""
    return sum(1.0 if ord(ch) >= WIDE else NARROW_EM for ch in text) * size


def widest(texts: Iterable[str], size: float) -> float:
    return max((text_width(text, size) for text in texts), default=0.0)


def slanted_height(width: float, size: float, degrees: float) -> float:
    """The height of a label `width` points wide and `size` high turned by `degrees`."""
    angle = math.radians(degrees)
    return width * math.sin(angle) + size * math.cos(angle)


class MarginLayout(LayoutEngine):
    """Fixed margins in points (left, right, top, bottom) around the one subplot (and its twin)."""

    _adjust_compatible = True
    _colorbar_gridspec = True

    def __init__(self, left: float, right: float, top: float, bottom: float):
        super().__init__()
        self.margins = (left, right, top, bottom)

    def execute(self, fig) -> None:
        width, height = (max(1.0, size * 72) for size in fig.get_size_inches())
        left, right, top, bottom = self.margins
        # a figure too small for its margins keeps at least a fifth of itself for the plot
        horizontal = min(1.0, 0.8 * width / max(1.0, left + right))
        vertical = min(1.0, 0.8 * height / max(1.0, top + bottom))
        fig.subplots_adjust(left=left * horizontal / width, right=1 - right * horizontal / width,
                            top=1 - top * vertical / height, bottom=bottom * vertical / height)
