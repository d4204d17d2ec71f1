"""Dark or light as the system is: the dark scheme gives a dark window (Fusion, dark palette), a
change of the system's scheme is applied at once, and light gives the application its look back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from app.views import theme


@pytest.fixture
def light_afterwards(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("SALESDESK_SETTINGS", str(tmp_path / "settings.ini"))
    style, window_colour = qapp.style().name(), qapp.palette().color(QPalette.ColorRole.Window).name()
    yield style, window_colour
    theme.apply_theme(qapp, Qt.ColorScheme.Light)


def background_lightness(widget) -> int:
    """The lightness of the window's painted background, away from any text."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 4, image.height() // 2).lightness()


def test_the_dark_scheme_gives_a_dark_window_and_light_gives_the_look_back(qapp, qtbot, light_afterwards, login_as):
    style, window_colour = light_afterwards
    window = login_as("manager")
    assert background_lightness(window.statusBar()) > 160

    theme.apply_theme(qapp, Qt.ColorScheme.Dark)
    qapp.processEvents()
    assert qapp.style().name().lower() == "fusion"
    assert theme.is_dark(qapp)
    assert background_lightness(window.statusBar()) < 80
    # The navigation has a style sheet of its own: it follows the palette too.
    assert background_lightness(window.navigation) < 80
    table = window.open_screen("customers").table
    assert table.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert table.palette().color(QPalette.ColorRole.Text).lightness() > 200

    theme.apply_theme(qapp, Qt.ColorScheme.Light)
    qapp.processEvents()
    assert not theme.is_dark(qapp)
    assert qapp.style().name() == style
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == window_colour
    assert background_lightness(window.statusBar()) > 160


def test_the_system_scheme_is_followed_when_it_changes(qapp, light_afterwards, monkeypatch):
    monkeypatch.delenv(theme.THEME_VARIABLE, raising=False)
    theme.follow_system_theme(qapp)  # the offscreen platform has no scheme: light
    assert not theme.is_dark(qapp)
    # The system switches to dark (the offscreen platform cannot: the variable stands in for it).
    monkeypatch.setenv(theme.THEME_VARIABLE, "dark")
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(qapp)
    monkeypatch.setenv(theme.THEME_VARIABLE, "light")
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not theme.is_dark(qapp)
