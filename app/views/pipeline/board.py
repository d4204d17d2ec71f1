"""The pipeline board: one column per stage, each with its count and total amount in the header
and its opportunities as cards (customer, title, amount, expected close date, owner).

Cards are painted by a delegate into a plain list view per column, not built as widgets, so a
board of several hundred opportunities opens and scrolls without delay. One card is selected
across the whole board at a time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.opportunities import PipelineCard, PipelineStage
from app.views.money import format_money
from app.views.pipeline.words import stage_title

Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_MIN_WIDTH = 150
PADDING = 8
# The coloured strip above each column's header: open stages blue to amber, won green, lost grey.
STAGE_COLOURS = {"qualify": "#90a4ae", "needs": "#64b5f6", "solution": "#4db6ac", "demo": "#9575cd",
                 "negotiate": "#ffb74d", "won": "#66bb6a", "lost": "#bdbdbd"}
OVERDUE_COLOUR = "#c62828"


class CardsModel(QAbstractListModel):
    """The cards of one stage; `card_at(row)` gives the PipelineCard."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cards: list[PipelineCard] = []

    def set_cards(self, cards: list[PipelineCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    @property
    def cards(self) -> list[PipelineCard]:
        return list(self._cards)

    def card_at(self, row: int) -> PipelineCard | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, opportunity_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.id == opportunity_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        card = self.card_at(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{card.customer_name} {card.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.customer_name, card.title, format_money(card.amount), card.owner_name]
            if card.lost_reason:
                lines.append(card.lost_reason)
            return "\n".join(lines)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class CardDelegate(QStyledItemDelegate):
    """Paints a card: customer (bold), title, amount (bold), then the owner (and a lost card's reason)
    with the expected close date, red when an open opportunity is past it."""

    LINES = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(COLUMN_MIN_WIDTH - 24, self.LINES * line + 2 * PADDING + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: PipelineCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(40)
            border = highlight
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)

        text_rect = rect.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING)
        metrics = option.fontMetrics
        line = metrics.height()
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        row = QRect(text_rect.left(), text_rect.top(), text_rect.width(), line)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(card.customer_name, Qt.TextElideMode.ElideRight, row.width()))

        painter.setFont(option.font)
        row.translate(0, line)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, row.width()))

        row.translate(0, line + 2)
        painter.setFont(bold)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_money(card.amount))
        painter.setFont(option.font)

        row.translate(0, line)
        date_width = 0
        if card.expected_close_on is not None:
            date_text = f"{card.expected_close_on:%Y-%m-%d}"
            date_width = metrics.horizontalAdvance(date_text) + PADDING
            overdue = card.expected_close_on < dt.date.today() and card.stage not in ("won", "lost")
            painter.setPen(QColor(OVERDUE_COLOUR) if overdue else muted)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date_text)
        painter.setPen(muted)
        owner = card.owner_name if not card.lost_reason else f"{card.owner_name} · {card.lost_reason}"
        painter.drawText(row.adjusted(0, 0, -date_width, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(owner, Qt.TextElideMode.ElideRight, row.width() - date_width))
        painter.restore()


class StageColumn(QFrame):
    """One stage: a coloured strip, its name with the count, its total, and the cards."""

    def __init__(self, stage: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.count = 0
        self.capped = False
        self.total = None
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        strip = QFrame()
        strip.setFixedHeight(4)
        strip.setStyleSheet(f"background: {STAGE_COLOURS.get(stage, '#9e9e9e')}; border: none;")
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.total_label = QLabel()
        self.model = CardsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setBackgroundRole(QPalette.ColorRole.Window)
        self.view.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(strip)
        layout.addWidget(self.title_label)
        layout.addWidget(self.total_label)
        layout.addWidget(self.view, 1)

    def show_stage(self, stage: PipelineStage, limit: int | None = None) -> None:
        """Show the stage's cards; when the service stopped at `limit` cards the count says "300+"."""
        self.model.set_cards(stage.cards)
        self.count = len(stage.cards)
        self.capped = limit is not None and self.count >= limit
        self.total = stage.total
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        count = f"{self.count}+" if self.capped else str(self.count)
        self.title_label.setText(self.tr("{stage} · {count}").format(stage=stage_title(self.stage), count=count))
        self.total_label.setText(format_money(self.total) if self.total is not None else "")
        self.total_label.setToolTip(self.tr("Total amount of the opportunities in this stage"))


class PipelineBoard(QScrollArea):
    """The stage columns side by side (scrolling sideways when the window is narrow).

    `card_selected` fires when the selected card changes (also to none)."""

    card_selected = Signal()

    def __init__(self, stages: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.columns: dict[str, StageColumn] = {}
        for stage in stages:
            column = StageColumn(stage)
            self.columns[stage] = column
            layout.addWidget(column, 1)
            column.view.selectionModel().selectionChanged.connect(
                lambda *_args, chosen=column: self._selection_changed(chosen))
        self.setWidget(inner)
        self._updating = False

    def show_stages(self, stages: list[PipelineStage], limit: int | None = None) -> None:
        """Show the service's stages (cards, counts, totals), keeping the selected card if it is
        still there (it may have moved to another column)."""
        selected = self.selected_card()
        self._updating = True
        for stage in stages:
            column = self.columns.get(stage.stage)
            if column is not None:
                column.show_stage(stage, limit)
        self._updating = False
        if selected is None or not self.select_card(selected.id):
            self.card_selected.emit()

    def retranslate_ui(self) -> None:
        for column in self.columns.values():
            column.retranslate_ui()

    def _selection_changed(self, chosen: StageColumn) -> None:
        if self._updating:
            return
        if chosen.view.selectionModel().hasSelection():
            self._updating = True
            for column in self.columns.values():
                if column is not chosen:
                    column.view.clearSelection()
            self._updating = False
        self.card_selected.emit()

    def selected_card(self) -> PipelineCard | None:
        for column in self.columns.values():
            rows = column.view.selectionModel().selectedRows()
            if rows:
                return column.model.card_at(rows[0].row())
        return None

    def select_card(self, opportunity_id: int) -> bool:
        """Select the card of this opportunity, wherever it is; False when it is not shown."""
        for column in self.columns.values():
            row = column.model.row_of(opportunity_id)
            if row >= 0:
                index = column.model.index(row, 0)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                self.ensureWidgetVisible(column)
                return True
        return False

    def focused_column(self) -> StageColumn | None:
        for column in self.columns.values():
            if column.view.hasFocus():
                return column
        return None
