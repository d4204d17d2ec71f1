"""Reception duty (接待轮值): the rotation editor and the settings box that shows and opens it.

The editor is one list of the salespeople and supervisors who may take duty: checked ones are on
duty, in the list's order (Up/Down, or Alt+Up/Alt+Down, move the current one). Saving goes
through `reception_duty.set_duty_rotation` (a company setting: settings.manage).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services import reception_duty
from app.services.errors import ServiceError, ValidationError
from app.services.reception_duty import StaffMember
from app.views.dialogs.forms import error_label
from app.views.errors import field_messages, show_error
from app.views.i18n import role_title

ID_ROLE = Qt.ItemDataRole.UserRole


class DutyRotationDialog(QDialog):
    """Choose who takes reception duty and in which order; `saved` is the rotation after OK."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.saved: list[StaffMember] | None = None
        self.setWindowTitle(self.tr("Reception duty rotation"))
        self.intro = QLabel(self.tr(
            "New visitors and callers who are not yet customers go to the checked salespeople in "
            "turn, from the top. Inactive accounts are skipped. With nobody checked, new leads stay "
            "in the public pool."))
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(240)
        self.list.setSpacing(2)
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.up_button.setToolTip(self.tr("Earlier in the rotation (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Later in the rotation (Alt+Down)"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(moves)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for key, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(key), self, activated=lambda step=step: self.move_current(step))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(420, 420)
        self._fill()

    def _fill(self) -> None:
        rotation = reception_duty.duty_rotation(self.actor)
        in_rotation = {m.id for m in rotation}
        others = [m for m in reception_duty.duty_candidates(self.actor) if m.id not in in_rotation]
        for member in [*rotation, *others]:
            text = member.display_name
            if member.role == "supervisor":
                text = f"{text} · {role_title(member.role)}"
            if not member.active:
                text = self.tr("{name} (inactive)").format(name=text)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in in_rotation else Qt.CheckState.Unchecked)
            if not member.active:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        """Every name in the list, in order (what tests read)."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_checked(self, name: str, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def rotation_ids(self) -> list[int]:
        """The checked people's ids, in list order: the rotation OK will save."""
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def move_current(self, step: int) -> None:
        """Move the current person `step` places up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def save(self) -> None:
        try:
            self.saved = reception_duty.set_duty_rotation(self.actor, self.rotation_ids())
        except ValidationError as exc:
            self.error.setText("\n".join(field_messages(exc).values()))
            self.error.show()
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.accept()


class DutyRotationBox(QGroupBox):
    """The settings screen's "Reception duty" section: the rotation in words and a Change button."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.current_dialog: DutyRotationDialog | None = None
        self.rotation: list[StaffMember] | None = None  # None: not loaded (or not allowed)
        self.following: StaffMember | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.change_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        self.change_button.clicked.connect(self.open_editor)
        self.change_button.setEnabled(reception_duty.may_edit_rotation(actor))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Reception duty"))
        self.change_button.setText(self.tr("Change…"))
        self._show()

    def refresh(self) -> None:
        """Read the rotation and who is next again."""
        try:
            self.rotation = reception_duty.duty_rotation(self.actor)
            self.following = reception_duty.next_on_duty_preview(self.actor)
        except ServiceError:
            self.rotation, self.following = None, None
        self._show()

    def _show(self) -> None:
        rotation, following = self.rotation, self.following
        if rotation is None:
            self.summary.setText("")
            return
        if not rotation:
            self.summary.setText(self.tr("Nobody is on reception duty: new leads from the front desk stay in "
                                         "the public pool."))
            return
        names = " → ".join(m.display_name if m.active else self.tr("{name} (inactive)").format(
            name=m.display_name) for m in rotation)
        following_name = following.display_name if following else self.tr("nobody")
        self.summary.setText(self.tr("In turn: {names}\nNext new lead goes to: {name}").format(
            names=names, name=following_name))

    def open_editor(self) -> None:
        """Open the rotation editor (window-modal); the summary follows when it is saved."""
        if self.current_dialog is not None:
            return
        dialog = DutyRotationDialog(self.actor, self)
        self.current_dialog = dialog

        def finished(_result: int) -> None:
            self.current_dialog = None
            self.refresh()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
