"""Run as a separate process by test_recycling: one recycling pass, printed as "returned warned".

    python -m tests.unit.recycle_worker TARGET GO_FILE
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.models.base import db
from app.models.connection import open_database
from app.services.recycling import run_recycle_pass


def main() -> None:
    target, go_file = sys.argv[1], Path(sys.argv[2])
    open_database(target, migrate=False)
    deadline = time.monotonic() + 30
    while not go_file.exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    result = run_recycle_pass()
    print(result.returned, result.warned)
    db.close()


if __name__ == "__main__":
    main()
