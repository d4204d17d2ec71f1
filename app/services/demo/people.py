"""Demo people: Chinese names with their pinyin, unique mainland mobiles and landlines, e-mail
addresses and WeChat ids, all drawn from one seeded random generator.

pypinyin takes ~100 µs a name, so pinyin is cached per surname and per given name and put
together (and per company-name part, see customers.py): a 100,000-customer demo then spends
about two seconds on it. The word lists avoid the few characters whose reading changes with their
neighbour (柏林, 殷红, 模具), so the result equals `pinyin_keys` of the whole name.
"""

from __future__ import annotations

import itertools
import random
import string
from typing import NamedTuple

from app.services.demo.names import (
    FEMALE_GIVEN,
    JOB_TITLES,
    MALE_GIVEN,
    PERSONAL_MAIL,
    RARE_SURNAMES,
    SURNAMES,
)
from app.services.demo.places import City
from app.services.pinyin_keys import pinyin_keys

# Mainland mobile prefixes in use (China Mobile, Unicom, Telecom, Broadnet).
MOBILE_PREFIXES = tuple(str(p) for p in (
    *range(130, 140), 145, 147, *range(150, 154), *range(155, 160), 166, 172, 173, *range(175, 179),
    *range(180, 190), 191, 193, 195, 198, 199))

_SURNAMES = tuple(SURNAMES) + RARE_SURNAMES
# Real surname frequencies fall steeply with rank; rare ones share a small tail.
_SURNAME_CUM = tuple(itertools.accumulate(
    [1.0 / (rank + 4) for rank in range(len(SURNAMES))] + [0.004] * len(RARE_SURNAMES)))
_TITLES = tuple(t for t, _w in JOB_TITLES)
_TITLE_CUM = tuple(itertools.accumulate(w for _t, w in JOB_TITLES))
_ALNUM = string.ascii_lowercase + string.digits


class PinyinCache:
    """`pinyin_keys` with memory: the same text is converted once."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, str]] = {}

    def __call__(self, text: str) -> tuple[str, str]:
        keys = self._known.get(text)
        if keys is None:
            keys = self._known[text] = pinyin_keys(text)
        return keys


class Person(NamedTuple):
    """A name with its full pinyin and initials (as `pinyin_keys` gives them)."""

    name: str
    pinyin: str
    initials: str


class People:
    """Draws people and contact details; phone numbers and e-mail addresses never repeat."""

    def __init__(self, rng: random.Random, pinyin: PinyinCache):
        self.rng = rng
        self.pinyin = pinyin
        self._numbers: set[str] = set()
        self._emails: set[str] = set()

    def person(self) -> Person:
        """A full name: surname (by frequency) and a one- or two-character given name."""
        rng = self.rng
        surname = rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]
        chars = MALE_GIVEN if rng.random() < 0.55 else FEMALE_GIVEN
        given = rng.choice(chars) if rng.random() < 0.35 else rng.choice(chars) + rng.choice(chars)
        (full1, initials1), (full2, initials2) = self.pinyin(surname), self.pinyin(given)
        return Person(surname + given, full1 + full2, initials1 + initials2)

    def title(self) -> str:
        return self.rng.choices(_TITLES, cum_weights=_TITLE_CUM)[0]

    def mobile(self) -> str:
        """A unique mainland mobile as people type it: 13812345678, sometimes spaced or with +86."""
        rng = self.rng
        while True:
            digits = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
            if digits not in self._numbers:
                self._numbers.add(digits)
                break
        style = rng.random()
        if style < 0.08:
            return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        if style < 0.12:
            return "+86 " + digits
        return digits

    def landline(self, city: City) -> str:
        """A unique landline with the city's area code (0755-26781234), sometimes with an extension."""
        rng = self.rng
        while True:
            local = str(rng.randint(2, 8)) + "".join(rng.choices(string.digits, k=city.local_digits - 1))
            number = f"{city.area_code}-{local}"
            if number not in self._numbers:
                self._numbers.add(number)
                break
        return number + f"-{rng.randint(801, 8899)}" if rng.random() < 0.12 else number

    def email(self, person: Person, domain: str | None) -> str:
        """A unique address: name-based at the company's domain, else at a personal mail service."""
        rng = self.rng
        full, initials = person.pinyin, person.initials
        if domain is None:
            domain = rng.choice(PERSONAL_MAIL)
            local = (f"{rng.randrange(10_000_000, 3_000_000_000)}" if domain == "qq.com" and rng.random() < 0.7
                     else f"{full}{rng.choice(('', '_', '.'))}{rng.randint(1965, 2003)}")
        else:
            style = rng.random()
            local = (initials if style < 0.2 and len(initials) >= 3
                     else f"{full}{rng.randint(1, 99)}" if style < 0.35 else full)
        address = f"{local}@{domain}"
        number = 2
        while address in self._emails:
            address = f"{local}{number}@{domain}"
            number += 1
        self._emails.add(address)
        return address

    def wechat(self, person: Person, mobile: str) -> str:
        """A WeChat id as people have them: wxid_..., pinyin with digits, or the mobile number."""
        rng = self.rng
        style = rng.random()
        if style < 0.4:
            return "wxid_" + "".join(rng.choices(_ALNUM, k=14))
        if style < 0.75 or not mobile:
            return f"{person.pinyin}{rng.randint(1, 9999)}"
        return mobile.replace(" ", "").removeprefix("+86")
