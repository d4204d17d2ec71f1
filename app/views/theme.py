"""Light or dark, as the system is: `follow_system_theme(app)` at start-up applies the system's
colour scheme (Qt 6.5+ QStyleHints.colorScheme) and applies it again whenever the system changes.

Dark means the Fusion style with DARK_COLOURS as the palette (on Windows and Linux the native
styles do not all draw dark; macOS's own style follows the system by itself, so it is left
alone). Light leaves the platform's style and palette as they are, or gives them back after
dark. SALESDESK_THEME=dark or light overrides the system (screenshots, a user's preference).
The screens draw with palette roles (palette(mid) for quiet text, the highlight for selection),
so they follow the palette.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEME_VARIABLE = "SALESDESK_THEME"

# role name -> (normal, disabled); resolved to QPalette roles only when the dark palette is made,
# so importing this module at start-up stays cheap.
DARK_COLOURS: dict[str, tuple[str, str]] = {
    "Window": ("#2d2d30", "#2d2d30"),
    "WindowText": ("#e6e6e6", "#7a7a7a"),
    "Base": ("#1f1f22", "#262629"),
    "AlternateBase": ("#2a2a2e", "#2a2a2e"),
    "ToolTipBase": ("#3c3c40", "#3c3c40"),
    "ToolTipText": ("#e6e6e6", "#7a7a7a"),
    "PlaceholderText": ("#8c8c8c", "#6a6a6a"),
    "Text": ("#e6e6e6", "#7a7a7a"),
    "Button": ("#37373b", "#2f2f33"),
    "ButtonText": ("#e6e6e6", "#7a7a7a"),
    "BrightText": ("#ff6b6b", "#ff6b6b"),
    "Light": ("#55555a", "#55555a"),
    "Midlight": ("#444448", "#444448"),
    "Mid": ("#8c8c8c", "#5a5a5e"),  # quiet text (notes, hints) uses palette(mid): readable on dark
    "Dark": ("#1a1a1c", "#1a1a1c"),
    "Shadow": ("#000000", "#000000"),
    "Highlight": ("#2f65ca", "#4a4a4e"),
    "HighlightedText": ("#ffffff", "#9a9a9a"),
    "Link": ("#6aa9ff", "#6a8ab0"),
    "LinkVisited": ("#b48cff", "#8a7ab0"),
}

# Text on the few fixed light backgrounds (a mismatch or error cell, a notice panel): dark in both
# themes, where the palette's text colour would be light on them in the dark one.
INK_ON_LIGHT = "#1a1a1a"  # QColor(INK_ON_LIGHT) where a brush is needed

# Text colours that carry a meaning (a test passed, an error, a quiet note), one for a light and
# one for a dark window: each reads at 4.5:1 or better on its own window colour. No single colour
# does both (the light theme's dark green or red is about 2.5:1 on the dark window).
TONES: dict[str, tuple[str, str]] = {
    "ok": ("#1a6e2e", "#6fcf7f"),
    "error": ("#c0392b", "#ff7b6b"),
    "quiet": ("#666666", "#a0a0a0"),
}
TONE_PROPERTY = "salesdeskTone"

# What the application had before the first dark palette, given back for light.
_original: dict[str, object] = {}
_following: list[QApplication] = []


def dark_palette() -> QPalette:
    palette = QPalette()
    for name, (normal, disabled) in DARK_COLOURS.items():
        role = getattr(QPalette.ColorRole, name)
        palette.setColor(QPalette.ColorGroup.Active, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(normal))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def system_scheme(app: QApplication) -> Qt.ColorScheme:
    """Dark or Light: SALESDESK_THEME when set, else what the system says (Unknown counts as light)."""
    forced = os.environ.get(THEME_VARIABLE, "").strip().lower()
    if forced in ("dark", "light"):
        return Qt.ColorScheme.Dark if forced == "dark" else Qt.ColorScheme.Light
    scheme = app.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def is_dark(app: QApplication) -> bool:
    """True when the application's window colour is dark (whatever made it so)."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tone(kind: str, app: QApplication | None = None) -> str:
    """The colour of `kind` ("ok", "error", "quiet") for the application's light or dark window."""
    app = app or QApplication.instance()
    dark = isinstance(app, QApplication) and is_dark(app)
    return TONES[kind][1 if dark else 0]


def set_tone(label: QWidget, kind: str | None, extra: str = "") -> None:
    """Colour `label`'s text as `kind` (None: the palette's own) and keep it so when the theme
    changes; `extra` is more of the style sheet (e.g. "font-weight: bold;")."""
    label.setProperty(TONE_PROPERTY, kind or "")
    label.setProperty(TONE_PROPERTY + "Extra", extra)
    label.setStyleSheet(f"color: {tone(kind)}; {extra}".strip() if kind else extra)


def apply_theme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Give the application the dark palette (Fusion) or its light look back."""
    if sys.platform == "darwin" and not os.environ.get(THEME_VARIABLE):
        return  # the macOS style draws the system's scheme itself
    if scheme == Qt.ColorScheme.Dark:
        if not _original:
            _original["style"] = app.style().name()
            _original["palette"] = QPalette(app.palette())
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
        _restyle(app)
    elif _original:  # light again after dark
        style = str(_original["style"])
        if app.style().name().lower() != style.lower():
            app.setStyle(style)
        palette = _original["palette"]
        if isinstance(palette, QPalette) and palette.color(QPalette.ColorRole.Window).lightness() >= 128:
            app.setPalette(palette)
        else:  # the system was dark when we started: the style's own light colours
            app.setPalette(app.style().standardPalette())
        _restyle(app)


def _restyle(app: QApplication) -> None:
    """Widgets with a style sheet keep the palette they were polished with: set their sheet again
    so palette(...) in it and their own colours follow the new palette."""
    for widget in app.allWidgets():
        kind = widget.property(TONE_PROPERTY)
        if kind:  # a meaning colour: the one of the new window colour
            widget.setStyleSheet(f"color: {tone(kind, app)}; {widget.property(TONE_PROPERTY + 'Extra') or ''}".strip())
            continue
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def follow_system_theme(app: QApplication) -> None:
    """Apply the system's scheme now and each time it changes (once per application)."""
    apply_theme(app, system_scheme(app))
    if app not in _following:
        _following.append(app)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app, system_scheme(app)))
