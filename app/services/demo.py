"""A demo database: sample accounts in two teams and company settings (later areas add their data).

Every demo account has the password `demo`, which is shorter than the rule for real accounts:
demo accounts are created here directly, not through `users.create_user`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from app.models.base import db
from app.models.user import Team, User
from app.services import audit
from app.services.auth import hash_password
from app.services.settings import update_settings

DEMO_PASSWORD = "demo"

# username, display name, role, team index (None: no team), grade, tags, discount limit %
DEMO_ACCOUNTS = [
    ("admin", "系统管理员", "admin", None, "", "", "0"),
    ("manager", "王建国", "manager", None, "经理", "", "100"),
    ("sup1", "李红梅", "supervisor", 0, "主管", "华东,制造业", "20"),
    ("sup2", "陈志强", "supervisor", 1, "主管", "华南,零售", "20"),
    ("sales1", "张伟", "sales", 0, "高级", "上海,制造业", "10"),
    ("sales2", "刘洋", "sales", 0, "中级", "江苏,电子", "8"),
    ("sales3", "赵敏", "sales", 0, "中级", "浙江,化工", "8"),
    ("sales4", "孙磊", "sales", 0, "初级", "上海,物流", "5"),
    ("sales5", "周杰", "sales", 1, "高级", "广东,零售", "10"),
    ("sales6", "吴婷", "sales", 1, "中级", "福建,食品", "8"),
    ("sales7", "郑凯", "sales", 1, "中级", "广西,建材", "8"),
    ("sales8", "冯丽", "sales", 1, "初级", "海南,旅游", "5"),
    ("desk1", "林小雨", "frontdesk", None, "", "", "0"),
]
DEMO_TEAMS = ["华东销售组", "华南销售组"]


@dataclass(frozen=True)
class DemoSummary:
    users: int
    teams: int


def create_demo(seed: int = 1) -> DemoSummary:
    """Fill an empty database with the demo accounts, teams and settings; refuses a used database."""
    random.seed(seed)
    with db.atomic():
        if User.select().exists():
            raise RuntimeError("The database already has users; demo data goes into a new database.")
        teams = [Team.create(name=name) for name in DEMO_TEAMS]
        users = []
        for username, name, role, team, grade, tags, limit in DEMO_ACCOUNTS:
            users.append(User.create(
                username=username, display_name=name, role=role,
                team=teams[team] if team is not None else None, grade=grade, tags=tags,
                discount_limit=Decimal(limit), password_hash=hash_password(DEMO_PASSWORD),
            ))
        admin = users[0]
        audit.record(admin, "database", "demo", "create", {"seed": (None, seed)})
        update_settings(admin, {
            "company_name": "上海示例科技有限公司",
            "company_address": "上海市浦东新区张江路 88 号",
            "company_phone": "021-5888 6666",
            "demo": True,
        }, system=True)
    return DemoSummary(users=len(users), teams=len(teams))
