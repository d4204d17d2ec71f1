"""Schema step 10: covering indexes for the KPIs of a year (reports.kpi) on a large database, so the
target screen, the target-vs-actual report and the performance report read narrow indexes instead
of the wide rows of a year's orders, payments and follow-ups.

- `sales_order_state_sign_date_salesperson_id_net_total`: revenue and order counts (deal_figures)
  of a revenue state between two sign dates, in (sign_date, salesperson) order, so the grouping by
  day and salesperson needs no sort and no order row.
- `payment_pay_date_order_id_amount`: collected (回款额), the payments of a period with their order
  and amount, without reading the payment rows.
- `follow_up_at_user_id`: follow-ups counted per user in a period, without the follow-up rows.
- `opportunity_stage_closed_at_owner_id_created_at`: win rate and sales cycle, the opportunities
  won or lost in a period with their owner and creation time.

Plain indexes: the same statements on SQLite and PostgreSQL.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

INDEXES = (
    ("sales_order_state_sign_date_salesperson_id_net_total", "sales_order",
     "state, sign_date, salesperson_id, net_total"),
    ("payment_pay_date_order_id_amount", "payment", "pay_date, order_id, amount"),
    ("follow_up_at_user_id", "follow_up", '"at", user_id'),
    ("opportunity_stage_closed_at_owner_id_created_at", "opportunity", "stage, closed_at, owner_id, created_at"),
)


def apply(database: Database, migrator: SchemaMigrator) -> None:
    for name, table, columns in INDEXES:
        database.execute_sql(f"CREATE INDEX {name} ON {table} ({columns})")
