"""targets_screen_ms (issue 7's target, ≤ 300 ms): the target screen (app/views/screens/targets.py)
opened by the manager on a year with all three levels filled, until its grid has painted.

The database: the large demo database (orders_large.py, `salesdesk demo --scale large`) when it has
been built, else the normal demo database (databases.demo_database), copied into bench/.cache with
this year's targets added through the services as the screen proposes them: the company's annual
target (last year's revenue + 10 %) split into months, each month to teams, each team's month to its
salespeople by last year's share, every line's year the sum of its months (unless the demo made
this year's targets itself). Each run is a new
process (targets_probe.py) after one untimed run that warms the OS file cache.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
from decimal import Decimal
from pathlib import Path

from bench.figures.databases import CACHE, demo_database, generator_hash
from bench.figures.probe import run_probe


def source_database() -> tuple[Path, str]:
    """(path, "large" | "normal"): the large demo database if built, else the normal one."""
    from app.models.migrations import SCHEMA_VERSION

    large = CACHE / f"demo-v{SCHEMA_VERSION}-{generator_hash()}-scale-large.sqlite3"
    if large.exists() and large.with_suffix(".json").exists():
        return large, "large"
    return demo_database(), "normal"


def _add_targets(db_path: Path, year: int) -> int:
    """This year's three levels, saved by the manager through the services; the number of figures."""
    from app.models.connection import close_database, open_database
    from app.models.target import Target
    from app.models.user import User
    from app.reports import kpi
    from app.services.targets import TargetFigure, save_targets
    from app.services.targets_split import propose_middle_split, propose_monthly_split, propose_salesperson_split

    open_database(str(db_path))
    try:
        existing = Target.select().where(Target.year == year).count()
        if existing:  # the demo made this year's targets itself
            return existing
        manager = User.get(User.username == "manager")
        last_year = sum(kpi.revenue(manager, kpi.Period.year(year - 1), ()).values(), Decimal(0))
        annual = (last_year * Decimal("1.1")).quantize(Decimal(1)) or Decimal(1_000_000)
        months = propose_monthly_split(manager, year, annual=annual).amounts
        save_targets(manager, year, [TargetFigure(0, "company", "", annual)]
                     + [TargetFigure(m, "company", "", a) for m, a in months.items()])
        figures = _monthly_figures("team", {m: propose_middle_split(manager, year, m, "team").amounts
                                            for m in range(1, 13)})
        save_targets(manager, year, figures)
        count = 13 + len(figures)
        teams = sorted({int(f.key) for f in figures})
        people = {m: {} for m in range(1, 13)}
        for team in teams:
            for m in range(1, 13):
                people[m].update(propose_salesperson_split(manager, year, m, team).amounts)
        figures = _monthly_figures("salesperson", people)
        save_targets(manager, year, figures)
        return count + len(figures)
    finally:
        close_database()


def _monthly_figures(level: str, by_month: dict[int, dict]) -> list:
    from app.services.targets import TargetFigure

    years: dict[str, Decimal] = {}
    figures = []
    for month, amounts in by_month.items():
        for key, amount in amounts.items():
            figures.append(TargetFigure(month, level, key, amount))
            years[key] = years.get(key, Decimal(0)) + amount
    return figures + [TargetFigure(0, level, key, amount) for key, amount in years.items()]


def targets_database(year: int) -> tuple[Path, str, int]:
    """(path, source kind, figures) of the copy with `year`'s targets, built on first use."""
    source, kind = source_database()
    path = CACHE / f"targets-{year}-{source.stem}.sqlite3"
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        for stale in CACHE.glob(f"targets-*-{source.stem.split('-')[-1]}*"):
            stale.unlink()
        partial = path.with_suffix(".building")
        shutil.copyfile(source, partial)
        figures = _add_targets(partial, year)
        for side in ("-wal", "-shm"):
            Path(str(partial) + side).unlink(missing_ok=True)
        partial.rename(path)
        meta.write_text(json.dumps({"source": kind, "figures": figures}))
    return path, kind, json.loads(meta.read_text())["figures"]


def _one_run(db_path: Path, year: int) -> dict:
    return run_probe("targets_probe", db_path, year, env={"SALESDESK_LANG": "en"})


def targets_screen_ms(runs: int = 7) -> dict:
    """Median ms from building the manager's target screen on this year (3 levels) to its painted grid."""
    year = dt.date.today().year
    db_path, kind, figures = targets_database(year)
    _one_run(db_path, year)
    samples = [_one_run(db_path, year) for _ in range(max(1, runs))]
    times = ", ".join(f"{s['painted_ms']:.0f}" for s in samples)
    print(f"  {kind} demo database, {year}: {figures} figures, {samples[0]['rows']} lines; {times} ms")
    return {"median": round(statistics.median(s["painted_ms"] for s in samples), 1), "unit": "ms",
            "n": len(samples), "database": kind}
