"""The overview as a method guide: ticking manual items (with undo) and following links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from regworkshop.services.guide.guide_service import MethodGuideService
from regworkshop.store.enums import MethodPhase
from regworkshop.ui.stakeholders.stakeholders_view import TAB_KEYS


def guide_ticked(window, key: str) -> bool:
    return MethodGuideService(window.ctx.store).is_ticked(key)


def test_tick_and_untick_a_manual_item_with_undo(open_window, qtbot):
    win = open_window
    card = win.views["overview"].cards[MethodPhase.COMPILE]
    box = card.rows["knowledge_discussed"].tick
    assert isinstance(box, QCheckBox) and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert guide_ticked(win, "knowledge_discussed")
    assert box.isChecked()
    assert card.progress.text() == "1 of 3 steps done"
    win.ctx.undo_stack.undo()
    assert not guide_ticked(win, "knowledge_discussed") and not box.isChecked()
    win.ctx.undo_stack.redo()
    assert guide_ticked(win, "knowledge_discussed") and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # untick
    assert not guide_ticked(win, "knowledge_discussed") and not box.isChecked()
    assert win.act_undo.text() == "&Undo Untick checklist item"
    win.ctx.undo_stack.undo()
    assert guide_ticked(win, "knowledge_discussed") and box.isChecked()


def test_automatic_items_are_not_tickable_and_tick_themselves(open_window, interaction):
    win = open_window
    row = win.views["overview"].cards[MethodPhase.FOLLOW_UP].rows["commitments"]
    assert isinstance(row.tick, QLabel) and row.tick.text() == "○"
    actor = win.ctx.services.actors.create_actor("Hylte kommun", "municipality").id
    win.ctx.notify("stakeholders")
    interaction.answers.extend([actor, "Dela GIS-underlag"])
    win.navigate("followup:commitments")
    win.views["followup"].add_commitment()
    win.navigate("overview")
    assert row.tick.text() == "✓"
    assert row.text.text() == "Commitments recorded: 1 from 1 actors"


def test_following_checklist_links_opens_the_view_where_the_work_is_done(open_window, qtbot):
    win = open_window
    overview = win.views["overview"]
    prepare = overview.cards[MethodPhase.PREPARE]
    qtbot.mouseClick(prepare.rows["stakeholder_analysis"].go, Qt.MouseButton.LeftButton)
    stakeholders = win.views["stakeholders"]
    assert win.stack.currentWidget() is stakeholders
    assert stakeholders.tabs.currentIndex() == TAB_KEYS.index("grid")
    assert win.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "stakeholders"

    win.show_area("overview")
    conduct = overview.cards[MethodPhase.CONDUCT]
    qtbot.mouseClick(conduct.rows["workshops"].go, Qt.MouseButton.LeftButton)
    sessions = win.views["sessions"]
    assert win.stack.currentWidget() is sessions
    assert sessions.list.kind.currentData() == "workshop"

    win.show_area("overview")
    qtbot.mouseClick(
        overview.cards[MethodPhase.FOLLOW_UP].rows["platform"].go, Qt.MouseButton.LeftButton
    )
    assert win.stack.currentWidget() is win.views["followup"]

    win.show_area("overview")
    qtbot.mouseClick(
        overview.cards[MethodPhase.LESSONS].rows["lessons"].go, Qt.MouseButton.LeftButton
    )
    knowledge = win.views["knowledge"]
    assert win.stack.currentWidget() is knowledge
    assert knowledge.insights.kind.currentData() == "lesson"

    win.show_area("overview")
    qtbot.mouseClick(overview.gaps.open_register, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is stakeholders
    assert stakeholders.tabs.currentIndex() == TAB_KEYS.index("register")


def test_the_demo_overview_shows_gaps_tips_and_where_the_project_stands(window, demo_path):
    assert window.open_project(str(demo_path))
    window.show_area("overview")
    view = window.views["overview"]
    assert view.where.text().startswith("Now: Prepare")
    prepare = view.cards[MethodPhase.PREPARE]
    assert prepare.rows["municipalities_met"].text.text() == (
        "Municipality meetings: 2 of 6 kommuner met"
    )
    assert prepare.rows["internal_resources"].tick.isChecked()  # ticked by hand in the demo
    assert any("less than 3 weeks ahead: 1" in t for t in prepare.shown_tips())
    assert view.gaps.municipalities.isHidden()  # every kommun has been heard
    assert "Hallands Hembygdsförbund" in view.gaps.types.text()


def test_the_overview_follows_the_language(open_window):
    win = open_window
    row = win.views["overview"].cards[MethodPhase.CONDUCT].rows["kickoff"]
    assert row.text.text() == "Kickoff held"
    win.set_language("sv")
    try:
        assert (
            row.text.text() != ""
            and win.views["overview"].cards[MethodPhase.CONDUCT].title() == "2. Genomföra"
        )
    finally:
        win.set_language("en")
