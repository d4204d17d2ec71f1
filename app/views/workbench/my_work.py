"""The salesperson's side of the workbench: next actions due today and overdue (each with "Done"
and "Follow up"), own customers about to return to the pool, own recent follow-ups, the open
pipeline in one line, and the sections other areas register in WORKBENCH_EXTRAS (read and shown
after the rest has painted: their areas' imports and queries do not delay the first paint).

"Follow up" on a reminder opens the follow-up form for its customer; saving it completes the
reminder, so a reminder becomes a recorded follow-up in two clicks. Double-click (or Enter) on a
row opens the customer.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from app.models.user import User
from app.services.errors import NotFound, ServiceError
from app.services.follow_ups import Reminder, complete_reminder, recent_follow_ups
from app.services.workbench import CustomerDue
from app.services.workbench_board import RETURNING_LIMIT, SalesBoard, reminder_page, sales_board, sales_extras
from app.views.customers.words import follow_up_kind_title
from app.views.dates import date_text
from app.views.errors import show_error
from app.views.money import format_money
from app.views.tables.paged_model import RIGHT, Column, Sort
from app.views.workbench.extras import ExtrasRow
from app.views.workbench.panel import WorkbenchPanel
from app.views.workbench.section import ALERT_COLOUR, Section

RECENT_LIMIT = 20
DONE, FOLLOW_UP = "done", "follow_up"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class MyWorkPanel(WorkbenchPanel):
    """What `actor` has to do today. `changed` after the user saved something here."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(actor, parent)
        self.today = dt.date.today()
        self.board: SalesBoard | None = None

        self.summary = QLabel()
        self.summary.setObjectName("pipelineSummary")
        self.summary.setStyleSheet("font-size: 110%;")
        reminder_actions = [(DONE, ""), (FOLLOW_UP, "")]
        self.today_section = Section("dueToday", self._today_columns(), actions=reminder_actions, widths=[170])
        self.overdue_section = Section(
            "overdue", self._overdue_columns(), actions=reminder_actions, widths=[120, 84],
            foregrounds={2: lambda _row: ALERT_COLOUR}, sort=Sort("overdue_days", descending=True))
        self.returning_section = Section(
            "returning", self._returning_columns(), actions=[(FOLLOW_UP, "")], widths=[84, 64],
            foregrounds={2: lambda row: ALERT_COLOUR if self._days_left(row) <= 1 else None})
        self.recent_section = Section("recentFollowUps", self._recent_columns(), actions=[(FOLLOW_UP, "")],
                                      widths=[84, 150, 56], stretch=3)
        self.extras = ExtrasRow(self)
        for section in (self.today_section, self.overdue_section):
            section.action.connect(self._reminder_action)
            section.opened.connect(lambda row: self.open_customer(row.customer_id))
        for section in (self.returning_section, self.recent_section):
            section.action.connect(lambda _key, row: self.follow_up(row.customer_id))
        self.returning_section.opened.connect(lambda row: self.open_customer(row.customer_id))
        self.recent_section.opened.connect(lambda row: self.open_customer(row.customer_id))
        self.extras.customer_opened.connect(self.open_customer)
        layout = self._lay_out(self.summary, (self.today_section, self.returning_section, self.overdue_section,
                                              self.recent_section))
        layout.addWidget(self.extras)
        self.retranslate_ui()

    # -- columns -------------------------------------------------------------------------------

    def _today_columns(self) -> list[Column]:
        return [Column(self.tr("Customer"), lambda r: r.customer_name),
                Column(self.tr("Next action"), lambda r: r.next_action, tooltip=lambda r: r.next_action)]

    def _overdue_columns(self) -> list[Column]:
        return [Column(self.tr("Customer"), lambda r: r.customer_name),
                Column(self.tr("Next action"), lambda r: r.next_action, tooltip=lambda r: r.next_action),
                Column(self.tr("Days overdue"), lambda r: r.overdue_days, RIGHT, sort_key="overdue_days",
                       tooltip=lambda r: self.tr("Due {date}").format(date=date_text(r.due_on)))]

    def _returning_columns(self) -> list[Column]:
        return [Column(self.tr("Customer"), lambda r: f"{r.code} {r.name}"),
                Column(self.tr("Returns on"), lambda r: date_text(r.returns_on)),
                Column(self.tr("Days left"), self._days_left, RIGHT)]

    def _recent_columns(self) -> list[Column]:
        return [Column(self.tr("When"), lambda r: f"{r.at:%m-%d %H:%M}"),
                Column(self.tr("Customer"), lambda r: r.customer_name),
                Column(self.tr("Kind"), lambda r: follow_up_kind_title(r.kind)),
                Column(self.tr("Content"), lambda r: _one_line(r.content), tooltip=lambda r: r.content)]

    def _days_left(self, row: CustomerDue) -> int:
        return max(0, (row.returns_on - self.today).days)

    def retranslate_ui(self) -> None:
        actions = {DONE: self.tr("Done"), FOLLOW_UP: self.tr("Follow up")}
        self.today_section.set_texts(self.tr("Due today"), self._today_columns(),
                                     self.tr("Nothing due today."), actions)
        self.overdue_section.set_texts(self.tr("Overdue"), self._overdue_columns(),
                                       self.tr("Nothing overdue."), actions)
        self.returning_section.set_texts(
            self.tr("About to return to the pool"), self._returning_columns(),
            self.tr("No customer of yours returns to the pool soon."), {FOLLOW_UP: self.tr("Follow up")})
        self.recent_section.set_texts(self.tr("My recent follow-ups"), self._recent_columns(),
                                      self.tr("No follow-ups recorded yet."), {FOLLOW_UP: self.tr("Follow up")})
        self.reload_button.setText(self.tr("Refresh"))
        self.reload_button.setToolTip(self.tr("Read the workbench again"))
        self.extras.retranslate_ui()
        self._show_summary()

    def _show_summary(self) -> None:
        if self.board is None:
            self.summary.clear()
            return
        if not self.board.open_opportunities:
            self.summary.setText(self.tr("No open opportunities."))
            return
        self.summary.setText(self.tr("{count} open opportunities, pipeline {amount}").format(
            count=f"{self.board.open_opportunities:,}", amount=format_money(self.board.pipeline_value)))

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the workbench again: counts, the first page of each list, the pipeline; the other
        areas' sections once that has painted."""
        self.today = today = dt.date.today()
        try:
            # one more returning customer than shown: are there more?
            board = sales_board(self.actor, returning_limit=RETURNING_LIMIT + 1, with_extras=False)
            recent = recent_follow_ups(self.actor, limit=RECENT_LIMIT)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.board = board
        actor = self.actor

        def page(section: str):
            def rows(offset: int, limit: int, sort: Sort | None) -> list[Reminder]:
                # Most days overdue first = oldest due date first.
                newest_first = sort is not None and not sort.descending
                return reminder_page(actor, section, offset, limit, today=today, newest_first=newest_first)
            return rows

        self.today_section.set_source(lambda: board.due_today, page("today"))
        self.overdue_section.set_source(lambda: board.overdue, page("overdue"))
        self.returning_section.set_rows(board.returning[:RETURNING_LIMIT],
                                        capped=len(board.returning) > RETURNING_LIMIT)
        self.recent_section.set_rows(recent)
        self._show_summary()
        self._after_paint(self._load_extras)

    def _load_extras(self) -> None:
        try:
            extras = sales_extras(self.actor)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.extras.show_extras(extras)
        self.extras_shown.emit()

    # -- acting --------------------------------------------------------------------------------

    def _reminder_action(self, key: str, reminder: Reminder) -> None:
        if key == DONE:
            self.complete(reminder)
        elif key == FOLLOW_UP:
            self.follow_up(reminder.customer_id, reminder_id=reminder.follow_up_id,
                           reminder_text=reminder.next_action)

    def complete(self, reminder: Reminder) -> None:
        """Mark the reminder done; it disappears from the lists."""
        try:
            complete_reminder(self.actor, reminder.follow_up_id)
        except NotFound:
            pass  # done meanwhile elsewhere: the reload below shows the truth
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._saved()

    def follow_up(self, customer_id: int, **options) -> None:
        """Open the follow-up form for the customer (`options`: reminder_id, reminder_text ...)."""
        if self.current_dialog is not None:
            return
        from app.views.dialogs.follow_up_dialog import open_follow_up  # when first needed: paints sooner

        self._track(open_follow_up(self, self.actor, customer_id, lambda _dialog: self._saved(), **options))

    def row_texts(self, section: Section) -> list[tuple[str, ...]]:
        """What a section shows, row by row, as text (tests)."""
        model = section.model
        return [tuple(str(model.data(model.index(r, c)) or "") for c in range(model.columnCount()))
                for r in range(model.rowCount())]

