"""Run in a subprocess by customer_list.py: open the customer list on a database, print one JSON line.

    QT_QPA_PLATFORM=offscreen python -m bench.figures.customer_list_probe DB_PATH

Measures, for the manager (every customer):
- `first_page_ms`: from importing and building the customers screen to the end of the first
  paint that shows rows (what opening 客户 costs; Qt and the database are already up, as in the
  running app), also in parts: import_ms, build_ms, refresh_ms (filter choices, owner list,
  count) and paint_ms (first block read and painted);
- `scroll_end_ms`: from `scrollToBottom()` to the end of the paint showing the last row (its
  block read from the database);
- `rss_mb`: the process's resident memory with the list open, after both.
"""

from __future__ import annotations

import json
import sys
import time
from importlib import import_module

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from bench.figures.memory import resident_mb


class PaintWatch(QObject):
    """Counts the paint events of a widget (the table's viewport) that happen after `arm()`."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False



def wait_for(app: QApplication, done, timeout_s: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not paint in time")


def main(db_path: str) -> dict:
    from app.models.connection import open_database
    from app.models.user import User
    from app.views.context import AppContext

    app = QApplication.instance() or QApplication([])
    open_database(db_path)
    user = User.get(User.username == "manager")
    context = AppContext(user=user, database_label=db_path)
    watch = PaintWatch()

    started = time.perf_counter()
    screen_class = import_module("app.views.screens.customers").CustomersScreen
    imported = time.perf_counter()
    screen = screen_class(context)
    table, model = screen.table, screen.model
    table.viewport().installEventFilter(watch)
    screen.resize(1280, 800)
    screen.show()
    built = time.perf_counter()
    screen.refresh()  # what the main window does when the screen is opened: count, then rows
    refreshed = time.perf_counter()
    before = watch.paints
    wait_for(app, lambda: watch.paints > before)  # the paint reads the first block of rows
    first_page_ms = (time.perf_counter() - started) * 1000
    parts = {"import_ms": (imported - started) * 1000, "build_ms": (built - imported) * 1000,
             "refresh_ms": (refreshed - built) * 1000, "paint_ms": first_page_ms - (refreshed - started) * 1000}
    rows = model.rowCount()

    if rows == 0 or model.row_at(0) is None:
        raise RuntimeError("the list shows no customers")
    scrollbar = table.verticalScrollBar()
    painted = watch.paints
    started = time.perf_counter()
    table.scrollToBottom()
    # the first paint at the bottom reads the last block (data() of the rows shown)
    wait_for(app, lambda: watch.paints > painted and scrollbar.value() == scrollbar.maximum())
    scroll_end_ms = (time.perf_counter() - started) * 1000
    if table.rowAt(table.viewport().height() - 1) not in (rows - 1, -1) or model.row_at(rows - 1) is None:
        raise RuntimeError("the last row is not shown")
    app.processEvents()
    return {"first_page_ms": first_page_ms, "scroll_end_ms": scroll_end_ms, "rss_mb": resident_mb(), "rows": rows,
            **parts}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])), flush=True)
