"""The screens smoke routine (app.views.smoke) on the demo database: every screen a manager and an
administrator may open, the targets chart, a quotation's print preview, Help, the language switch;
and it fails, without hanging, on what it is there to catch."""

from __future__ import annotations

import io

import pytest
from PySide6.QtWidgets import QApplication

from app import cli
from app.services.demo import create_demo
from app.views import help_dialogs, smoke
from app.views.i18n import current_language


@pytest.fixture
def demo_db(empty_db):
    """The demo accounts with 30 customers and their history (quotations, orders, targets), as the
    frozen smoke test's database: login_as logs into this one."""
    create_demo(customers=30)
    return empty_db


def _lines(out: io.StringIO) -> list[str]:
    return out.getvalue().splitlines()


def test_a_manager_opens_every_screen_the_chart_the_preview_and_help(login_as):
    window = login_as("manager")
    out = io.StringIO()

    assert smoke.run_smoke(window, out) == 0, out.getvalue()

    steps = [line.split()[1] for line in _lines(out) if line.startswith("ok ")]
    assert steps == [f"screen:{spec.key}" for spec in window.specs] + [
        "chart:targets", "preview:quotation", "keyring", "about", "guide", "language"]
    assert set(window.screens) == {spec.key for spec in window.specs}
    assert "screen:reports" in steps and "screen:users" not in steps
    assert window.screens["reports"].table.name == "targets"
    assert window.screens["reports"].chart.has_chart()
    preview = next(line for line in _lines(out) if line.startswith("ok preview:quotation"))
    assert "1 page(s)" in preview
    assert _lines(out)[-1].startswith(f"smoke passed: {len(window.specs) + 6} steps")
    assert current_language() == "en"  # switched to Chinese and back
    assert window.screen_titles()[0] == "Workbench"
    assert QApplication.activeModalWidget() is None


def test_an_administrator_opens_the_admin_screens(login_as):
    window = login_as("admin")
    out = io.StringIO()

    assert smoke.run_smoke(window, out) == 0, out.getvalue()

    steps = [line.split()[1] for line in _lines(out) if line.startswith("ok ")]
    assert {"screen:users", "screen:teams", "screen:settings", "screen:audit", "dialog:database"} <= set(steps)
    assert "chart:targets" not in steps  # administrators have no reports


def test_a_message_box_instead_of_the_guide_fails_the_routine_without_blocking(login_as, monkeypatch):
    window = login_as("manager")
    monkeypatch.setattr(help_dialogs, "guide_file", lambda language=None: None)  # "no user guide" warning
    out = io.StringIO()

    assert smoke.run_smoke(window, out) == 1

    text = out.getvalue()
    assert "ok about" in text and "ok guide" not in text
    assert "FAILED" in text and "This installation has no user guide." in text
    assert QApplication.activeModalWidget() is None


def test_an_exception_in_a_screen_fails_the_routine_with_its_traceback(login_as, monkeypatch):
    window = login_as("manager")
    products = type(window.build_screen(next(s for s in window.specs if s.key == "products")))

    def broken_refresh(self):
        raise RuntimeError("products cannot be read")

    monkeypatch.setattr(products, "refresh", broken_refresh)
    out = io.StringIO()

    assert smoke.run_smoke(window, out) == 1

    text = out.getvalue()
    assert "ok screen:customers" in text and "ok screen:products" not in text
    assert "Traceback" in text and "products cannot be read" in text


def test_the_entry_point_hook_runs_the_routine_after_login_and_exits(demo_db, monkeypatch, capsys, qtbot):
    """What packaging/launcher.py does with SALESDESK_SMOKE=screens: app.cli.main logs in, shows the
    window, the routine runs after the first paint and the application quits with its result."""
    monkeypatch.setenv("SALESDESK_PASSWORD", "demo")
    try:
        code = smoke.run_main(lambda: cli.main(["--db", str(demo_db), "gui", "--user", "admin"]), "screens")
        hook = smoke.install("screens")  # a second install (the command line too) finds the first hook
    finally:
        smoke.uninstall()

    out = capsys.readouterr().out
    assert code == 0, out
    assert "ok screen:users" in out and "ok language" in out and "smoke passed:" in out
    assert out.count("smoke passed:") == 1
    assert hook.exit_code == 0
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    # The routine quit the application's event loop from inside it; Qt keeps a quit that finds the loop
    # ending and ends the next loop run at once: one short wait takes it, so that it is not the first
    # wait of the next test (which then timed out at once).
    qtbot.wait(50)


def test_an_unknown_mode_is_refused(qapp):
    try:
        smoke.install("everything")
    except SystemExit as exc:
        assert "known modes are screens" in str(exc)
    else:
        raise AssertionError("an unknown SALESDESK_SMOKE mode was accepted")


def test_a_blank_print_preview_fails_the_routine(login_as, monkeypatch):
    """The preview shows a page, but the PDF's picture is not on it (a rasteriser that draws nothing)."""
    from PySide6.QtGui import QPainter

    from app.views.quotations import print_preview

    def blank_page(_path, printer) -> int:
        painter = QPainter(printer)  # one page, nothing on it
        painter.end()
        return 1

    window = login_as("manager")
    monkeypatch.setattr(print_preview, "paint_pdf", blank_page)
    out = io.StringIO()

    assert smoke.run_smoke(window, out) == 1

    assert "ok chart:targets" in out.getvalue() and "ok preview:quotation" not in out.getvalue()
    assert "shows a blank page" in out.getvalue(), out.getvalue()
    assert QApplication.activeModalWidget() is None
