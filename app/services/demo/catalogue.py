"""The demo product catalogue: product lines, about 200 products and the bundles (产品组合) made of
them, as a small industrial supplier in Shanghai would sell them.

List prices here are the catalogue's base prices in yuan; products.py turns them into the
stored products (a small seeded variation, floor prices, a few discontinued ones).
"""

from __future__ import annotations

from typing import NamedTuple

GOODS_TAX, SERVICE_TAX = "13", "6"  # VAT %: goods and software licences, services and subscriptions


class CatalogueItem(NamedTuple):
    """One product as the catalogue describes it."""

    line: str
    code: str
    name: str
    unit: str
    price: float  # yuan, before products.nice_price
    tax_rate: str


def _items(line: str, tax: str, rows) -> list[CatalogueItem]:
    return [CatalogueItem(line, code, name, unit, price, tax) for code, name, unit, price in rows]


_FASTENERS = [
    *[(f"LS-M{d}-{n}", f"内六角圆柱头螺钉 304不锈钢 M{d}×{n}", "盒", 8 + d * d * n * 0.012)
      for d, n in ((4, 10), (5, 12), (6, 16), (6, 20), (8, 25), (8, 30), (10, 35), (12, 40))],
    *[(f"LB-M{d}-{n}", f"六角头螺栓 8.8级镀锌 M{d}×{n}", "盒", 6 + d * d * n * 0.008)
      for d, n in ((8, 40), (10, 50), (12, 60), (16, 80), (20, 100))],
    *[(f"LM-M{d}", f"六角螺母 304不锈钢 M{d}", "盒", 5 + d * d * 0.22) for d in (6, 8, 10, 12)],
    *[(f"DQ-M{d}", f"平垫圈 304不锈钢 M{d}", "盒", 3 + d * d * 0.09) for d in (6, 8, 10)],
    *[(f"TL-M{d}", f"弹簧垫圈 65Mn M{d}", "盒", 3 + d * d * 0.07) for d in (8, 12)],
    *[(f"PZ-M{d}-{n}", f"膨胀螺栓 M{d}×{n}", "个", 0.6 + d * n * 0.004) for d, n in ((10, 100), (12, 120), (16, 150))],
    ("MS-M8", "化学锚栓 M8 套装", "套", 6.8),
]
_HYDRAULICS = [
    *[(f"YG-HOB{b}-{s}", f"重型液压油缸 HOB{b}×{s}", "支", 300 + b * b * 0.25 + s * 1.2)
      for b, s in ((40, 100), (50, 150), (63, 200), (80, 250), (100, 300), (125, 400))],
    *[(f"YB-CBN-E{n}", f"齿轮泵 CBN-E{n}", "台", 380 + n * 0.3) for n in (306, 310, 316, 320)],
    *[(f"YB-A10-{n}", f"变量柱塞泵 A10VSO{n}", "台", 4800 + n * 130) for n in (28, 45, 71)],
    *[(f"YF-4WE6{x}", f"电磁换向阀 4WE6{x}", "个", p) for x, p in (("D", 420), ("E", 460), ("J", 480))],
    *[(f"YF-DBDS{n}", f"直动式溢流阀 DBDS{n}", "个", p) for n, p in ((6, 380), (10, 560))],
    *[(f"YF-DRV{n}", f"单向节流阀 DRV{n}", "个", p) for n, p in ((8, 168), (12, 236))],
    *[(f"YJ-DN{n}", f"高压液压胶管总成 DN{n}", "根", 60 + n * 9) for n in (10, 16, 25)],
    *[(f"YZ-{k}", f"液压站 {k}kW", "套", p) for k, p in (("5.5", 18000), ("11", 32000))],
    ("YX-46", "抗磨液压油 L-HM46 (200升)", "桶", 2680),
]
_CONTROLS = [
    *[(f"DK-PLC{n}", f"PLC 控制器 CPU {n}C", "台", p) for n, p in ((1212, 4200), (1214, 6800), (1215, 7900))],
    ("DK-EM16DI", "数字量扩展模块 16DI", "个", 1450), ("DK-EM16DO", "数字量扩展模块 16DO", "个", 1580),
    ("DK-EM4AI", "模拟量扩展模块 4AI", "个", 2200),
    *[(f"DK-HMI{n}", f"工业触摸屏 {n}寸", "台", p) for n, p in ((7, 2600), (10, 4200), (15, 7800))],
    *[(f"DK-VF{k}K", f"通用变频器 {k}kW", "台", p)
      for k, p in (("0.75", 1250), ("2.2", 1980), ("5.5", 3600), ("11", 6200), ("22", 11500))],
    *[(f"DK-KM{a:02d}", f"交流接触器 {a}A", "个", p) for a, p in ((9, 85), (18, 128), (32, 236), (65, 520))],
    *[(f"DK-QF{a}", f"小型断路器 3P {a}A", "个", p) for a, p in ((16, 96), (32, 128), (63, 210))],
    ("DK-KA24", "中间继电器 24VDC 带底座", "个", 36),
    *[(f"DK-PS{a}", f"导轨式开关电源 24V {a}A", "个", p) for a, p in ((5, 168), (10, 268))],
    ("DK-CAB", "电气控制柜 (按图定制)", "台", 28000),
]
_SENSORS = [
    *[(f"CG-PR{n}", f"电感式接近开关 M{n}", "个", p) for n, p in ((12, 68), (18, 86), (30, 128))],
    ("CG-PE-D", "漫反射光电开关", "个", 120), ("CG-PE-T", "对射式光电开关", "个", 260),
    *[(f"CG-PT{n}", f"压力变送器 0-{m}MPa", "个", p) for n, m, p in (("01", 1, 680), ("10", 10, 720), ("40", 40, 860))],
    ("CG-TT100", "温度变送器 PT100 4-20mA", "个", 420),
    *[(f"CG-RTD{n}", f"铂热电阻 PT100 L={n}mm", "支", p) for n, p in ((100, 85), (200, 96))],
    *[(f"CG-FM{n}", f"电磁流量计 DN{n}", "台", p) for n, p in ((25, 4800), (50, 5600), (100, 7900))],
    *[(f"CG-LU{n}", f"超声波液位计 {n}m", "台", p) for n, p in ((5, 3200), (10, 3800))],
    *[(f"CG-LC{n}", f"称重传感器 {w}", "个", p) for n, w, p in (("05", "500kg", 560), ("2T", "2t", 780))],
    ("CG-LX1000", "拉线位移传感器 1000mm", "个", 1150),
    *[(f"CG-EN{n}", f"增量型旋转编码器 {n}线", "个", p) for n, p in ((1024, 380), (2500, 460))],
    ("CG-VB01", "一体化振动变送器", "个", 1680), ("CG-HT01", "温湿度变送器 壁挂式", "个", 320),
]
_SOFTWARE = [
    ("RJ-MES-STD", "MES 生产管理系统 标准版", "套", 168000), ("RJ-MES-ENT", "MES 生产管理系统 企业版", "套", 380000),
    ("RJ-MES-USR", "MES 用户许可", "个", 3800), ("RJ-WMS-STD", "仓储管理系统 WMS 标准版", "套", 128000),
    ("RJ-WMS-PDA", "WMS 手持终端许可", "个", 2600),
    *[(f"RJ-SCADA-{n}", f"SCADA 组态软件 运行版 {p}点", "套", v) for n, p, v in
      (("1K", 1024, 9800), ("4K", 4096, 18800))],
    ("RJ-SCADA-DEV", "SCADA 组态软件 开发版", "套", 12000), ("RJ-EAM", "设备管理系统 EAM", "套", 86000),
    ("RJ-EMS", "能耗管理系统", "套", 98000), ("RJ-QMS", "质量追溯系统", "套", 120000),
    ("RJ-GW", "数据采集网关软件", "个", 1200),
]
_SUBSCRIPTIONS = [
    ("RJ-CLD-B", "工业云平台订阅 基础版", "年", 19800), ("RJ-CLD-P", "工业云平台订阅 专业版", "年", 49800),
    ("RJ-UPG", "软件年度升级服务", "年", 18000),
]
_SERVICES = [
    ("FW-INST", "现场安装调试", "人天", 1800), ("FW-ONSITE", "工程师驻场服务", "人月", 36000),
    ("FW-REMOTE", "远程技术支持", "次", 600), ("FW-MT-STD", "设备年度维保 标准版", "年", 12000),
    ("FW-MT-PRO", "设备年度维保 高级版", "年", 28000), ("FW-TRAIN", "操作培训", "人天", 2400),
    ("FW-IMPL", "MES 实施服务", "人天", 2200), ("FW-DESIGN", "系统集成方案设计", "项", 50000),
    ("FW-INSP", "设备巡检", "次", 1500), ("FW-REPAIR", "故障抢修", "次", 2800),
    ("FW-OIL", "液压系统清洗换油", "次", 4500), ("FW-CAL", "仪表标定校准", "台", 350),
    ("FW-ENERGY", "能效诊断评估", "项", 18000),
]
_PNEUMATICS = [
    *[(f"QD-SC{b}-{s}", f"标准气缸 SC{b}×{s}", "支", 160 + b * 7 + s * 0.6)
      for b, s in ((32, 50), (40, 100), (50, 100), (63, 150), (80, 200), (100, 200))],
    *[(f"QD-MAL{b}-{s}", f"迷你气缸 MAL{b}×{s}", "支", 70 + b * 2 + s * 0.3)
      for b, s in ((16, 50), (20, 75), (25, 100))],
    *[(f"QD-4V{n}", f"二位五通电磁阀 4V{n}", "个", p) for n, p in (("210-08", 85), ("310-10", 125), ("410-15", 198))],
    *[(f"QD-AC{n}", f"气源处理三联件 AC{n}000", "个", p) for n, p in ((2, 180), (3, 260), (4, 380))],
    *[(f"QD-PU{o}", f"PU 气管 {o}×{i}", "米", p) for o, i, p in ((8, 5, 3.2), (10, "6.5", 4.5), (12, 8, 6.8))],
    *[(f"QD-PC{n}", f"快插直通接头 PC{n}", "个", p) for n, p in (("8-02", 4.5), ("10-03", 6.2), ("12-04", 8.8))],
    ("QD-VS30", "真空吸盘 Φ30", "个", 28),
    *[(f"QD-KY{k}", f"螺杆式空压机 {k}kW", "台", p) for k, p in ((15, 38000), (37, 76000))],
    ("QD-LG3", "冷冻式干燥机 3m³/min", "台", 6800),
]
_CABLES = [
    *[(f"DL-YJV{a}", f"电力电缆 YJV 3×{a}+1×{b}", "米", p)
      for a, b, p in ((4, "2.5", 28), (10, 6, 58), (25, 16, 128), (50, 25, 236), (95, 50, 438))],
    *[(f"DL-KVVP{n}", f"控制电缆 KVVP {n}×1.5", "米", p) for n, p in ((4, 9.8), (7, 15.6), (10, 21), (19, 38))],
    *[(f"DL-RVVP{n}", f"屏蔽信号线 RVVP {n}×0.75", "米", p) for n, p in ((2, 3.6), (4, 5.8))],
    *[(f"DL-TRVV{n}", f"高柔性拖链电缆 TRVV {n}", "米", p) for n, p in (("4X10", 8.6), ("8X05", 11.8))],
    ("DL-CAT5E", "工业以太网线 超五类屏蔽", "米", 4.2), ("DL-CAT6", "工业以太网线 六类屏蔽", "米", 6.5),
    *[(f"DL-QJ{w}", f"镀锌槽式桥架 {w}×{h}", "米", p) for w, h, p in ((200, 100, 86), (300, 150, 138))],
    ("DL-ENC5", "编码器连接电缆 5米", "根", 260), ("DL-LS3", "冷缩电缆终端头 三芯", "套", 180),
]
_TOOLS = [
    *[(f"GJ-NB{n}", f"数显扭力扳手 {r}N·m", "把", p) for n, r, p in ((60, "5-60", 680), (200, "20-200", 980))],
    ("GJ-LJ9", "内六角扳手套装 9件", "套", 68), ("GJ-DS01", "电动螺丝刀", "把", 460),
    ("GJ-CJ18", "锂电冲击扳手 18V", "台", 1280), ("GJ-WYB", "数字万用表", "台", 380),
    ("GJ-QXB", "钳形电流表", "台", 520), ("GJ-CWY", "红外测温仪", "台", 460),
    ("GJ-CJY50", "激光测距仪 50m", "台", 360), ("GJ-QXY18", "水溶性切削液 18升", "桶", 560),
    ("GJ-RHZ15", "锂基润滑脂 15kg", "桶", 420), ("GJ-FXJ", "防锈润滑剂 400ml", "瓶", 32),
    ("GJ-SGJ243", "螺纹锁固胶 243 50ml", "支", 65), ("GJ-ZD200", "尼龙扎带 4×200 (1000根)", "包", 26),
    ("GJ-JYJD", "PVC 绝缘胶带", "卷", 4.5), ("GJ-RSG", "热缩管套装", "盒", 48),
    ("GJ-FGST", "防割劳保手套", "双", 18), ("GJ-AQM", "ABS 安全帽", "顶", 36),
    ("GJ-FHYJ", "防护眼镜", "副", 22), ("GJ-GJG5", "五抽工具柜", "台", 2600),
    ("GJ-HXS08", "焊锡丝 0.8mm 500g", "卷", 128), ("GJ-SLP100", "树脂砂轮片 Φ100", "片", 3.8),
    ("GJ-ZT19", "高速钢麻花钻头套装 19件", "套", 158), ("GJ-YBKC150", "游标卡尺 0-150mm", "把", 186),
    ("GJ-QFC25", "外径千分尺 0-25mm", "把", 268),
]

