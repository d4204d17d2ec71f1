"""The columns of the historical orders file (合同导入) and the words of its 状态 column.

One row is one order line. The order's columns (合同编号 … 备注) are given on its first row and may
be repeated, the same, or left empty on its further rows; the line's columns (产品编号 … 已发货数量)
are given on every row.
"""

from __future__ import annotations

from app.services.customer_import_columns import ImportColumn
from app.services.historical_import import column_lookup
from app.services.normalize import width_fold

COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("number", "合同编号", "order number",
                 "可留空：按签约月份自动编号 SO-YYYYMM-NNNN。填写则原样保留，不可与已有合同重复；"
                 "编号相同的行是同一合同的各行。"
                 "合同编号和客户都留空的行，接续上一行的合同。",
                 aliases=("订单编号", "合同号", "订单号", "number", "order no")),
    ImportColumn("customer", "客户", "customer", "客户编号或完整名称，必须是已有客户。",
                 aliases=("客户名称", "客户编号", "customer name", "customer code"), required=True),
    ImportColumn("salesperson", "销售", "salesperson", "销售的用户名或姓名，必填（已停用的员工也可以）。",
                 aliases=("销售员", "业务员", "销售人员", "签约销售", "负责人"), required=True),
    ImportColumn("sign_date", "签约日期", "sign date", "日期，如 2025-03-10，必填。",
                 aliases=("签订日期", "合同日期", "订单日期", "order date", "date"), required=True),
    ImportColumn("state", "状态", "state",
                 "已确认、已发货、已结案 或 已作废；空 = 已确认（按已发货数量变为部分发货或已发货）。",
                 aliases=("合同状态", "订单状态", "status")),
    ImportColumn("start_date", "开始日期", "start date", "服务合同的开始日期，可留空。", aliases=("起始日期",)),
    ImportColumn("end_date", "结束日期", "end date", "服务合同的结束日期，可留空，不早于开始日期。",
                 aliases=("到期日期", "截止日期")),
    ImportColumn("order_total", "价税合计", "order total",
                 "可留空；填写时必须等于各行按数量×单价×(1−折扣)再加税算出的合计（核对用，不直接采用）。",
                 aliases=("合同金额", "合同总额", "订单金额", "total")),
    ImportColumn("notes", "备注", "notes", "合同备注。", aliases=("note", "remarks")),
    ImportColumn("product_code", "产品编号", "product code", "已有产品的编号；留空时必须填写品名。",
                 aliases=("产品编码", "货号", "物料编号")),
    ImportColumn("description", "品名", "description", "该行的说明；留空 = 产品名称。",
                 aliases=("产品名称", "描述", "摘要", "品名规格")),
    ImportColumn("quantity", "数量", "quantity", "大于 0，最多三位小数，必填。", aliases=("qty",), required=True),
    ImportColumn("unit", "单位", "unit", "计量单位；留空 = 产品的单位。"),
    ImportColumn("unit_price", "单价", "unit price", "不含税单价（元），最多两位小数，必填。",
                 aliases=("不含税单价", "price"), required=True),
    ImportColumn("discount", "折扣%", "discount", "折扣百分比 0 到 100，如 5 或 5%；空 = 0。",
                 aliases=("折扣", "discount %")),
    ImportColumn("tax_rate", "税率%", "tax rate", "税率百分比；空 = 产品的税率，无产品时 13。",
                 aliases=("税率", "tax")),
    ImportColumn("line_net", "不含税金额", "net amount",
                 "可留空；填写时必须等于 数量×单价×(1−折扣) 四舍五入到分（核对用）。",
                 aliases=("金额", "行金额", "net")),
    ImportColumn("shipped", "已发货数量", "shipped quantity",
                 "可留空，不大于数量。已发货、已结案的合同留空 = 全部已发货；已作废的合同不能有发货。",
                 aliases=("发货数量", "已发数量", "shipped")),
)
ORDER_KEYS = ("number", "customer", "salesperson", "sign_date", "state", "start_date", "end_date",
              "order_total", "notes")
DATE_KEYS = frozenset({"sign_date", "start_date", "end_date"})
column_for_header = column_lookup(COLUMNS)
ANCHOR = "customer"
ANCHOR_LABEL = "客户 (customer)"

# "open" follows the shipped quantities: confirmed, partially shipped or shipped
STATE_WORDS = {"confirmed": "open", "已确认": "open", "确认": "open", "执行中": "open", "partially_shipped": "open",
               "部分发货": "open", "shipped": "shipped", "已发货": "shipped", "发货": "shipped", "closed": "closed",
               "已结案": "closed", "结案": "closed", "已完成": "closed", "cancelled": "cancelled",
               "已作废": "cancelled", "作废": "cancelled", "已取消": "cancelled"}
STATE_MESSAGE = "Use 已确认, 已发货, 已结案 or 已作废 (confirmed, shipped, closed, cancelled)."


def state_word(text: str) -> str | None:
    """open, shipped, closed or cancelled for a 状态 cell (empty -> open); None when unknown."""
    text = width_fold(text).strip()
    return STATE_WORDS.get(text.lower() if text else "confirmed")
