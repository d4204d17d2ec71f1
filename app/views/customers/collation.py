"""Sorting names the way the reader expects: Chinese names in pinyin order (李 li, 刘 liu, 张 zhang).

Qt's collator (ICU, or the platform's) knows the order of the UI language, costs microseconds and
loads nothing: the pinyin library the search index uses would add half a second to opening a list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")


def sorted_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """`items` ordered by `name(item)` with the collation of zh_CN (which orders Latin names as usual)."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return sorted(items, key=lambda item: collator.sortKey(name(item)))
