"""The bar above the target grid: the year, teams or industries in the middle, the proposals, Save
(Ctrl+S) and "Copy last year" with its increase. It only holds the widgets and their texts; the
screen connects them and decides what is shown for whom."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.targets import MAX_YEAR, MIN_YEAR

SAVE_SHORTCUT = "Ctrl+S"


class TargetActionBar(QWidget):
    """Two rows: what is shown (year, middle level) and what can be done with it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year_label = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(dt.date.today().year)
        self.year_label.setBuddy(self.year_spin)
        self.middle_combo = QComboBox()
        self.middle_combo.addItem("", "team")
        self.middle_combo.addItem("", "industry")
        self.reload_button = QPushButton()
        self.propose_months_button = QPushButton()
        self.propose_middle_button = QPushButton()
        self.propose_people_button = QPushButton()
        self.basis_combo = QComboBox()
        self.basis_combo.addItem("", "history")
        self.basis_combo.addItem("", "grade")
        for combo in (self.middle_combo, self.basis_combo):  # their texts change with the language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.copy_button = QPushButton()
        self.percent_spin = QDoubleSpinBox()
        self.percent_spin.setRange(-100, 1000)
        self.percent_spin.setDecimals(2)
        self.percent_spin.setSuffix(" %")

        top = QHBoxLayout()
        for widget in (self.year_label, self.year_spin, self.middle_combo, self.reload_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        top.addWidget(self.percent_spin)
        actions = QHBoxLayout()
        for widget in (self.propose_months_button, self.propose_middle_button, self.propose_people_button,
                       self.basis_combo):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)

    @property
    def year(self) -> int:
        return self.year_spin.value()

    @property
    def middle(self) -> str:
        return self.middle_combo.currentData()

    @property
    def basis(self) -> str:
        return self.basis_combo.currentData()

    @property
    def percent(self) -> Decimal:
        return Decimal(f"{self.percent_spin.value():.2f}")

    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("&Year"))
        self.middle_combo.setItemText(0, self.tr("Split by team"))
        self.middle_combo.setItemText(1, self.tr("Split by industry"))
        self.middle_combo.setToolTip(self.tr("The middle level between the company and the salespeople"))
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the year's targets again (typed figures are dropped)"))
        self.propose_months_button.setText(self.tr("Propose monthly split"))
        self.propose_months_button.setToolTip(self.tr(
            "Split the company's annual target into months by last year's monthly revenue (evenly without it)"))
        by_industry = self.middle == "industry"
        self.propose_middle_button.setText(
            self.tr("Propose split to industries") if by_industry else self.tr("Propose split to teams"))
        self.propose_middle_button.setToolTip(self.tr(
            "Split the company's saved figures (the year and each month) by last year's shares"))
        self.propose_people_button.setText(self.tr("Propose split to salespeople"))
        self.propose_people_button.setToolTip(self.tr(
            "Split the saved figures of each team (by industry: the company's) to its active salespeople"))
        self.basis_combo.setItemText(0, self.tr("by last year's share"))
        self.basis_combo.setItemText(1, self.tr("by grade"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save every figure typed, all or none ({shortcut})").format(
            shortcut=SAVE_SHORTCUT))
        self.copy_button.setText(self.tr("Copy last year"))
        self.copy_button.setToolTip(self.tr("Copy every figure of the year before, raised by the percentage beside"))
        self.percent_spin.setToolTip(self.tr("Increase over last year's figures"))
