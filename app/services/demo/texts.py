"""Chinese sentences for demo follow-ups, visits, calls and customer notes.

`{p}` is a product, `{c}` the contact's name, `{n}` a small number, `{m}` a month.
"""

from __future__ import annotations

import random

from app.services.demo.names import PRODUCTS

FOLLOW_UP_KINDS = (("call", 40), ("wechat", 20), ("visit", 15), ("meeting", 10), ("email", 10), ("other", 5))

FOLLOW_UP_TEXTS = {
    "call": ("电话联系{c}，了解{p}的采购计划，预计{m}月份下单。", "回访{c}，对方表示正在比价，下周再联系。",
             "电话沟通报价细节，客户希望单价再降{n}%。", "{c}来电咨询{p}的交货期，已答复约{n}周。",
             "电话确认{p}的技术参数，客户要求提供检测报告。", "致电{c}未接通，已发短信说明来意。"),
    "wechat": ("微信发送{p}案例资料，{c}已读，说内部讨论后回复。", "微信沟通付款方式，客户倾向月结{n}0天。",
               "微信发送新版报价单，{c}转给了采购部。", "{c}微信询问{p}能否提供样品试用。"),
    "visit": ("拜访客户公司，与{c}面谈{p}需求，参观了生产线。", "上门演示{p}，客户技术部反馈良好。",
              "到客户现场了解旧设备使用情况，{c}有更换{p}的意向。", "陪同技术工程师到客户现场调试{p}。"),
    "meeting": ("与客户采购和技术负责人开会，确认{p}技术参数。", "参加客户季度供应商会议，介绍{p}新品。",
                "视频会议讨论{p}合作方案，客户要求{m}月前给出正式方案。"),
    "email": ("邮件发送{p}产品资料和报价单。", "邮件确认样品寄送地址，{c}已回复。",
              "邮件发送合同草稿，等待客户法务审核。"),
    "other": ("寄送{p}样品{n}件，快递单号已告知{c}。", "展会上与{c}简单交流，交换了名片。",
              "客户来我司参观展厅，介绍了{p}。"),
}
NEXT_ACTIONS = ("发送正式报价", "安排技术交流", "寄送样品", "约见采购负责人", "跟进付款进度", "确认合同条款",
                "回访使用情况", "邀请参观工厂", "提交方案书")

VISIT_PURPOSES = ("产品咨询", "商务洽谈", "参观展厅", "技术交流", "送样品", "签订合同", "售后问题", "索取资料")
SURVEY_PURPOSES = ("市场调查", "了解行业价格", "同行参观", "学生调研")
CALL_SUMMARIES = ("咨询{p}价格", "询问{p}交货期", "要求寄送{p}产品资料", "找负责的销售跟进报价",
                  "反映物流延误", "询问代理合作政策", "咨询{p}售后维修", "确认发票信息")
CALL_BACKS = ("回电告知{p}报价已发出", "通知{c}来取样品", "回访确认收货情况", "回电转告销售的拜访时间")
SURVEY_CALLS = ("市场调查公司电话访问", "同行询价", "问卷调查", "咨询行业数据")
NOTES = ("年采购额约{n}0万元，决策人是总经理。", "对价格敏感，注重售后服务。", "去年在展会上认识，有长期合作意向。",
         "需要开具增值税专用发票。", "采购流程较长，一般需要三家比价。", "老板是同乡会会员，{c}介绍。")


def fill(template: str, rng: random.Random, contact: str) -> str:
    """The template with a product, the contact, a number and a month put in."""
    return template.format(p=rng.choice(PRODUCTS), c=contact, n=rng.randint(2, 9), m=rng.randint(1, 12))
