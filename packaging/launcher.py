"""The frozen application's entry point: the same as `python -m app` (the `salesdesk` command).

A windowed Windows build has no console, so sys.stdout and sys.stderr are None there: they are pointed
at the null device so a message printed by the command line or a library goes nowhere instead of
failing. The console twin salesdesk-cli.exe, built beside it, is the one for command lines on Windows.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (open for the process's life)

from app.cli import main  # noqa: E402

sys.exit(main())
