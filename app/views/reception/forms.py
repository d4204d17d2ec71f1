"""The visitor form (来客登记) and the call form (来电登记), built for typing without the mouse.

Enter moves to the next field and, in the last one, registers (Ctrl+S does too, from anywhere);
Down in the name, phone or company field goes into the matches list. What was last typed in one of
those fields is reported once typing pauses (`lookup_requested`), so the screen can show the
matching customers; choosing one (`apply_match`) fills company, contact name and phone and links
the registration to that customer until the name or phone is cleared.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.reception import CallInput, ReceptionMatch, VisitInput
from app.views.customers.words import source_choices
from app.views.dialogs.forms import FieldErrors
from app.views.service_text import translate_field_messages

LOOKUP_DELAY_MS = 150
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChosenCustomer(QWidget):
    """The customer the registration is linked to, with a button to unlink it; hidden when none."""

    unset_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("color: #1f5fa8; font-weight: bold;")
        self.unset_button = QToolButton()
        self.unset_button.setText("✕")
        self.unset_button.setAutoRaise(True)
        self.unset_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unset_button.clicked.connect(self.unset_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.unset_button)
        self.hide()

    def show_match(self, text: str, tooltip: str) -> None:
        self.label.setText(text)
        self.unset_button.setToolTip(tooltip)
        self.setVisible(bool(text))


class RegistrationForm(QWidget):
    """What the visitor and call forms share: the lookup fields, the chosen customer, Enter to go
    on, the field error labels, and clearing for the next person."""

    lookup_requested = Signal(str)  # "" means: no query, empty the matches
    save_requested = Signal()
    matches_wanted = Signal()  # Down in a lookup field
    default_source = "visit"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen: ReceptionMatch | None = None
        self.errors = FieldErrors()
        self.labels: dict[str, QLabel] = {}
        self._query = ""
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(lambda: self.lookup_requested.emit(self._query))

        self.chosen_view = ChosenCustomer()
        self.chosen_view.unset_requested.connect(self.unset_customer)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.company_edit = QLineEdit()
        self.company_edit.setMaxLength(120)
        self.source_combo = QComboBox()
        self.survey_check = QCheckBox()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.chosen_view)
        layout.addLayout(self.form)
        layout.addStretch(1)
        for edit in self.lookup_fields:
            edit.textEdited.connect(lambda text, edit=edit: self._typed(edit, text))

    def hideEvent(self, event: QHideEvent) -> None:
        # A closed window looks nothing up: a pause timer still running must not reach the database.
        self._lookup_timer.stop()
        super().hideEvent(event)

    # -- building ------------------------------------------------------------------------------

    @property
    def lookup_fields(self) -> tuple[QLineEdit, ...]:
        return (self.name_edit, self.phone_edit, self.company_edit)

    def add_row(self, name: str, field: QWidget, *aliases: str) -> None:
        """A labelled row whose error label shows the service's messages for `name`/`aliases`."""
        self.labels[name] = QLabel()
        self.form.addRow(self.labels[name], self.errors.wrap(name, field, *aliases))

    def set_field_order(self, fields: list[QWidget]) -> None:
        """The fields Enter walks through; Enter in the last one registers."""
        self.chain = fields
        for field in fields:
            field.installEventFilter(self)
        for previous, following in itertools.pairwise(fields):
            QWidget.setTabOrder(previous, following)

    def fill_sources(self) -> None:
        current = self.source_combo.currentData() or self.default_source
        self.source_combo.clear()
        for title, code in source_choices():
            self.source_combo.addItem(title, code)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(current)))

    # -- typing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self.chain:
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
                self._enter_pressed(watched)
                return True
            if event.key() == Qt.Key.Key_Down and watched in self.lookup_fields and not modifiers:
                self.matches_wanted.emit()
                return True
        return super().eventFilter(watched, event)

    def _enter_pressed(self, field: QObject) -> None:
        enabled = [f for f in self.chain if f.isEnabled() and f.isVisibleTo(self)]
        later = enabled[enabled.index(field) + 1:] if field in enabled else []
        if later:
            later[0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.save_requested.emit()

    def _typed(self, edit: QLineEdit, text: str) -> None:
        if edit in (self.name_edit, self.phone_edit) and not text.strip() and self.chosen is not None:
            self.unset_customer()
        if self.chosen is not None:
            return
        self._query = text.strip()
        self._lookup_timer.start()

    @property
    def lookup_pending(self) -> bool:
        return self._lookup_timer.isActive()

    # -- the chosen customer --------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self.chosen.customer_id if self.chosen is not None else None

    def apply_match(self, match: ReceptionMatch) -> None:
        """Link the registration to `match` and fill company, contact name and phone from it."""
        self._lookup_timer.stop()
        self.chosen = match
        if match.contact_name:
            self.name_edit.setText(match.contact_name)
        if match.contact_phone:
            self.phone_edit.setText(match.contact_phone)
        # A private person's customer record carries their own name: no company to fill in.
        self.company_edit.setText("" if match.name == match.contact_name else match.name)
        self._show_chosen()
        self.lookup_requested.emit("")

    def unset_customer(self) -> None:
        """Forget the chosen customer: the registration is matched by phone again, or is new."""
        self.chosen = None
        self._show_chosen()

    def _show_chosen(self) -> None:
        match = self.chosen
        if match is None:
            self.chosen_view.show_match("", "")
            return
        owner = match.owner_name or self.tr("public pool")
        self.chosen_view.show_match(self.tr("Customer: {name} · {code} · {owner}").format(
            name=match.name, code=match.code, owner=owner), self.tr("Not this customer"))

    # -- after saving ---------------------------------------------------------------------------

    def show_errors(self, fields: dict[str, str]) -> dict[str, str]:
        """Show a ValidationError's messages under their fields; return those without a field."""
        rest = self.errors.show(translate_field_messages(fields))
        for field in self.chain:
            if self.errors_of(field):
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        return rest

    def errors_of(self, field: QWidget) -> bool:
        return any(self.errors.message(name) for name, widget in self.field_names().items() if widget is field)

    def field_names(self) -> dict[str, QWidget]:
        """Service field name -> widget (for moving the focus to the first refused field)."""
        return {"phone": self.phone_edit, "source": self.source_combo, "company": self.company_edit}

    def clear_form(self) -> None:
        """Empty every field for the next person and put the cursor in the first one."""
        self._lookup_timer.stop()
        for edit in self.lookup_fields:
            edit.clear()
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(self.default_source)))
        self.survey_check.setChecked(False)
        self.unset_customer()
        self.errors.clear()
        self.lookup_requested.emit("")
        self.focus_first()

    def focus_first(self) -> None:
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_common(self) -> None:
        self.labels["name"].setText(self.tr("Name:"))
        self.labels["phone"].setText(self.tr("Phone:"))
        self.labels["company"].setText(self.tr("Company:"))
        self.labels["source"].setText(self.tr("Heard of us via:"))
        self.labels["market_survey"].setText("")
        self.survey_check.setText(self.tr("Market survey only (no lead)"))
        self.phone_edit.setPlaceholderText(self.tr("Mobile or landline; matches appear as you type"))
        self.name_edit.setPlaceholderText(self.tr("Name, or pinyin initials to look up"))
        self.fill_sources()
        self._show_chosen()


