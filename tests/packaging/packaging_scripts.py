"""What the packaging tests share: the project's packaging/ scripts loaded as modules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "salesdesk"


def load_script(name: str) -> ModuleType:
    """packaging/<name>.py as a module (packaging/ is a folder of scripts, not a package)."""
    module_name = f"salesdesk_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module
