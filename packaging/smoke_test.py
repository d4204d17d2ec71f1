"""Smoke test of the frozen application: does the one-folder build start and do its lazily loaded parts work?

    python packaging/smoke_test.py [DIST_FOLDER]     (default dist/salesdesk)

Runs the built executable only (no Python of the checkout), headless (QT_QPA_PLATFORM=offscreen), on a
small demo database in a temporary folder:

1. the bundle holds the resources the app reads through importlib.resources (font, translation, icon)
   and the user guide (docs/guide, Help > User guide) when the checkout has one;
2. `demo --customers 30` creates the database (peewee, SQLite, Argon2, pypinyin);
3. `gui --user manager --exit-after-ready` paints the main window and prints `ready in N ms`;
4. `export products` writes a workbook that opens as .xlsx (openpyxl);
5. `print quotation` writes a PDF with the bundled Chinese font embedded (reportlab);
6. `report performance --out` writes a PDF and a workbook (XlsxWriter, matplotlib) when the command
   line has that option, else `report commissions --out` writes the commission workbook;
7. SALESDESK_SMOKE=screens `gui --user manager`, then `--user admin`: the screens routine
   (app.views.smoke) opens every screen the user may open, the targets report's chart (matplotlib's
   Qt canvas), a quotation's print preview (pypdfium2), the Database dialog (admin), the keyring,
   Help > About and the user guide, switches the language to English and back, and exits 0.

Exit status 0 when every check passed, 1 otherwise. Only the standard library is used, so CI can run it
with any Python 3.11+. On Windows it runs salesdesk-cli.exe, the console twin of the windowed exe.
"""

from __future__ import annotations

import datetime
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ["fonts/wqy-microhei.ttc", "translations/salesdesk_zh_CN.qm", "icons/salesdesk.png"]
TIMEOUT = 180  # seconds for one command; a cold start of the frozen app takes a few


class SmokeFailure(Exception):
    """A check failed; the message says what was expected and what came."""


def executable(dist: Path) -> Path:
    """The console executable of the build in `dist`."""
    name = "salesdesk-cli.exe" if os.name == "nt" else "salesdesk"
    path = dist / name
    if not path.is_file():
        raise SmokeFailure(f"no executable {path}: build it first (make package)")
    return path


def run(exe: Path, *args: str, cwd: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    # SALESDESK_SETTINGS: this computer's remembered language and window layout stay untouched
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALESDESK_PASSWORD": "demo",
           "SALESDESK_SETTINGS": str(cwd / "settings.ini"), **(extra_env or {})}
    env.pop("SALESDESK_LANG", None)
    result = subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=TIMEOUT)
    if result.returncode != 0:
        raise SmokeFailure(f"`salesdesk {' '.join(args)}` exited {result.returncode}\n"
                           f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-3000:]}")
    if "Traceback" in result.stderr:
        raise SmokeFailure(f"`salesdesk {' '.join(args)}` printed a traceback:\n{result.stderr[-3000:]}")
    return result


def check_resources(dist: Path) -> str:
    found = []
    for name in RESOURCES:
        matches = [p for p in dist.rglob(Path(name).name) if p.as_posix().endswith(f"app/resources/{name}")]
        if not matches or matches[0].stat().st_size == 0:
            raise SmokeFailure(f"the bundle has no app/resources/{name}")
        found.append(name)
    guides = sorted(path.name for path in (ROOT / "docs" / "guide").glob("*.md"))
    missing = [name for name in guides if not any(dist.rglob(f"docs/guide/{name}"))]
    if missing:
        raise SmokeFailure(f"the bundle has no docs/guide/{', '.join(missing)}")
    return ", ".join(found + [f"guide/{name}" for name in guides])


def check_demo(exe: Path, db: Path, work: Path) -> str:
    out = run(exe, "--db", str(db), "demo", "--customers", "30", cwd=work).stdout
    if not db.is_file() or "customers" not in out:
        raise SmokeFailure(f"demo made no database at {db}:\n{out}")
    return out.strip().splitlines()[0]


def check_ready(exe: Path, db: Path, work: Path) -> str:
    result = run(exe, "--db", str(db), "gui", "--user", "manager", "--exit-after-ready", cwd=work)
    ready = [line for line in result.stdout.splitlines() if line.startswith("ready in ")]
    if not ready:
        raise SmokeFailure(f"no 'ready in' line:\nstdout: {result.stdout}\nstderr: {result.stderr}")
    return ready[0]


