"""Who a quotation is for. Supervisors and managers choose among the selling staff they may give
customers to (`customer_owners.assignable_owners`, the rule the quotation service checks); a
salesperson quotes for themselves and sees their own name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.models.user import User
from app.services.customer_owners import assignable_owners
from app.views.customers.collation import sorted_by_name


class SalespersonField(QWidget):
    """A combo for those who may choose, else a name. `salesperson_id()` is what the editor saves:
    None (the service keeps the salesperson, or takes the acting user) when there is no choice."""

    def __init__(self, actor: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.may_choose = actor.role != "sales"  # quotations._salesperson: salespeople quote for themselves
        self.combo = QComboBox()
        self.combo.setMinimumWidth(160)
        self.name_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo if self.may_choose else self.name_label)
        layout.addStretch(1)
        (self.name_label if self.may_choose else self.combo).hide()
        self._chosen_by_user = False
        self.combo.activated.connect(self._remember_choice)

    def load(self, salesperson_id: int | None = None, name: str = "") -> None:
        """Show `salesperson_id` (a saved quotation's; None: the acting user) and, for those who may
        choose, the others they may give the quotation to."""
        if not self.may_choose:
            self.name_label.setText(name or self.actor.display_name)
            return
        current = salesperson_id if salesperson_id is not None else self.actor.id
        self.combo.clear()
        for owner in sorted_by_name(assignable_owners(self.actor, current), lambda o: o.display_name):
            suffix = "" if owner.active else " " + self.tr("(inactive)")
            self.combo.addItem(owner.display_name + suffix, owner.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def suggest(self, owner_id: int | None) -> None:
        """For a new quotation's customer: its owner when they are on the list (they sell and may get
        the quotation), else the acting user. A salesperson the user chose stays."""
        if not self.may_choose or self._chosen_by_user:
            return
        index = self.combo.findData(owner_id) if owner_id is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else max(0, self.combo.findData(self.actor.id)))

    def salesperson_id(self) -> int | None:
        return self.combo.currentData() if self.may_choose else None

    def shown_name(self) -> str:
        """The salesperson as shown (what tests read)."""
        return self.combo.currentText() if self.may_choose else self.name_label.text()

    def set_read_only(self) -> None:
        self.combo.setEnabled(False)

    def _remember_choice(self, _index: int) -> None:
        self._chosen_by_user = True
