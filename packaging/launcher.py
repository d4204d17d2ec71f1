"""The frozen application's entry point: the same as `python -m app` (the `salesdesk` command).

A windowed Windows build has no console, so sys.stdout and sys.stderr are None there: they are pointed
at the null device so a message printed by the command line or a library goes nowhere instead of
failing. The console twin salesdesk-cli.exe, built beside it, is the one for command lines on Windows.

On Linux the bootloader starts the app with LD_LIBRARY_PATH pointing into the bundle. The dynamic
loader read it when this process started, so it can be given back now: the system's programs the app
starts (pg_dump for a backup, xdg-open and the viewer it opens) then load the system's libraries, not
the bundle's copies. PYINSTALLER_RESET_ENVIRONMENT makes a copy of the app started from this one (the
Database dialog's `move-data`) a fresh instance that sets its own library path up, not a sub-process
of this one that would run without it.

SALESDESK_SMOKE=screens runs the screens smoke routine after the main window's first paint and exits
with its result (app.views.smoke; packaging/smoke_test.py uses it on the frozen build).
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (open for the process's life)

if getattr(sys, "frozen", False):
    os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = _original

from app.cli import main  # noqa: E402

if os.environ.get("SALESDESK_SMOKE"):  # the smoke test: open every screen once (app.views.smoke)
    from app.views.smoke import run_main

    sys.exit(run_main(main, os.environ["SALESDESK_SMOKE"]))
sys.exit(main())
