"""The screens smoke routine: open every part of the main window that loads a module late, once.

Screens, the report chart (matplotlib's Qt canvas), the print preview (pypdfium2), the user guide,
Help > About and the translations are imported when first used, so a frozen build that lacks one of
them starts fine and fails only when a user opens that part. This routine opens each of them in a
running MainWindow, headless and without a modal dialog waiting for a click, and prints one line a
step ("ok screen:reports 123 ms"); any exception, a slot's traceback or an unexpected modal dialog
(an error box) fails it.

    SALESDESK_SMOKE=screens salesdesk --db DEMO gui --user manager    (SALESDESK_PASSWORD=demo)

The frozen entry point (packaging/launcher.py) reads SALESDESK_SMOKE and calls `run_main`: it
installs the hook (`install`: the QApplication the app then reuses, and an event filter that starts
the routine after the main window's first paint), runs the app, and exits 1 when a step failed. The
GUI tests call `run_smoke(window)` on a window they built.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import traceback
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

ENVIRONMENT = "SALESDESK_SMOKE"
MODES = ("screens",)
WAIT_SECONDS = 60.0  # for one step's background reading (a year's report on a large database: ~1 s)
MODAL_POLL_MS = 50
DARK, WHITE, MIN_INK = 100, 240, 50  # a quotation's page in the preview: hundreds of inked pixels of every 4th
_hooks: list[QObject] = []  # the one installed hook


class SmokeError(Exception):
    """A step did not reach the state it should; the message says which and what was found."""


def _wait_until(condition: Callable[[], bool], what: str, timeout: float = WAIT_SECONDS) -> None:
    """Process events until `condition()` holds; SmokeError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeError(f"timed out after {timeout:.0f} s waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.005)


def _settle() -> None:
    """Let the background readings started by the last step finish and their results arrive."""
    _wait_until(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, "the background readings")
    for _ in range(3):
        QApplication.processEvents()


def _grab(widget: QWidget, what: str) -> str:
    pixmap = widget.grab()
    if pixmap.isNull() or pixmap.width() == 0:
        raise SmokeError(f"{what} painted nothing")
    return f"{pixmap.width()}x{pixmap.height()}"


def _ink(widget: QWidget, step: int = 2, gap: int = 3) -> int:
    """How many of every `step`-th pixel of the widget's picture are dark with white `gap` pixels to
    their left and right: text and lines on a white page, not the page's shadow or the frame."""
    image = widget.grab().toImage()
    width, height = image.width(), image.height()

    def lightness(x: int, y: int) -> int:
        return QColor(image.pixel(x, y)).lightness()

    return sum(1 for x in range(gap, width - gap, step) for y in range(0, height, step)
               if lightness(x, y) < DARK and lightness(x - gap, y) > WHITE and lightness(x + gap, y) > WHITE)


class ModalCloser(QObject):
    """Closes every modal dialog as soon as it shows (nobody is there to click), noting each."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.closed: list[str] = []  # "QMessageBox: title: text"
        self.spared: QWidget | None = None  # a window-modal dialog a step keeps open (the print preview)
        self.timer = QTimer(self)
        self.timer.setInterval(MODAL_POLL_MS)
        self.timer.timeout.connect(self.close_modal)
        self.timer.start()

    def close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is self.spared:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        self.closed.append(f"{type(dialog).__name__}: {dialog.windowTitle()}: {text}".strip())
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    def take(self) -> list[str]:
        closed, self.closed = self.closed, []
        return closed


class SmokeRoutine:
    """The steps, run in order on `window` (a shown MainWindow); `run()` returns the exit code."""

    def __init__(self, window, out: TextIO | None = None):
        self.window = window
        self.out = out or sys.stdout
        self.slot_errors: list[str] = []
        self.closer: ModalCloser | None = None

    # -- running -------------------------------------------------------------------------------

    def run(self) -> int:
        """Every step; 0 when all passed, 1 after the first failure (its traceback printed)."""
        started = time.perf_counter()
        previous_hook = sys.excepthook
        sys.excepthook = self._slot_error  # an exception in a slot is printed through it, not raised
        self.closer = ModalCloser()
        try:
            for name, step in self.steps():
                self._run_step(name, step)
        except Exception:
            self.out.write("FAILED\n" + traceback.format_exc())
            self.out.flush()
            return 1
        finally:
            sys.excepthook = previous_hook
            self.closer.timer.stop()
            self.closer.deleteLater()
        self._print(f"smoke passed: {len(self.steps())} steps in {int((time.perf_counter() - started) * 1000)} ms")
        return 0

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        keys = [spec.key for spec in self.window.specs]
        steps: list[tuple[str, Callable[[], str]]] = [
            (f"screen:{key}", lambda key=key: self.open_screen(key)) for key in keys]
        if "reports" in keys:
            steps.append(("chart:targets", self.targets_chart))
        if "quotations" in keys:
            steps.append(("preview:quotation", self.quotation_preview))
        if "database" in self.window.file_actions:
            steps.append(("dialog:database", self.database_dialog))
        steps += [("keyring", self.keyring), ("about", self.about), ("guide", self.guide),
                  ("language", self.switch_language)]
        return steps

    def _run_step(self, name: str, step: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = step()
            _settle()
        except Exception as exc:
            if self.slot_errors:  # the cause, raised in a slot before the step noticed
                raise SmokeError(f"{name}: an exception in a slot:\n{''.join(self.slot_errors)}") from exc
            raise
        unexpected = self.closer.take()
        if unexpected:
            raise SmokeError(f"{name}: a dialog asked for a click: {'; '.join(unexpected)}")
        if self.slot_errors:
            raise SmokeError(f"{name}: an exception in a slot:\n{''.join(self.slot_errors)}")
        self._print(f"ok {name} {int((time.perf_counter() - started) * 1000)} ms {detail}".rstrip())

    def _print(self, line: str) -> None:
        self.out.write(line + "\n")
        self.out.flush()

    def _slot_error(self, kind, value, trace) -> None:
        self.slot_errors.append("".join(traceback.format_exception(kind, value, trace)))

    # -- the steps -------------------------------------------------------------------------------

    def open_screen(self, key: str) -> str:
        """Open the screen as the navigation does, let its readings finish, paint it."""
        screen = self.window.open_screen(key)
        _settle()
        if self.window.current_screen is not screen:
            raise SmokeError(f"the screen {key} is not the one shown")
        return _grab(self.window, f"the screen {key}")

    def targets_chart(self) -> str:
        """The Reports screen's targets report for this year, with its chart on a Qt canvas."""
        screen = self.window.open_screen("reports")
        _settle()
        screen.picker.choose("targets", year=(screen.today or dt.date.today()).year, month=None)
        _wait_until(lambda: not screen.loader.busy and screen.table is not None and screen.table.name == "targets",
                    "the targets report")
        if not screen.chart.has_chart() or screen.chart.canvas is None:
            raise SmokeError("the targets report shows no chart")
        screen.chart.canvas.draw()
        size = _grab(screen.chart, "the chart")
        return f"{len(screen.table.rows)} row(s), chart {size}"

    def quotation_preview(self) -> str:
        """The first quotation's PDF rasterised into the print preview (pypdfium2), then closed."""
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        screen = self.window.open_screen("quotations")
        _settle()
        _wait_until(lambda: screen.model.rowCount() > 0, "a quotation in the list", timeout=10)
        screen.table.selectRow(0)
        row = screen.selected_quotation()
        if row is None:
            raise SmokeError("no quotation could be selected")
        dialog = screen.print_preview()
        if dialog is None:
            raise SmokeError(f"no print preview opened for {row.number}")
        self.closer.spared = dialog  # no event was processed since it opened: the closer has not met it
        try:
            preview = dialog.findChild(QPrintPreviewWidget)
            _wait_until(lambda: preview.pageCount() > 0, "the preview's first page", timeout=30)
            if self.slot_errors:  # paint_pdf raised inside the preview's paintRequested
                raise SmokeError(f"the preview of {row.number} failed:\n{''.join(self.slot_errors)}")
            if "pypdfium2" not in sys.modules:
                raise SmokeError("the preview did not rasterise the PDF (pypdfium2 not loaded)")
            dialog.resize(900, 1200)  # the page's top at a readable size: more text to find
            preview.fitToWidth()
            _settle()
            size = _grab(preview, "the print preview")
            ink = _ink(preview)
            if ink < MIN_INK:  # a blank page: the PDF was not painted onto the preview
                raise SmokeError(f"the preview of {row.number} shows a blank page ({ink} inked pixels)")
            return f"{row.number}: {preview.pageCount()} page(s), {size}, {ink} inked pixels"
        finally:
            self.closer.spared = None
            dialog.done(0)

    def database_dialog(self) -> str:
        """File > Database connection… (modal; closed unchanged by the closer)."""
        self.window.file_actions["database"].trigger()
        closed = self.closer.take()
        if not closed or not closed[0].startswith("DatabaseDialog"):
            raise SmokeError(f"File > Database connection showed no Database dialog: {closed}")
        return "shown and cancelled"

    def keyring(self) -> str:
        """The keyring the Database dialog remembers passwords in: its backends load (entry points, the
        platform's own backend module); which one is usable depends on the desktop, not on the build."""
        from importlib import import_module

        import keyring.backend

        from app.services.connection_settings import keyring_available

        native = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
        import_module(f"keyring.backends.{native}")
        names = sorted(type(backend).__name__ for backend in keyring.backend.get_all_keyring())
        usable = "usable" if keyring_available() else "none usable here"
        return f"{type(keyring.get_keyring()).__module__}; {usable}; backends {', '.join(names)}"

    def about(self) -> str:
        """Help > About (a modal message box, closed by the closer once its versions are shown)."""
        self.window.about_action.trigger()
        closed = self.closer.take()
        if not closed or not closed[0].startswith("QMessageBox") or "PySide6" not in closed[0]:
            raise SmokeError(f"Help > About showed no versions box: {closed}")
        return "versions shown"

    def guide(self) -> str:
        """Help > User guide: the Markdown guide in its own window, then closed."""
        from app.views.help_dialogs import GuideWindow

        self.window.guide_action.trigger()
        closed = self.closer.take()
        if closed:
            raise SmokeError(f"Help > User guide showed a message instead: {closed}")
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideWindow) and w.isVisible()]
        if not windows:
            raise SmokeError("Help > User guide opened no window")
        guide = windows[-1]
        try:
            length = len(guide.browser.toPlainText())
            if length < 200:
                raise SmokeError(f"the user guide {guide.path.name} shows {length} characters")
            return f"{guide.path.name}: {length:,} characters, {_grab(guide, 'the guide')}"
        finally:
            guide.close()

    def switch_language(self) -> str:
        """View > Language: to English and back (or to Chinese and back), every title retranslated."""
        from app.views.i18n import current_language

        window = self.window
        first = current_language()
        other = "zh_CN" if first == "en" else "en"
        shown = []
        for language in (other, first):
            window.language_actions[language].trigger()
            _settle()
            if current_language() != language:
                raise SmokeError(f"the language is {current_language()} after choosing {language}")
            titles = window.screen_titles()
            english = [spec.title for spec in window.specs]
            if (titles == english) != (language == "en"):
                raise SmokeError(f"the navigation in {language} reads {titles[:3]}…")
            qt_context = "QPlatformTheme"  # a variable: lupdate must not copy Qt's own text into ours
            cancel = QCoreApplication.translate(qt_context, "Cancel")  # Qt's own texts (qtbase_*.qm)
            if language == "zh_CN" and cancel == "Cancel":
                raise SmokeError("Qt's Chinese translation (qtbase_zh_CN.qm) did not load: buttons read Cancel")
            _grab(window, f"the window in {language}")
            shown.append(f"{language} ({titles[0]}, {cancel})")
        return " -> ".join(shown)


