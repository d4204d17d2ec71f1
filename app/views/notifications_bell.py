"""The notifications bell of the main window: the unread count, a popup list, opening the record.

The count is a cheap COUNT query, polled every 30 seconds and refreshed after the user's own
actions (the main window calls `refresh()` when a screen reports `records_changed`, when a screen
is opened and when the window is activated). Clicking the bell opens the list (`list_notifications`:
unread first, in bold); activating one marks it read and opens the record it is about through
`OPENERS` (entity name -> function), so later areas (reminders, approvals) register their own
openers and notification kinds without touching this module.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.notifications import NotificationRow, list_notifications, mark_read, unread_count
from app.views.context import AppContext
from app.views.errors import show_error
from app.views.service_text import translate_service_message

POLL_INTERVAL_MS = 30_000
ICON_SIZE = 22
POPUP_SIZE = (380, 440)
log = logging.getLogger(__name__)

Opener = Callable[[QWidget, AppContext, str], None]

# kind -> English source text, shown through QCoreApplication.translate("Notifications", ...).
KIND_TITLES: dict[str, str] = {
    "reception.visit": QT_TRANSLATE_NOOP("Notifications", "Front desk: visitor"),
    "reception.call": QT_TRANSLATE_NOOP("Notifications", "Front desk: phone call"),
    "pool.returned": QT_TRANSLATE_NOOP("Notifications", "Public pool"),
    "pool.warning": QT_TRANSLATE_NOOP("Notifications", "Public pool"),
    "reminder": QT_TRANSLATE_NOOP("Notifications", "Reminder"),
}


# A plain name lupdate knows: translate("Notifications", "text") is read into the .ts file.
translate = QCoreApplication.translate


def open_customer(parent: QWidget, context: AppContext, entity_id: str) -> None:
    """Open the customer's form (window-modal, not blocking); its errors are shown, not raised."""
    from app.views.dialogs.customer_dialog import CustomerDialog

    try:
        dialog = CustomerDialog(context.user, int(entity_id), parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


# entity -> what opens it. Later areas add theirs with `OPENERS["quotation"] = open_quotation`.
OPENERS: dict[str, Opener] = {"customer": open_customer}


def bell_icon(unread: bool, colour: QColor) -> QIcon:
    """A bell drawn in `colour`, with a red dot when there is something unread (no icon font or
    emoji font needed: neither is on every desk)."""
    scale = 2  # drawn at twice the size, so it stays crisp on high-DPI screens
    size = ICON_SIZE * scale
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    bell = QPainterPath()
    bell.moveTo(4, 16.5)
    bell.cubicTo(6, 14.5, 6, 12, 6, 9.5)
    bell.cubicTo(6, 6, 8, 4, 11, 4)
    bell.cubicTo(14, 4, 16, 6, 16, 9.5)
    bell.cubicTo(16, 12, 16, 14.5, 18, 16.5)
    bell.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(bell)
    painter.drawEllipse(QRectF(9, 17, 4, 3.5))
    painter.drawEllipse(QRectF(10, 2.2, 2, 2.5))
    if unread:
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(QColor("#d93025"))
        painter.drawEllipse(QRectF(ICON_SIZE - 8.5, 1, 7.5, 7.5))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)


def shown_title(title: str) -> str:
    """The title without a repeated name: "李先生 (李先生)" (a private person's own customer
    record) reads "李先生"."""
    match = re.fullmatch(r"(.+) \((.+)\)", title)
    return match.group(1) if match and match.group(1) == match.group(2) else title


def shown_text(title: str) -> str:
    """The title as the list shows it: without a repeated name, in the interface language
    ("Customer returned to the pool" -> 客户已退回公海)."""
    return translate_service_message(shown_title(title))


def _when(created: object) -> str:
    if not isinstance(created, dt.datetime):
        return str(created or "")
    if created.date() == dt.date.today():
        return f"{created:%H:%M}"
    return f"{created:%m-%d %H:%M}"


