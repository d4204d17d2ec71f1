"""Pinyin of Chinese names for search: 张三丰 -> ("zhangsanfeng", "zsf"). pypinyin loads on first use."""

from __future__ import annotations

from functools import cache

from app.services.normalize import width_fold


@cache
def _pypinyin():
    import pypinyin

    return pypinyin


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) in lower case without spaces; other characters kept as they are."""
    if not name:
        return "", ""
    # One pypinyin pass: syllables give the initials too; other text comes back marked by \0.
    parts = _pypinyin().lazy_pinyin(width_fold(name), errors=lambda chunk: ["\0" + chunk])
    full, initials = [], []
    for part in parts:
        if part.startswith("\0"):
            text = part[1:].replace(" ", "").lower()
            full.append(text)
            initials.append(text)
        else:
            full.append(part)
            initials.append(part[:1])
    return "".join(full), "".join(initials)
