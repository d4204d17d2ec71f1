"""Imports point down: models, services and reports never import Qt (ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
UI_FREE = ["models", "services", "reports"]


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_free_packages_import_nothing_from_qt_or_views():
    offenders = []
    for package in UI_FREE:
        for path in (APP / package).rglob("*.py"):
            for name in imported_modules(path):
                if name.split(".")[0] in ("PySide6", "PyQt5", "PyQt6") or name.startswith("app.views"):
                    offenders.append(f"{path.relative_to(APP)}: {name}")
    assert offenders == []


def test_importing_every_service_loads_no_qt():
    modules = [f"app.{p}.{f.stem}" for p in UI_FREE for f in sorted((APP / p).glob("*.py"))
               if f.stem != "__init__"]
    code = (f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
            "print(sorted(n for n in sys.modules if n.startswith('PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
