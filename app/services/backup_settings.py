"""Where this computer keeps the backups of a database: a per-computer setting, not a company one.

The backup folder is a folder on *this* computer (a second disk, a USB drive, a synced folder), so
it cannot live in the database that every computer shares: it is stored in a small JSON file in the
user's configuration folder (platformdirs: `%LOCALAPPDATA%\\SalesDesk`, `~/Library/Application
Support/SalesDesk`, `~/.config/SalesDesk`; SALESDESK_CONFIG_DIR overrides the folder, as for the
connection settings), one entry per database, keyed by the database's
password-free description (the SQLite file's absolute path, or `postgresql://user@host:port/name`).

Without an entry the folder is `backups/` beside a SQLite file, or `backups/<name>` in the user's
data folder for a PostgreSQL database. Reading never fails: a missing or damaged file means "no
folder chosen". Nothing here touches the database or imports Qt, so the schema migration (which
backs up before it changes anything) can ask for the folder before the database is usable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

FILE_NAME = "backup.json"


def settings_file() -> Path:
    """The JSON file holding this computer's backup folders."""
    folder = os.environ.get("SALESDESK_CONFIG_DIR")
    if folder:
        return Path(folder) / FILE_NAME
    from platformdirs import user_config_path

    return user_config_path("SalesDesk", appauthor=False) / FILE_NAME


def database_key(target: str) -> str:
    """The password-free key of a database: an absolute file path, or a URL without password."""
    if target.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(target)
        user = f"{unquote(parts.username)}@" if parts.username else ""
        port = f":{parts.port}" if parts.port else ""
        return "postgresql://{}{}{}{}".format(user, parts.hostname or "localhost", port, parts.path)
    return str(Path(target).expanduser().resolve())


def default_folder(target: str) -> Path:
    """The folder used while none has been chosen for `target`."""
    if target.startswith(("postgresql://", "postgres://")):
        from app.paths import data_dir

        name = unquote(urlsplit(target).path.lstrip("/")) or "postgres"
        return data_dir() / "backups" / name
    return Path(target).expanduser().resolve().parent / "backups"


def _read() -> dict:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def chosen_folder(target: str) -> Path | None:
    """The folder chosen for `target` on this computer, or None when none was chosen."""
    folders = _read().get("folders")
    value = folders.get(database_key(target)) if isinstance(folders, dict) else None
    return Path(value) if isinstance(value, str) and value else None


def backup_folder(target: str) -> Path:
    """Where the backups of `target` go on this computer: the chosen folder, else the default."""
    return chosen_folder(target) or default_folder(target)


def set_backup_folder(target: str, folder: Path | str | None) -> Path:
    """Remember `folder` for `target` (None or "": back to the default); return the folder now used.

    The folder is created when missing; a folder that cannot be created or written raises OSError
    and nothing is saved. The file is replaced in one step (written beside it, then renamed).
    """
    data = _read()
    folders = data.get("folders") if isinstance(data.get("folders"), dict) else {}
    key = database_key(target)
    if folder:
        path = Path(folder).expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".salesdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
        folders[key] = str(path)
    else:
        folders.pop(key, None)
    data["folders"] = folders
    file = settings_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(file.name + ".new")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, file)
    return backup_folder(target)
