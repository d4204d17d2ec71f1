"""Provinces, cities, telephone area codes, districts and streets for demo customers.

A customer's `region` is the province (上海, 江苏 ...: the words the salespeople's tags use),
`city` the city, and its landlines start with that city's real area code (021-, 0512- ...).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A city with its area code, the length of its local numbers and some districts."""

    province: str
    name: str
    area_code: str
    local_digits: int
    districts: tuple[str, ...]


GENERIC_DISTRICTS = ("高新区", "经济技术开发区", "工业园区", "新区")

# province -> [(city, area code, local number length, districts or () for the generic ones)]
_CITIES: dict[str, list[tuple[str, str, int, tuple[str, ...]]]] = {
    "上海": [
        ("上海", "021", 8, ("浦东新区", "闵行区", "徐汇区", "嘉定区", "松江区", "青浦区", "宝山区", "静安区")),
    ],
    "北京": [
        ("北京", "010", 8, ("朝阳区", "海淀区", "丰台区", "大兴区", "顺义区", "昌平区")),
    ],
    "天津": [
        ("天津", "022", 8, ("滨海新区", "西青区", "津南区", "武清区")),
    ],
    "重庆": [
        ("重庆", "023", 8, ("渝北区", "江北区", "九龙坡区", "沙坪坝区")),
    ],
    "江苏": [
        ("南京", "025", 8, ("江宁区", "鼓楼区", "建邺区", "浦口区")),
        ("苏州", "0512", 8, ("工业园区", "吴中区", "相城区", "昆山市")),
        ("无锡", "0510", 8, ("新吴区", "滨湖区", "江阴市")),
        ("常州", "0519", 8, ("武进区", "新北区")),
        ("南通", "0513", 8, ()),
        ("扬州", "0514", 8, ()),
        ("徐州", "0516", 8, ()),
    ],
    "浙江": [
        ("杭州", "0571", 8, ("滨江区", "余杭区", "西湖区", "萧山区")),
        ("宁波", "0574", 8, ("鄞州区", "北仑区", "慈溪市")),
        ("温州", "0577", 8, ("鹿城区", "瑞安市", "乐清市")),
        ("嘉兴", "0573", 8, ()),
        ("绍兴", "0575", 8, ()),
        ("金华", "0579", 8, ("义乌市", "婺城区")),
        ("台州", "0576", 8, ()),
    ],
    "安徽": [
        ("合肥", "0551", 8, ("蜀山区", "包河区")),
        ("芜湖", "0553", 7, ()),
    ],
    "山东": [
        ("济南", "0531", 8, ("历下区", "槐荫区")),
        ("青岛", "0532", 8, ("黄岛区", "城阳区", "崂山区")),
        ("烟台", "0535", 7, ()),
        ("潍坊", "0536", 7, ()),
    ],
    "福建": [
        ("福州", "0591", 8, ("鼓楼区", "仓山区")),
        ("厦门", "0592", 7, ("思明区", "湖里区", "集美区")),
        ("泉州", "0595", 8, ("晋江市", "石狮市", "丰泽区")),
        ("漳州", "0596", 7, ()),
    ],
    "广东": [
        ("广州", "020", 8, ("天河区", "白云区", "番禺区", "黄埔区")),
        ("深圳", "0755", 8, ("南山区", "福田区", "宝安区", "龙岗区")),
        ("东莞", "0769", 8, ("长安镇", "虎门镇", "松山湖")),
        ("佛山", "0757", 8, ("顺德区", "南海区", "禅城区")),
        ("珠海", "0756", 7, ("香洲区", "金湾区")),
        ("中山", "0760", 8, ()),
        ("惠州", "0752", 7, ()),
        ("汕头", "0754", 8, ()),
    ],
    "广西": [
        ("南宁", "0771", 7, ("青秀区", "西乡塘区")),
        ("柳州", "0772", 7, ()),
        ("桂林", "0773", 7, ()),
    ],
    "海南": [
        ("海口", "0898", 8, ("龙华区", "美兰区")),
        ("三亚", "0898", 8, ("吉阳区", "天涯区")),
    ],
    "湖北": [
        ("武汉", "027", 8, ("东湖高新区", "江汉区", "洪山区", "汉阳区")),
        ("宜昌", "0717", 7, ()),
    ],
    "湖南": [
        ("长沙", "0731", 8, ("岳麓区", "雨花区", "开福区")),
        ("株洲", "0731", 8, ()),
    ],
    "四川": [
        ("成都", "028", 8, ("高新区", "武侯区", "锦江区", "双流区")),
        ("绵阳", "0816", 7, ()),
    ],
    "河南": [
        ("郑州", "0371", 8, ("金水区", "二七区", "郑东新区")),
        ("洛阳", "0379", 8, ()),
    ],
    "河北": [
        ("石家庄", "0311", 8, ("长安区", "裕华区")),
        ("唐山", "0315", 7, ()),
    ],
    "陕西": [
        ("西安", "029", 8, ("雁塔区", "未央区", "高新区")),
    ],
    "辽宁": [
        ("沈阳", "024", 8, ("和平区", "浑南区")),
        ("大连", "0411", 8, ("甘井子区", "金州区")),
    ],
    "江西": [
        ("南昌", "0791", 8, ("红谷滩区", "青山湖区")),
    ],
}
MUNICIPALITIES = {"上海", "北京", "天津", "重庆"}
AUTONOMOUS = {"广西": "广西壮族自治区"}

# How many customers come from each province: the company sits in Shanghai and sells mostly in
# the east (team 华东) and the south (team 华南).
REGION_WEIGHTS = {
    "上海": 16, "江苏": 14, "浙江": 12, "安徽": 3, "山东": 5, "广东": 16, "福建": 6, "广西": 3, "海南": 1,
    "北京": 5, "天津": 2, "重庆": 2, "湖北": 3, "湖南": 2, "四川": 3, "河南": 2, "河北": 1, "陕西": 2,
    "辽宁": 1, "江西": 1,
}
# Which sales team covers which provinces (index into DEMO_TEAMS); the rest is shared.
TEAM_REGIONS = {0: {"上海", "江苏", "浙江", "安徽", "山东"}, 1: {"广东", "福建", "广西", "海南"}}

CITIES: dict[str, tuple[City, ...]] = {
    province: tuple(City(province, name, code, digits, districts or GENERIC_DISTRICTS)
                    for name, code, digits, districts in cities)
    for province, cities in _CITIES.items()
}

STREETS = ("人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "科技路", "创业路", "工业大道", "长江路",
           "黄河路", "延安路", "世纪大道", "高新大道", "发展大道", "文化路", "滨江路", "学府路", "春晓路",
           "金桥路", "振兴路", "团结路", "光明路", "迎宾大道", "胜利路", "花园路")


def address_of(city: City, district: str, street: str, number: int) -> str:
    """A postal address: 江苏省苏州市工业园区星湖街 328 号 style (municipalities without 省)."""
    if city.province in MUNICIPALITIES:
        return f"{city.name}市{district}{street}{number}号"
    province = AUTONOMOUS.get(city.province, city.province + "省")
    return f"{province}{city.name}市{district}{street}{number}号"