class VisitForm(RegistrationForm):
    """来客登记: who came, how many, why, whether they know one of our salespeople, how they heard
    of us."""

    default_source = "visit"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.party_spin = QSpinBox()
        self.party_spin.setRange(1, 500)
        self.party_spin.setMaximumWidth(90)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setMaxLength(200)
        self.contacted_check = QCheckBox()
        self.contacted_combo = QComboBox()
        self.contacted_combo.setEditable(True)
        self.contacted_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contacted_combo.lineEdit().setMaxLength(60)
        self.contacted_combo.setEnabled(False)
        self.contacted_check.toggled.connect(self.contacted_combo.setEnabled)
        contacted = QWidget()
        contacted_layout = QHBoxLayout(contacted)
        contacted_layout.setContentsMargins(0, 0, 0, 0)
        contacted_layout.addWidget(self.contacted_check)
        contacted_layout.addWidget(self.contacted_combo, 1)

        self.add_row("name", self.name_edit, "visitor_name")
        self.add_row("phone", self.phone_edit)
        self.add_row("company", self.company_edit)
        self.add_row("party_size", self.party_spin)
        self.add_row("purpose", self.purpose_edit)
        self.add_row("contacted", contacted, "contacted_salesperson")
        self.add_row("source", self.source_combo)
        self.add_row("market_survey", self.survey_check)
        self.set_field_order([self.name_edit, self.phone_edit, self.company_edit, self.party_spin,
                              self.purpose_edit, self.contacted_check, self.contacted_combo,
                              self.source_combo, self.survey_check])
        self.retranslate_ui()

    def set_salespeople(self, names: list[str]) -> None:
        """The names offered for "in contact with whom" (typing another name is allowed)."""
        text = self.contacted_combo.currentText()
        self.contacted_combo.clear()
        self.contacted_combo.addItems(names)
        self.contacted_combo.setCurrentText(text)

    def field_names(self) -> dict[str, QWidget]:
        return {**super().field_names(), "name": self.name_edit, "visitor_name": self.name_edit,
                "party_size": self.party_spin, "purpose": self.purpose_edit,
                "contacted_salesperson": self.contacted_combo}

    def registration(self) -> VisitInput:
        """The form as the service takes it."""
        contacted = self.contacted_check.isChecked()
        return VisitInput(
            visitor_name=self.name_edit.text(), company=self.company_edit.text(), phone=self.phone_edit.text(),
            party_size=self.party_spin.value(), purpose=self.purpose_edit.text(), contacted_before=contacted,
            contacted_salesperson=self.contacted_combo.currentText() if contacted else "",
            source=self.source_combo.currentData() or self.default_source,
            market_survey=self.survey_check.isChecked(), customer_id=self.customer_id)

    def clear_form(self) -> None:
        self.party_spin.setValue(1)
        self.purpose_edit.clear()
        self.contacted_check.setChecked(False)
        self.contacted_combo.setCurrentText("")
        super().clear_form()

    def retranslate_ui(self) -> None:
        self.retranslate_common()
        self.labels["party_size"].setText(self.tr("Party size:"))
        self.labels["purpose"].setText(self.tr("Purpose:"))
        self.labels["contacted"].setText(self.tr("Known to us:"))
        self.contacted_check.setText(self.tr("In contact with our salesperson"))
        self.contacted_combo.lineEdit().setPlaceholderText(self.tr("who?"))


