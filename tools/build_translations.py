"""Update the Chinese translation source and build the file the application loads.

    python tools/build_translations.py                 # lupdate app/ -> .ts, then lrelease -> .qm
    python tools/build_translations.py --release-only  # only lrelease the existing .ts

lupdate merges: existing translations are kept, new source strings are added as unfinished, and
strings no longer in the code are kept as obsolete (so a reworded text can reuse its translation).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app"
TRANSLATIONS = ROOT / "app" / "resources" / "translations"
LANGUAGES = ["zh_CN"]


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the virtualenv's bin/Scripts folder) or on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def python_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update(ts_file: Path, language: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *python_sources(), "-source-language", "en",
                    "-target-language", language, "-locations", "none", "-ts", str(ts_file)],
                   cwd=ROOT, check=True)


def release(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                   cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"salesdesk_{language}.ts"
        if not args.release_only:
            update(ts_file, language)
        if not ts_file.exists():
            print(f"{ts_file} does not exist; run without --release-only first", file=sys.stderr)
            return 1
        release(ts_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
