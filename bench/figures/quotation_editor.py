"""quotation_open_200_lines_ms, quotation_recompute_ms: the quotation editor
(app/views/dialogs/quotation_dialog.py) on a saved quotation of 200 lines.

The database (demo accounts, a customer, the 200-line quotation of quotation_pdf.py) is built once
into bench/.cache. One probe process (this module run with -m, QT_QPA_PLATFORM=offscreen) has Qt
and the database up and the dialog's module imported, as the quotations screen has them:

- open: from constructing the dialog on the quotation (its lines read and priced) to the end of the
  first paint of the line grid and the totals, after one untimed opening;
- recompute: a quantity cell edited through the model (`setData`, what the cell editor does) until
  the total and the amount in capitals show the new values and have painted.

Both figures are medians of the same probe's runs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from bench.figures.databases import CACHE, ROOT, generator_hash

_samples: dict[int, dict] = {}


def editor_database():
    """(path, salesperson's username, quotation id) of the benchmark database, built on first use."""
    from app.models.base import db
    from app.models.connection import close_database, open_database
    from app.models.migrations import SCHEMA_VERSION
    from app.services import auth
    from bench.figures.quotation_pdf import _quotation

    path = CACHE / f"quotation-editor-v{SCHEMA_VERSION}-{generator_hash()}.sqlite3"
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        CACHE.mkdir(parents=True, exist_ok=True)
        for stale in [*CACHE.glob("quotation-editor-v*.sqlite3*"), *CACHE.glob("quotation-editor-v*.json")]:
            stale.unlink()
        auth.use_fast_hashing_for_tests()  # only the demo accounts' password hashing
        open_database(str(path))
        try:
            salesperson, quotation_id = _quotation()
            username = salesperson.username
        finally:
            close_database()
            db.initialize(None)
        meta.write_text(json.dumps({"username": username, "quotation_id": quotation_id}))
    info = json.loads(meta.read_text())
    return path, info["username"], info["quotation_id"]


def editor_samples(runs: int) -> dict:
    """The probe's measurements ({"open_ms": [...], "recompute_ms": [...], ...}), once per bench process."""
    if runs not in _samples:
        db_path, username, quotation_id = editor_database()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "bench.figures.quotation_editor", str(db_path), username,
                               str(quotation_id), str(max(1, runs))], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"quotation editor probe failed ({done.returncode}): {done.stdout}{done.stderr}")
        sample = json.loads(done.stdout.strip().splitlines()[-1])
        _samples[runs] = sample
        print(f"  {sample['lines']} lines; first open {sample['first_open_ms']:.0f} ms; open "
              f"{', '.join(f'{v:.0f}' for v in sample['open_ms'])} ms; recompute "
              f"{', '.join(f'{v:.1f}' for v in sample['recompute_ms'])} ms")
    return _samples[runs]


def quotation_open_200_lines_ms(runs: int = 7) -> dict:
    """Median ms from constructing the editor on a 200-line quotation to its first painted grid and totals."""
    values = editor_samples(runs)["open_ms"]
    return {"median": round(statistics.median(values), 1), "unit": "ms", "n": len(values)}


def quotation_recompute_ms(runs: int = 7) -> dict:
    """Median ms from editing one quantity of a 200-line quotation to the new totals painted."""
    values = editor_samples(runs)["recompute_ms"]
    return {"median": round(statistics.median(values), 2), "unit": "ms", "n": len(values)}


# ---- the probe (run in its own process) ----------------------------------------------------------

def _wait_painted(app, watch, targets, what: str) -> None:
    deadline = time.perf_counter() + 60
    while not all(target in watch.painted for target in targets):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the quotation editor did not paint {what} in time")


def probe(db_path: str, username: str, quotation_id: int, runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from app.models.connection import open_database
    from app.models.user import User
    from app.views.dialogs.quotation_dialog import QuotationDialog
    from app.views.i18n import apply_cjk_font
    from app.views.quotations.line_model import QUANTITY
    from bench.figures.workbench_probe import PaintWatch

    app = QApplication.instance() or QApplication([])
    apply_cjk_font(app)
    open_database(db_path)
    user = User.get(User.username == username)

    def open_once() -> tuple[float, QuotationDialog, PaintWatch]:
        started = time.perf_counter()
        dialog = QuotationDialog(user, None, quotation_id)
        watch = PaintWatch()
        targets = [dialog.grid.viewport(), dialog.total_label, dialog.capitals_label]
        for target in targets:
            target.installEventFilter(watch)
        dialog.show()
        _wait_painted(app, watch, targets, "its lines")
        return (time.perf_counter() - started) * 1000, dialog, watch

    def close(dialog: QuotationDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        app.processEvents()

    first_open, dialog, _watch = open_once()
    close(dialog)
    opens = []
    for _ in range(runs):
        elapsed, dialog, _watch = open_once()
        opens.append(elapsed)
        close(dialog)

    elapsed, dialog, watch = open_once()
    model = dialog.line_model
    recomputes = []
    for run in range(runs):
        index = model.index(run * 29 % model.rowCount(), QUANTITY)
        before = (dialog.total_label.text(), dialog.capitals_label.text())
        watch.painted.clear()
        started = time.perf_counter()
        model.setData(index, str(int(model.lines[index.row()].quantity) + 1))
        _wait_painted(app, watch, [dialog.total_label, dialog.capitals_label], "the new totals")
        recomputes.append((time.perf_counter() - started) * 1000)
        if (dialog.total_label.text(), dialog.capitals_label.text()) == before:
            raise RuntimeError("the totals did not change")
    lines = model.rowCount()
    close(dialog)
    return {"lines": lines, "first_open_ms": first_open, "open_ms": opens, "recompute_ms": recomputes}


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))), flush=True)
