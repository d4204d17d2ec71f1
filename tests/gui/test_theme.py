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


def contrast(a, b) -> float:
    """The WCAG contrast ratio of two QColors."""
    def luminance(colour):
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_colour(label):
    """The colour the label's text is drawn in: its style sheet's when it has one."""
    label.ensurePolished()
    return label.palette().color(label.foregroundRole())


def test_error_ok_and_quiet_texts_read_in_both_themes_and_follow_a_change(qapp, qtbot, light_afterwards, demo_db):
    """The login window's error and database lines and the Database dialog's result were fixed light
    theme colours (dark red, #666, dark green: about 2.5:1 on the dark window)."""
    from app.views.dialogs.database_dialog import DatabaseDialog
    from app.views.login_dialog import LoginDialog

    login = LoginDialog("admin", database_target=str(demo_db))
    dialog = DatabaseDialog(str(demo_db))
    for widget in (login, dialog):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.keyClicks(login.password_edit, "wrong")
    login.log_in()
    dialog.show_result(True, "Connected.")
    ok_label = dialog.result_label
    for scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
        theme.apply_theme(qapp, scheme)
        qapp.processEvents()
        window = qapp.palette().color(QPalette.ColorRole.Window)
        for label in (login.error_label, login.database_label, ok_label):
            assert contrast(text_colour(label), window) >= 4.5, (scheme, label.objectName(), text_colour(label).name())
    dialog.show_result(False, "Refused.")  # set while dark: the dark theme's red
    assert text_colour(dialog.result_label).name() == theme.TONES["error"][1]
