"""The screens of the navigation list, in order, and who may open each.

A screen module is imported only when its screen is first opened, so start-up stays fast.
Each screen is a `Screen` subclass built as `cls(context, parent)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.permissions import can
from app.views.context import AppContext


class Screen(QWidget):
    """Base of every screen: built once, `refresh()` when shown again, `retranslate_ui()` on a
    language change."""

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
    ScreenSpec("users", QT_TRANSLATE_NOOP("Navigation", "Users"),
               "app.views.screens.users:UsersScreen", "users.manage"),
    ScreenSpec("teams", QT_TRANSLATE_NOOP("Navigation", "Teams"),
               "app.views.screens.teams:TeamsScreen", "teams.manage"),
    ScreenSpec("audit", QT_TRANSLATE_NOOP("Navigation", "Audit log"),
               "app.views.screens.audit:AuditScreen", "audit.view"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"),
               "app.views.screens.settings:SettingsScreen", "settings.manage"),
    ScreenSpec("account", QT_TRANSLATE_NOOP("Navigation", "My account"),
               "app.views.screens.account:AccountScreen", "account.change_password"),
]


def screens_for(context: AppContext) -> list[ScreenSpec]:
    """The screens the logged-in user may open."""
    return [spec for spec in SCREENS if can(context.user, spec.permission)]
