"""The screens of the navigation list, in order, and who may open each.

A screen module is imported only when its screen is first opened, so start-up stays fast.
Each screen is a `Screen` subclass built as `cls(context, parent)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.services.permissions import can
from app.views.context import AppContext


class Screen(QWidget):
    """Base of every screen: built once, `refresh()` when shown again, `retranslate_ui()` on a
    language change. A screen emits `records_changed` after the user saved something, so the
    main window can refresh what may depend on it (the notifications bell)."""

    records_changed = Signal()
    # True for a screen that reads its data while it is built: the main window then skips the
    # refresh() it gives every screen it shows, the first time (a count of 300,000 orders saved).
    READS_WHEN_BUILT = False

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the screen shows; called each time the user opens it."""

    def retranslate_ui(self) -> None:
        """Set every visible text again (after a language switch)."""


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English source text; shown through QCoreApplication.translate("Navigation", ...)
    target: str  # "module:Class"
    permission: str  # who may open it (services.permissions)

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)

    def load(self) -> type[Screen]:
        module_name, class_name = self.target.split(":")
        return getattr(import_module(module_name), class_name)


# Later issues add their screens here, in DOMAIN.md's navigation order. QT_TRANSLATE_NOOP puts
# the titles into the .ts file (tools/build_translations.py); it returns the text unchanged.
SCREENS: list[ScreenSpec] = [
    # First: the screen after login for everyone who follows up customers (sales, supervisors,
    # managers); the front desk and administrators, who do not, start on their own first screen.
    ScreenSpec("workbench", QT_TRANSLATE_NOOP("Navigation", "Workbench"),
               "app.views.screens.workbench:WorkbenchScreen", "follow_ups.record"),
    ScreenSpec("reception", QT_TRANSLATE_NOOP("Navigation", "Front desk"),
               "app.views.screens.reception:ReceptionScreen", "reception.register"),
    ScreenSpec("customers", QT_TRANSLATE_NOOP("Navigation", "Customers"),
               "app.views.screens.customers:CustomersScreen", "customers.view"),
    ScreenSpec("pool", QT_TRANSLATE_NOOP("Navigation", "Public pool"),
               "app.views.screens.pool:PoolScreen", "pool.view"),
    ScreenSpec("pipeline", QT_TRANSLATE_NOOP("Navigation", "Opportunities"),
               "app.views.screens.pipeline:PipelineScreen", "opportunities.edit"),
    ScreenSpec("products", QT_TRANSLATE_NOOP("Navigation", "Products"),
               "app.views.screens.products:ProductsScreen", "products.view"),
    ScreenSpec("quotations", QT_TRANSLATE_NOOP("Navigation", "Quotations"),
               "app.views.screens.quotations:QuotationsScreen", "quotations.view"),
    ScreenSpec("orders", QT_TRANSLATE_NOOP("Navigation", "Contracts"),
               "app.views.screens.orders:OrdersScreen", "orders.view"),
    ScreenSpec("shipments", QT_TRANSLATE_NOOP("Navigation", "Shipments"),
               "app.views.screens.shipments:ShipmentsScreen", "orders.view"),
    ScreenSpec("payments", QT_TRANSLATE_NOOP("Navigation", "Payments"),
               "app.views.screens.receivables:ReceivablesScreen", "orders.view"),
    ScreenSpec("targets", QT_TRANSLATE_NOOP("Navigation", "Targets"),
               "app.views.screens.targets:TargetsScreen", "targets.view"),
    ScreenSpec("commissions", QT_TRANSLATE_NOOP("Navigation", "Commission"),
               "app.views.screens.commissions:CommissionsScreen", "commissions.view"),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"),
               "app.views.screens.reports:ReportsScreen", "kpi.view"),
    ScreenSpec("reception_report", QT_TRANSLATE_NOOP("Navigation", "Reception report"),
               "app.views.screens.reception_report:ReceptionReportScreen", "reception.report"),
    # Administrators reach the Excel imports here (they do not see the customer list); managers too.
    ScreenSpec("users", QT_TRANSLATE_NOOP("Navigation", "Users"),
               "app.views.screens.users:UsersScreen", "users.manage"),
    ScreenSpec("teams", QT_TRANSLATE_NOOP("Navigation", "Teams"),
               "app.views.screens.teams:TeamsScreen", "teams.manage"),
    ScreenSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"),
               "app.views.screens.audit:AuditScreen", "audit.view"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"),
               "app.views.screens.settings:SettingsScreen", "settings.manage"),
    ScreenSpec("imports", QT_TRANSLATE_NOOP("Navigation", "Data import"),
               "app.views.screens.imports:ImportsScreen", "customers.import"),
    ScreenSpec("account", QT_TRANSLATE_NOOP("Navigation", "My account"),
               "app.views.screens.account:AccountScreen", "account.change_password"),
]


def screens_for(context: AppContext) -> list[ScreenSpec]:
    """The screens the logged-in user may open."""
    return [spec for spec in SCREENS if can(context.user, spec.permission)]
