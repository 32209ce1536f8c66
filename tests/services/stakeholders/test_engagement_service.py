"""The engagement measure, computed from participations, notes and commitments."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.engagement_service import EngagementService, Level
from regworkshop.store.models import Commitment, Note, Participation, Session


def _session(db, store, title, deleted=False):
    s = Session(
        project_id=store.project_id, title=title, starts_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    if deleted:
        s.deleted_at = datetime(2026, 3, 2, tzinfo=UTC)
    db.add(s)
    db.flush()
    return s


@pytest.fixture
def world(store):
    actors = ActorService(store)
    kommun = actors.create_actor("Hylte kommun", "municipality").id
    bolag = actors.create_actor("Nissadalens Trä AB", "company").id
    tyst = actors.create_actor("Tyst AB", "company").id
    maria = actors.create_person(kommun, "Maria Svensson").id
    jonas = actors.create_person(bolag, "Jonas Wikström").id
    with store.unit_of_work() as db:
        s1, s2, s3 = (_session(db, store, t) for t in ("Workshop 1", "Workshop 2", "Kickoff"))
        gone = _session(db, store, "Inställt", deleted=True)
        # Maria: invited to three, attended two; twice in one session counts once.
        for s, attendance in ((s1, "attended"), (s2, "attended"), (s3, "cancelled")):
            db.add(Participation(session_id=s.id, person_id=maria, attendance=attendance))
        db.add(Participation(session_id=s1.id, person_id=maria, attendance="attended"))
        # The company itself (no person) was invited to one and did not come.
        db.add(Participation(session_id=s1.id, actor_id=bolag, attendance="invited"))
        db.add(Participation(session_id=s2.id, person_id=jonas, attendance="attended"))
        db.add(Participation(session_id=gone.id, person_id=jonas, attendance="attended"))
        for n in range(40):
            db.add(Note(session_id=s1.id, text=f"not {n}", actor_id=kommun))
        db.add(Note(session_id=s2.id, text="från bolaget", actor_id=bolag))
        db.add(Note(session_id=gone.id, text="i ett borttaget möte", actor_id=bolag))
        db.add(Commitment(project_id=store.project_id, actor_id=kommun, text="a"))
        db.add(Commitment(project_id=store.project_id, actor_id=bolag, text="b", status="dropped"))
    return EngagementService(store).measure(), kommun, bolag, tyst


def test_counts(world):
    measure, kommun, bolag, tyst = world
    k, b, t = measure[kommun], measure[bolag], measure[tyst]
    assert (k.invited, k.attended, k.notes, k.commitments) == (3, 2, 40, 1)
    assert (b.invited, b.attended, b.notes, b.commitments) == (2, 1, 1, 0)
    assert (t.invited, t.attended, t.notes, t.commitments) == (0, 0, 0, 0)


def test_score_and_level(world):
    measure, kommun, bolag, tyst = world
    # 50 * 2/3 + 30 (notes capped at 30) + 10 (one commitment)
    assert measure[kommun].score == 73
    assert measure[kommun].level == Level.HIGH
    assert measure[bolag].score == 26  # 25 + 1 note
    assert measure[bolag].level == Level.LOW
    assert measure[tyst].score == 0 and measure[tyst].level == Level.NONE


def test_demo_engagement_varies(demo_path):
    from regworkshop.services.project.project_service import load_project
    from tests.conftest import DEVICE

    store = load_project(demo_path, device_id=DEVICE)
    try:
        levels = {e.level for e in EngagementService(store).measure().values()}
    finally:
        store.close()
    assert {Level.HIGH, Level.MEDIUM, Level.LOW} <= levels
