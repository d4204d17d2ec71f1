"""The monitoring side of the workbench (异常监控) for supervisors and managers: salespeople with no
follow-up for N days, key customers not followed up and opportunities not updated for N days,
leads waiting in the pool, and follow-ups per salesperson over the last 7 and 30 days; below them
the sections other areas add (contracts to renew, overdue instalments: MONITORING_EXTRAS), read and
shown after the rest has painted.

N is the `monitor_days` setting. A supervisor sees the team, a manager everyone
(services.workbench_board.monitoring_board). Double-click on a customer or opportunity opens
the customer.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from app.models.user import User
from app.services.errors import ServiceError
from app.services.workbench import Monitoring, StaffActivity
from app.services.workbench_board import monitoring_board, monitoring_extras
from app.views.dates import date_text
from app.views.errors import show_error
from app.views.money import format_money
from app.views.tables.paged_model import RIGHT, Column
from app.views.workbench.extras import ExtrasRow
from app.views.workbench.panel import WorkbenchPanel
from app.views.workbench.section import ALERT_COLOUR, Section

LIST_LIMIT = 100  # rows of each stale list: the longest waiting first


class MonitoringPanel(WorkbenchPanel):
    """What needs a supervisor's or manager's attention. `changed` after a save from here."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(actor, parent)
        self.now = dt.datetime.now()
        self.view: Monitoring | None = None
        self.pool_label = QLabel()
        self.pool_label.setObjectName("poolWaiting")
        self.pool_label.setStyleSheet("font-size: 110%;")
        self.idle_section = Section("idleStaff", self._idle_columns(), widths=[90, 70],
                                    foregrounds={2: lambda _row: ALERT_COLOUR})
        self.activity_section = Section("followUpCounts", self._activity_columns(), widths=[90, 56, 56, 64],
                                        foregrounds={1: self._idle_colour})
        self.key_section = Section("staleKeyCustomers", self._key_columns(), widths=[64, 90, 70],
                                   foregrounds={3: lambda _row: ALERT_COLOUR})
        self.opportunity_section = Section("staleOpportunities", self._opportunity_columns(),
                                           widths=[64, 110, 70], foregrounds={3: lambda _row: ALERT_COLOUR})
        for section in (self.key_section, self.opportunity_section):
            section.opened.connect(lambda row: self.open_customer(row.customer_id))
        self.extras = ExtrasRow(self)  # the sections other areas add (services.workbench.MONITORING_EXTRAS)
        self.extras.customer_opened.connect(self.open_customer)
        layout = self._lay_out(self.pool_label, (self.idle_section, self.activity_section, self.key_section,
                                                 self.opportunity_section))
        layout.addWidget(self.extras)
        self.retranslate_ui()

    # -- columns -------------------------------------------------------------------------------

    def _days_since(self, moment: dt.datetime | None) -> int | str:
        return (self.now - moment).days if moment is not None else "—"

    def _idle_colour(self, row: StaffActivity):
        view = self.view
        return ALERT_COLOUR if view is not None and row in view.idle_staff else None

    def _idle_columns(self) -> list[Column]:
        return [Column(self.tr("Salesperson"), lambda r: r.name),
                Column(self.tr("Last follow-up"), lambda r: date_text(r.last_follow_up_at) or self.tr("never")),
                Column(self.tr("Days since"), lambda r: self._days_since(r.last_follow_up_at), RIGHT)]

    def _activity_columns(self) -> list[Column]:
        return [Column(self.tr("Salesperson"), lambda r: r.name),
                Column(self.tr("Last follow-up"), lambda r: date_text(r.last_follow_up_at) or self.tr("never")),
                Column(self.tr("7 days"), lambda r: r.follow_ups_7d, RIGHT),
                Column(self.tr("30 days"), lambda r: r.follow_ups_30d, RIGHT),
                Column(self.tr("Customers"), lambda r: r.customers, RIGHT)]

    def _key_columns(self) -> list[Column]:
        return [Column(self.tr("Customer"), lambda r: r.name),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Last follow-up"), lambda r: date_text(r.last_update) or self.tr("never")),
                Column(self.tr("Days since"), lambda r: self._days_since(r.last_update), RIGHT)]

    def _opportunity_columns(self) -> list[Column]:
        return [Column(self.tr("Opportunity"), lambda r: r.name),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Amount"), lambda r: format_money(r.amount), RIGHT),
                Column(self.tr("Days since"), lambda r: self._days_since(r.last_update), RIGHT,
                       tooltip=lambda r: self.tr("Last updated {date}").format(date=date_text(r.last_update)))]

    def retranslate_ui(self) -> None:
        self.reload_button.setText(self.tr("Refresh"))
        self.reload_button.setToolTip(self.tr("Read the monitoring figures again"))
        self.extras.retranslate_ui()
        self._show_texts()

    def _show_texts(self) -> None:
        view = self.view
        days = view.days if view is not None else 0
        self.idle_section.set_texts(self.tr("No follow-up for {days} days").format(days=days), self._idle_columns(),
                                    self.tr("Everyone has followed up recently."))
        self.activity_section.set_texts(self.tr("Follow-ups per salesperson"), self._activity_columns(),
                                        self.tr("No salespeople."))
        self.key_section.set_texts(self.tr("Key customers not followed up for {days} days").format(days=days),
                                   self._key_columns(), self.tr("Every key customer was followed up recently."))
        self.opportunity_section.set_texts(
            self.tr("Opportunities not updated for {days} days").format(days=days), self._opportunity_columns(),
            self.tr("Every open opportunity was updated recently."))
        if view is None:
            self.pool_label.clear()
        elif view.pool_waiting and view.pool_oldest is not None:
            self.pool_label.setText(self.tr("Leads waiting in the pool: {count}, the oldest since {date} ({days} days)")
                                    .format(count=f"{view.pool_waiting:,}", date=date_text(view.pool_oldest),
                                            days=self._days_since(view.pool_oldest)))
        else:
            self.pool_label.setText(
                self.tr("Leads waiting in the pool: {count}").format(count=f"{view.pool_waiting:,}"))
        self.pool_label.setToolTip(self.tr("The number of days is the monitoring setting (Settings)."))

    # -- loading and acting --------------------------------------------------------------------

    def load(self) -> None:
        """Read the monitoring figures again; the other areas' sections once they have painted."""
        try:
            view = monitoring_board(self.actor, limit=LIST_LIMIT + 1, with_extras=False)  # one more: any more?
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.now = dt.datetime.now()
        self.view = view
        self.idle_section.set_rows(view.idle_staff)
        self.activity_section.set_rows(view.activity)
        for section, rows in ((self.key_section, view.stale_key_customers),
                              (self.opportunity_section, view.stale_opportunities)):
            section.set_rows(rows[:LIST_LIMIT], capped=len(rows) > LIST_LIMIT)
        self._show_texts()
        self._after_paint(self._load_extras)

    def _load_extras(self) -> None:
        try:
            extras = monitoring_extras(self.actor)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.extras.show_extras(extras)
        self.extras_shown.emit()

    def stale_names(self) -> tuple[list[str], list[str]]:
        """Names in the key-customer and opportunity lists (tests)."""
        return ([r.name for r in self.key_section.rows()], [r.name for r in self.opportunity_section.rows()])

