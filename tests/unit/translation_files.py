"""What the translation tests share: the .ts file's entries and the project's tools/ modules."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "app" / "resources" / "translations" / "salesdesk_zh_CN.ts"
GONE = ("vanished", "obsolete")  # lupdate's marks for texts no longer in the code


@dataclass(frozen=True)
class Entry:
    """One <message> of a .ts file: its context, source, translation(s) and lupdate's mark."""

    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    kind: str  # "", "unfinished", "vanished" or "obsolete"
    numerus: bool

    @property
    def current(self) -> bool:
        return self.kind not in GONE


def read_entries(path: Path = TS_FILE) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                texts = (translation.text or "",)
            entries.append(Entry(name, message.findtext("source") or "", texts,
                                 translation.get("type", ""), numerus))
    return entries


def load_tool(name: str) -> ModuleType:
    """tools/<name>.py as a module (tools/ is a folder of scripts, not a package)."""
    module_name = f"salesdesk_tools_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module
