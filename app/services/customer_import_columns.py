"""The columns of the customer import file and the words allowed in them.

One row is one customer with at most one contact; a row whose 名称 repeats an earlier row's adds
another contact to that customer. Headers are matched in Chinese or English (名称 / name), without
regard to case, width, spaces or a trailing "*". Choice columns take the Chinese label or the code
(来源: 展会 or exhibition). The Chinese labels are also what the export writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.normalize import width_fold


@dataclass(frozen=True)
class ImportColumn:
    """One column: `key` (the field name in code), its Chinese and English headers, other headers
    accepted, whether the customer (not the contact) owns it, and the 说明 sheet's explanation."""

    key: str
    zh: str
    en: str
    help: str
    customer_field: bool = True
    aliases: tuple[str, ...] = ()
    required: bool = False


KIND_LABELS = {"company": "公司", "person": "个人"}
SCALE_LABELS = {"micro": "微型", "small": "小型", "medium": "中型", "large": "大型"}
SOURCE_LABELS = {"visit": "来访", "phone": "电话", "web": "网络", "referral": "转介绍", "exhibition": "展会",
                 "invoice": "开票资料", "other": "其他"}
INTEREST_LABELS = {"high": "很大", "medium": "一般", "low": "小", "none": "无"}

COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("name", "名称", "name",
                 "客户名称（公司或个人），必填。与前面某行名称相同的行，为该客户再添一个联系人。",
                 aliases=("客户名称", "公司名称", "客户", "customer", "company"), required=True),
    ImportColumn("kind", "类型", "kind", "公司 或 个人；空 = 公司。", aliases=("客户类型", "type")),
    ImportColumn("industry", "行业", "industry", "行业，最多 40 字。"),
    ImportColumn("scale", "规模", "scale", "微型、小型、中型、大型，或留空。", aliases=("企业规模", "size")),
    ImportColumn("region", "区域", "region", "省份或区域，最多 40 字。", aliases=("省份", "省", "province")),
    ImportColumn("city", "城市", "city", "城市，最多 40 字。"),
    ImportColumn("address", "地址", "address", "地址，最多 200 字。"),
    ImportColumn("source", "来源", "source", "来访、电话、网络、转介绍、展会、开票资料、其他；空 = 其他。",
                 aliases=("来源渠道", "渠道", "channel")),
    ImportColumn("tags", "标签", "tags", "多个标签用逗号或顿号分隔，如：重点、华东。", aliases=("tag",)),
    ImportColumn("owner", "归属销售", "owner", "销售的用户名或姓名；空 = 进入公海。",
                 aliases=("销售", "负责人", "业务员", "salesperson")),
    ImportColumn("interest", "意向", "interest", "很大、一般、小、无；空 = 一般。", aliases=("意向程度", "意向等级")),
    ImportColumn("notes", "备注", "notes", "备注。", aliases=("note", "remarks")),
    ImportColumn("contact_name", "联系人", "contact_name", "联系人姓名；填写了联系人的任一列时必填。",
                 customer_field=False, aliases=("联系人姓名", "contact", "contact name")),
    ImportColumn("title", "职务", "title", "联系人职务，最多 60 字。", customer_field=False,
                 aliases=("职位", "job title")),
    ImportColumn("phone", "电话", "phone", "座机，如 021-12345678，或 +国家号码。", customer_field=False,
                 aliases=("座机", "固定电话", "telephone", "tel")),
    ImportColumn("mobile", "手机", "mobile", "手机号，11 位，或 +国家号码。", customer_field=False,
                 aliases=("手机号", "手机号码", "cell")),
    ImportColumn("email", "邮箱", "email", "电子邮箱。", customer_field=False,
                 aliases=("电子邮箱", "电子邮件", "e-mail", "mail")),
    ImportColumn("wechat", "微信", "wechat", "微信号，最多 60 字。", customer_field=False,
                 aliases=("微信号", "weixin")),
)

BY_KEY = {c.key: c for c in COLUMNS}
CONTACT_KEYS = tuple(c.key for c in COLUMNS if not c.customer_field)
# Columns the error workbook adds; a fixed error workbook can be imported again as it is.
ERROR_COLUMN = "错误"
SOURCE_ROW_COLUMN = "原行号"
IGNORED_HEADERS = {ERROR_COLUMN, SOURCE_ROW_COLUMN}


def header_key(text: str) -> str:
    """A header as compared: width-folded, lower case, without spaces, '_', '-' or a trailing '*'."""
    return re.sub(r"[\s_\-*：:]+", "", width_fold(text).lower())


_HEADERS: dict[str, str] = {}
for _column in COLUMNS:
    for _text in (_column.zh, _column.en, _column.key, *_column.aliases):
        _HEADERS[header_key(_text)] = _column.key


def column_for_header(text: str) -> str | None:
    """The column key a header names, or None when it names none."""
    return _HEADERS.get(header_key(text)) if text else None


def _choice_lookup(labels: dict[str, str], extra: dict[str, str] | None = None) -> dict[str, str]:
    lookup = {code: code for code in labels}
    lookup.update({label: code for code, label in labels.items()})
    lookup.update(extra or {})
    return lookup


CHOICES: dict[str, dict[str, str]] = {
    "kind": _choice_lookup(KIND_LABELS, {"企业": "company", "单位": "company", "个体": "person"}),
    "scale": _choice_lookup(SCALE_LABELS, {"微": "micro", "小": "small", "中": "medium", "大": "large"}),
    "source": _choice_lookup(SOURCE_LABELS, {"网站": "web", "介绍": "referral", "开票": "invoice"}),
    "interest": _choice_lookup(INTEREST_LABELS, {"大": "high", "中": "medium", "低": "low", "高": "high",
                                                 "死线索": "none"}),
}
DEFAULTS = {"kind": "company", "scale": "", "source": "other", "interest": "medium"}
CHOICE_MESSAGES = {
    "kind": "Use 公司 or 个人 (company, person).",
    "scale": "Use 微型, 小型, 中型, 大型 (micro, small, medium, large) or leave it empty.",
    "source": "Use 来访, 电话, 网络, 转介绍, 展会, 开票资料 or 其他 (visit, phone, web, referral, exhibition, "
              "invoice, other).",
    "interest": "Use 很大, 一般, 小 or 无 (high, medium, low, none).",
}


def choice_code(key: str, text: str) -> str | None:
    """The code for a choice column's cell (empty -> the default); None when the word is unknown."""
    text = width_fold(text).strip()
    if not text:
        return DEFAULTS[key]
    return CHOICES[key].get(text) or CHOICES[key].get(text.lower())


TAG_SEPARATORS = re.compile(r"[,，、;；]")


def split_tags(text: str) -> list[str]:
    """Tags as typed in one cell, separated by commas (either width), 、 or semicolons."""
    return [t.strip() for t in TAG_SEPARATORS.split(text) if t.strip()]
