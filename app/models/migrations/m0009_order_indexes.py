"""Schema step 9: indexes for the order list and the receivables on a large database.

- `sales_order_sign_date_id`: the order list's default order (newest sign date, then id), so its
  first page is read from the index instead of sorting every order.
- `sales_order_owing`: a partial index holding only the orders still owing (paid_total < total),
  with the columns the receivables need, so aging reads those instead of every open order
  (`services.receivables.owing_condition` writes its condition so that the planner picks it). Partial, so
  it is declared here only (like customer_recycle), not in the model's Meta.
- `payment_instalment_order_id_due_date_amount`: the instalments of an order with their due dates
  and amounts, read without touching the table.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator


def apply(database: Database, migrator: SchemaMigrator) -> None:
    database.execute_sql('CREATE INDEX sales_order_sign_date_id ON sales_order (sign_date, id)')
    database.execute_sql('CREATE INDEX sales_order_owing ON sales_order '
                         '(id, customer_id, salesperson_id, state, total, paid_total) WHERE paid_total < total')
    database.execute_sql('CREATE INDEX payment_instalment_order_id_due_date_amount '
                         'ON payment_instalment (order_id, due_date, amount)')
