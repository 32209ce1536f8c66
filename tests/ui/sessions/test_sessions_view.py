"""The Sessions area: create, edit, filter and delete sessions; participants; templates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.store.models import Actor, Person
from regworkshop.ui.sessions.session_list_model import SessionListModel


def type_text(widget, text: str) -> None:
    """Type text the way a user does, one key at a time (non-ASCII safe)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def view(open_window):
    open_window.show_area("sessions")
    return open_window.views["sessions"]


def stored(window):
    return SessionService(window.ctx.store).list()


def test_new_session_by_keyboard_then_rename_and_undo(open_window, view, qtbot):
    open_window.activateWindow()
    qtbot.waitUntil(open_window.isActiveWindow)
    view.list.table.setFocus()
    QTest.keyClick(
        view.list.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [s.title for s in stored(open_window)] == ["New session"]
    title = view.editor.details.edits["title"]
    assert title.hasFocus() or title.selectedText() == "New session"
    title.selectAll()
    type_text(title, "Workshop 1 – Halmstad åäö")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert [s.title for s in stored(open_window)] == ["Workshop 1 – Halmstad åäö"]
    assert view.editor.heading.text() == "Workshop 1 – Halmstad åäö"
    assert (
        view.list.model.index(0, SessionListModel.COL_TITLE).data() == "Workshop 1 – Halmstad åäö"
    )
    open_window.ctx.undo_stack.undo()
    assert [s.title for s in stored(open_window)] == ["New session"]
    assert title.text() == "New session"
    open_window.ctx.undo_stack.undo()
    assert stored(open_window) == []
    assert view.editor.stack.currentIndex() == 0  # the empty state


def test_an_empty_title_is_refused_and_put_back(open_window, view, interaction):
    view.new_session()
    title = view.editor.details.edits["title"]
    title.setText("   ")
    title.editingFinished.emit()
    assert interaction.errors and "title" in interaction.errors[-1]
    assert title.text() == "New session"
    assert [s.title for s in stored(open_window)] == ["New session"]


def test_details_are_stored_field_by_field(open_window, view):
    view.new_session()
    details = view.editor.details
    details.edits["place"].setText("Högskolan i Halmstad")
    details.edits["place"].editingFinished.emit()
    details.kind.setCurrentIndex(details.kind.findData("kickoff"))
    details.kind.activated.emit(details.kind.currentIndex())
    details.scheduled.click()  # give it a date: tomorrow 09:00 (local)
    session = stored(open_window)[0]
    assert session.kind == "kickoff" and session.place == "Högskolan i Halmstad"
    assert session.starts_at is not None and session.starts_at.hour == 9
    details.end.setTime(details.end.time().addSecs(150 * 60))
    details.end.editingFinished.emit()
    info = SessionService(open_window.ctx.store).get(session.id)
    assert info.planned_minutes == 150
    details.purpose.setPlainText("Rama in frågorna & <prioritera>")
    details.purpose.committed.emit(details.purpose.toPlainText())
    assert SessionService(open_window.ctx.store).get(session.id).purpose == (
        "Rama in frågorna & <prioritera>"
    )
    assert open_window.ctx.undo_stack.count() == 6  # the new session and five edits
    for _ in range(5):
        open_window.ctx.undo_stack.undo()
    info = SessionService(open_window.ctx.store).get(session.id)
    assert (info.kind, info.place, info.starts_at, info.planned_minutes, info.purpose) == (
        "workshop",
        "",
        None,
        None,
        "",
    )


def test_filters_by_kind_dates_and_organisation(open_window, view):
    store = open_window.ctx.store
    sessions = SessionService(store)
    w = sessions.create("Workshop", "workshop", starts_at=datetime(2026, 3, 10, 9, tzinfo=UTC))
    sessions.create("Uppstart", "kickoff", starts_at=datetime(2026, 2, 17, 9, tzinfo=UTC))
    sessions.create("Intervju", "interview")
    with store.unit_of_work() as db:
        actor = Actor(project_id=store.project_id, name="Hylte kommun", actor_type="municipality")
        db.add(actor)
    ParticipantService(store).add(w.id, actor_id=actor.id)
    open_window.ctx.notify("participants")
    panel = view.list
    assert panel.model.rowCount() == 3
    panel.kind.setCurrentIndex(panel.kind.findData("kickoff"))
    assert [panel.model.session_at(r).title for r in range(panel.model.rowCount())] == ["Uppstart"]
    panel.kind.setCurrentIndex(0)
    panel.date_from.setDate(QDate(2026, 3, 1))
    panel.use_from.setChecked(True)
    assert [panel.model.session_at(r).title for r in range(panel.model.rowCount())] == ["Workshop"]
    panel.use_from.setChecked(False)
    panel.date_to.setDate(QDate(2026, 2, 17))
    panel.use_to.setChecked(True)  # up to and including the 17th
    assert [panel.model.session_at(r).title for r in range(panel.model.rowCount())] == ["Uppstart"]
    panel.use_to.setChecked(False)
    panel.actor.setCurrentIndex(panel.actor.findData(actor.id))
    assert [panel.model.session_at(r).title for r in range(panel.model.rowCount())] == ["Workshop"]
    assert panel.count.text() == "1 sessions"


def test_delete_session_asks_and_undo_brings_it_back(open_window, view, interaction):
    SessionService(open_window.ctx.store).create("Referensgrupp 1", "reference_group")
    open_window.ctx.notify("sessions")
    view.list.select(stored(open_window)[0].id)
    interaction.answers.append(True)
    view.list.delete_button.click()
    assert stored(open_window) == []
    open_window.ctx.undo_stack.undo()
    assert [s.title for s in stored(open_window)] == ["Referensgrupp 1"]


def test_participants_invite_on_the_spot_attendance(open_window, view, interaction):
    store = open_window.ctx.store
    with store.unit_of_work() as db:
        actor = Actor(
            project_id=store.project_id, name="Halmstads kommun", actor_type="municipality"
        )
        db.add(actor)
        db.flush()
        anna = Person(project_id=store.project_id, name="Anna Lindqvist", actor_id=actor.id)
        db.add(anna)
    view.new_session()
    session_id = stored(open_window)[0].id
    panel = view.editor.participants
    assert panel.empty.isVisibleTo(panel)
    interaction.answers.append([f"person:{anna.id}"])
    panel.invite_button.click()
    assert [key for key, _ in interaction.offered][:1] == [f"person:{anna.id}"]
    assert [p.person_name for p in ParticipantService(store).list(session_id)] == ["Anna Lindqvist"]
    assert view.editor.tabs.tabText(1) == "Participants (1)"
    interaction.answers.append(("Olle Ny", "Ek & Co <AB>", "company"))
    panel.spot_button.click()
    rows = ParticipantService(store).list(session_id)
    assert [(p.person_name, p.actor_name, p.attendance) for p in rows] == [
        ("Olle Ny", "Ek & Co <AB>", "attended"),
        ("Anna Lindqvist", "Halmstads kommun", "invited"),
    ]
    # Attendance through the model, as the combo-box delegate writes it.
    row = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.participant_at(r).person_name == "Anna Lindqvist"
    )
    index = panel.model.index(row, panel.model.COL_ATTENDANCE)
    assert panel.model.setData(index, "attended")
    assert {p.person_name: p.attendance for p in ParticipantService(store).list(session_id)}[
        "Anna Lindqvist"
    ] == "attended"
    assert index.data() == "Attended"
    # The new organisation can now filter the list.
    assert view.list.actor.findText("Ek & Co <AB>") >= 0
    open_window.ctx.undo_stack.undo()  # attendance
    open_window.ctx.undo_stack.undo()  # on the spot
    assert [p.person_name for p in ParticipantService(store).list(session_id)] == ["Anna Lindqvist"]
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_button.click()
    assert ParticipantService(store).list(session_id) == []
    open_window.ctx.undo_stack.undo()
    assert len(ParticipantService(store).list(session_id)) == 1


