"""Language and theme switch at run time, and both are remembered."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication

from regworkshop import paths
from regworkshop.ui.app import build_window


def test_switch_to_swedish_and_back(open_window, settings):
    win = open_window
    win.set_language("sv")
    assert settings.language == "sv"
    assert win.menu_file.title() == "&Arkiv"
    assert win.sidebar.item(1).text() == "Intressenter"
    view = win.views["overview"]
    assert view.cards and list(view.cards.values())[0].title() == "1. Förbereda"
    # default themes follow the UI language; the stored names do not change
    assert view.themes.model.index(0).data().startswith("Möjligheter")
    assert "lappar" in view.themes.model.index(0).data()
    win.set_language("en")
    assert win.menu_file.title() == "&File"
    assert view.themes.model.index(0).data().startswith("Opportunities")


def test_language_is_remembered(qtbot, settings, interaction):
    settings.language = "sv"
    win = build_window(settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(win)
    assert win.menu_edit.title() == "&Redigera"
    assert win.act_language["sv"].isChecked()
    win.set_language("en")


def test_theme_switch_applies_without_restart(open_window, settings):
    app = QApplication.instance()
    open_window.set_theme("dark")
    assert settings.theme == "dark" and app.property("rw_theme") == "dark"
    dark = app.styleSheet()
    open_window.set_theme("light")
    assert app.property("rw_theme") == "light"
    assert app.styleSheet() != dark
    assert "QListWidget#sidebar" in app.styleSheet()  # our override is on top
    # qt-material's generated icons go to our cache folder, not the home folder
    assert (paths.cache_dir() / "qt_material" / "light").is_dir()


def test_swedish_translation_is_complete():
    ts = paths.resources_dir() / "translations" / "regworkshop_sv.ts"
    messages = list(ET.parse(ts).iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.find("translation").text
    ]
    assert unfinished == []
    assert (paths.resources_dir() / "translations" / "regworkshop_sv.qm").stat().st_size > 1000


def test_translation_sources_are_in_step_with_the_code(tmp_path):
    """Every tr() string in the UI code is in the .ts file (run update_translations.py)."""
    import subprocess
    import sys
    from pathlib import Path

    root = paths.resources_dir().parent
    sources = sorted(str(p) for p in (root / "regworkshop" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    shipped = paths.resources_dir() / "translations" / "regworkshop_sv.ts"
    in_ts = {m.find("source").text for m in ET.parse(shipped).iter("message")}
    assert in_code - in_ts == set()
