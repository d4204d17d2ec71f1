"""Where SalesDesk keeps its files when no --db is given."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "SalesDesk"


def data_dir() -> Path:
    """The user's data folder (e.g. %LOCALAPPDATA%\\SalesDesk, ~/.local/share/SalesDesk)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> str:
    return str(data_dir() / "salesdesk.sqlite3")


def resources_dir() -> Path:
    """The resources/ folder beside the app package (icons, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"
