"""Run in a subprocess by targets_screen.py; prints one JSON line.

    QT_QPA_PLATFORM=offscreen python -m bench.figures.targets_probe DB_PATH YEAR

As the manager, from importing and building the target screen on YEAR (with the `refresh()` the main
window calls when it opens a screen: the year's three levels read, the grid filled and sized) to the
end of the first paint of the grid; also in parts (build_ms, refresh_ms, paint_ms).
"""

from __future__ import annotations

import json
import sys
import time
from importlib import import_module

from PySide6.QtWidgets import QApplication

from bench.figures.customer_list_probe import PaintWatch, wait_for


def main(db_path: str, year: int) -> dict:
    from app.models.connection import open_database
    from app.models.user import User
    from app.views.context import AppContext
    from app.views.i18n import apply_cjk_font

    app = QApplication.instance() or QApplication([])
    apply_cjk_font(app)
    open_database(db_path)
    context = AppContext(user=User.get(User.username == "manager"), database_label=db_path)
    watch = PaintWatch()
    started = time.perf_counter()
    screen = import_module("app.views.screens.targets").TargetsScreen(context)
    screen.table.viewport().installEventFilter(watch)
    screen.bar.year_spin.setValue(year)
    screen.resize(1400, 800)
    screen.show()
    built = time.perf_counter()
    screen.refresh()
    refreshed = time.perf_counter()
    before = watch.paints
    wait_for(app, lambda: watch.paints > before)
    painted_ms = (time.perf_counter() - started) * 1000
    levels = {row.line.level for row in screen.model.rows}
    if levels != {"company", "team", "salesperson"} or not screen.model.has_targets():
        raise RuntimeError(f"the year does not show three levels of targets: {levels}")
    return {"painted_ms": painted_ms, "rows": screen.model.rowCount(), "build_ms": (built - started) * 1000,
            "refresh_ms": (refreshed - built) * 1000, "paint_ms": painted_ms - (refreshed - started) * 1000}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]))))
