"""Run in a subprocess by target_chart.py; prints one JSON line.

    QT_QPA_PLATFORM=offscreen python -m bench.figures.target_chart_probe DB_PATH YEAR

As the manager: the company's target report of YEAR read (untimed), matplotlib and its Qt canvas
imported (untimed: "after matplotlib is loaded"), then the time from `ChartView.show_table(table)` to
the end of the canvas's first paint (`repaint()` paints synchronously) - the first chart of the
process (painted_ms) - and the same again for the cumulative view (again_ms, fonts and caches warm).
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtWidgets import QApplication

from bench.figures.customer_list_probe import PaintWatch, wait_for


def _painted(app: QApplication, view, table, cumulative: bool) -> float:
    started = time.perf_counter()
    if not view.show_table(table, cumulative=cumulative):
        raise RuntimeError("the targets report drew no chart")
    watch = PaintWatch()
    view.canvas.installEventFilter(watch)
    view.canvas.repaint()
    wait_for(app, lambda: watch.paints > 0 and not view.figure.stale)
    return (time.perf_counter() - started) * 1000


def main(db_path: str, year: int) -> dict:
    from app.models.connection import open_database
    from app.models.user import User
    from app.reports.catalog import build_report
    from app.views.i18n import apply_cjk_font
    from app.views.reports.chart_view import ChartView

    app = QApplication.instance() or QApplication([])
    apply_cjk_font(app)
    open_database(db_path)
    table = build_report(User.get(User.username == "manager"), "targets", year, None, "company")
    view = ChartView()
    view.resize(1200, 460)
    view.show()
    app.processEvents()
    loaded = time.perf_counter()
    import matplotlib.figure  # noqa: F401  (matplotlib loaded before the timing starts)
    from matplotlib.backends import backend_qtagg  # noqa: F401

    load_ms = (time.perf_counter() - loaded) * 1000
    painted_ms = _painted(app, view, table, False)
    again_ms = _painted(app, view, table, True)
    return {"painted_ms": painted_ms, "again_ms": again_ms, "load_ms": load_ms, "rows": len(table.rows)}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]))))
