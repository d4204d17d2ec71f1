"""Languages: the translator for SalesDesk's own texts and Qt's, role titles, CJK fonts.

zh_CN is the default language; the language chosen in the window's View > Language menu is kept on
this computer (app.views.local_settings) and used at the next start; SALESDESK_LANG=en (or any
language without a .qm) overrides both and shows the English source strings. Every visible text is
written in English and goes through `tr()`/`translate()`.

`install_translator` switches a running application: Qt sends every widget a LanguageChange event
and the windows set their texts again (`retranslate_ui()`), keeping what the user typed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir
from app.views.local_settings import local_settings

DEFAULT_LANGUAGE = "zh_CN"
SOURCE_LANGUAGE = "en"
LANGUAGE_KEY = "language"
# The languages offered, each named in its own language (a user who cannot read the current one
# still finds theirs), in the order of the menu.
LANGUAGES = {"zh_CN": "中文", "en": "English"}

# Tried in order for every character, so Chinese renders on Windows, macOS and Linux alike.
CJK_FONT_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]

# Kept referenced: QCoreApplication does not own installed translators.
_installed: list[QTranslator] = []
_current = {"language": SOURCE_LANGUAGE}


def chosen_language() -> str:
    """The language asked for by SALESDESK_LANG, else the one saved on this computer, else the
    default (zh_CN)."""
    forced = os.environ.get("SALESDESK_LANG", "").strip()
    if forced:
        return forced
    saved = str(local_settings().value(LANGUAGE_KEY, "") or "")
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    """Remember `language` on this computer for the next start."""
    settings = local_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def current_language() -> str:
    """The language the texts are shown in now (the source language when no translation loaded)."""
    return _current["language"]


def translation_file(language: str):
    return resources_dir() / "translations" / f"salesdesk_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch `app` to `language`: remove earlier translators, load SalesDesk's and Qt's .qm files.

    Returns True when SalesDesk's own translation was loaded. Installing sends LanguageChange to
    every widget, so windows that implement `retranslate_ui()` update in place.
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    _current["language"] = SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE:
        return False
    path = translation_file(language)
    if not path.exists():
        return False
    ours = QTranslator(app)
    if not ours.load(str(path)):
        return False
    # Qt's own texts (standard buttons such as Cancel/Yes) when Qt ships them for this language.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    app.installTranslator(ours)
    _installed.append(ours)
    _current["language"] = language
    return True


def load_bundled_cjk_font() -> None:
    """Register the bundled CJK font (app/resources/fonts, the one the PDFs embed) when the system has
    none of CJK_FONT_FAMILIES, so Chinese never renders as boxes (a bare Linux desktop)."""
    installed = set(QFontDatabase.families())
    if installed.intersection(CJK_FONT_FAMILIES):
        return
    path = resources_dir() / "fonts" / "wqy-microhei.ttc"
    if path.exists():
        QFontDatabase.addApplicationFont(str(path))


def apply_cjk_font(app: QApplication) -> None:
    """Give the application font a fallback list of CJK families (idempotent), loading the bundled
    one first when the system has none."""
    load_bundled_cjk_font()
    font = QFont(app.font())
    families = font.families() or [font.family()]
    if families[: len(CJK_FONT_FAMILIES)] == CJK_FONT_FAMILIES:
        return
    system = [family for family in families if family not in CJK_FONT_FAMILIES]
    font.setFamilies(CJK_FONT_FAMILIES + system)
    app.setFont(font)


def role_title(role: str) -> str:
    """The translated title of a role (frontdesk, sales, supervisor, manager, admin)."""
    titles = {
        "frontdesk": QCoreApplication.translate("Roles", "Front desk"),
        "sales": QCoreApplication.translate("Roles", "Sales"),
        "supervisor": QCoreApplication.translate("Roles", "Supervisor"),
        "manager": QCoreApplication.translate("Roles", "Manager"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
    }
    return titles.get(role, role)


def code_title(context: str, titles: Mapping[str, str], code: str, default: str | None = None) -> str:
    """The translated title of a stored code: `titles` maps codes to English source texts of the
    translation `context`. A code without a title (a later area's) comes back as `default`, or
    as it is when there is no default."""
    if code in titles:
        return QCoreApplication.translate(context, titles[code])
    return code if default is None else default
