#!/usr/bin/env python3
"""Set up and run SalesDesk from a checkout with nothing but Python 3.11+.

    python3 dev.py run     create .venv, install SalesDesk, open the app on a demo database
    python3 dev.py test    create .venv, install SalesDesk with test tools, run every test headless
    python3 dev.py bench   run the benchmarks (bench/results.json)
    python3 dev.py package build the one-folder application dist/salesdesk/ with PyInstaller, then
                           smoke-test it (packaging/smoke_test.py); --no-smoke builds only

On Windows use `py dev.py run` / `py dev.py test`. Extra arguments go to the app, to pytest or to
the benchmark runner. Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DB = ROOT / "demo.sqlite3"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str = "") -> Path:
    """Create .venv and (re)install the project when pyproject.toml or the extras changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may be started by an older Python)
        sys.exit(f"SalesDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = f".[{extras}]" if extras else "."
    stamp_text = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / ".salesdesk-installed"
    installed = stamp.read_text().split() if stamp.exists() else []
    if stamp_text not in installed:
        print(f"installing SalesDesk ({spec}) into .venv ...", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", spec],
                       cwd=ROOT, check=True)
        stamp.write_text(" ".join([*installed, stamp_text]))
    subprocess.run([str(python), str(ROOT / "tools" / "build_translations.py"), "--release-only"],
                   cwd=ROOT, check=True)
    return python


def run_app(args: list[str]) -> int:
    python = ensure_environment()
    command = [str(python), "-m", "app", "--db", str(DEMO_DB), "gui", "--demo", *args]
    if not DEMO_DB.exists():
        print(f"first start: creating the demo database {DEMO_DB.name} (every account's password: demo)")
    return subprocess.call(command, cwd=ROOT)


def run_tests(args: list[str]) -> int:
    python = ensure_environment("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def run_bench(args: list[str]) -> int:
    python = ensure_environment("test")
    return subprocess.call([str(python), str(ROOT / "bench" / "run.py"), *args], cwd=ROOT)


def run_package(args: list[str]) -> int:
    """Freeze the app with packaging/salesdesk.spec into dist/salesdesk/ and smoke-test the result."""
    smoke = "--no-smoke" not in args
    python = ensure_environment("package")  # also builds the .qm files the bundle carries
    started = time.perf_counter()
    status = subprocess.call([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                              "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
                              str(ROOT / "packaging" / "salesdesk.spec")], cwd=ROOT)
    if status != 0:
        return status
    dist = ROOT / "dist" / "salesdesk"
    size = sum(path.stat().st_size for path in dist.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"built {dist.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s: {size / 2**20:.0f} MiB")
    if not smoke:
        return 0
    return subprocess.call([str(python), str(ROOT / "packaging" / "smoke_test.py"), str(dist)], cwd=ROOT)


def main() -> int:
    commands = {"run": run_app, "test": run_tests, "bench": run_bench, "package": run_package}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