def test_apply_the_interview_guide_and_save_as_template(open_window, view, interaction):
    view.new_session()
    session_id = stored(open_window)[0].id
    interaction.answers.extend(["builtin:interview_guide", "university"])
    view.editor.actions["template"].click()
    # The project is Swedish, so the template adds Swedish items whatever the UI language.
    titles = [i.title for i in AgendaService(open_window.ctx.store).list(session_id)]
    assert "Kunskap och forskning" in titles and "Kommunens planering" not in titles
    assert view.editor.agenda.model.rowCount() == len(titles)
    interaction.answers.append("Intervju med akademin")
    view.editor.actions["save_template"].click()
    saved = [t for t in TemplateService(open_window.ctx.store).list("sv") if not t.builtin]
    assert [t.name for t in saved] == ["Intervju med akademin"]
    assert saved[0].language == "sv"
    open_window.ctx.undo_stack.undo()  # the saved template
    open_window.ctx.undo_stack.undo()  # the applied items
    assert AgendaService(open_window.ctx.store).list(session_id) == []
    assert not [t for t in TemplateService(open_window.ctx.store).list("en") if not t.builtin]


def test_export_the_handout_off_the_gui_thread(open_window, view, interaction, tmp_path, qtbot):
    from pypdf import PdfReader

    view.new_session()
    session_id = stored(open_window)[0].id
    interaction.answers.append("builtin:halland_workshop")
    view.editor.actions["template"].click()
    target = tmp_path / "utskrift"  # no suffix: ".pdf" is added
    interaction.answers.append(str(target))
    view.editor.actions["handout"].click()
    assert interaction.suggested == "New session.pdf"
    qtbot.waitUntil(lambda: "Handout saved" in view.editor.subheading.text(), timeout=10000)
    text = " ".join(PdfReader(str(tmp_path / "utskrift.pdf")).pages[0].extract_text().split())
    assert "New session" in text and "Möjligheter" in text and "Dagordning" in text
    assert view.editor.actions["handout"].isEnabled()
    assert session_id


def test_exporting_an_empty_agenda_says_why(open_window, view, interaction, tmp_path):
    view.new_session()
    interaction.answers.append(str(tmp_path / "tom.pdf"))
    view.editor.actions["handout"].click()
    assert interaction.errors and "no agenda items" in interaction.errors[-1]
    assert not (tmp_path / "tom.pdf").exists()


def test_a_failed_write_is_reported(open_window, view, interaction, tmp_path, qtbot):
    view.new_session()
    interaction.answers.append("builtin:kickoff")
    view.editor.actions["template"].click()
    interaction.answers.append(str(tmp_path / "saknas" / "x.pdf"))
    view.editor.actions["handout"].click()
    qtbot.waitUntil(lambda: bool(interaction.errors), timeout=10000)
    assert "could not be written" in interaction.errors[-1]
    assert view.editor.actions["handout"].isEnabled()


def test_tab_goes_through_the_details_in_reading_order(open_window, view):
    details = view.editor.details
    order = []
    widget = details.edits["title"]
    for _ in range(9):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in (
            *details.edits.values(),
            details.kind,
            details.scheduled,
            details.start,
            details.end,
            details.purpose,
        ):
            widget = widget.nextInFocusChain()
    assert order == [
        details.edits["title"],
        details.kind,
        details.scheduled,
        details.start,
        details.end,
        details.edits["place"],
        details.edits["facilitator"],
        details.edits["note_taker"],
        details.purpose,
    ]
