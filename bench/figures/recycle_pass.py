"""recycle_pass_s, recycle_noop_ms: the public pool's recycling pass (services.recycling) over the
100,000-customer / 1,000,000-follow-up demo database.

- recycle_pass_s: a full pass on a fresh copy of the database, as at the first start-up after
  the demo was made: some 6 % of the customers are due (their owner has been quiet for 30 days)
  and return to the pool, another 2-3 % are inside the warning window and their owners are warned.
  Every run copies the cached file anew; the median of the runs' seconds.
- recycle_noop_ms: a pass when nothing is due, what the app does every 15 minutes: after one pass
  on a copy, the following passes are timed; the median ms.

Passes run at the moment the demo was made (its audit row), so the share that is due does not
grow with the age of the cached database.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.figures.databases import CACHE, demo_database

POOL_DEMO = ("--customers", "100000", "--follow-ups", "1000000")


def pool_demo_database() -> Path:
    """The 100,000-customer, 1,000,000-follow-up demo database (built once into bench/.cache)."""
    return demo_database(*POOL_DEMO)


def _on_copy(work: Callable[[dt.datetime], object]) -> object:
    """Copy the pool demo database, open the copy, call `work(moment the demo was made)`, clean up."""
    from app.models.audit import AuditLog
    from app.models.base import db
    from app.models.connection import close_database, open_database

    copy = CACHE / "recycle-pass-copy.sqlite3"
    _remove(copy)
    shutil.copyfile(pool_demo_database(), copy)
    open_database(str(copy))
    try:
        made = AuditLog.get((AuditLog.entity == "database") & (AuditLog.action == "create")).at
        return work(made)
    finally:
        close_database()
        db.initialize(None)
        _remove(copy)


def _remove(path: Path) -> None:
    for side in ("", "-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)


def _timed_pass(moment: dt.datetime) -> tuple[float, object]:
    from app.services.recycling import run_recycle_pass

    started = time.perf_counter()
    result = run_recycle_pass(moment)
    return time.perf_counter() - started, result


def recycle_pass_s(runs: int = 7) -> dict:
    """Median seconds of a full recycling pass on a fresh copy of the pool demo database."""
    samples = [_on_copy(_timed_pass) for _ in range(max(1, runs))]
    seconds = [s for s, _result in samples]
    print(f"  {samples[0][1]}; {', '.join(f'{s:.2f}' for s in seconds)} s")
    return {"median": round(statistics.median(seconds), 2), "unit": "s", "n": len(seconds)}


def recycle_noop_ms(runs: int = 7) -> dict:
    """Median ms of a recycling pass with nothing due (the passes after a first one)."""
    def passes(moment: dt.datetime) -> list[tuple[float, object]]:
        _timed_pass(moment)
        return [_timed_pass(moment) for _ in range(max(1, runs))]

    samples = _on_copy(passes)
    ms = [s * 1000 for s, _result in samples]
    print(f"  {samples[0][1]}; {', '.join(f'{m:.1f}' for m in ms)} ms")
    return {"median": round(statistics.median(ms), 1), "unit": "ms", "n": len(ms)}
