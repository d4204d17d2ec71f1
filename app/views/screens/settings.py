"""The Settings screen (admin): company details and logo, currency and tax, the public-pool and
reminder rules. Save (Ctrl+S) sends only the fields that changed to `services.settings`; a refused
value is explained under its field and nothing is saved. Revert shows the stored values again.
The reception duty rotation has its own box and dialog, saved by the dialog's OK; this computer's
backups (folder, Back up now, Restore) have theirs (views.settings_parts.backup_box)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import settings as settings_service
from app.services.errors import ServiceError, ValidationError
from app.services.settings import Settings
from app.views.context import AppContext
from app.views.dialogs.forms import FieldErrors
from app.views.errors import show_error
from app.views.reception.rotation import DutyRotationBox
from app.views.screens import Screen
from app.views.settings_parts.backup_box import BackupBox

CURRENCIES = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"]
INTEGER_FIELDS = ("pool_return_days", "pool_warning_days", "claim_limit_per_day", "renewal_reminder_days")
LOGO_SIZE = (220, 90)
FORM_WIDTH = 620


def _shown(settings: Settings) -> dict[str, object]:
    """The stored settings as the form shows them, to compare with what is typed."""
    values: dict[str, object] = {name: getattr(settings, name) for name in (
        "company_name", "company_address", "company_phone", "company_logo", "currency", *INTEGER_FIELDS)}
    values["tax_rate"] = str(settings.tax_rate)
    return values


class SettingsScreen(Screen):
    """The company settings form; `loaded` is what was stored when the form was last filled."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.loaded: Settings | None = None
        self.logo: bytes = b""
        self.errors = FieldErrors()
        self.labels: dict[str, QLabel] = {}

        self.company_name_edit = QLineEdit()
        self.company_name_edit.setMaxLength(100)
        self.company_address_edit = QLineEdit()
        self.company_address_edit.setMaxLength(200)
        self.company_phone_edit = QLineEdit()
        self.company_phone_edit.setMaxLength(30)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_logo_button = QPushButton()
        self.remove_logo_button = QPushButton()
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.lineEdit().setMaxLength(3)
        self.tax_rate_edit = QLineEdit()
        self.tax_rate_edit.setMaxLength(6)
        self.spins: dict[str, QSpinBox] = {}
        for name in INTEGER_FIELDS:
            spin = QSpinBox()
            spin.setRange(0, 99999)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.spins[name] = spin

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addLayout(logo_buttons)
        logo_layout.addStretch(1)

        self.company_box = QGroupBox()
        company_form = self._form(self.company_box, [
            ("company_name", self.company_name_edit), ("company_address", self.company_address_edit),
            ("company_phone", self.company_phone_edit), ("company_logo", logo_row)])
        self.rules_box = QGroupBox()
        self._form(self.rules_box, [
            ("currency", self.currency_combo), ("tax_rate", self.tax_rate_edit),
            *((name, self.spins[name]) for name in INTEGER_FIELDS)])
        for widget in (self.currency_combo, self.tax_rate_edit, *self.spins.values()):
            widget.setMaximumWidth(120)
        company_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Saved on its own (its dialog's OK), not by this form's Save.
        self.duty_box = DutyRotationBox(context.user)

        self.save_button = QPushButton()
        self.revert_button = QPushButton()
        self.status_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status_label, 1)

        # This computer's backups (folder, Back up now, Restore): saved on their own, like the duty box.
        self.backup_box = BackupBox(context)

        # Two columns (the company form; the duty rotation and backups), scrolled on a small window.
        form_column = QWidget()
        form_column.setMaximumWidth(FORM_WIDTH)
        column = QVBoxLayout(form_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.company_box)
        column.addWidget(self.rules_box)
        column.addLayout(buttons)
        column.addStretch(1)
        side_column = QWidget()
        side_column.setMaximumWidth(FORM_WIDTH)
        side = QVBoxLayout(side_column)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.duty_box)
        side.addSpacing(12)
        side.addWidget(self.backup_box)
        side.addStretch(1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addWidget(form_column, 1)
        columns.addWidget(side_column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.retranslate_ui()

    def _form(self, box: QGroupBox, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name, widget in rows:
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], self.errors.wrap(name, widget))
        return form

    def retranslate_ui(self) -> None:
        self.company_box.setTitle(self.tr("Company"))
        self.rules_box.setTitle(self.tr("Sales rules"))
        texts = {
            "company_name": self.tr("Company name:"), "company_address": self.tr("Address:"),
            "company_phone": self.tr("Phone:"), "company_logo": self.tr("Logo:"),
            "currency": self.tr("Currency:"), "tax_rate": self.tr("Tax rate %:"),
            "pool_return_days": self.tr("Return to pool after (days without follow-up):"),
            "pool_warning_days": self.tr("Warn the owner (days before the return):"),
            "claim_limit_per_day": self.tr("Pool claims per salesperson per day:"),
            "renewal_reminder_days": self.tr("Renewal reminder (days before the contract ends):"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.choose_logo_button.setText(self.tr("Choose…"))
        self.choose_logo_button.setToolTip(self.tr("A PNG or JPEG image under 1 MB, printed on documents"))
        self.remove_logo_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Show the saved values again"))
        self.duty_box.retranslate_ui()
        self.backup_box.retranslate_ui()
        self._show_logo()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored settings, unless the form holds changes not saved yet."""
        if self.loaded is None or not self.changed_fields():
            self.load(settings_service.get_settings())
        self.duty_box.refresh()
        self.backup_box.refresh()

    def revert(self) -> None:
        """Throw away what was typed and show the stored settings."""
        self.load(settings_service.get_settings())
        self.status_label.clear()

    def load(self, settings: Settings) -> None:
        self.loaded = settings
        self.company_name_edit.setText(settings.company_name)
        self.company_address_edit.setText(settings.company_address)
        self.company_phone_edit.setText(settings.company_phone)
        self.currency_combo.setCurrentText(settings.currency)
        self.tax_rate_edit.setText(str(settings.tax_rate))
        for name, spin in self.spins.items():
            spin.setValue(getattr(settings, name))
        self.logo = settings.company_logo
        self._show_logo()
        self.errors.clear()

    # -- the logo ------------------------------------------------------------------------------

    def choose_logo_file(self) -> str:
        """Ask for an image file; "" when cancelled. Tests replace this method."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the company logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        return path

    def choose_logo(self) -> None:
        path = self.choose_logo_file()
        if not path:
            return
        try:
            self.logo = Path(path).read_bytes()
        except OSError as exc:
            self.errors.show({"company_logo": self.tr("Cannot read the file: {error}").format(error=exc.strerror)})
            return
        self.errors.show({})
        self._show_logo()

    def remove_logo(self) -> None:
        self.logo = b""
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(pixmap.scaled(
                LOGO_SIZE[0] - 8, LOGO_SIZE[1] - 8, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not self.logo else self.tr("Not an image"))
        self.remove_logo_button.setEnabled(bool(self.logo))

    # -- saving --------------------------------------------------------------------------------

    def form_values(self) -> dict[str, object]:
        """Every field as typed, by setting name."""
        values: dict[str, object] = {
            "company_name": self.company_name_edit.text(), "company_address": self.company_address_edit.text(),
            "company_phone": self.company_phone_edit.text(), "company_logo": self.logo,
            "currency": self.currency_combo.currentText(), "tax_rate": self.tax_rate_edit.text().strip(),
        }
        values.update({name: spin.value() for name, spin in self.spins.items()})
        return values

    def changed_fields(self) -> dict[str, object]:
        """The fields whose value differs from the stored one."""
        if self.loaded is None:
            return {}
        stored = _shown(self.loaded)
        return {name: value for name, value in self.form_values().items() if value != stored[name]}

    def save(self) -> bool:
        """Save the changed fields; True when they were saved (or nothing had changed)."""
        changes = self.changed_fields()
        if not changes:
            self.errors.clear()
            self.status_label.setText(self.tr("Nothing to save."))
            return True
        try:
            saved = settings_service.update_settings(self.context.user, changes)
        except ValidationError as exc:
            rest = self.errors.show(exc.fields)
            self.status_label.setText(self.tr("Not saved: please correct the marked fields."))
            if rest:
                show_error(self, ValidationError(rest))
            return False
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.load(saved)
        self.status_label.setText(self.tr("Saved."))
        return True
