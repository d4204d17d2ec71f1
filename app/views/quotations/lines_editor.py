"""The line part of a document editor (quotation, order): the keyboard line grid with product
search (app.views.quotations.line_model, product_picker), "Insert bundle…" (Ctrl+B), the hint
under the grid, the refused lines' message and the live totals with the amount in Chinese
capitals. The totals are recomputed with `quote_math` on every edit, so they equal what the
services store; `totals_changed` carries them to the editor (an order's payment plan compares
its sum with them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models.user import User
from app.services.errors import ValidationError
from app.services.quote_math import Totals
from app.views.dialogs.forms import error_label
from app.views.quotations.bundle_insert import BundleInserter
from app.views.quotations.line_model import TAX, EditorLine, LineGrid, LineModel
from app.views.quotations.product_picker import ProductDelegate
from app.views.quotations.totals_panel import TotalsPanel
from app.views.service_text import translate_service_message

COLUMN_WIDTHS = [260, 80, 100, 80, 70, 110, 90]


class LinesEditor(QWidget):
    """Grid, hint, bundle button, line errors and totals. `window` owns the bundle shortcut."""

    totals_changed = Signal(object)  # Totals

    def __init__(self, actor: User, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.line_model = LineModel(self)
        self.grid = LineGrid(self.line_model)
        self.grid.setItemDelegate(ProductDelegate(actor, self.grid))
        for column, width in enumerate(COLUMN_WIDTHS):
            self.grid.setColumnWidth(column, width)
        self.grid.setMinimumHeight(200)
        self.lines_error = error_label()
        self.totals = TotalsPanel()
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: gray;")
        self.hint_label.setWordWrap(True)
        self.bundles = BundleInserter(actor, self.grid, window)
        self.bundles.left_out.connect(self._say_left_out)
        self._read_only_hint = ""
        below_grid = QHBoxLayout()
        below_grid.addWidget(self.hint_label, 1)
        below_grid.addWidget(self.bundles.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid, 1)
        layout.addLayout(below_grid)
        layout.addWidget(self.lines_error)
        layout.addWidget(self.totals)
        for signal in (self.line_model.dataChanged, self.line_model.rowsInserted, self.line_model.rowsRemoved,
                       self.line_model.modelReset):
            signal.connect(self.recompute)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.line_model.headers = [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"),
                                   self.tr("Discount %"), self.tr("Tax rate %"), self.tr("Net"), self.tr("Tax")]
        self.line_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TAX)
        self.totals.retranslate_ui()
        self.hint_label.setText(self._read_only_hint or self.tr(
            "Type a product code, name or pinyin; Tab moves on; Insert or Ctrl+Enter adds a line, Delete removes "
            "it; Ctrl+S saves."))
        self.bundles.retranslate_ui()

    def set_lines(self, lines: list[EditorLine]) -> None:
        self.line_model.set_lines(lines)

    def set_read_only(self, hint: str) -> None:
        """No more typing; `hint` says why under the grid."""
        self.line_model.read_only = True
        self.bundles.set_enabled(False)
        self._read_only_hint = hint
        self.hint_label.setText(hint)

    def current_totals(self) -> Totals:
        return self.line_model.totals()

    def recompute(self, *_args: object) -> None:
        """Totals and the amount in capitals from the lines as they are now."""
        sums = self.line_model.totals()
        self.totals.show_totals(sums)
        self.totals_changed.emit(sums)

    def _say_left_out(self, count: int) -> None:
        self.hint_label.setText(self.tr("{count} product(s) of the bundle are no longer sold and were left "
                                        "out.").format(count=count))

    def show_line_errors(self, exc: ValidationError) -> dict[str, str]:
        """Mark the refused cells (message in the tooltip) and go to the first; the other messages
        are returned."""
        lines = {key: translate_service_message(text) for key, text in exc.fields.items() if key.startswith("lines.")}
        self.line_model.set_errors(lines)
        rows = self.line_model.error_rows()
        if rows:
            self.lines_error.setText(self.tr("Check line(s) {rows}: hover a red cell for the reason.").format(
                rows=", ".join(str(row + 1) for row in rows)))
            self.lines_error.show()
            self.grid.setCurrentIndex(self.line_model.index(rows[0], 0))
        return {key: text for key, text in exc.fields.items() if not key.startswith("lines.")}

    def clear_errors(self) -> None:
        self.lines_error.hide()
        self.line_model.set_errors({})
