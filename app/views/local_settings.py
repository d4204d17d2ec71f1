"""The settings SalesDesk keeps on this computer, not in the database: the language, the window's
size and place, splitter positions and list column widths (QSettings).

`local_settings()` is the one place that opens them: the platform's usual store under the
application's name (the registry on Windows, a .plist on macOS, an INI file on Linux), or the INI
file named by SALESDESK_SETTINGS when set (tests, a portable copy), so nothing else decides where
they live. Only the SalesDesk application itself (the QApplication app.views.app names
"SalesDesk") uses the computer's store: another host of these widgets (the test suite, a script)
gets a throw-away file of its process, so it never changes or reads a user's own settings.
"""

from __future__ import annotations

import atexit
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

APP_NAME = "SalesDesk"
SETTINGS_FILE_VARIABLE = "SALESDESK_SETTINGS"


def local_settings() -> QSettings:
    """This computer's SalesDesk settings (see the module docstring)."""
    path = os.environ.get(SETTINGS_FILE_VARIABLE, "").strip()
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    if QCoreApplication.applicationName() != APP_NAME:
        return QSettings(str(_scratch_file()), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _scratch_file() -> Path:
    """This process's throw-away settings file, removed when the process ends."""
    import tempfile  # not on the application's start-up path

    path = Path(tempfile.gettempdir()) / f"salesdesk-settings-{os.getpid()}.ini"
    if path not in _scratch:
        _scratch.append(path)
        atexit.register(path.unlink, missing_ok=True)
    return path


_scratch: list[Path] = []
