"""Interviews: list and filters, status, consent, notes attributed to the interviewee."""

from __future__ import annotations

import pytest

from regworkshop.services.errors import InvalidInput
from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.services.privacy.consent_rules import ConsentAnswers, shown
from regworkshop.store.models import Actor, AgendaItem, Note, Participation, Person, Session


@pytest.fixture
def interview(store):
    with store.unit_of_work() as db:
        actor = Actor(
            project_id=store.project_id,
            name="Laholms kommun",
            actor_type="municipality",
            municipality="Laholm",
        )
        other = Actor(project_id=store.project_id, name="Hamnen AB", actor_type="company")
        db.add_all([actor, other])
        db.flush()
        person = Person(project_id=store.project_id, actor_id=actor.id, name="Åsa Öberg")
        db.add(person)
        session = Session(project_id=store.project_id, kind="interview", title="Intervju Laholm")
        other_session = Session(project_id=store.project_id, kind="interview", title="Hamnen")
        workshop = Session(project_id=store.project_id, kind="workshop", title="Workshop")
        db.add_all([session, other_session, workshop])
        db.flush()
        db.add(
            Participation(
                session_id=session.id, person_id=person.id, actor_id=actor.id, role="interviewee"
            )
        )
        db.add(Participation(session_id=other_session.id, actor_id=other.id, role="interviewee"))
        db.add(AgendaItem(session_id=session.id, title="Bakgrund", position=0))
        db.add(
            AgendaItem(
                session_id=session.id,
                title="Utmaningar",
                framing_question="Vilka är de största utmaningarna?",
                position=1,
            )
        )
        return session.id, person.id, actor.id


def test_list_and_filters(store, interview):
    svc = InterviewService(store)
    assert sorted(r.title for r in svc.list()) == ["Hamnen", "Intervju Laholm"]
    rows = svc.list(actor_types=("municipality",))
    assert [r.person_name for r in rows] == ["Åsa Öberg"]
    assert [r.title for r in svc.list(municipalities=("Laholm",))] == ["Intervju Laholm"]
    svc.set_status(interview[0], "notes_checked")
    assert [r.title for r in svc.list(statuses=("notes_checked",))] == ["Intervju Laholm"]
    with pytest.raises(InvalidInput):
        svc.set_status(interview[0], "archived")


def test_notes_are_attributed_to_the_interviewee(store, interview):
    session_id, person_id, actor_id = interview
    svc = InterviewService(store)
    note = svc.add_note(session_id, text="Vi saknar planberedskap", elapsed_minutes=12)
    with store.session() as db:
        row = db.get(Note, note.id)
        assert (row.actor_id, row.person_id, row.actor_type) == (
            actor_id,
            person_id,
            "municipality",
        )
    assert svc.get(session_id).notes == 1


def test_note_edits_and_undo_helpers(store, interview):
    svc = InterviewService(store)
    note = svc.add_note(interview[0], text="a")
    svc.update_note(note.id, text="Citat", is_quote=True)
    assert svc.notes(interview[0])[0].is_quote
    svc.delete_note(note.id)
    assert svc.notes(interview[0]) == []
    again = svc.add_note(interview[0], note_id=note.id, text="Citat")
    assert again.id == note.id and len(svc.notes(interview[0])) == 1
    with pytest.raises(InvalidInput):
        svc.update_note(note.id, elapsed_minutes=-1)


def test_guide_is_the_agenda(store, interview):
    guide = InterviewService(store).guide(interview[0])
    assert [q.title for q in guide] == ["Bakgrund", "Utmaningar"]
    assert guide[1].question == "Vilka är de största utmaningarna?"


def test_consent(store, interview):
    svc = InterviewService(store)
    assert not svc.get(interview[0]).consent.complete
    assert svc.set_consent(interview[1], "consent_quote", "given") == "unknown"
    with pytest.raises(InvalidInput):
        svc.set_consent(interview[1], "consent_quote", "maybe")
    with pytest.raises(InvalidInput):
        svc.set_consent(interview[1], "email", "given")
    assert svc.get(interview[0]).consent == ConsentAnswers("unknown", "given", "unknown")


def test_consent_rules():
    args = dict(person="Åsa", organisation="Laholms kommun", actor_type="municipality")
    nothing = shown(ConsentAnswers(), is_quote=True, **args)
    assert (nothing.person, nothing.organisation, nothing.as_quote) == ("", "", False)
    full = shown(ConsentAnswers("given", "given", "given"), is_quote=True, **args)
    assert (full.person, full.organisation, full.as_quote) == ("Åsa", "Laholms kommun", True)
    no_org = shown(ConsentAnswers("given", "given", "refused"), is_quote=True, **args)
    assert no_org.organisation == "" and no_org.actor_type == "municipality"
    workshop = shown(None, is_quote=False, **args)
    assert workshop.organisation == "Laholms kommun" and workshop.person == ""
