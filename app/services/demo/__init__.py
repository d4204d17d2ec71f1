"""A demo database: sample accounts in two teams, company settings and, on request, customers with
contacts, follow-ups, opportunities, a public pool and the front desk's visitor and call log over
the last 18 months.

Every demo account has the password `demo`, which is shorter than the rule for real accounts:
demo accounts are created here directly, not through `users.create_user`.

`create_demo(seed, customers=N)` is deterministic for a seed (the same names and numbers every
time; dates count back from today). Customers are written with the database driver's batch
insert in the same transaction as the accounts (100,000 customers with ~200,000 contacts take
well under a minute on SQLite, with a million follow-ups about two), then the search index is
rebuilt once. See follow_ups.py for the customers' histories and pool clocks, pipeline.py for the
opportunities. With customers come the product catalogue (products.py), quotations in every
state for about one customer in ten (quotations.py) and orders over the same 18 months, from
accepted quotations and direct, with payment plans, shipments, returns and payments (orders.py).
Then the manager's sales targets for last year and this year (targets.py), three commission rules
and the monthly commission statements of the last months, approved and paid but the latest
(commissions.py), all through the services.

`DEMO_SCALES["large"]` (`salesdesk demo --scale large`) is the volume test: 100,000 customers,
300,000 orders with 1,000,000 lines and their shipments and payments, in a few minutes on SQLite;
it settles only the last DEMO_STATEMENT_MONTHS["large"] months' commission.
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
RECEPTION_ROTATION = ("sales1", "sales2", "sales5", "sales6")  # on reception duty, in turn


@dataclass(frozen=True)
class DemoSummary:
    """What `create_demo` made."""

    users: int
    teams: int
    customers: int = 0
    contacts: int = 0
    follow_ups: int = 0
    opportunities: int = 0
    visits: int = 0
    calls: int = 0
    products: int = 0
    quotations: int = 0
    orders: int = 0
    order_lines: int = 0
    shipments: int = 0
    payments: int = 0
    targets: int = 0
    commission_rules: int = 0
    statements: int = 0
    statements_approved: int = 0
    statements_paid: int = 0


DEMO_CUSTOMERS = 2000  # what `salesdesk demo` and `gui --demo` create unless told otherwise
# --scale: customers, orders and order lines (None: the generators' usual share per customer)
DEMO_SCALES: dict[str, tuple[int, int | None, int | None]] = {"normal": (DEMO_CUSTOMERS, None, None),
                                                              "large": (100_000, 300_000, 1_000_000)}
# --scale: how many recent months get commission statements (None: October of last year on)
DEMO_STATEMENT_MONTHS: dict[str, int | None] = {"normal": None, "large": 3}


def create_demo(seed: int = 1, customers: int = 0, follow_ups: int | None = None, orders: int | None = None,
                order_lines: int | None = None, statement_months: int | None = None) -> DemoSummary:
    """Fill an empty database with the demo accounts, teams and settings and `customers` customers
    with their history (0: accounts only); refuses a used database. All in one transaction.
    `follow_ups` is how many follow-ups to make in all (None: about 2.6 a customer); the
    histories give at least one to most customers, so a much smaller number is exceeded.
    `orders` and `order_lines` are how many orders and lines in all (None: about 0.6 orders a
    customer, 3.3 lines an order); lines must be 1 to 12 per order. With customers come targets,
    commission rules and statements: `statement_months` is how many recent months are settled
    (None: October of last year up to last month)."""
    if customers < 0:
        raise ValueError("customers must be 0 or more")
    if follow_ups is not None and follow_ups < 0:
        raise ValueError("follow_ups must be 0 or more")
    if orders is not None and order_lines is not None and not orders <= order_lines <= 12 * orders:
        raise ValueError("order lines must be between one and twelve per order")
    rng = random.Random(seed)
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
        settings: dict[str, object] = {
            "company_name": "上海示例科技有限公司",
            "company_address": "上海市浦东新区张江路 88 号",
            "company_phone": "021-5888 6666",
            "demo": True,
        }
        summary = DemoSummary(users=len(users), teams=len(teams))
        if customers:
            # imported here: the login dialog imports this module for DEMO_ACCOUNTS at start-up
            from app.services.demo.commissions import fill_commissions
            from app.services.demo.history import demo_staff, fill_customers, fill_sales
            from app.services.demo.targets import fill_targets

            staff = demo_staff(users, DEMO_TEAMS, RECEPTION_ROTATION)
            settings["reception_rotation"] = list(staff.rotation)
            made = fill_customers(rng, staff, customers, follow_ups)
            made |= fill_sales(seed, users, customers, orders, order_lines)
            manager = next(u for u in users if u.username == "manager")
            targets = fill_targets(seed, manager)
            commissions = fill_commissions(manager, months=statement_months)
            summary = DemoSummary(users=len(users), teams=len(teams), customers=customers, **made,
                                  targets=targets, commission_rules=commissions.rules,
                                  statements=commissions.statements, statements_approved=commissions.approved,
                                  statements_paid=commissions.paid)
        audit.record(admin, "database", "demo", "create",
                     {"seed": (None, seed), "customers": (None, customers), "products": (None, summary.products),
                      "quotations": (None, summary.quotations), "orders": (None, summary.orders),
                      "order_lines": (None, summary.order_lines)})
        update_settings(admin, settings, system=True)
    return summary
