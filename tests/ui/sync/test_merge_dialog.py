"""The merge dialog and the conflict view, driven as a project lead would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.project.project_service import load_project
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.store.models import Note, Session, Theme
from tests.conftest import FakeClock

LAPTOP_B = "00000000-0000-4000-8000-0000000000b2"


@pytest.fixture
def laptop_b(store, tmp_path):
    """A colleague's laptop that started from this project and captured three notes."""
    with store.unit_of_work() as db:
        session = Session(project_id=store.project_id, title="Workshop Varberg")
        db.add(session)
        db.flush()
        theme = db.scalars(select(Theme)).first()
        db.add(Note(session_id=session.id, theme_id=theme.id, text="Gemensam lapp"))
    write_bundle(store, tmp_path / "base.rwbundle")
    clock = FakeClock()
    clock.advance(hours=1)
    b, _ = project_from_bundle(
        read_bundle(tmp_path / "base.rwbundle"),
        tmp_path / "b.rwproj",
        device_id=LAPTOP_B,
        clock=clock,
    )
    with b.unit_of_work() as db:
        theme = db.scalars(select(Theme)).first()
        for text in ("Kollektivtrafik i inlandet", "Vatten & <avlopp> 💧", "Jordbruksmark"):
            db.add(Note(session_id=session.id, theme_id=theme.id, text=text))
    yield b, clock, session.id
    b.close()


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_preview_then_merge(qtbot, open_window, laptop_b, tmp_path):
    b, _clock, _session = laptop_b
    write_bundle(b, tmp_path / "b1.rwbundle")
    dialog = open_window.bundles.open_merge_dialog([str(tmp_path / "b1.rwbundle")])
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    row = dialog.model.rows[0]
    assert row.ready and row.outcome.counts["added"] == 3
    assert "add 3" in dialog.summary.text()
    assert dialog.merge_button.isEnabled()
    with open_window.ctx.store.session() as db:  # the preview changed nothing
        assert len(db.scalars(select(Note)).all()) == 1
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert "Merged: 3 added" in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()
    with open_window.ctx.store.session() as db:
        texts = sorted(n.text for n in db.scalars(select(Note)))
    assert "Vatten & <avlopp> 💧" in texts and len(texts) == 4
    overview = open_window.views["overview"]
    assert overview.cards and overview.data.counts["notes"] == 4  # views refreshed
    # merging the same bundle again: shown as already imported, nothing to do
    again = open_window.bundles.open_merge_dialog([str(tmp_path / "b1.rwbundle")])
    qtbot.addWidget(again)
    wait_idle(qtbot, again)
    assert again.model.rows[0].outcome.already_imported
    assert not again.merge_button.isEnabled()


def test_a_bad_file_is_listed_with_its_reason(qtbot, open_window, tmp_path):
    bad = tmp_path / "inte-en-bunt.rwbundle"
    bad.write_text("<html>&</html>", encoding="utf-8")
    dialog = open_window.bundles.open_merge_dialog([str(bad)])
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    assert "not a RegWorkshop bundle" in dialog.model.rows[0].error
    assert not dialog.merge_button.isEnabled()


def merge_a_conflict(qtbot, window, laptop_b, tmp_path) -> str:
    """Edit the shared note here and on laptop B, merge B's bundle; return the note's id."""
    b, clock, _session = laptop_b
    store = window.ctx.store
    with store.session() as db:
        note_id = db.scalars(select(Note.id)).one()
    with store.unit_of_work() as db:
        db.get(Note, note_id).text = "Version från projektledaren"
    clock.advance(days=800)  # B's edit is the later one (the window's own clock is real time)
    with b.unit_of_work() as db:
        db.get(Note, note_id).text = "Version från laptop B"
    write_bundle(b, tmp_path / "b2.rwbundle")
    dialog = window.bundles.open_merge_dialog([str(tmp_path / "b2.rwbundle")])
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    assert "flag 1 new conflicts" in dialog.summary.text()
    dialog.merge()
    wait_idle(qtbot, dialog)
    assert window.bundles.conflicts.isEnabled()
    assert "(1)" in window.bundles.conflicts.text()
    return note_id


def test_conflicts_are_resolved_in_the_conflict_view_and_undone(
    qtbot, open_window, laptop_b, tmp_path, interaction
):
    store = open_window.ctx.store
    note_id = merge_a_conflict(qtbot, open_window, laptop_b, tmp_path)
    view = open_window.bundles.open_conflicts()
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    assert view.current().versions == ("Version från laptop B", "Version från projektledaren")
    qtbot.mouseClick(view.keep_buttons[1], Qt.MouseButton.LeftButton)  # keep the lead's text
    assert view.model.rowCount() == 0
    check = load_project(store.path, device_id="x")
    with check.session() as db:
        assert db.get(Note, note_id).text == "Version från projektledaren"
    check.close()
    assert not open_window.bundles.conflicts.isEnabled()
    open_window.ctx.undo_stack.undo()
    with store.session() as db:
        assert db.get(Note, note_id).text == "Version från laptop B"


def test_a_refused_resolution_is_shown_and_leaves_the_undo_stack_clean(
    qtbot, open_window, laptop_b, tmp_path, interaction
):
    note_id = merge_a_conflict(qtbot, open_window, laptop_b, tmp_path)
    view = open_window.bundles.open_conflicts()
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    stack = open_window.ctx.undo_stack
    before = stack.count()
    # Meanwhile the note goes (say, a colleague's merge took it away): nothing left to resolve.
    with open_window.ctx.store.unit_of_work() as db:
        db.delete(db.get(Note, note_id))
    qtbot.mouseClick(view.keep_buttons[1], Qt.MouseButton.LeftButton)
    assert interaction.asked[-1] == ("error", "Resolve conflict")
    assert note_id in interaction.errors[-1]
    assert stack.count() == before and not stack.canRedo()
    assert stack.undoText() != "Resolve conflict"


def test_export_bundle_from_the_file_menu(qtbot, open_window, interaction, tmp_path):
    target = tmp_path / "min-dator.rwbundle"
    interaction.answers.extend(["pseudonyms", str(target)])
    open_window.bundles.export.trigger()
    qtbot.waitUntil(lambda: bool(interaction.infos), timeout=10000)
    assert interaction.infos[-1].startswith(f"Wrote {target}. Send it to the colleague")
    bundle = read_bundle(target)
    assert bundle.manifest.project_id == open_window.ctx.store.project_id
    assert bundle.manifest.pseudonymised


def test_models_pass_the_model_tester(qtbot, qtmodeltester, open_window, laptop_b, tmp_path):
    b, _clock, _session = laptop_b
    write_bundle(b, tmp_path / "b1.rwbundle")
    dialog = open_window.bundles.open_merge_dialog([str(tmp_path / "b1.rwbundle")])
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    view = open_window.bundles.open_conflicts()
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)


def test_export_bundle_cancelled_at_the_name_question_asks_no_file(open_window, interaction):
    interaction.answers.append(None)  # the user cancels "names or pseudonyms?"
    open_window.bundles.export.trigger()
    assert [kind for kind, _title in interaction.asked] == ["choose"]
    assert interaction.infos == [] and interaction.errors == []
