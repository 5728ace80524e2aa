"""Translations: French is the source language; English comes from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jury_app.resources import resource

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    """Install the app's and Qt's own translators for `language` (replacing earlier ones)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.French))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    if language != "fr":
        own = QTranslator(app)
        if own.load(str(resource("translations", f"jury_app_{language}.qm"))):
            app.installTranslator(own)
            _installed.append(own)
