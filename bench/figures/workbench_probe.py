"""Run in a subprocess by workbench.py: open the workbench as one user, print one JSON line.

    QT_QPA_PLATFORM=offscreen python -m bench.figures.workbench_probe DB_PATH USERNAME

Measures `painted_ms`, from importing and building the workbench screen (with the `refresh()` the
main window calls when it opens a screen) to the end of the first paint of every section of the
tab shown (a salesperson's "My work", a manager's "Monitoring"): each table with its rows, or its
"nothing here" line. Qt and the database are already up, as in the running app.
"""

from __future__ import annotations

import json
import sys
import time
from importlib import import_module

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class PaintWatch(QObject):
    """Remembers which watched widgets have had a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[QObject] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.add(watched)
        return False


def main(db_path: str, username: str) -> dict:
    from app.models.connection import open_database
    from app.models.user import User
    from app.views.context import AppContext
    from app.views.i18n import apply_cjk_font

    app = QApplication.instance() or QApplication([])
    apply_cjk_font(app)
    open_database(db_path)
    user = User.get(User.username == username)
    context = AppContext(user=user, database_label=db_path)

    started = time.perf_counter()
    screen = import_module("app.views.screens.workbench").WorkbenchScreen(context)
    screen.refresh()
    screen.resize(1020, 730)
    panel = screen.shown_panel
    from app.views.workbench.section import Section

    sections = panel.findChildren(Section)
    targets = [s.table.viewport() if s.table.isVisibleTo(panel) else s.empty for s in sections]
    watch = PaintWatch()
    for target in targets:
        target.installEventFilter(watch)
    screen.show()
    deadline = started + 60
    while not all(target in watch.painted for target in targets):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the workbench did not paint in time")
    painted_ms = (time.perf_counter() - started) * 1000
    return {"painted_ms": painted_ms, "rows": {s.objectName(): s.row_count() for s in sections}}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])), flush=True)
