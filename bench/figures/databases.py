"""Benchmark databases, built once into bench/.cache and reused while the schema and the demo
generator are unchanged (the file name carries the schema version and a hash of app/services/demo)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from functools import cache
from pathlib import Path

from app.models.migrations import SCHEMA_VERSION

CACHE = Path(__file__).resolve().parents[1] / ".cache"
ROOT = CACHE.parents[1]


@cache
def generator_hash() -> str:
    """A short hash of the demo generator's source: a changed generator gets new databases."""
    digest = hashlib.sha256()
    for source in sorted((ROOT / "app" / "services" / "demo").glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:8]


def demo_database(*extra: str) -> Path:
    """The demo database made by `salesdesk demo` (with `extra` arguments), built on first use."""
    suffix = "-".join(a.strip("-") for a in extra) or "default"
    path = CACHE / f"demo-v{SCHEMA_VERSION}-{generator_hash()}-{suffix}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        for stale in CACHE.glob(f"demo-v*-{suffix}.sqlite3"):  # an older schema or generator
            stale.unlink()
        partial = path.with_suffix(".building")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        subprocess.run([sys.executable, "-m", "app", "--db", str(partial), "demo", *extra], cwd=ROOT, check=True)
        subprocess.run([sys.executable, "-m", "app", "--db", str(partial), "check"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        for side in ("-wal", "-shm"):
            Path(str(partial) + side).unlink(missing_ok=True)
        partial.rename(path)
    return path
