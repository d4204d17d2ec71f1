"""Data import (数据导入): what can be imported from Excel, each with its template and its import
dialog. It is how administrators, who do not see the customer list, reach the customer import.

The kinds are data (`IMPORTS`): customers, products, historical orders and payments.
Each entry names its template writer and its dialog as "module:name", imported only when used, so
this screen (an administrator's first) pulls in neither openpyxl nor the import code at start-up.
Saving a template is quick and runs on the UI thread; `ask_template_path` is the file question
tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import can
from app.views.context import AppContext
from app.views.screens import Screen


@dataclass(frozen=True)
class ImportKind:
    key: str
    title: str  # English source text, context "ImportsScreen" (QT_TRANSLATE_NOOP)
    description: str  # likewise
    template_name: str  # the file name the template question proposes
    write_template: str  # "module:function", called as function(path)
    dialog: str  # "module:Class", built as Class(actor, parent); Accepted when something was imported
    permission: str  # who sees the entry (services.permissions)

    def translated(self, text: str) -> str:
        return QCoreApplication.translate("ImportsScreen", text)


def _load(target: str):
    module_name, name = target.split(":")
    return getattr(import_module(module_name), name)


# In the order shown; orders and payments use the data import permission (managers, administrators).
IMPORTS: tuple[ImportKind, ...] = (
    ImportKind(
        "customers",
        QT_TRANSLATE_NOOP("ImportsScreen", "Customers and contacts"),
        QT_TRANSLATE_NOOP("ImportsScreen", "One customer per row with up to one contact; further rows with the "
                                           "same name add contacts. The owner is a salesperson's user name or "
                                           "name; without one the customer goes to the public pool."),
        "客户导入模板.xlsx",
        "app.reports.customer_import_files:write_template",
        "app.views.dialogs.customer_import_dialog:CustomerImportDialog",
        "customers.import",
    ),
    ImportKind(
        "products",
        QT_TRANSLATE_NOOP("ImportsScreen", "Products"),
        QT_TRANSLATE_NOOP("ImportsScreen", "One product per row: product line, code, name, unit, list price, floor "
                                           "price, tax rate and whether it is active. Product lines that do not "
                                           "exist yet are created."),
        "产品导入模板.xlsx",
        "app.reports.product_import_files:write_template",
        "app.views.dialogs.product_import_dialog:ProductImportDialog",
        "products.manage",
    ),
    ImportKind(
        "orders",
        QT_TRANSLATE_NOOP("ImportsScreen", "Historical orders"),
        QT_TRANSLATE_NOOP("ImportsScreen", "One order line per row; rows with the same order number make one "
                                           "order. Customers, salespeople and products must exist; amounts are "
                                           "computed from quantity, price, discount and tax rate. Orders without "
                                           "a number are numbered by their sign month."),
        "合同导入模板.xlsx",
        "app.reports.order_import_files:write_order_template",
        "app.views.dialogs.order_import_dialog:OrderImportDialog",
        "customers.import",
    ),
    ImportKind(
        "payments",
        QT_TRANSLATE_NOOP("ImportsScreen", "Historical payments"),
        QT_TRANSLATE_NOOP("ImportsScreen", "One payment per row against an order already in SalesDesk (import "
                                           "the orders first). An order's payments may exceed its total only "
                                           "with a prepayment or overpayment reason."),
        "回款导入模板.xlsx",
        "app.reports.order_import_files:write_payment_template",
        "app.views.dialogs.order_import_dialog:PaymentImportDialog",
        "customers.import",
    ),
)


def ask_template_path(parent: QWidget, default: Path) -> Path | None:
    """Ask where to save a template, starting from `default`; None when the user cancels."""
    from app.views.dialogs.customer_import_dialog import ask_save_path

    return ask_save_path(parent, QCoreApplication.translate("ImportsScreen", "Save the import template"), default)


class ImportCard(QFrame):
    """One kind of import: its title, what the file holds, and the two buttons."""

    def __init__(self, kind: ImportKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"import_{kind.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMaximumWidth(960)  # the buttons stay near the text on a wide screen
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.description_label = QLabel()
        self.description_label.setWordWrap(True)
        self.template_button = QPushButton()
        self.import_button = QPushButton()
        texts = QVBoxLayout()
        texts.addWidget(self.title_label)
        texts.addWidget(self.description_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(texts, 1)
        layout.addSpacing(16)
        layout.addWidget(self.template_button)
        layout.addWidget(self.import_button)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.kind.translated(self.kind.title))
        self.description_label.setText(self.kind.translated(self.kind.description))
        self.template_button.setText(self.tr("Save template…"))
        self.template_button.setToolTip(self.tr("Save an empty Excel file with the columns to fill in"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Choose a filled-in Excel file, check it, then import it"))


class ImportsScreen(Screen):
    """A card per kind of import the user may do; `current_dialog` is the import dialog while open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setStyleSheet("color: palette(mid);")
        self.cards: dict[str, ImportCard] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        for kind in IMPORTS:
            if not can(context.user, kind.permission):
                continue
            card = ImportCard(kind, self)
            card.template_button.clicked.connect(lambda _checked=False, k=kind: self.save_template(k))
            card.import_button.clicked.connect(lambda _checked=False, k=kind: self.start_import(k))
            self.cards[kind.key] = card
            layout.addWidget(card)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro_label.setText(self.tr(
            "Import records from Excel files: save the template, fill it in, then import it. Every file "
            "is checked first, and nothing is imported while it has errors."))
        for card in self.cards.values():
            card.retranslate_ui()

    # -- actions -------------------------------------------------------------------------------

    def save_template(self, kind: ImportKind) -> Path | None:
        """Ask where to save the kind's empty template and write it; the written file, or None."""
        path = ask_template_path(self, Path.home() / kind.template_name)
        if path is None:
            return None
        try:
            written = _load(kind.write_template)(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Template not saved"),
                                self.tr("The file could not be written: {error}").format(error=exc.strerror or exc))
            return None
        self.note_label.setText(self.tr("Template saved to {path}").format(path=written.name))
        self.note_label.setToolTip(str(written))
        return written

    def start_import(self, kind: ImportKind) -> None:
        """Open the kind's import dialog, window-modal without blocking (one at a time)."""
        if self.current_dialog is not None or not can(self.context.user, kind.permission):
            return
        dialog = _load(kind.dialog)(self.context.user, self)
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self.records_changed.emit()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
