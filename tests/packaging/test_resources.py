"""The resources are package data of `app`, found through importlib.resources, and a wheel ships them."""

from __future__ import annotations

import fnmatch
import tomllib

from app.paths import resources_dir
from tests.packaging.packaging_scripts import ROOT


def test_resources_dir_is_the_packages_resources_folder():
    folder = resources_dir()
    assert folder == ROOT / "app" / "resources"
    assert (folder / "fonts" / "wqy-microhei.ttc").stat().st_size > 1_000_000
    assert (folder / "icons" / "salesdesk.png").read_bytes().startswith(b"\x89PNG")
    assert (folder / "translations" / "salesdesk_zh_CN.ts").is_file()


def test_package_data_covers_every_resource_the_app_reads():
    """pyproject's package-data globs (what a wheel or `pip install` carries) match every font and icon
    and the built translations; only the .ts source stays out."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["app"]
    app_folder = ROOT / "app"
    files = [path.relative_to(app_folder).as_posix() for path in (app_folder / "resources").rglob("*")
             if path.is_file()]
    shipped = {name for name in files if any(fnmatch.fnmatch(name, pattern) for pattern in patterns)}
    assert {"resources/fonts/wqy-microhei.ttc", "resources/icons/salesdesk.svg", "resources/icons/salesdesk.png",
            "resources/icons/salesdesk.ico", "resources/icons/salesdesk.icns"} <= shipped
    assert "resources/translations/salesdesk_zh_CN.ts" not in shipped
    qm = "resources/translations/salesdesk_zh_CN.qm"
    assert any(fnmatch.fnmatch(qm, pattern) for pattern in patterns)
