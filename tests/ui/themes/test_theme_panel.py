"""Theme edits from the overview: every one stored at once and undoable."""

from __future__ import annotations

import pytest

from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.models import Note, Session
from regworkshop.ui.themes.theme_model import ThemeListModel


def stored_themes(window):
    """Read the themes back from the project file through a fresh service call."""
    return ThemeService(window.ctx.store).list()


def select_row(panel, row):
    panel.list.setCurrentIndex(panel.model.index(row))


@pytest.fixture
def panel(open_window):
    return open_window.views["overview"].themes


def test_create_undo_redo(open_window, panel, interaction):
    interaction.answers.append("Vatten & <avlopp> 💧")
    panel.buttons["add"].click()
    names = [t.name for t in stored_themes(open_window)]
    assert names[-1] == "Vatten & <avlopp> 💧"
    assert panel.model.rowCount() == 6
    open_window.ctx.undo_stack.undo()
    assert len(stored_themes(open_window)) == 5
    assert panel.model.rowCount() == 5
    open_window.ctx.undo_stack.redo()
    themes = stored_themes(open_window)
    assert [t.name for t in themes][-1] == "Vatten & <avlopp> 💧"
    assert panel.model.rowCount() == 6


def test_rename_undo_restores_the_translated_default(open_window, panel, interaction):
    select_row(panel, 0)
    interaction.answers.append("  Chanser   för regionen ")
    panel.buttons["rename"].click()
    first = stored_themes(open_window)[0]
    assert first.name == "Chanser för regionen" and first.builtin_key is None
    assert panel.model.index(0).data().startswith("Chanser för regionen")
    open_window.ctx.undo_stack.undo()
    first = stored_themes(open_window)[0]
    assert first.builtin_key == "opportunities"
    assert panel.model.index(0).data().startswith("Opportunities")


def test_empty_name_is_refused_with_a_message(open_window, panel, interaction):
    interaction.answers.append("   ")
    panel.buttons["add"].click()
    assert interaction.errors and "name" in interaction.errors[0]
    assert len(stored_themes(open_window)) == 5
    assert open_window.ctx.undo_stack.count() == 0


def test_recolour_and_undo(open_window, panel, interaction):
    select_row(panel, 1)
    before = stored_themes(open_window)[1].colour
    interaction.answers.append("#123abc")
    panel.buttons["colour"].click()
    assert stored_themes(open_window)[1].colour == "#123ABC"
    assert panel.model.index(1).data(ThemeListModel.ColourRole) == "#123ABC"
    open_window.ctx.undo_stack.undo()
    assert stored_themes(open_window)[1].colour == before


def test_delete_empty_theme_and_undo(open_window, panel, interaction):
    select_row(panel, 4)
    interaction.answers.append(True)
    panel.buttons["delete"].click()
    assert [t.builtin_key for t in stored_themes(open_window)] == [
        "opportunities",
        "challenges",
        "strategy_today",
        "change_over_time",
    ]
    open_window.ctx.undo_stack.undo()
    assert stored_themes(open_window)[-1].builtin_key == "priorities"


def test_delete_theme_with_notes_asks_where_they_go(open_window, panel, interaction):
    store = open_window.ctx.store
    themes = stored_themes(open_window)
    with store.unit_of_work() as db:
        session = Session(project_id=store.project_id, title="Workshop")
        db.add(session)
        db.flush()
        for i in range(3):
            db.add(Note(session_id=session.id, theme_id=themes[0].id, text=f"lapp {i}"))
    open_window.ctx.notify("notes")
    select_row(panel, 0)
    interaction.answers.append(themes[1].id)  # move the notes to "Challenges"
    panel.buttons["delete"].click()
    assert ("choose", "Delete theme") in interaction.asked
    after = {t.id: t.note_count for t in stored_themes(open_window)}
    assert themes[0].id not in after
    assert after[themes[1].id] == 3
    open_window.ctx.undo_stack.undo()
    after = {t.id: t.note_count for t in stored_themes(open_window)}
    assert after[themes[0].id] == 3 and after[themes[1].id] == 0


def test_cancelled_delete_changes_nothing(open_window, panel, interaction):
    select_row(panel, 2)
    interaction.answers.append(False)
    panel.buttons["delete"].click()
    assert len(stored_themes(open_window)) == 5
    assert open_window.ctx.undo_stack.count() == 0


def test_reorder_and_hide(open_window, panel):
    select_row(panel, 0)
    panel.buttons["down"].click()
    keys = [t.builtin_key for t in stored_themes(open_window)]
    assert keys[:2] == ["challenges", "opportunities"]
    assert panel.list.currentIndex().row() == 1
    panel.buttons["hide"].click()
    assert stored_themes(open_window)[1].hidden
    open_window.ctx.undo_stack.undo()
    open_window.ctx.undo_stack.undo()
    assert [t.builtin_key for t in stored_themes(open_window)][0] == "opportunities"
    assert not any(t.hidden for t in stored_themes(open_window))


def test_edit_menu_undo_is_the_same_stack(open_window, panel, interaction):
    interaction.answers.append("Energi")
    panel.buttons["add"].click()
    open_window.act_undo.trigger()
    assert len(stored_themes(open_window)) == 5
    open_window.act_redo.trigger()
    assert len(stored_themes(open_window)) == 6


def test_theme_model_passes_the_model_tester(qtmodeltester, open_window, panel):
    qtmodeltester.check(panel.model)
