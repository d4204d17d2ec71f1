"""The filters above the customer list: owner, industry, region, interest, source, tag, days
without follow-up and "leads only". `changed` fires whenever the filter they describe changes."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QToolButton, QWidget

from app.models.user import User
from app.services.customer_owners import OwnerChoice
from app.services.customer_queries import POOL, CustomerFilter
from app.views.customers.collation import sorted_by_name
from app.views.customers.words import interest_choices, source_choices

TEXT_DELAY_MS = 300
ME = "me"  # item data of the owner filter's "Mine" entry (resolved to the actor's id)


class CustomerFilterBar(QWidget):
    """The filter widgets of the customer list; `customer_filter(search)` reads them."""

    changed = Signal()

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.owner_combo = QComboBox()
        self.owner_combo.setMinimumContentsLength(8)
        self.industry_combo = QComboBox()
        self.industry_combo.setMinimumContentsLength(8)
        self.region_combo = QComboBox()
        self.region_combo.setMinimumContentsLength(6)
        self.interest_combo = QComboBox()
        self.source_combo = QComboBox()
        self.tag_edit = QLineEdit()
        self.tag_edit.setClearButtonEnabled(True)
        self.tag_edit.setMaximumWidth(110)
        self.idle_label = QLabel()
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 3650)
        self.idle_spin.setSingleStep(7)
        self.leads_check = QCheckBox()
        self.reset_button = QToolButton()
        self._fill_fixed_combos()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.owner_combo, self.industry_combo, self.region_combo, self.interest_combo,
                       self.source_combo, self.tag_edit):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.idle_label)
        layout.addWidget(self.idle_spin)
        layout.addSpacing(6)
        layout.addWidget(self.leads_check)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        # Salespeople see only their own customers: an owner filter would offer nothing.
        self.owner_combo.setVisible(actor.role != "sales")

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.changed)
        for combo in (self.owner_combo, self.industry_combo, self.region_combo, self.interest_combo,
                      self.source_combo):
            combo.currentIndexChanged.connect(self._combo_changed)
        self.tag_edit.textChanged.connect(lambda _text: self._text_timer.start())
        self.idle_spin.valueChanged.connect(lambda _value: self._text_timer.start())
        self.leads_check.toggled.connect(lambda _checked: self.changed.emit())
        self.reset_button.clicked.connect(self.reset)
        self._filling = False
        self.retranslate_ui()

    def _combo_changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _fill_fixed_combos(self) -> None:
        self._filling = True
        for combo, choices in ((self.interest_combo, interest_choices()), (self.source_combo, source_choices())):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for text, value in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        self._filling = False

    def retranslate_ui(self) -> None:
        self._fill_fixed_combos()
        self.interest_combo.setItemText(0, self.tr("Any interest"))
        self.source_combo.setItemText(0, self.tr("Any source"))
        for combo, text in ((self.industry_combo, self.tr("All industries")),
                            (self.region_combo, self.tr("All regions"))):
            if combo.count():
                combo.setItemText(0, text)
        self._name_owner_entries()
        self.tag_edit.setPlaceholderText(self.tr("Tag"))
        self.idle_label.setText(self.tr("No follow-up for"))
        self.idle_spin.setSpecialValueText(self.tr("any time"))
        self.idle_spin.setSuffix(self.tr(" days"))
        self.idle_spin.setToolTip(self.tr("Only customers without a follow-up for this many days (0: off)"))
        self.leads_check.setText(self.tr("Leads only"))
        self.reset_button.setText(self.tr("Clear filters"))

    def _name_owner_entries(self) -> None:
        names = {None: self.tr("All owners"), ME: self.tr("Mine"), POOL: self.tr("Public pool")}
        for row in range(self.owner_combo.count()):
            data = self.owner_combo.itemData(row)
            if data in names:
                self.owner_combo.setItemText(row, names[data])

    def set_choices(self, owners: list[OwnerChoice], industries: list[str], regions: list[str]) -> None:
        """Refill the owner, industry and region lists, keeping what is chosen (no `changed`)."""
        self._filling = True
        entries: list[tuple[str, object]] = [("", None), ("", ME)]
        if self.actor.role != "sales":
            entries.append(("", POOL))
        inactive = self.tr("(inactive)")
        entries += [(o.display_name if o.active else f"{o.display_name} {inactive}", o.id)
                    for o in sorted_by_name(owners, lambda o: o.display_name) if o.id != self.actor.id]
        self._refill(self.owner_combo, entries)
        self._name_owner_entries()
        self._refill(self.industry_combo, [(self.tr("All industries"), None)] + [(i, i) for i in industries])
        self._refill(self.region_combo, [(self.tr("All regions"), None)] + [(r, r) for r in regions])
        self._filling = False

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)

    def customer_filter(self, search: str = "") -> CustomerFilter:
        """The filter the widgets describe, with `search` as the search text."""
        owner = self.owner_combo.currentData()
        return CustomerFilter(
            search=search,
            owner_id=self.actor.id if owner == ME else owner,
            industry=self.industry_combo.currentData() or "",
            region=self.region_combo.currentData() or "",
            interest=self.interest_combo.currentData() or "",
            source=self.source_combo.currentData() or "",
            tag=self.tag_edit.text().strip(),
            no_follow_up_days=self.idle_spin.value() or None,
            leads_only=self.leads_check.isChecked(),
        )

    def select_owner(self, owner: object) -> None:
        """Choose an owner entry by its data: None (all), ME, POOL or a user id."""
        self.select(self.owner_combo, owner)

    @staticmethod
    def select(combo: QComboBox, value: object) -> None:
        """Choose the entry of `combo` whose data is `value` (the first entry for None)."""
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)

    def reset(self) -> None:
        """Back to no filter at all (one `changed`)."""
        self._filling = True
        for combo in (self.owner_combo, self.industry_combo, self.region_combo, self.interest_combo,
                      self.source_combo):
            combo.setCurrentIndex(0)
        self.tag_edit.blockSignals(True)
        self.tag_edit.clear()
        self.tag_edit.blockSignals(False)
        self.idle_spin.blockSignals(True)
        self.idle_spin.setValue(0)
        self.idle_spin.blockSignals(False)
        self.leads_check.blockSignals(True)
        self.leads_check.setChecked(False)
        self.leads_check.blockSignals(False)
        self._filling = False
        self._text_timer.stop()
        self.changed.emit()

    @property
    def pending(self) -> bool:
        """True while a typed tag or day count waits for its pause."""
        return self._text_timer.isActive()
