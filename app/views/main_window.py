"""The main window: navigation on the left, the open screen on the right, a status bar, and the
notifications bell in the menu bar's corner (refreshed when a screen reports `records_changed`).

Screens are built the first time they are selected (the registry imports their module only
then) and refreshed each time they are shown again. On a language change the window retranslates
itself and every screen built so far. After its first paint the window starts the background
passes (recycling, due reminders; app.views.background_passes) and refreshes the bell and the
workbench when they changed something.

View > Language switches between 中文 and English while the window stays open (what the user typed
stays), and is remembered for the next start (app.views.i18n). The window's size and place, its
splitter and every built screen's column widths and splitters are saved when it closes and given
back when it (or the screen) is built again (app.views.layout_memory). Help lists the keyboard
shortcuts of the window and the screens built so far, opens the user guide and shows the versions
(app.views.help_dialogs). File holds backup, restore and the database connection for those
allowed, when those modules are present.
"""

from __future__ import annotations

import html
from importlib.util import find_spec

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.services.permissions import PERMISSIONS, can
from app.services.settings import get_settings
from app.views import layout_memory
from app.views.context import AppContext
from app.views.i18n import LANGUAGES, apply_cjk_font, current_language, install_translator, role_title, save_language
from app.views.local_settings import local_settings
from app.views.notifications_bell import NotificationBell
from app.views.screens import Screen, ScreenSpec, screens_for
from app.views.theme import tone