def run_smoke(window, out: TextIO | None = None) -> int:
    """Run the routine on a shown MainWindow; 0 when every step passed, else 1."""
    return SmokeRoutine(window, out).run()


class _StartAfterPaint(QObject):
    """Event filter on the application: the first MainWindow shown runs the routine after its first
    paint, then the application quits with the routine's result kept in `exit_code`."""

    def __init__(self, out: TextIO | None = None):
        super().__init__()
        self.out = out
        self.exit_code: int | None = None  # None: no main window was shown (login failed...)
        self.hooked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from app.views.main_window import MainWindow

        if not self.hooked and event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
            self.hooked = True
            watched.first_painted.connect(lambda: QTimer.singleShot(0, lambda: self._run(watched)))
        return False

    def _run(self, window) -> None:
        self.exit_code = run_smoke(window, self.out)
        window.close()
        QApplication.exit(self.exit_code)


def install(mode: str, out: TextIO | None = None) -> _StartAfterPaint:
    """Make the app about to run (app.cli.main) run the routine after its main window's first paint:
    the QApplication is made now (the app's start-up reuses an existing one) with the hook on it.
    Installed once: a second call (the launcher and the command line both asked) returns the first hook."""
    if mode not in MODES:
        raise SystemExit(f"salesdesk: {ENVIRONMENT}={mode!r}: known modes are {', '.join(MODES)}")
    if _hooks:
        return _hooks[0]
    application = QApplication.instance() or QApplication(sys.argv[:1])
    hook = _StartAfterPaint(out)
    application.installEventFilter(hook)
    _hooks.append(hook)  # kept referenced: the application does not own its event filters
    return hook


def uninstall() -> None:
    """Take the hook off the application (tests, which run several windows in one application)."""
    application = QApplication.instance()
    while _hooks:
        hook = _hooks.pop()
        if application is not None:
            application.removeEventFilter(hook)


def run_main(main: Callable[[], int], mode: str) -> int:
    """Run `main` (app.cli.main) with the routine hooked in; its exit code, or 1 when the routine
    failed or never ran."""
    hook = install(mode)
    code = main()
    if hook.exit_code is None:
        print("smoke: the main window never showed", file=sys.stderr, flush=True)
        return code or 1
    return code or hook.exit_code
