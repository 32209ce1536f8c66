"""The main window on a real project file: areas, menus, open/close, errors, preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from regworkshop.services.project.project_service import load_project, overview
from regworkshop.store.enums import MethodPhase
from regworkshop.ui.main_window import AREAS


def test_opens_a_project_and_shows_the_overview(open_window, store):
    win = open_window
    assert win.ctx.is_open
    assert win.stack.currentWidget() is win.views["overview"]
    assert win.views["overview"].title.text() == "Testprojekt"
    assert "projekt.rwproj" in win.windowTitle()
    # every area of the method is reachable from the sidebar
    labels = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
    assert labels == [
        "Overview",
        "Stakeholders",
        "Sessions",
        "Interviews",
        "Knowledge base",
        "Follow-up",
        "Exports",
        "Privacy",
    ]


def test_sidebar_switches_areas_and_remembers_the_last(open_window, settings):
    win = open_window
    for row, key in enumerate(AREAS):
        win.sidebar.setCurrentRow(row)
        assert win.stack.currentWidget() is win.views[key]
    assert settings.last_area == "privacy"


def test_overview_counts_come_from_the_project(window, demo_path):
    assert window.open_project(str(demo_path))
    view = window.views["overview"]
    conduct = view.cards[MethodPhase.CONDUCT]
    assert conduct.rows["workshops"].text.text() == "Workshops held: 2"
    assert view.data.counts["notes"] >= 200
    assert view.themes.model.rowCount() == 5


def test_new_project_from_the_file_menu(window, interaction, tmp_path):
    target = tmp_path / "ny.rwproj"
    interaction.answers.append(str(target))
    window.act_new.trigger()
    assert window.ctx.is_open
    assert target.exists()
    store = load_project(target, device_id="t")
    try:
        assert overview(store).counts["themes"] == 5
    finally:
        store.close()
    assert window.ctx.settings.recent_files[0] == str(target.resolve())


def test_close_then_open_recent(window, interaction, store):
    path = store.path
    store.close()
    interaction.answers.append(str(path))
    window.act_open.trigger()
    assert window.ctx.is_open
    window.act_close.trigger()
    assert not window.ctx.is_open
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    window._fill_recent_menu()
    recent_actions = [a for a in window.menu_recent.actions() if a.text() == str(path.resolve())]
    assert len(recent_actions) == 1
    recent_actions[0].trigger()
    assert window.ctx.is_open


def test_a_foreign_file_gets_a_message_not_a_traceback(window, interaction, tmp_path):
    foreign = tmp_path / "inköpslista.rwproj"
    foreign.write_text("mjölk, ägg & <bröd>\n", encoding="utf-8")
    before = foreign.read_bytes()
    interaction.answers.append(str(foreign))
    window.act_open.trigger()
    assert not window.ctx.is_open
    assert len(interaction.errors) == 1
    assert "not a RegWorkshop project" in interaction.errors[0]
    assert foreign.read_bytes() == before


def test_a_failed_open_keeps_the_current_project(open_window, interaction, tmp_path):
    interaction.answers.append(str(tmp_path / "finns-inte.rwproj"))
    open_window.act_open.trigger()
    assert open_window.ctx.is_open
    assert "does not exist" in interaction.errors[0]


def test_window_geometry_is_remembered(qtbot, settings, interaction, store):
    from regworkshop.ui.app import build_window

    path = store.path
    store.close()
    first = build_window(settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(first)
    first.open_project(str(path))
    first.resize(700, 500)
    first.close()
    second = build_window(settings, interaction=interaction, apply_style=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    second.close()


def test_undo_redo_menu_texts_follow_the_stack(open_window, interaction):
    win = open_window
    assert not win.act_undo.isEnabled()
    interaction.answers.append("Vatten")
    win.views["overview"].themes.buttons["add"].click()
    assert win.act_undo.isEnabled()
    assert "Vatten" in win.act_undo.text()
    win.act_undo.trigger()
    assert win.act_redo.isEnabled() and not win.act_undo.isEnabled()


def test_quit_closes_the_project(open_window):
    store = open_window.ctx.store
    open_window.act_quit.trigger()
    assert not open_window.ctx.is_open
    assert store is not None
    assert Path(store.path).exists()


def test_sidebar_is_disabled_without_a_project(window):
    assert not window.sidebar.isEnabled()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.heading.text() == "Welcome to RegWorkshop"
    assert window.sidebar.item(0).data(Qt.ItemDataRole.UserRole) == "overview"
