"""Run in a subprocess by orders_large.py; prints one JSON line.

    QT_QPA_PLATFORM=offscreen python -m bench.figures.orders_probe list DB_PATH
    QT_QPA_PLATFORM=offscreen python -m bench.figures.orders_probe open DB_PATH USERNAME ORDER_ID RUNS

- list: as the manager, from importing and building the orders screen (with the `refresh()` the
  main window calls when it opens a screen) to the end of the first paint of its table with rows;
  also in parts (build_ms, refresh_ms: salespeople, count and the model reset; paint_ms). As in the
  running app, the main window and the manager's start screen (the workbench) are imported before.
- open: the order window (OrderView) on ORDER_ID as USERNAME, from its construction (the order,
  lines, plan, payments, shipments and history read) to the end of the first paint of the line
  table and the total/paid/balance labels; one untimed opening first, then RUNS timed ones.
"""

from __future__ import annotations

import json
import sys
import time
from importlib import import_module

from PySide6.QtWidgets import QApplication

from bench.figures.customer_list_probe import PaintWatch, wait_for


def _app(db_path: str):
    from app.models.connection import open_database
    from app.views.i18n import apply_cjk_font

    app = QApplication.instance() or QApplication([])
    apply_cjk_font(app)
    open_database(db_path)
    return app


def order_list(db_path: str) -> dict:
    from app.models.user import User
    from app.views.context import AppContext

    app = _app(db_path)
    import_module("app.views.main_window")  # what the running app has loaded when 合同 is clicked
    import_module("app.views.screens.workbench")
    context = AppContext(user=User.get(User.username == "manager"), database_label=db_path)
    watch = PaintWatch()
    started = time.perf_counter()
    screen = import_module("app.views.screens.orders").OrdersScreen(context)
    screen.table.viewport().installEventFilter(watch)
    screen.resize(1280, 800)
    screen.show()
    built = time.perf_counter()
    screen.refresh()
    refreshed = time.perf_counter()
    before = watch.paints
    wait_for(app, lambda: watch.paints > before)
    first_page_ms = (time.perf_counter() - started) * 1000
    rows = screen.model.rowCount()
    if rows == 0 or screen.model.row_at(0) is None:
        raise RuntimeError("the list shows no orders")
    return {"first_page_ms": first_page_ms, "rows": rows, "build_ms": (built - started) * 1000,
            "refresh_ms": (refreshed - built) * 1000, "paint_ms": first_page_ms - (refreshed - started) * 1000}


def order_window(db_path: str, username: str, order_id: int, runs: int) -> dict:
    from app.models.user import User
    from app.views.orders.order_view import OrderView
    from bench.figures.workbench_probe import PaintWatch as SetWatch

    app = _app(db_path)
    user = User.get(User.username == username)

    def open_once() -> tuple[float, int]:
        started = time.perf_counter()
        view = OrderView(user, None, order_id)
        watch = SetWatch()
        targets = [view.tabs.lines_table.viewport(), *view.money]
        for target in targets:
            target.installEventFilter(watch)
        view.show()
        wait_for(app, lambda: all(t in watch.painted for t in targets), 60)
        elapsed = (time.perf_counter() - started) * 1000
        lines = view.tabs.lines_table.table_model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
        return elapsed, lines

    first, lines = open_once()
    opens = [open_once()[0] for _ in range(runs)]
    return {"first_open_ms": first, "open_ms": opens, "lines": lines}


if __name__ == "__main__":
    if sys.argv[1] == "list":
        result = order_list(sys.argv[2])
    else:
        result = order_window(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    print(json.dumps(result), flush=True)
