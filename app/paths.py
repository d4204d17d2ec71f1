"""Where SalesDesk keeps its files: the user's data (when no --db is given) and its own resources.

The resources (fonts, translations, icons) are package data of `app` (app/resources/), found beside
this module when the package is on disk (a checkout, an installed wheel, the frozen PyInstaller
application), else through importlib.resources (a zipped package). importlib.resources is imported
only then: it costs about 10 ms of the start-up.
"""

from __future__ import annotations

import functools
from pathlib import Path

APP_NAME = "SalesDesk"


def data_dir() -> Path:
    """The user's data folder (e.g. %LOCALAPPDATA%\\SalesDesk, ~/.local/share/SalesDesk)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> str:
    return str(data_dir() / "salesdesk.sqlite3")


@functools.cache
def resources_dir() -> Path:
    """The app's resources folder (fonts, translations, icons) as a real directory on disk.

    Installed or frozen, the package is on disk and this is app/resources itself; from a zipped
    package, importlib.resources extracts it once to a temporary folder removed at exit.
    """
    beside = Path(__file__).parent / "resources"
    if beside.is_dir():
        return beside
    import atexit
    from contextlib import ExitStack
    from importlib.resources import as_file, files

    resources = files("app") / "resources"
    if isinstance(resources, Path):
        return resources
    stack = ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(as_file(resources))
