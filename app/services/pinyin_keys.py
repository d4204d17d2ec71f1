"""Pinyin of Chinese names for search: 张三丰 -> ("zhangsanfeng", "zsf"). pypinyin loads on first use."""

from __future__ import annotations

from functools import cache


@cache
def _pypinyin():
    import pypinyin

    return pypinyin


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) in lower case without spaces; other characters kept as they are."""
    if not name:
        return "", ""
    module = _pypinyin()
    syllables = [s.strip().lower() for s in module.lazy_pinyin(name, errors="default")]
    initials = [s.strip().lower() for s in module.lazy_pinyin(name, style=module.Style.FIRST_LETTER)]
    return "".join(s.replace(" ", "") for s in syllables), "".join(s.replace(" ", "") for s in initials)