class CallForm(RegistrationForm):
    """来电登记: incoming or outgoing, who called, their number and company, what it was about."""

    default_source = "phone"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.incoming_radio = QRadioButton()
        self.outgoing_radio = QRadioButton()
        self.incoming_radio.setChecked(True)
        self.direction_group = QButtonGroup(self)
        self.direction_group.addButton(self.incoming_radio)
        self.direction_group.addButton(self.outgoing_radio)
        direction = QWidget()
        direction_layout = QHBoxLayout(direction)
        direction_layout.setContentsMargins(0, 0, 0, 0)
        direction_layout.addWidget(self.incoming_radio)
        direction_layout.addWidget(self.outgoing_radio)
        direction_layout.addStretch(1)
        self.summary_edit = QLineEdit()
        self.summary_edit.setMaxLength(1000)

        self.add_row("direction", direction)
        self.add_row("name", self.name_edit, "caller_name")
        self.add_row("phone", self.phone_edit)
        self.add_row("company", self.company_edit)
        self.add_row("summary", self.summary_edit)
        self.add_row("source", self.source_combo)
        self.add_row("market_survey", self.survey_check)
        self.set_field_order([self.name_edit, self.phone_edit, self.company_edit, self.summary_edit,
                              self.source_combo, self.survey_check])
        QWidget.setTabOrder(self.incoming_radio, self.name_edit)
        self.retranslate_ui()

    @property
    def direction(self) -> str:
        return "out" if self.outgoing_radio.isChecked() else "in"

    def field_names(self) -> dict[str, QWidget]:
        return {**super().field_names(), "name": self.name_edit, "caller_name": self.name_edit,
                "summary": self.summary_edit, "direction": self.incoming_radio}

    def registration(self) -> CallInput:
        """The form as the service takes it."""
        return CallInput(
            caller_name=self.name_edit.text(), phone=self.phone_edit.text(), company=self.company_edit.text(),
            summary=self.summary_edit.text(), direction=self.direction,
            source=self.source_combo.currentData() or self.default_source,
            market_survey=self.survey_check.isChecked(), customer_id=self.customer_id)

    def clear_form(self) -> None:
        self.summary_edit.clear()
        self.incoming_radio.setChecked(True)
        super().clear_form()

    def retranslate_ui(self) -> None:
        self.retranslate_common()
        self.labels["direction"].setText(self.tr("Call:"))
        self.labels["summary"].setText(self.tr("Summary:"))
        self.incoming_radio.setText(self.tr("Incoming"))
        self.outgoing_radio.setText(self.tr("Outgoing"))
        self.summary_edit.setPlaceholderText(self.tr("What the caller wants"))