DEFAULT_SIZE = (1200, 760)
# The screen a role starts on when it is not the first of its navigation list: administrators
# look products up too, but their work is the accounts.
START_SCREENS = {"admin": "users"}
NAVIGATION_WIDTH = 180
# File-menu entries another module provides: (module, function, permission). The entry is there
# when the module is installed and the user holds the permission; the module is imported when used.
FILE_ACTIONS = {
    "backup": ("app.views.backup_actions", "back_up_now", "backup.run"),
    "restore": ("app.views.backup_actions", "restore_from_backup", "backup.run"),
    "database": ("app.views.dialogs.database_dialog", "open_database_dialog", "settings.manage"),
}
# Their keys (listed by Help > Keyboard shortcuts); none of them is taken by a screen.
FILE_SHORTCUTS = {"backup": "Ctrl+Shift+B", "restore": "Ctrl+Shift+O", "database": "Ctrl+Shift+L"}
USER_GUIDE_KEY = QKeySequence.StandardKey.HelpContents  # F1
SHORTCUTS_KEY = "Ctrl+/"


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class MainWindow(QMainWindow):
    """The window a logged-in user works in.

    `logout_requested` asks the caller for a new login; `first_painted` fires once, after the
    window's first paint pass (start-up measurement).
    """

    logout_requested = Signal()
    first_painted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.specs: list[ScreenSpec] = screens_for(context)
        self.painted = False
        self.logged_out = False  # set by log_out(): the caller then asks for a new login
        self.screens: dict[str, Screen] = {}
        self.company_name = get_settings().company_name
        application = QApplication.instance()
        if isinstance(application, QApplication):
            apply_cjk_font(application)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(140)
        self.navigation.setUniformItemSizes(True)
        # Roomier rows than a plain list: this is the app's main menu, clicked all day.
        self.navigation.setStyleSheet("QListWidget#navigation { outline: 0; }"
                                      "QListWidget#navigation::item { padding: 6px 10px; }")
        self.navigation.addItems([spec.translated_title() for spec in self.specs])
        self.stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAVIGATION_WIDTH, DEFAULT_SIZE[0] - NAVIGATION_WIDTH])
        self.setCentralWidget(splitter)

        self.user_label = QLabel()
        self.role_label = QLabel()
        self.database_label = QLabel(context.database_label)
        for label in (self.user_label, self.role_label, self.database_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(_separator())
        self.statusBar().addWidget(self.role_label)
        # The automatic daily backup's failure stays in sight until a backup succeeds: a user who
        # never opens Settings would otherwise learn of it only when a restore is needed.
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backup_warning")
        self.backup_warning.setContentsMargins(6, 0, 6, 0)
        self.backup_warning.setStyleSheet("font-weight: bold;")  # red as the theme has it, in the link
        self.backup_warning.setTextFormat(Qt.TextFormat.RichText)
        self.backup_warning.linkActivated.connect(lambda _link: self.show_backup_failure())
        self.backup_warning.hide()
        self.backup_error: object = None
        self.statusBar().addPermanentWidget(self.backup_warning)
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_menu()
        # Parented at once: setCornerWidget does not take ownership from Python.
        self.bell_corner = QWidget(self.menuBar())
        self.bell = NotificationBell(context, self.bell_corner)
        corner_layout = QHBoxLayout(self.bell_corner)
        corner_layout.setContentsMargins(0, 0, 8, 0)
        corner_layout.addWidget(self.bell)
        self.menuBar().setCornerWidget(self.bell_corner, Qt.Corner.TopRightCorner)
        # Recycling and reminder notifications run off the UI thread, started after the first
        # paint (queued once more, so that the start-up measurement never includes them).
        self.background_passes = None
        self.first_painted.connect(lambda: QTimer.singleShot(0, self.start_background_passes))
        self.navigation_shortcuts: list[QShortcut] = []
        for number in range(1, min(len(self.specs), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.select_row(row))
            self.navigation_shortcuts.append(shortcut)

        self.resize(*DEFAULT_SIZE)
        layout_memory.restore_window_layout(self)
        self.retranslate_ui()
        self.navigation.currentRowChanged.connect(self._show_row)
        if self.specs:
            keys = [spec.key for spec in self.specs]
            start = START_SCREENS.get(context.user.role, "")
            self.navigation.setCurrentRow(keys.index(start) if start in keys else 0)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.file_actions: dict[str, QAction] = {}
        for name, (module, function, permission) in FILE_ACTIONS.items():
            if find_spec(module) is not None and permission in PERMISSIONS and can(self.context.user, permission):
                action = QAction(self)
                action.setShortcut(QKeySequence(FILE_SHORTCUTS[name]))
                action.triggered.connect(lambda _checked=False, m=module, f=function: self._run_file_action(m, f))
                self.file_menu.addAction(action)
                self.file_actions[name] = action
        if self.file_actions:
            self.file_menu.addSeparator()
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language, name in LANGUAGES.items():
            action = QAction(name, self)  # each language named in its own words: never translated
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, lang=language: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(USER_GUIDE_KEY))
        self.guide_action.triggered.connect(self.show_user_guide)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence(SHORTCUTS_KEY))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        """Set every text of the window again (first build and after a language switch)."""
        title = self.tr("SalesDesk")
        self.setWindowTitle(f"{title} - {self.company_name}" if self.company_name else title)
        for row, spec in enumerate(self.specs):
            self.navigation.item(row).setText(spec.translated_title())
        for shortcut, spec in zip(self.navigation_shortcuts, self.specs, strict=False):
            # What Help > Keyboard shortcuts lists for the key.
            shortcut.setWhatsThis(self.tr("Open {screen}").format(screen=spec.translated_title()))
        self.empty.setText(self.tr("Nothing to show for your role."))
        self.user_label.setText(self.context.user.display_name)
        self.role_label.setText(role_title(self.context.user.role))
        self.database_label.setToolTip(self.tr("The database SalesDesk is working in"))
        self.file_menu.setTitle(self.tr("&File"))
        file_texts = {"backup": self.tr("&Back up now…"), "restore": self.tr("&Restore from backup…"),
                      "database": self.tr("&Database connection…")}
        for name, action in self.file_actions.items():
            action.setText(file_texts[name])
        self.logout_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        shown = current_language()
        for language, action in self.language_actions.items():
            action.setChecked(language == shown)
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About SalesDesk"))
        self.bell.retranslate_ui()
        self._show_backup_warning()
        for screen in self.screens.values():
            screen.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.bell.poll()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    def save_layout(self) -> None:
        """Remember the window's size and place and every built screen's columns and splitters."""
        settings = local_settings()
        layout_memory.save_window_layout(self, settings)
        for key, screen in self.screens.items():
            layout_memory.save_widget_layout(screen, f"screen_{key}", settings)
        settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            # Queued: the children of this frame are painted before anyone hears of it.
            QTimer.singleShot(0, self.first_painted.emit)

    @property
    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def screen_titles(self) -> list[str]:
        """The navigation entries, as shown."""
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def select_row(self, row: int) -> None:
        """Open the row-th screen of the navigation (Ctrl+1..9); ignored when there is none."""
        if 0 <= row < len(self.specs):
            self.navigation.setCurrentRow(row)

    def open_screen(self, key: str) -> Screen:
        """Open the screen with this registry key and return it."""
        keys = [spec.key for spec in self.specs]
        self.navigation.setCurrentRow(keys.index(key))
        return self.screens[key]

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        built = spec.key not in self.screens
        screen = self.build_screen(spec)
        if not (built and screen.READS_WHEN_BUILT):  # no second read right after the first
            screen.refresh()
        self.bell.refresh()
        self.stack.setCurrentWidget(screen)

    def build_screen(self, spec: ScreenSpec) -> Screen:
        """The screen of `spec`, built (with its remembered column widths) when first asked for."""
        screen = self.screens.get(spec.key)
        if screen is None:
            screen = spec.load()(self.context, self.stack)
            screen.setObjectName(f"screen_{spec.key}")
            layout_memory.restore_widget_layout(screen, f"screen_{spec.key}")
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
            screen.records_changed.connect(self.bell.refresh)
        return screen

    def start_background_passes(self) -> None:
        """Start the recycling and reminder passes (app.views.background_passes), once."""
        if self.background_passes is not None or self.logged_out or not self.isVisible():
            return
        from app.views.background_passes import BackgroundPasses

        self.background_passes = BackgroundPasses(self.context.user, self)
        self.background_passes.records_changed.connect(self._records_changed_in_background)
        self.background_passes.failed.connect(self._background_pass_failed)
        self.background_passes.backup_made.connect(self._daily_backup_made)
        self.background_passes.start()

    def _background_pass_failed(self, name: str, error: object) -> None:
        if name == "backup":
            self.backup_error = error
            self._show_backup_warning()

    def _daily_backup_made(self, path: object) -> None:
        self.backup_error = None
        self._show_backup_warning()
        self.statusBar().showMessage(self.tr("Today's backup was written to {path}").format(path=path), 15000)

    def note_backup_made(self) -> None:
        """A backup was made (File or Settings): a failed daily backup is behind us."""
        self.backup_error = None
        self._show_backup_warning()

    def _show_backup_warning(self) -> None:
        """The status bar's warning of a failed daily backup (hidden when there is none)."""
        error = self.backup_error
        if error is None:
            self.backup_warning.hide()
            return
        self.backup_warning.setText('<a href="details" style="color: {};">{}</a>'.format(
            tone("error"), html.escape(self.tr("Daily backup failed: details…"))))
        self.backup_warning.setToolTip(self.backup_failure_text())
        self.backup_warning.show()

    def backup_failure_text(self) -> str:
        """Why the daily backup failed and what to do, as the warning's tooltip and box say it."""
        from app.views.service_text import translate_service_message

        error = self.backup_error
        reason = (translate_service_message(str(error)) if str(error) else type(error).__name__) if error else ""
        return self.tr("Today's automatic backup could not be made:\n{reason}\n\nChoose another backup folder "
                       "under Settings, Backups, then use File, Back up now.").format(reason=reason)

    def show_backup_failure(self) -> None:
        QMessageBox.warning(self, self.tr("Daily backup failed"), self.backup_failure_text())

    def _records_changed_in_background(self) -> None:
        self.bell.refresh()
        workbench = self.screens.get("workbench")
        if workbench is not None and workbench.isVisible():
            workbench.refresh()

    def log_out(self) -> None:
        """Close the window and ask the caller (app.run_gui) for a new login."""
        self.logged_out = True
        self.logout_requested.emit()
        self.close()

    def set_language(self, language: str) -> None:
        """Show every text in `language` now (no restart) and remember it for the next start."""
        save_language(language)
        application = QApplication.instance()
        loaded = install_translator(application, language)
        if language in LANGUAGES and language != "en" and not loaded:
            self.statusBar().showMessage(self.tr("This installation has no translation for that language."), 8000)
        # Removing the last translator sends no LanguageChange: set the texts here in any case.
        self.retranslate_ui()

    def _run_file_action(self, module: str, function: str) -> None:
        from importlib import import_module

        run = getattr(import_module(module), function)
        if function == "open_database_dialog":
            from app.services.backups import current_target, target_string

            run(self, target_string(current_target()))  # the choice is used from the next start
        elif run(self, self.context) and function == "back_up_now":
            self.note_backup_made()

    def show_user_guide(self) -> None:
        from app.views.help_dialogs import show_user_guide

        show_user_guide(self)

    def show_shortcuts(self) -> None:
        from app.views.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        from app.views.help_dialogs import show_about

        show_about(self, self.context)
