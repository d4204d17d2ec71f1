"""The login dialog: user name and password; on a demo database, the demo accounts to pick from.

Database… (Ctrl+D) opens the Database dialog: choosing another database there closes this dialog
with `switch_target` set, and the application opens that database instead (app.views.app).

The language (中文 / English, each named in its own words) can be switched here too, before anyone
has logged in: SalesDesk starts in Chinese, and an English reader must not need to read it to
find their language. The choice is remembered as View > Language remembers it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.connection import describe
from app.models.user import User
from app.services import auth
from app.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from app.services.errors import AuthenticationError, LoginThrottled
from app.services.settings import get_settings
from app.views.errors import throttle_text
from app.views.i18n import LANGUAGES, current_language, install_translator, role_title, save_language
from app.views.service_text import translate_service_message
from app.views.theme import set_tone


class LoginDialog(QDialog):
    """Ask for a user name and password until they match an active account (or the user cancels).

    After `exec()` returns Accepted, `user` is the authenticated User. Esc cancels. When
    `database_target` is given, the dialog names that database and offers Database…; after the
    user chose another one there, `switch_target` holds it (and the dialog was rejected).
    """

    def __init__(self, username: str = "", parent: QWidget | None = None, *, database_target: str | None = None):
        super().__init__(parent)
        self.user: User | None = None
        self.database_target = database_target
        self.switch_target: str | None = None
        settings = get_settings()
        self.company_name = settings.company_name
        self.demo = settings.demo

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("username")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        self.login_button = QPushButton()
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.log_in)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        set_tone(self.database_label, "quiet")
        self.database_label.setWordWrap(True)
        self.database_button = QPushButton()
        self.database_button.setObjectName("database")
        self.database_button.setAutoDefault(False)
        self.database_button.setShortcut(QKeySequence("Ctrl+D"))
        self.database_button.clicked.connect(self.choose_database)
        if database_target is None:
            self.database_label.hide()
            self.database_button.hide()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for language, name in LANGUAGES.items():  # each named in its own words: never translated
            self.language_combo.addItem(name, language)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)

        form = QFormLayout()
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.database_button)
        buttons.addWidget(self.language_combo)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.database_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.demo_hint = QLabel()
        self.demo_accounts = QTreeWidget()
        self.demo_accounts.setObjectName("demo_accounts")
        if self.demo:
            self._add_demo_accounts(layout)
        else:
            self.demo_hint.hide()
            self.demo_accounts.hide()

        self.retranslate_ui()
        self.setMinimumWidth(420)
        (self.password_edit if username else self.username_edit).setFocus()

    def _add_demo_accounts(self, layout: QVBoxLayout) -> None:
        # No word wrap: a wrapped label makes the dialog's minimum height too small (Qt lays out
        # top-level minimums without height-for-width), which cut off the last account.
        self.demo_accounts.setRootIsDecorated(False)
        self.demo_accounts.setColumnCount(3)
        self.demo_accounts.setAllColumnsShowFocus(True)
        for username, name, role, *_rest in DEMO_ACCOUNTS:
            item = QTreeWidgetItem([username, name, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, role)
            self.demo_accounts.addTopLevelItem(item)
        self.demo_accounts.itemClicked.connect(self.pick_demo_account)
        self.demo_accounts.itemDoubleClicked.connect(self._log_in_as_demo_account)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.demo_accounts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _language_chosen(self, _index: int) -> None:
        """Show this window (and what follows) in the chosen language, remembered for the next start."""
        language = self.language_combo.currentData()
        if not language or language == current_language():
            return
        save_language(language)
        install_translator(QApplication.instance(), language)
        self.retranslate_ui()  # removing the last translator (English) sends no LanguageChange

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log in - SalesDesk"))
        self.language_combo.setToolTip(self.tr("Language"))
        self.heading.setText(self.company_name or self.tr("SalesDesk"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.login_button.setText(self.tr("Log in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.database_button.setText(self.tr("Database…"))
        self.database_button.setToolTip(self.tr("Choose the database: a file on this computer or a shared "
                                                "PostgreSQL server (Ctrl+D)"))
        if self.database_target is not None:
            self.database_label.setText(self.tr("Database: {name}").format(name=describe(self.database_target)))
        self.demo_hint.setText(self.tr(
            "Demo database: every account's password is \"{password}\".\n"
            "Click an account to fill in its user name; double-click to log in."
        ).format(password=DEMO_PASSWORD))
        self.demo_accounts.setHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role")])
        for row in range(self.demo_accounts.topLevelItemCount()):
            item = self.demo_accounts.topLevelItem(row)
            item.setText(2, role_title(item.data(0, Qt.ItemDataRole.UserRole)))
        if self.demo:
            self._fit_demo_accounts()

    def _fit_demo_accounts(self) -> None:
        """Columns with some air, and a list sized to show every account without scrolling."""
        tree = self.demo_accounts
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
            tree.setColumnWidth(column, tree.columnWidth(column) + 16)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setSizeAdjustPolicy(QTreeWidget.SizeAdjustPolicy.AdjustToContents)
        # A minimum, not just a hint: a new top-level window is capped to 2/3 of the screen, which
        # would cut the last accounts off on a small screen.
        tree.setMinimumHeight(tree.sizeHint().height())

    def pick_demo_account(self, item: QTreeWidgetItem) -> None:
        """Fill in the clicked account's user name and move on to the password."""
        self.username_edit.setText(item.text(0))
        self.password_edit.setFocus()

    def _log_in_as_demo_account(self, item: QTreeWidgetItem) -> None:
        self.pick_demo_account(item)
        self.password_edit.setText(DEMO_PASSWORD)
        self.log_in()

    def choose_database(self) -> None:
        """The Database dialog; another database chosen there closes this dialog to open it."""
        from app.views.dialogs.database_dialog import open_database_dialog

        target = open_database_dialog(self, self.database_target or "", reopens=True)
        if target is not None and target != self.database_target:
            self.switch_target = target
            self.reject()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def log_in(self) -> None:
        """Check the credentials; accept the dialog or show why not."""
        # The Argon2 check takes about a tenth of a second: short enough to wait for on the UI thread.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.user = auth.authenticate(self.username_edit.text(), self.password_edit.text())
        except LoginThrottled as exc:
            self.show_error(throttle_text(exc))
        except AuthenticationError as exc:
            self.show_error(translate_service_message(str(exc)))
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self.accept()
        finally:
            QGuiApplication.restoreOverrideCursor()