class NotificationPopup(QFrame):
    """The list under the bell: title, what and when; unread in bold. `activated(row)` when one is
    clicked or Enter is pressed on it."""

    activated = Signal(object)  # NotificationRow
    mark_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rows: list[NotificationRow] = []
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.mark_all_button = QPushButton()
        self.mark_all_button.setFlat(True)
        self.list = QListWidget()
        self.list.setSpacing(1)
        # The palette's selection colours, so the current row stays readable in light and dark themes.
        self.list.setStyleSheet("QListWidget::item:selected { background: palette(highlight);"
                                " color: palette(highlighted-text); }")
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.mark_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.mark_all_button.clicked.connect(self.mark_all_requested)
        self.list.itemClicked.connect(lambda item: self.activate_row(self.list.row(item)))
        self.list.itemActivated.connect(lambda item: self.activate_row(self.list.row(item)))
        self.resize(*POPUP_SIZE)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(translate("Notifications", "Notifications"))
        self.mark_all_button.setText(translate("Notifications", "Mark all read"))
        self.empty.setText(translate("Notifications", "No notifications."))
        self.show_rows(self.rows)

    def show_rows(self, rows: list[NotificationRow]) -> None:
        self.rows = list(rows)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem()
            label = self._label(row)
            item.setSizeHint(label.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.list.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self.mark_all_button.setEnabled(any(not r.read for r in self.rows))
        if self.rows:
            self.list.setCurrentRow(0)

    def _label(self, row: NotificationRow) -> QLabel:
        kind = KIND_TITLES.get(row.kind)
        details = [translate("Notifications", kind) if kind else "", translate_service_message(row.body),
                   _when(row.created_at)]
        title = html.escape(shown_text(row.title))
        dot = "<span style='color:#1a73e8'>●</span> " if not row.read else ""
        label = QLabel(f"{dot}{'<b>' + title + '</b>' if not row.read else title}<br>"
                       f"<span style='color:#6b6b6b'>{html.escape(' · '.join(d for d in details if d))}</span>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        label.setFixedWidth(POPUP_SIZE[0] - 40)
        return label

    def titles(self) -> list[tuple[str, bool]]:
        """(title, unread) of every row shown (what tests read)."""
        return [(row.title, not row.read) for row in self.rows]

    def activate_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.activated.emit(self.rows[row])


class NotificationBell(QToolButton):
    """The bell: `count` unread; click for the list. `opened(entity, entity_id)` after a
    notification's record was opened."""

    opened = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.count = 0
        self.setObjectName("notificationBell")
        self.setAutoRaise(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet("QToolButton#notificationBell { color: #d93025; padding: 0 4px; }")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.popup = NotificationPopup(self)
        self.popup.activated.connect(self.open_notification)
        self.popup.mark_all_requested.connect(self.mark_all_read)
        self.clicked.connect(self.show_popup)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.refresh()

    def text_shown(self) -> str:
        """"🔔 N": what the bell says, for tests and screen readers."""
        return f"🔔 {self.count}"

    def refresh(self) -> None:
        """Count the unread notifications again and show the number."""
        self.count = unread_count(self.context.user)
        self._show_count()
        if self.popup.isVisible():
            self.popup.show_rows(list_notifications(self.context.user))

    def poll(self) -> None:
        """`refresh()` for the timer and window activation: a failure is logged, not raised."""
        try:
            self.refresh()
        except Exception:  # a busy or unreachable database: the next tick tries again
            log.warning("notifications poll failed", exc_info=True)

    def _show_count(self) -> None:
        # The application's text colour: this button's own is the red of the count.
        self.setIcon(bell_icon(self.count > 0, QApplication.palette().buttonText().color()))
        self.setText(str(self.count) if self.count < 100 else "99+")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if self.count
                                else Qt.ToolButtonStyle.ToolButtonIconOnly)
        if self.count:
            tip = translate("Notifications", "{count} unread notifications").format(count=self.count)
        else:
            tip = translate("Notifications", "No unread notifications")
        self.setToolTip(tip)
        self.setAccessibleName(tip)

    def retranslate_ui(self) -> None:
        self._show_count()
        self.popup.retranslate_ui()

    def show_popup(self) -> None:
        """Open the list under the bell (right-aligned with it)."""
        self.popup.show_rows(list_notifications(self.context.user))
        below = self.mapToGlobal(QPoint(self.width(), self.height()))
        self.popup.move(below.x() - self.popup.width(), below.y())
        self.popup.show()
        self.popup.list.setFocus()

    def open_notification(self, row: NotificationRow) -> None:
        """Mark `row` read, close the list and open its record (when an opener knows its entity)."""
        if not row.read:
            mark_read(self.context.user, [row.id])
        self.popup.hide()
        self.refresh()
        opener = OPENERS.get(row.entity)
        if opener is not None and row.entity_id:
            opener(self.window(), self.context, row.entity_id)
            self.opened.emit(row.entity, row.entity_id)

    def mark_all_read(self) -> None:
        mark_read(self.context.user)
        self.refresh()
        self.popup.show_rows(list_notifications(self.context.user))
