"""Chinese in matplotlib charts: `use_cjk_fonts()` registers the bundled CJK font (the one the PDFs
embed and the Qt app falls back to) with matplotlib's font manager once, and sets matplotlib's
font family to a fallback list: the bundled font, the common system CJK fonts that are
installed, then DejaVu Sans (matplotlib's own). matplotlib falls back glyph by glyph along that list,
so Chinese labels never render as boxes nor warn "Glyph ... missing from font(s)".

The list is set in matplotlib's global rcParams: tick labels are made when a chart is drawn, not when
it is built, so a per-figure setting would miss them. Families that are not installed are left out
of the list (matplotlib would log "findfont: Font family ... not found" for each).
"""

from __future__ import annotations

import threading

from app.paths import resources_dir

BUNDLED_FONT = "wqy-microhei.ttc"
# After the bundled font: Windows, macOS, Linux (Noto/Source Han, WenQuanYi), older Windows.
SYSTEM_CJK_FAMILIES = ("Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
                       "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei")
LAST_RESORT = "DejaVu Sans"

_lock = threading.Lock()
_families: tuple[str, ...] = ()


def bundled_font_path():
    """The bundled CJK font file (app resources, fonts/)."""
    return resources_dir() / "fonts" / BUNDLED_FONT


def use_cjk_fonts() -> tuple[str, ...]:
    """Register the bundled font and set the fallback list (once; later calls return it at once).
    Returns the family list now in rcParams["font.family"] (and first in "font.sans-serif")."""
    global _families
    if _families:
        return _families
    with _lock:
        if _families:
            return _families
        import matplotlib
        from matplotlib import font_manager

        families: list[str] = []
        path = bundled_font_path()
        if path.exists():
            font_manager.fontManager.addfont(str(path))
            families.append(font_manager.FontProperties(fname=str(path)).get_name())
        installed = {entry.name for entry in font_manager.fontManager.ttflist}
        families += [name for name in SYSTEM_CJK_FAMILIES if name in installed and name not in families]
        families.append(LAST_RESORT)
        matplotlib.rcParams["font.family"] = families  # named families: matplotlib falls back along these
        matplotlib.rcParams["font.sans-serif"] = families + [
            name for name in matplotlib.rcParams["font.sans-serif"] if name not in families]
        matplotlib.rcParams["svg.fonttype"] = "path"  # an SVG shows the same glyphs without the fonts
        _families = tuple(families)
        return _families
