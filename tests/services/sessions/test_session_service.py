"""Sessions and their participants: create, edit, list with filters, attendance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.store.enums import Attendance, SessionKind
from regworkshop.store.models import Actor, Person
from tests.store.helpers import query

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def sessions(store) -> SessionService:
    return SessionService(store)


@pytest.fixture
def participants(store) -> ParticipantService:
    return ParticipantService(store)


@pytest.fixture
def register(store) -> dict[str, str]:
    """A small stakeholder register: two organisations, three people (one erased)."""
    with store.unit_of_work() as db:
        halmstad = Actor(
            project_id=store.project_id, name="Halmstads kommun", actor_type="municipality"
        )
        lst = Actor(
            project_id=store.project_id,
            name="Länsstyrelsen i Hallands län",
            actor_type="county_board",
        )
        db.add_all([halmstad, lst])
        db.flush()
        anna = Person(project_id=store.project_id, name="Anna Lindqvist", actor_id=halmstad.id)
        emma = Person(project_id=store.project_id, name="Emma Karlsson", actor_id=lst.id)
        gone = Person(project_id=store.project_id, name="Raderad", actor_id=lst.id, erased=True)
        db.add_all([anna, emma, gone])
        db.flush()
        return {
            "halmstad": halmstad.id,
            "lst": lst.id,
            "anna": anna.id,
            "emma": emma.id,
            "gone": gone.id,
        }


@pytest.mark.sqlite_only  # reads the project file itself
def test_create_edit_and_read_back(sessions, store):
    created = sessions.create(
        "  Workshop   1 – Halmstad ",
        SessionKind.WORKSHOP,
        starts_at=NINE,
        planned_minutes=150,
        place="Högskolan i Halmstad",
        facilitator="Karin Åberg",
        note_taker="Peter Öberg",
        purpose="Rama in frågorna.",
    )
    assert created.title == "Workshop 1 – Halmstad"
    assert created.planned_end == NINE + timedelta(minutes=150)
    updated = sessions.update(created.id, kind=SessionKind.KICKOFF, place="Stadshuset")
    assert (updated.kind, updated.place, updated.facilitator) == (
        "kickoff",
        "Stadshuset",
        "Karin Åberg",
    )
    row = query(store.path, f"SELECT kind, title, place FROM rw_session WHERE id = '{created.id}'")
    assert row == [("kickoff", "Workshop 1 – Halmstad", "Stadshuset")]


def test_bad_input_is_refused_and_changes_nothing(sessions):
    session = sessions.create("Möte", starts_at=NINE)
    for changes in (
        {"title": "   "},
        {"title": "x" * 301},
        {"kind": "party"},
        {"starts_at": datetime(2026, 3, 10, 9, 0)},  # naive: which time zone?
        {"planned_minutes": 0},
        {"planned_minutes": 24 * 60 + 1},
        {"planned_minutes": "90"},
        {"place": "p" * 301},
        {"colour": "#FFFFFF"},
    ):
        with pytest.raises(InvalidInput):
            sessions.update(session.id, **changes)
    assert sessions.get(session.id) == session


def test_list_filters_by_kind_date_and_actor(sessions, participants, register):
    w1 = sessions.create("Workshop 1", SessionKind.WORKSHOP, starts_at=NINE)
    w2 = sessions.create("Workshop 2", SessionKind.WORKSHOP, starts_at=NINE + timedelta(days=30))
    kick = sessions.create("Uppstart", SessionKind.KICKOFF, starts_at=NINE - timedelta(days=20))
    undated = sessions.create("Intervju utan datum", SessionKind.INTERVIEW)
    participants.add(w1.id, person_id=register["anna"])
    participants.add(kick.id, actor_id=register["halmstad"])  # the organisation alone
    participants.add(w2.id, person_id=register["emma"])

    assert [s.title for s in sessions.list()] == [
        "Uppstart",
        "Workshop 1",
        "Workshop 2",
        "Intervju utan datum",  # undated last
    ]
    assert [s.id for s in sessions.list(kind="workshop")] == [w1.id, w2.id]
    in_march = sessions.list(
        starts_from=datetime(2026, 3, 1, tzinfo=UTC), starts_before=datetime(2026, 4, 1, tzinfo=UTC)
    )
    assert [s.id for s in in_march] == [w1.id]
    assert {s.id for s in sessions.list(actor_id=register["halmstad"])} == {w1.id, kick.id}
    assert [s.id for s in sessions.list(actor_id=register["lst"], kind="workshop")] == [w2.id]
    assert sessions.list(kind="interview")[0].id == undated.id
    counts = {s.title: (s.participants, s.items) for s in sessions.list()}
    assert counts["Workshop 1"] == (1, 0)


def test_find_by_id_or_prefix(sessions):
    session = sessions.create("Referensgrupp 1", SessionKind.REFERENCE_GROUP)
    assert sessions.find(session.id).id == session.id
    assert sessions.find(session.id[:8]).id == session.id
    with pytest.raises(NotFound):
        sessions.find("abc")  # too short to be a prefix
    with pytest.raises(NotFound):
        sessions.find("ffffffff-0000")


def test_delete_and_restore(sessions):
    session = sessions.create("Kommunmöte")
    sessions.delete(session.id)
    assert sessions.list() == []
    with pytest.raises(NotFound):
        sessions.get(session.id)
    sessions.restore(session.id)
    assert [s.id for s in sessions.list()] == [session.id]


def test_participants_from_the_register_with_attendance(sessions, participants, register):
    session = sessions.create("Workshop")
    anna = participants.add(session.id, person_id=register["anna"])
    assert (anna.person_name, anna.actor_name, anna.attendance) == (
        "Anna Lindqvist",
        "Halmstads kommun",
        "invited",
    )
    org = participants.add(session.id, actor_id=register["lst"], attendance=Attendance.ATTENDED)
    assert org.label == "Länsstyrelsen i Hallands län" and org.person_id is None
    with pytest.raises(InvalidInput, match="already"):
        participants.add(session.id, person_id=register["anna"])
    with pytest.raises(InvalidInput, match="erased"):
        participants.add(session.id, person_id=register["gone"])
    with pytest.raises(InvalidInput):
        participants.add(session.id)
    with pytest.raises(InvalidInput):
        participants.set_attendance(anna.id, "maybe")
    assert participants.set_attendance(anna.id, Attendance.CANCELLED).attendance == "cancelled"
    # Cancelled participants' organisations are not on the handout.
    assert participants.organisations(session.id) == ["Länsstyrelsen i Hallands län"]
    participants.remove(org.id)
    assert [p.id for p in participants.list(session.id)] == [anna.id]
    participants.restore(org.id)
    assert len(participants.list(session.id)) == 2
    assert [p.name for p in participants.people()] == ["Anna Lindqvist", "Emma Karlsson"]


@pytest.mark.sqlite_only  # reads the project file itself
def test_added_on_the_spot(sessions, participants, register, store):
    session = sessions.create("Uppstart")
    known = participants.add_on_the_spot(session.id, "Olle Ny", "halmstads KOMMUN")
    assert known.actor_id == register["halmstad"] and not known.actor_created
    new = participants.add_on_the_spot(session.id, "Sofia Ek", "Ek & Co AB", actor_type="company")
    assert new.actor_created and new.participant.actor_name == "Ek & Co AB"
    alone = participants.add_on_the_spot(session.id, "Utan Organisation")
    assert alone.actor_id is None and alone.participant.attendance == "attended"
    with pytest.raises(InvalidInput, match="name"):
        participants.add_on_the_spot(session.id, "  ")
    with pytest.raises(InvalidInput):
        participants.add_on_the_spot(session.id, "X", "Y", actor_type="club")
    assert len(participants.list(session.id)) == 3
    participants.undo_on_the_spot(new)
    assert len(participants.list(session.id)) == 2
    assert "Ek & Co AB" not in [a.name for a in participants.actors()]
    participants.redo_on_the_spot(new)
    assert "Ek & Co AB" in [a.name for a in participants.actors()]
    people = query(store.path, "SELECT name FROM rw_person WHERE deleted_at IS NULL ORDER BY name")
    assert ("Sofia Ek",) in people and ("Olle Ny",) in people


def test_a_session_with_no_participants(sessions, participants):
    session = sessions.create("Tomt möte")
    assert participants.list(session.id) == []
    assert participants.organisations(session.id) == []
