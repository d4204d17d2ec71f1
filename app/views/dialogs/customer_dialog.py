"""The customer form (create and edit): every field, the contacts, a duplicate warning while
typing, and for a stored customer its timeline.

Save calls the service and closes only when it succeeded: a ValidationError puts each message
under its field (a refused contact's row turns red) and leaves everything typed in place. An edit
saves against the version it loaded; a ConflictError offers to reload the stored customer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.user import User
from app.services.customer_owners import assignable_owners, may_leave_in_pool
from app.services.customer_queries import filter_choices
from app.services.customers import (
    ContactInput,
    CustomerInput,
    create_customer,
    get_customer,
    input_from,
    update_customer,
)
from app.services.duplicates import find_duplicates
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.permissions import can
from app.views.customers.collation import sorted_by_name
from app.views.customers.contacts_editor import ContactsEditor
from app.views.customers.duplicate_panel import DuplicatePanel
from app.views.customers.timeline_view import TimelineView
from app.views.customers.words import interest_choices, kind_choices, scale_choices, source_choices
from app.views.dialogs.forms import FieldErrors, error_label
from app.views.dialogs.user_dialog import split_tags
from app.views.errors import field_messages, show_error

DUPLICATE_CHECK_DELAY_MS = 300
POOL_OWNER = -1  # item data of the owner combo's "public pool" entry (None cannot be found by findData)


def _combo(choices: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


def _line(max_length: int, completions: list[str] | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if completions:
        completer = QCompleter(completions, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
    return edit


class CustomerDialog(QDialog):
    """Create a customer (`customer_id` None) or edit one; `saved_customer_id` is set by a save."""

    def __init__(self, actor: User, customer_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.customer_id = customer_id
        self.version: int | None = None
        self.code = ""
        self.saved_customer_id: int | None = None
        self.errors = FieldErrors()
        choices = filter_choices(actor)

        self.name_edit = _line(120)
        self.kind_combo = _combo(kind_choices())
        self.owner_combo = _combo([])
        self.industry_edit = _line(40, choices.get("industry"))
        self.scale_combo = _combo(scale_choices())
        self.region_edit = _line(40, choices.get("region"))
        self.city_edit = _line(40)
        self.address_edit = _line(200)
        self.source_combo = _combo(source_choices())
        self.interest_combo = _combo(interest_choices())
        self.tags_edit = _line(200)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        wide = {"name", "notes"}
        placement = [("name",), ("kind", "owner"), ("industry", "scale"), ("region", "city"), ("source", "interest"),
                     ("address", "tags"), ("notes",)]
        widgets = {"name": self.name_edit, "kind": self.kind_combo, "owner": self.owner_combo,
                   "industry": self.industry_edit, "scale": self.scale_combo, "region": self.region_edit,
                   "city": self.city_edit, "address": self.address_edit, "source": self.source_combo,
                   "interest": self.interest_combo, "tags": self.tags_edit, "notes": self.notes_edit}
        for row, names in enumerate(placement):
            for column, name in enumerate(names):
                label = self.labels[name] = QLabel()
                label.setBuddy(widgets[name])
                # As tall as a one-line field with the text centred: level with the field's text
                # while the error under the field (in the same grid cell) may make the row taller.
                label.setMinimumHeight(self.name_edit.sizeHint().height())
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self.errors.wrap(name, widgets[name]), row, column * 2 + 1, 1,
                               3 if name in wide else 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.contacts_editor = ContactsEditor()
        self.contacts_box = QGroupBox()
        QVBoxLayout(self.contacts_box).addWidget(self.contacts_editor)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(grid)
        details_layout.addWidget(self.contacts_box, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(details, "")
        self.timeline: TimelineView | None = None
        if customer_id is not None:
            self.timeline = TimelineView()
            self.tabs.addTab(self.timeline, "")
        self.duplicates = DuplicatePanel()
        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.follow_up_button = None
        if customer_id is not None and can(actor, "follow_ups.record"):
            self.follow_up_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.follow_up_button.setShortcut(QKeySequence("Ctrl+Shift+F"))
            self.follow_up_button.clicked.connect(self.record_follow_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self.duplicate_timer.timeout.connect(self.check_duplicates)
        self.name_edit.textEdited.connect(lambda _text: self.duplicate_timer.start())
        self.contacts_editor.edited.connect(self.duplicate_timer.start)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.retranslate_ui()
        if customer_id is None:
            self._fill_owners(actor.id)
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData("other")))
            self.interest_combo.setCurrentIndex(max(0, self.interest_combo.findData("medium")))
            self.contacts_editor.set_contacts([ContactInput(name="", is_primary=True)])
        else:
            self.load()
        self.resize(800, 700)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {"name": self.tr("Name:"), "kind": self.tr("Kind:"), "owner": self.tr("Owner:"),
                 "industry": self.tr("Industry:"), "scale": self.tr("Scale:"), "region": self.tr("Region:"),
                 "city": self.tr("City:"), "address": self.tr("Address:"), "source": self.tr("Source:"),
                 "interest": self.tr("Interest:"), "tags": self.tr("Tags:"), "notes": self.tr("Notes:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        for combo, choices in ((self.kind_combo, kind_choices()), (self.scale_combo, scale_choices()),
                               (self.source_combo, source_choices()), (self.interest_combo, interest_choices())):
            for row, (text, _value) in enumerate(choices):
                combo.setItemText(row, text)
        pool_row = self.owner_combo.findData(POOL_OWNER)
        if pool_row >= 0:
            self.owner_combo.setItemText(pool_row, self.tr("(public pool)"))
        self.name_edit.setPlaceholderText(self.tr("Company or person"))
        self.region_edit.setPlaceholderText(self.tr("Province or area, e.g. 华东"))
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.contacts_box.setTitle(self.tr("Contacts"))
        self.tabs.setTabText(0, self.tr("Details"))
        if self.timeline is not None:
            self.tabs.setTabText(1, self.tr("Timeline"))
        if self.follow_up_button is not None:
            self.follow_up_button.setText(self.tr("Record follow-up…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.contacts_editor.retranslate_ui()
        self.duplicates.retranslate_ui()
        if self.customer_id is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.setWindowTitle(self.tr("Customer {code} {name}").format(code=self.code, name=self.name_edit.text()))

    def _fill_owners(self, owner_id: int | None) -> None:
        self.owner_combo.clear()
        for owner in sorted_by_name(assignable_owners(self.actor, owner_id), lambda o: o.display_name):
            suffix = "" if owner.active else " " + self.tr("(inactive)")
            self.owner_combo.addItem(owner.display_name + suffix, owner.id)
        if may_leave_in_pool(self.actor) or owner_id is None:
            self.owner_combo.addItem(self.tr("(public pool)"), POOL_OWNER)
        wanted = POOL_OWNER if owner_id is None else owner_id
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(wanted)))
        self.owner_combo.setEnabled(self.owner_combo.count() > 1)

    # -- loading and reading -------------------------------------------------------------------

    def load(self) -> None:
        """Show the customer as stored now and remember its version for the save."""
        customer, contacts = get_customer(self.actor, self.customer_id)
        data = input_from(customer, contacts)
        self.version, self.code = customer.version, customer.code
        self.name_edit.setText(data.name)
        for combo, value in ((self.kind_combo, data.kind), (self.scale_combo, data.scale),
                             (self.source_combo, data.source), (self.interest_combo, data.interest)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._fill_owners(data.owner_id)
        for edit, value in ((self.industry_edit, data.industry), (self.region_edit, data.region),
                            (self.city_edit, data.city), (self.address_edit, data.address)):
            edit.setText(value)
        self.tags_edit.setText(", ".join(data.tags))
        self.notes_edit.setPlainText(data.notes)
        self.contacts_editor.set_contacts(data.contacts)
        self.errors.clear()
        self.general_error.hide()
        self.duplicates.show_matches([])
        if self.timeline is not None and self.tabs.currentWidget() is self.timeline:
            self.timeline.load(self.actor, self.customer_id)
        self.retranslate_ui()

    def customer_input(self) -> CustomerInput:
        """What the form holds, as the service's input."""
        owner = self.owner_combo.currentData()
        return CustomerInput(
            name=self.name_edit.text(), kind=self.kind_combo.currentData(), industry=self.industry_edit.text(),
            scale=self.scale_combo.currentData(), region=self.region_edit.text(), city=self.city_edit.text(),
            address=self.address_edit.text(), source=self.source_combo.currentData(),
            tags=split_tags(self.tags_edit.text()), owner_id=None if owner in (None, POOL_OWNER) else owner,
            interest=self.interest_combo.currentData(), notes=self.notes_edit.toPlainText(),
            contacts=self.contacts_editor.contacts(),
        )

    def _tab_changed(self, index: int) -> None:
        if self.timeline is not None and self.tabs.widget(index) is self.timeline and not self.timeline.entries:
            try:
                self.timeline.load(self.actor, self.customer_id)
            except ServiceError as exc:
                show_error(self, exc)

    # -- duplicates ----------------------------------------------------------------------------

    def record_follow_up(self) -> None:
        """Record a follow-up on this customer (the form stays open); the timeline shows it."""
        from app.views.dialogs.follow_up_dialog import record_follow_up_for

        if record_follow_up_for(self, self.actor, self.customer_id) and self.timeline is not None:
            self.timeline.load(self.actor, self.customer_id)

    def check_duplicates(self) -> None:
        """Look for customers with this name, or a contact's phone, mobile or e-mail; show them."""
        self.duplicate_timer.stop()
        name = self.name_edit.text()
        phones, emails = self.contacts_editor.phones(), self.contacts_editor.emails()
        if not (name.strip() or phones or emails):
            self.duplicates.show_matches([])
            return
        self.duplicates.show_matches(find_duplicates(name, phones, emails, exclude_id=self.customer_id))

    # -- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save through the service; close only when it succeeded."""
        data = self.customer_input()
        try:
            if self.customer_id is None:
                customer = create_customer(self.actor, data)
            else:
                customer = update_customer(self.actor, self.customer_id, self.version, data)
        except ValidationError as exc:
            self.show_messages(field_messages(exc))
            return
        except ConflictError as exc:
            if show_error(self, exc):
                self.load()
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.saved_customer_id = customer.id
        super().accept()

    def show_messages(self, messages: dict[str, str]) -> None:
        """Put each message under its field or contact; the rest under the form."""
        self.tabs.setCurrentIndex(0)
        rest = self.errors.show(self.contacts_editor.show_problems(messages))
        self.general_error.setText("\n".join(rest.values()))
        self.general_error.setVisible(bool(rest))
        focus = {"name": self.name_edit, "industry": self.industry_edit, "region": self.region_edit,
                 "city": self.city_edit, "address": self.address_edit}
        first = next((name for name in messages if name in focus), None)
        if first is not None:
            focus[first].setFocus()
            focus[first].selectAll()

    def message(self, name: str) -> str:
        """The message under field `name` ("" when none): what tests read."""
        return self.errors.message(name)