CATALOGUE: list[CatalogueItem] = [
    *_items("紧固件", GOODS_TAX, _FASTENERS), *_items("液压元件", GOODS_TAX, _HYDRAULICS),
    *_items("电气控制", GOODS_TAX, _CONTROLS), *_items("传感器", GOODS_TAX, _SENSORS),
    *_items("工业软件", GOODS_TAX, _SOFTWARE), *_items("工业软件", SERVICE_TAX, _SUBSCRIPTIONS),
    *_items("技术服务", SERVICE_TAX, _SERVICES), *_items("气动元件", GOODS_TAX, _PNEUMATICS),
    *_items("线缆桥架", GOODS_TAX, _CABLES), *_items("工具耗材", GOODS_TAX, _TOOLS),
]
PRODUCT_LINES = tuple(dict.fromkeys(item.line for item in CATALOGUE))

# bundle name -> [(product code, quantity)]
BUNDLES = {
    "小型液压站配套": [("YZ-5.5", "1"), ("YF-4WE6D", "2"), ("YF-DBDS6", "1"), ("YJ-DN16", "4")],
    "产线自动化控制包": [("DK-PLC1214", "1"), ("DK-EM16DI", "2"), ("DK-HMI10", "1"), ("DK-PS5", "1"),
                         ("FW-INST", "3")],
    "风机水泵变频改造包": [("DK-VF22K", "1"), ("DK-QF63", "1"), ("DK-KM65", "1"), ("FW-INST", "2")],
    "MES 入门套餐": [("RJ-MES-STD", "1"), ("RJ-MES-USR", "10"), ("FW-IMPL", "20"), ("FW-TRAIN", "2")],
    "仓储数字化套餐": [("RJ-WMS-STD", "1"), ("RJ-WMS-PDA", "5"), ("FW-IMPL", "15")],
    "气动夹具配套": [("QD-SC50-100", "4"), ("QD-4V210-08", "4"), ("QD-AC3", "1"), ("QD-PU8", "50"),
                     ("QD-PC8-02", "20")],
    "能耗监测套餐": [("RJ-EMS", "1"), ("CG-FM50", "2"), ("RJ-GW", "4")],
    "设备年度维保套餐": [("FW-MT-STD", "1"), ("FW-INSP", "4"), ("FW-CAL", "10")],
}
