"""Light and dark looks: qt-material plus one small override stylesheet."""

from __future__ import annotations

import os
import re
from importlib.metadata import version

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication

from regworkshop import paths

MATERIAL_THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}
EXTRA = {"density_scale": "-1", "font_family": "Noto Sans, DejaVu Sans, Segoe UI, sans-serif"}


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply the light or dark theme; calling it again switches without a restart."""
    theme = theme if theme in MATERIAL_THEMES else "light"
    sheet = _material_stylesheet(theme)
    override = paths.resources_dir() / "styles" / "override.qss"
    if override.exists():
        sheet += "\n" + _with_colours(override.read_text("utf-8"))
    app.setStyle("Fusion")
    app.setStyleSheet(sheet)
    app.setProperty("rw_theme", theme)


def _material_stylesheet(theme: str) -> str:
    """Return qt-material's stylesheet, built once per theme and version, then cached.

    Building it renders a template and writes ~116 icons (about 150 ms); the
    cache keeps start-up fast. The icons go to our cache folder, not $HOME.
    """
    import qt_material  # imported here, after PySide6, as qt-material requires

    name, invert = MATERIAL_THEMES[theme], theme != "dark"
    icons = paths.cache_dir() / "qt_material" / theme
    cached = icons.parent / f"{theme}-{version('qt-material')}.qss"
    qt_material.get_theme(name, invert)  # sets the QTMATERIAL_* colours our override uses
    if cached.exists() and (icons / "primary").is_dir():
        sheet = cached.read_text("utf-8")
    else:
        # An absolute parent makes qt-material write its icons there.
        sheet = qt_material.build_stylesheet(
            theme=name, invert_secondary=invert, extra=dict(EXTRA), parent=str(icons)
        )
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(sheet, "utf-8")
        tmp.replace(cached)
    # Replace (not append) the icon search path, so switching theme switches icons.
    QDir.setSearchPaths("icon", [str(icons)])
    return sheet


def theme_colour(name: str, default: str = "#808080") -> str:
    """Return a colour of the applied theme by qt-material's name, e.g. 'secondaryTextColor'."""
    return os.environ.get(f"QTMATERIAL_{name.upper()}", default)


def _with_colours(qss: str) -> str:
    """Replace @primaryColor-style tokens with the colours qt-material just applied."""

    def colour(match: re.Match[str]) -> str:
        return theme_colour(match.group(1))

    return re.sub(r"@(\w+Color)\b", colour, qss)
