"""Light and dark looks: qt-material plus one small override stylesheet."""

from __future__ import annotations

import os
import re

from PySide6.QtWidgets import QApplication

from regworkshop import paths

MATERIAL_THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply the light or dark theme; calling it again switches without a restart."""
    import qt_material  # imported here, after PySide6, as qt-material requires

    icons = paths.cache_dir() / "qt_material" / theme
    qt_material.apply_stylesheet(
        app,
        theme=MATERIAL_THEMES.get(theme, MATERIAL_THEMES["light"]),
        invert_secondary=theme != "dark",
        # An absolute parent keeps qt-material's generated icons out of the home folder.
        parent=str(icons),
        extra={
            "density_scale": "-1",
            "font_family": "Noto Sans, DejaVu Sans, Segoe UI, sans-serif",
        },
    )
    override = paths.resources_dir() / "styles" / "override.qss"
    if override.exists():
        app.setStyleSheet(app.styleSheet() + "\n" + _with_colours(override.read_text("utf-8")))
    app.setProperty("rw_theme", theme)


def _with_colours(qss: str) -> str:
    """Replace @primaryColor-style tokens with the colours qt-material just applied."""

    def colour(match: re.Match[str]) -> str:
        return os.environ.get(f"QTMATERIAL_{match.group(1).upper()}", "#808080")

    return re.sub(r"@(\w+Color)\b", colour, qss)
