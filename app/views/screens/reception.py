"""The front desk (前台接待): register a visitor or a caller in a few seconds and see where they went.

Two tabs, Visitor (Alt+V) and Call (Alt+C). As the name, phone or company is typed the matching
customers appear beside the form (`reception_lookup`: names, owner and status only); choosing one
links the registration to that customer. Ctrl+S (or Enter in the last field) registers through
`register_visit`/`register_call`; the panel below says where the person went, the form empties
for the next one and today's list grows by a row. Refused fields are marked under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import reception_duty
from app.services.errors import ServiceError, ValidationError
from app.services.reception import ReceptionMatch, RoutingResult, reception_lookup, register_call, register_visit
from app.services.reception_duty import StaffMember
from app.services.reception_log import registrations_on
from app.views.context import AppContext
from app.views.errors import show_error
from app.views.reception.forms import CallForm, RegistrationForm, VisitForm
from app.views.reception.matches import MatchList
from app.views.reception.result_panel import RoutingPanel
from app.views.reception.rotation import DutyRotationDialog
from app.views.reception.today_list import TodayList
from app.views.screens import Screen

FORM_WIDTH = 440


class ReceptionScreen(Screen):
    """The visitor and call forms, the matches list, the routing panel and today's registrations.

    `last_result` is the last RoutingResult; `current_dialog` the rotation editor while open.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.last_result: RoutingResult | None = None
        self.on_duty: StaffMember | None = None
        self.duty_loaded = False
        self.current_dialog: DutyRotationDialog | None = None
        self.visit_form = VisitForm()
        self.call_form = CallForm()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.visit_form, "")
        self.tabs.addTab(self.call_form, "")
        self.tabs.setFixedWidth(FORM_WIDTH)
        self.register_button = QPushButton()
        self.register_button.setDefault(True)
        self.clear_button = QPushButton()
        self.matches = MatchList()
        self.panel = RoutingPanel()
        self.today = TodayList()
        self.duty_label = QLabel()
        self.rotation_button = QPushButton()
        self.rotation_button.setVisible(reception_duty.may_edit_rotation(context.user))

        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.tabs)
        left.addLayout(buttons)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.matches, 1)
        duty = QHBoxLayout()
        duty.addWidget(self.duty_label, 1)
        duty.addWidget(self.rotation_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel)
        layout.addLayout(duty)
        layout.addWidget(self.today, 1)

        for form in self.forms:
            form.lookup_requested.connect(self.look_up)
            form.save_requested.connect(self.register)
            form.matches_wanted.connect(self.matches.enter_list)
        self.matches.chosen.connect(self.choose_match)
        self.matches.back_requested.connect(self._back_to_form)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.register_button.clicked.connect(self.register)
        self.clear_button.clicked.connect(lambda: self.current_form.clear_form())
        self.rotation_button.clicked.connect(self.open_rotation)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.register)
        self.retranslate_ui()
        self.visit_form.focus_first()

    @property
    def forms(self) -> tuple[RegistrationForm, ...]:
        return (self.visit_form, self.call_form)

    @property
    def current_form(self) -> RegistrationForm:
        form = self.tabs.currentWidget()
        return form if isinstance(form, RegistrationForm) else self.visit_form

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("&Visitor"))
        self.tabs.setTabText(1, self.tr("&Call"))
        self.tabs.setTabToolTip(0, self.tr("Register a visitor (Alt+V)"))
        self.tabs.setTabToolTip(1, self.tr("Register a phone call (Alt+C)"))
        self.register_button.setText(self.tr("Register"))
        self.register_button.setToolTip(self.tr("Register and route (Ctrl+S)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empty the form for the next person"))
        self.rotation_button.setText(self.tr("Duty rotation…"))
        for widget in (*self.forms, self.matches, self.panel, self.today):
            widget.retranslate_ui()
        self._show_duty()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload today's registrations, who is on duty and the salespeople's names."""
        try:
            self.today.show_rows(registrations_on(self.context.user))
            self.visit_form.set_salespeople([m.display_name for m in reception_duty.selling_staff(self.context.user)])
        except ServiceError as exc:
            show_error(self, exc)
        self._load_duty()

    def _load_duty(self) -> None:
        try:
            self.on_duty = reception_duty.next_on_duty_preview(self.context.user)
            self.duty_loaded = True
        except ServiceError:
            self.on_duty, self.duty_loaded = None, False
        self._show_duty()

    def _show_duty(self) -> None:
        if not self.duty_loaded:
            self.duty_label.clear()
        elif self.on_duty is None:
            self.duty_label.setText(self.tr("Nobody is on reception duty: new leads stay in the public pool."))
        else:
            self.duty_label.setText(self.tr("On reception duty next: {name}").format(name=self.on_duty.display_name))

    # -- looking up ----------------------------------------------------------------------------

    def look_up(self, query: str) -> None:
        """Show the customers matching `query` ("" empties the list)."""
        if self.sender() not in (self.current_form, None):
            return
        matches: list[ReceptionMatch] = []
        if query:
            try:
                matches = reception_lookup(self.context.user, query)
            except ServiceError as exc:
                show_error(self, exc)
        self.matches.show_matches(query, matches)

    def choose_match(self, match: ReceptionMatch) -> None:
        """Fill the current form from `match` and go on with the first field after the lookups."""
        form = self.current_form
        form.apply_match(match)
        following = form.chain[form.chain.index(form.company_edit) + 1]
        following.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_form(self) -> None:
        form = self.current_form
        field = next((f for f in (form.phone_edit, form.name_edit, form.company_edit) if f.text()), form.name_edit)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_changed(self, _index: int) -> None:
        self.matches.show_matches("", [])
        self.current_form.focus_first()

    # -- registering ---------------------------------------------------------------------------

    def register(self) -> RoutingResult | None:
        """Register what the current form holds and route it; None when it was refused."""
        form = self.current_form
        try:
            if form is self.call_form:
                kind, result = "call", register_call(self.context.user, self.call_form.registration())
            else:
                kind, result = "visit", register_visit(self.context.user, self.visit_form.registration())
        except ValidationError as exc:
            self.panel.show_refused()
            rest = form.show_errors(exc.fields)
            if rest:
                show_error(self, ValidationError(rest))
            return None
        except ServiceError as exc:
            self.panel.show_refused()
            show_error(self, exc)
            return None
        self.last_result = result
        self.panel.show_result(result, kind)
        form.clear_form()
        self.refresh()
        self.records_changed.emit()
        return result

    def open_rotation(self) -> None:
        """Open the duty rotation editor (for those who may change it)."""
        if self.current_dialog is not None:
            return
        dialog = DutyRotationDialog(self.context.user, self)
        self.current_dialog = dialog

        def finished(_result: int) -> None:
            self.current_dialog = None
            self._load_duty()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def focused_field(self) -> QWidget | None:
        """The widget with the keyboard focus (what tests check after saving)."""
        return QApplication.focusWidget()
