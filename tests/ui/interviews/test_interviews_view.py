"""The Interviews area: notes taken by keyboard, autosaved, undoable, found in the knowledge base."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.store.models import Actor, AgendaItem, Note, Participation, Person, Session

CTRL = Qt.KeyboardModifier.ControlModifier


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def interview(store):
    with store.unit_of_work() as db:
        actor = Actor(
            project_id=store.project_id,
            name="Laholms kommun",
            actor_type="municipality",
            municipality="Laholm",
        )
        company = Actor(project_id=store.project_id, name="Hamnen AB", actor_type="company")
        db.add_all([actor, company])
        db.flush()
        person = Person(project_id=store.project_id, actor_id=actor.id, name="Åsa Öberg")
        db.add(person)
        at = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)  # the test clock is 09:00
        session = Session(
            project_id=store.project_id, kind="interview", title="Intervju Laholm", starts_at=at
        )
        other = Session(project_id=store.project_id, kind="interview", title="Intervju Hamnen")
        db.add_all([session, other])
        db.flush()
        db.add(
            Participation(
                session_id=session.id, person_id=person.id, actor_id=actor.id, role="interviewee"
            )
        )
        db.add(Participation(session_id=other.id, actor_id=company.id, role="interviewee"))
        for i, title in enumerate(("Bakgrund", "Utmaningar", "Framtid")):
            db.add(AgendaItem(session_id=session.id, title=title, position=i))
        return session.id, person.id, actor.id


@pytest.fixture
def view(interview, open_window):
    open_window.show_area("interviews")
    view = open_window.views["interviews"]
    assert view.select(interview[0])
    return view


def stored_notes(window, session_id):
    with window.ctx.store.session() as db:
        return list(
            db.scalars(
                select(Note)
                .where(Note.session_id == session_id, Note.deleted_at.is_(None))
                .order_by(Note.position)
            )
        )


def test_list_filters_by_actor_type_and_municipality(view):
    assert view.model.rowCount() == 2
    view.actor_type.setCurrentIndex(view.actor_type.findData("company"))
    assert [r.title for r in view.model.rows] == ["Intervju Hamnen"]
    view.actor_type.setCurrentIndex(0)
    view.municipality.setCurrentIndex(view.municipality.findData("Laholm"))
    assert [r.title for r in view.model.rows] == ["Intervju Laholm"]


def test_take_notes_by_keyboard(qtbot, view, interview, open_window):
    notes = view.notes
    assert notes.who.text().startswith("Åsa Öberg — Laholms kommun")
    assert notes.consent_warning.isVisibleTo(notes)
    notes.editor.setFocus()
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)
    type_text(notes.editor, "Vi behöver fler bostäder – <nu> & 🏠")
    QTest.keyClick(notes.editor, Qt.Key.Key_1, CTRL)
    QTest.keyClick(notes.editor, Qt.Key.Key_Q, CTRL | Qt.KeyboardModifier.ShiftModifier)
    rows = stored_notes(open_window, interview[0])
    assert len(rows) == 1
    note = rows[0]
    assert note.text == "Vi behöver fler bostäder – <nu> & 🏠"
    assert note.is_quote and note.theme_id is not None
    assert (note.actor_id, note.person_id, note.actor_type) == (
        interview[2],
        interview[1],
        "municipality",
    )
    assert note.elapsed_minutes == 30.0
    assert note.agenda_item_id is not None  # the first question of the guide
    # The next question, a second note, and a time stamp.
    QTest.keyClick(notes.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)
    type_text(notes.editor, "Pendlingen")
    open_window.ctx.clock.advance(minutes=5)
    QTest.keyClick(notes.editor, Qt.Key.Key_T, CTRL)
    rows = stored_notes(open_window, interview[0])
    assert [r.text for r in rows] == ["Vi behöver fler bostäder – <nu> & 🏠", "Pendlingen"]
    assert rows[1].elapsed_minutes == 35.0
    assert rows[1].agenda_item_id != rows[0].agenda_item_id


def test_typing_is_one_undo_step(qtbot, view, interview, open_window):
    notes = view.notes
    notes.editor.setFocus()
    type_text(notes.editor, "Första")  # typing with no note starts one
    assert [r.text for r in stored_notes(open_window, interview[0])] == ["Första"]
    QTest.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)
    type_text(notes.editor, "Andra")
    stack = open_window.ctx.undo_stack
    stack.undo()  # the typing of "Andra"
    assert [r.text for r in stored_notes(open_window, interview[0])] == ["Första", ""]
    assert notes.editor.toPlainText() == ""
    stack.undo()  # the new note
    assert [r.text for r in stored_notes(open_window, interview[0])] == ["Första"]
    stack.redo()
    stack.redo()
    assert [r.text for r in stored_notes(open_window, interview[0])] == ["Första", "Andra"]


def test_consent_and_status_are_undoable(view, interview, open_window):
    notes = view.notes
    combo = notes.consent["consent_quote"]
    combo.setCurrentIndex(combo.findData("refused"))
    combo.activated.emit(combo.currentIndex())
    svc = InterviewService(open_window.ctx.store)
    assert svc.get(interview[0]).consent.quote == "refused"
    assert "quoted" in notes.consent_warning.text()
    notes.status.setCurrentIndex(notes.status.findData("notes_checked"))
    notes.status.activated.emit(notes.status.currentIndex())
    assert svc.get(interview[0]).status == "notes_checked"
    assert view.model.rows[view.model.row_of(interview[0])].status == "notes_checked"
    open_window.ctx.undo_stack.undo()
    open_window.ctx.undo_stack.undo()
    assert svc.get(interview[0]).status == "planned"
    assert svc.get(interview[0]).consent.quote == "unknown"


def test_interview_notes_are_found_in_the_knowledge_base(qtbot, view, interview, open_window):
    notes = view.notes
    notes.editor.setFocus()
    type_text(notes.editor, "Översvämningar längs Lagan")
    open_window.show_area("knowledge")
    kb = open_window.views["knowledge"]
    kb.search.setText("översvämning*")
    kb.run_search()
    assert [h.text for h in kb.model.hits] == ["Översvämningar längs Lagan"]
    assert kb.model.hits[0].actor_name == "Laholms kommun"


def test_models_pass_the_model_tester(qtmodeltester, view):
    view.notes.new_note("En anteckning")
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.notes.notes_model)
    qtmodeltester.check(view.notes.guide_model)
