"""The quotation editor's "Insert bundle…" button and its shortcut (Ctrl+B): choose a bundle in a
BundlePicker and put its products on lines at the current line of the grid."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.models.user import User
from app.services.errors import ServiceError
from app.services.products import bundle_items
from app.views.errors import show_error
from app.views.quotations.bundle_picker import BundlePicker
from app.views.quotations.line_model import QUANTITY, EditorLine, LineGrid

SHORTCUT = "Ctrl+B"


class BundleInserter(QObject):
    """Owns `button` (placed by the editor) and the window shortcut of `window`. `picker` is the
    open BundlePicker (None when none); `left_out(count)` fires when inactive products were skipped."""

    left_out = Signal(int)

    def __init__(self, actor: User, grid: LineGrid, window: QWidget):
        super().__init__(window)
        self.actor = actor
        self.grid = grid
        self.window = window
        self.picker: BundlePicker | None = None
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.choose)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.activated.connect(self.choose)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Insert bundle…"))
        self.button.setToolTip(self.tr("Insert the products of a bundle at the current line ({key})").format(
            key=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))

    def set_enabled(self, enabled: bool) -> None:
        self.button.setEnabled(enabled)
        self.shortcut.setEnabled(enabled)

    def choose(self) -> None:
        """Open the bundle picker (window-modal, not blocking); accepting it inserts the bundle."""
        if self.grid.line_model.read_only or self.picker is not None:
            return
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)  # an open cell editor gives its text to the model
        try:
            picker = BundlePicker(self.actor, self.window)
        except ServiceError as exc:
            show_error(self.window, exc)
            return
        self.picker = picker

        def finished(result: int) -> None:
            self.picker = None
            bundle_id = picker.chosen_id()
            picker.deleteLater()
            if result == QDialog.DialogCode.Accepted and bundle_id is not None:
                self.insert(bundle_id)

        picker.finished.connect(finished)
        picker.setWindowModality(Qt.WindowModality.WindowModal)
        picker.open()

    def insert(self, bundle_id: int) -> int:
        """Insert the bundle's active products at the current line (an empty current line is
        replaced; without a current line, at the end), each priced as typing the product gives, with
        the bundle's quantity; the first inserted quantity becomes current. Returns the lines inserted."""
        model = self.grid.line_model
        if model.read_only:
            return 0
        try:
            items = bundle_items(self.actor, bundle_id)
        except ServiceError as exc:
            show_error(self.window, exc)
            return 0
        lines = [EditorLine.from_bundle_item(item) for item in items if item.active]
        current = self.grid.currentIndex()
        row = model.insert_lines(current.row() if current.isValid() else model.rowCount(), lines)
        if lines:
            self.grid.setCurrentIndex(model.index(row, QUANTITY))
        if len(items) > len(lines):
            self.left_out.emit(len(items) - len(lines))
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        return len(lines)
