"""The main window: navigation on the left, the open screen on the right, a status bar, and the
notifications bell in the menu bar's corner (refreshed when a screen reports `records_changed`).

Screens are built the first time they are selected (the registry imports their module only
then) and refreshed each time they are shown again. On a language change the window retranslates
itself and every screen built so far. After its first paint the window starts the background
passes (recycling, due reminders; app.views.background_passes) and refreshes the bell and the
workbench when they changed something.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShortcut
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

from app import __version__
from app.services.settings import get_settings
from app.views.context import AppContext
from app.views.i18n import apply_cjk_font, role_title
from app.views.notifications_bell import NotificationBell
from app.views.screens import Screen, ScreenSpec, screens_for

DEFAULT_SIZE = (1200, 760)
# The screen a role starts on when it is not the first of its navigation list: administrators
# look products up too, but their work is the accounts.
START_SCREENS = {"admin": "users"}
NAVIGATION_WIDTH = 180


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
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.select_row(row))

        self.resize(*DEFAULT_SIZE)
        self.retranslate_ui()
        self.navigation.currentRowChanged.connect(self._show_row)
        if self.specs:
            keys = [spec.key for spec in self.specs]
            start = START_SCREENS.get(context.user.role, "")
            self.navigation.setCurrentRow(keys.index(start) if start in keys else 0)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.logout_action = QAction(self)
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.logout_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        """Set every text of the window again (first build and after a language switch)."""
        title = self.tr("SalesDesk")
        self.setWindowTitle(f"{title} - {self.company_name}" if self.company_name else title)
        for row, spec in enumerate(self.specs):
            self.navigation.item(row).setText(spec.translated_title())
        self.empty.setText(self.tr("Nothing to show for your role."))
        self.user_label.setText(self.context.user.display_name)
        self.role_label.setText(role_title(self.context.user.role))
        self.database_label.setToolTip(self.tr("The database SalesDesk is working in"))
        self.file_menu.setTitle(self.tr("&File"))
        self.logout_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About SalesDesk"))
        self.bell.retranslate_ui()
        for screen in self.screens.values():
            screen.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.bell.poll()
        super().changeEvent(event)

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
        screen = self.screens.get(spec.key)
        built = screen is None
        if screen is None:
            screen = spec.load()(self.context, self.stack)
            screen.setObjectName(f"screen_{spec.key}")
            self.screens[spec.key] = screen
            self.stack.addWidget(screen)
            screen.records_changed.connect(self.bell.refresh)
        if not (built and screen.READS_WHEN_BUILT):  # no second read right after the first
            screen.refresh()
        self.bell.refresh()
        self.stack.setCurrentWidget(screen)

    def start_background_passes(self) -> None:
        """Start the recycling and reminder passes (app.views.background_passes), once."""
        if self.background_passes is not None or self.logged_out or not self.isVisible():
            return
        from app.views.background_passes import BackgroundPasses

        self.background_passes = BackgroundPasses(self.context.user, self)
        self.background_passes.records_changed.connect(self._records_changed_in_background)
        self.background_passes.start()

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

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SalesDesk"), self.tr(
            "<b>SalesDesk</b> {version}<br>Customers, quotations, orders and commissions "
            "for the sales department."
        ).format(version=__version__))
