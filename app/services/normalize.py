"""Normalising and checking what people type: phone numbers, e-mail addresses, company names.

Duplicates are found on the normalised forms: the same phone digits (a leading +86/0086 dropped),
the same e-mail in lower case, or the same company name once width, case, spaces, punctuation and
legal-form suffixes (有限公司, 公司, Co., Ltd. ...) are taken away.
"""

from __future__ import annotations

import re
import unicodedata

MOBILE_CN = re.compile(r"^1[3-9]\d{9}$")
LANDLINE_CN = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
SERVICE_CN = re.compile(r"^[48]00-?\d{3}-?\d{4}$")
INTERNATIONAL = re.compile(r"^\+\d{6,15}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")

# longest first: "股份有限公司" must go before "有限公司" and "公司"
COMPANY_SUFFIXES = sorted([
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "co.,ltd.", "co.,ltd", "co.ltd.", "co.ltd",
    "company limited", "co., ltd.", "co., ltd", "limited", "ltd.", "ltd", "inc.", "inc", "llc", "corp.", "corp",
    "gmbh",
], key=len, reverse=True)


def width_fold(text: str) -> str:
    """Full-width letters, digits and punctuation to their ASCII forms (ＡＢＣ１２３ -> ABC123)."""
    return unicodedata.normalize("NFKC", text)


def phone_digits(phone: str) -> str:
    """The digits of a phone number for matching: +86 138... and 138... give the same key."""
    text = width_fold(phone).strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("+86") or text.startswith("0086"):
        digits = digits[2:] if text.startswith("+") else digits[4:]
    return digits


def phone_problem(phone: str) -> str | None:
    """None for a valid mainland mobile, landline, 400/800 or international +number; else why not."""
    text = re.sub(r"[\s()（）]", "", width_fold(phone))
    if not text:
        return None
    if text.startswith("+86"):
        text = text[3:].lstrip("-")
        if MOBILE_CN.match(text) or LANDLINE_CN.match("0" + text.lstrip("0")):
            return None
        return "Not a valid mainland China number after +86."
    if text.startswith("+"):
        return None if INTERNATIONAL.match(text.replace("-", "")) else "An international number is + and 6-15 digits."
    if MOBILE_CN.match(text) or LANDLINE_CN.match(text) or SERVICE_CN.match(text):
        return None
    return "Use a mobile (11 digits, 1xx), a landline with area code (021-12345678) or +country number."


def is_mobile(phone: str) -> bool:
    """True for a mainland mobile number (with or without +86)."""
    return bool(MOBILE_CN.match(phone_digits(phone)))


def email_key(email: str) -> str:
    return width_fold(email).strip().lower()


def email_problem(email: str) -> str | None:
    text = email_key(email)
    if not text:
        return None
    return None if EMAIL.match(text) else "Not an e-mail address."


def company_key(name: str) -> str:
    """The company name without width, case, spaces, punctuation or legal-form suffix."""
    text = width_fold(name).lower().strip()
    text = re.sub(r"[\s]+", " ", text)
    changed = True
    while changed:
        changed = False
        for suffix in COMPANY_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)].rstrip(" ,.")
                changed = True
                break
    return re.sub(r"[\s\W_]+", "", text)


def contains_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)
