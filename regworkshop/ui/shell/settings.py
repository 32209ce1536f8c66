"""Typed preferences over QSettings: declared once, with defaults and a version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from regworkshop import paths

SETTINGS_VERSION = 1
MAX_RECENT = 8
LANGUAGES = ("", "sv", "en")  # "" follows the system locale
THEMES = ("light", "dark")


class Settings:
    """The user's preferences. Project data never goes here; it stays in the project file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            ini = paths.config_dir() / "settings.ini"
            qsettings = QSettings(str(ini), QSettings.Format.IniFormat)
        self._q = qsettings
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._q.value("meta/version", 0) or 0)
        # Version 0 -> 1: nothing to carry over yet; later versions add steps here.
        if version < SETTINGS_VERSION:
            self._q.setValue("meta/version", SETTINGS_VERSION)

    def _str(self, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self._q.value(key, default)
        value = value if isinstance(value, str) else default
        return value if allowed is None or value in allowed else default

    @property
    def language(self) -> str:
        """'sv', 'en', or '' for the system language."""
        return self._str("ui/language", "", LANGUAGES)

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def theme(self) -> str:
        return self._str("ui/theme", "light", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("ui/theme", value if value in THEMES else "light")

    @property
    def recent_files(self) -> list[str]:
        value = self._q.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone entry as a string
            value = [value]
        return [v for v in (value or []) if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        entry = str(Path(path).resolve()) if "://" not in str(path) else str(path)
        recent = [entry, *(p for p in self.recent_files if p != entry)][:MAX_RECENT]
        self._q.setValue("files/recent", recent)
        self._q.setValue("files/last", entry)

    def remove_recent(self, path: str) -> None:
        self._q.setValue("files/recent", [p for p in self.recent_files if p != path])

    @property
    def last_project(self) -> str:
        return self._str("files/last", "")

    @last_project.setter
    def last_project(self, value: str) -> None:
        self._q.setValue("files/last", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    @property
    def last_area(self) -> str:
        return self._str("window/area", "overview")

    @last_area.setter
    def last_area(self, value: str) -> None:
        self._q.setValue("window/area", value)

    @property
    def stakeholder_tab(self) -> str:
        """The tab of the stakeholder view shown last (register, grid, plan, compare)."""
        return self._str("window/stakeholder_tab", "register")

    @stakeholder_tab.setter
    def stakeholder_tab(self, value: str) -> None:
        self._q.setValue("window/stakeholder_tab", value)

    def sync(self) -> None:
        self._q.sync()
