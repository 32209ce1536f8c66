"""Translations: Qt's own Swedish strings first, then ours; switchable at run time.

Every module calls ``tr("literal")``. pyside6-lupdate extracts those calls
(with an empty context) from the source, so a literal is all it may be given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from regworkshop import paths

SUPPORTED = ("sv", "en")


def tr(text: str) -> str:
    """Translate a user-visible string into the UI language."""
    return QCoreApplication.translate("", text)


def ui_language() -> str:
    """Return the language the installed translators speak ("sv" or "en")."""
    return Translations.in_force


def resolve_language(setting: str) -> str:
    """Return the language to use: the setting, else the system's if supported, else English."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class Translations:
    """Installs translators so the language can change without a restart.

    Translators belong to the one QApplication, so the list of what we installed
    is shared by every instance: installing a language removes all of ours first.
    """

    _installed: list[QTranslator] = []  # noqa: RUF012 (process-wide on purpose, like Qt's)
    # Process-wide for the same reason: words not from tr() (the vocabulary) follow it.
    in_force = "en"

    def __init__(self) -> None:
        self.language = "en"

    def install(self, language: str) -> str:
        """Install the translators for *language* (sv or en); return the language in force."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        Translations.in_force = language
        if language == "en":
            return language
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            self._installed.append(qt)
        ours = QTranslator(app)
        if ours.load(f"regworkshop_{language}", str(paths.resources_dir() / "translations")):
            app.installTranslator(ours)
            self._installed.append(ours)
        QLocale.setDefault(QLocale(language))
        return language
