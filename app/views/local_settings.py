"""The settings SalesDesk keeps on this computer, not in the database: the language, the window's
size and place, splitter positions and list column widths (QSettings).

`local_settings()` is the one place that opens them: the platform's usual store under the
application's name (the registry on Windows, a .plist on macOS, an INI file on Linux), or the INI
file named by SALESDESK_SETTINGS when set (tests, a portable copy), so nothing else decides where
they live.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

APP_NAME = "SalesDesk"
SETTINGS_FILE_VARIABLE = "SALESDESK_SETTINGS"


def local_settings() -> QSettings:
    """This computer's SalesDesk settings (see the module docstring)."""
    path = os.environ.get(SETTINGS_FILE_VARIABLE, "").strip()
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