def check_workbook(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as workbook:
            names = workbook.namelist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise SmokeFailure(f"{path.name} is not a workbook: {exc}") from exc
    if "xl/workbook.xml" not in names or not any(n.startswith("xl/worksheets/sheet") for n in names):
        raise SmokeFailure(f"{path.name} has no workbook or sheet: {names}")


def check_pdf(path: Path, *, font_embedded: bool) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path.name} is not a complete PDF ({len(data)} bytes)")
    if font_embedded and b"/FontFile2" not in data:
        raise SmokeFailure(f"{path.name} embeds no TrueType font (the bundled Chinese font did not load)")


def check_export(exe: Path, db: Path, work: Path) -> str:
    out = work / "products.xlsx"
    run(exe, "--db", str(db), "export", "products", str(out), cwd=work)
    check_workbook(out)
    return f"{out.name} {out.stat().st_size:,} bytes"


def check_print(exe: Path, db: Path, work: Path) -> str:
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT number FROM quotation ORDER BY id LIMIT 1").fetchone()
    if row is None:
        raise SmokeFailure("the demo database has no quotation to print")
    out = work / "quotation.pdf"
    run(exe, "--db", str(db), "print", "quotation", row[0], str(out), cwd=work)
    check_pdf(out, font_embedded=True)
    return f"{row[0]} -> {out.name} {out.stat().st_size:,} bytes"


def check_report(exe: Path, db: Path, work: Path) -> str:
    year = datetime.date.today().year
    done = []
    for suffix in ("pdf", "xlsx"):
        out = work / f"performance.{suffix}"
        try:
            run(exe, "--db", str(db), "report", "performance", "--year", str(year), "--out", str(out), cwd=work)
        except SmokeFailure as exc:
            if "exited 2" in str(exc):  # this command line has no --out for the report (usage error)
                continue
            raise
        check_pdf(out, font_embedded=True) if suffix == "pdf" else check_workbook(out)
        done.append(f"{out.name} {out.stat().st_size:,} bytes")
    if not done:  # the commission workbook, the report the command line could always write
        last_month = datetime.date.today().replace(day=1) - datetime.timedelta(days=1)
        out = work / "commissions.xlsx"
        run(exe, "--db", str(db), "report", "commissions", "--year", str(last_month.year),
            "--month", str(last_month.month), "--out", str(out), cwd=work)
        check_workbook(out)
        done.append(f"{out.name} {out.stat().st_size:,} bytes")
    return ", ".join(done)


def check_screens(exe: Path, db: Path, work: Path, user: str) -> str:
    result = run(exe, "--db", str(db), "gui", "--user", user, cwd=work, extra_env={"SALESDESK_SMOKE": "screens"})
    lines = result.stdout.splitlines()
    passed = [line for line in lines if line.startswith("smoke passed: ")]
    if not passed:
        raise SmokeFailure(f"the screens routine as {user} did not pass:\nstdout: {result.stdout[-3000:]}\n"
                           f"stderr: {result.stderr[-2000:]}")
    steps = [line.split()[1] for line in lines if line.startswith("ok ")]
    wanted = {"manager": ["screen:reports", "chart:targets", "preview:quotation", "keyring", "about", "guide",
                          "language"],
              "admin": ["screen:users", "screen:settings", "dialog:database", "keyring", "about", "guide",
                        "language"]}[user]
    missing = [step for step in wanted if step not in steps]
    if missing:
        raise SmokeFailure(f"the screens routine as {user} skipped {', '.join(missing)}:\n{result.stdout}")
    return f"{user}: {passed[0].removeprefix('smoke passed: ')}"


def smoke(dist: Path) -> list[str]:
    """Run every check on the build in `dist`; return one line per check; raise SmokeFailure on the first failure."""
    exe = executable(dist)
    lines = []
    with tempfile.TemporaryDirectory(prefix="salesdesk-smoke-") as folder:
        work = Path(folder)
        db = work / "smoke.sqlite3"
        checks = [("resources", lambda: check_resources(dist)), ("demo", lambda: check_demo(exe, db, work)),
                  ("start", lambda: check_ready(exe, db, work)), ("export", lambda: check_export(exe, db, work)),
                  ("print", lambda: check_print(exe, db, work)), ("report", lambda: check_report(exe, db, work)),
                  ("screens", lambda: check_screens(exe, db, work, "manager")),
                  ("screens", lambda: check_screens(exe, db, work, "admin"))]
        for name, check in checks:
            started = time.perf_counter()
            detail = check()
            lines.append(f"ok {name:<9} {time.perf_counter() - started:5.1f} s  {detail}")
            print(lines[-1], flush=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    dist = Path(argv[0]) if argv else ROOT / "dist" / "salesdesk"
    try:
        smoke(dist.resolve())
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
