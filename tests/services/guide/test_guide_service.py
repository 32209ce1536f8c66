"""The method guide: each self-ticking checklist rule, manual ticks, tips and gaps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from regworkshop.services.errors import InvalidInput
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.followup.followup_service import FollowUpService
from regworkshop.services.guide.guide_service import (
    MANUAL_KEYS,
    MIN_INTERVIEW_TYPES,
    MIN_INTERVIEWS,
    MethodGuideService,
    tick_id,
)
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.involvement_service import InvolvementService
from regworkshop.store.enums import MethodPhase
from regworkshop.store.models import ChecklistTick, Note, Participation, Session
from tests.conftest import DEVICE


def item(store, key):
    return MethodGuideService(store).guide().item(key)


def add_session(store, kind, *, days=-10, status="planned", title="Möte", created=None):
    with store.unit_of_work() as db:
        s = Session(
            project_id=store.project_id,
            kind=kind,
            title=title,
            starts_at=store.clock() + timedelta(days=days),
            status=status,
        )
        if created is not None:
            s.created_at = created
        db.add(s)
        db.flush()
        return s.id


def attend(store, session_id, actor_id, attendance="attended"):
    with store.unit_of_work() as db:
        db.add(Participation(session_id=session_id, actor_id=actor_id, attendance=attendance))


@pytest.fixture
def actors(store):
    service = ActorService(store)
    return {
        "halmstad": service.create_actor(
            "Halmstads kommun", "municipality", municipality="Halmstad"
        ).id,
        "laholm": service.create_actor("Laholms kommun", "municipality", municipality="Laholm").id,
        "bolag": service.create_actor("Nissadalens Trä AB", "company", municipality="Hylte").id,
    }


def test_an_empty_project_has_nothing_ticked_and_starts_in_prepare(store):
    guide = MethodGuideService(store).guide()
    assert not any(i.done for i in guide.items)
    assert guide.current_phase == MethodPhase.PREPARE
    assert {i.phase for i in guide.items} == set(MethodPhase)
    assert all(i.link for i in guide.items)
    assert guide.gaps.empty


def test_actors_mapped(store, actors):
    mapped = item(store, "actors_mapped")
    assert mapped.done and mapped.numbers == (3, 2)


def test_stakeholder_analysis_needs_every_actor_in_the_current_round(store, actors):
    rounds = AssessmentService(store)
    first = rounds.create_round("Januari", date(2026, 1, 15))
    rounds.set(first.id, actors["halmstad"], 4, 4)
    rounds.set(first.id, actors["laholm"], 3, 3)
    assert item(store, "stakeholder_analysis").progress == (2, 3)
    assert not item(store, "stakeholder_analysis").done
    rounds.set(first.id, actors["bolag"], 2, 2)
    assert item(store, "stakeholder_analysis").done
    # A deleted actor no longer counts.
    ActorService(store).delete_actors([actors["bolag"]])
    assert item(store, "stakeholder_analysis").progress == (2, 2)


def test_involvement_plan(store, actors):
    plan = InvolvementService(store)
    for actor_id in actors.values():
        assert not item(store, "involvement_plan").done
        plan.create(actor_id, "workshop")
    assert item(store, "involvement_plan").progress == (3, 3)
    assert item(store, "involvement_plan").done


def test_municipalities_met_needs_each_kommun_at_a_municipality_meeting(store, actors):
    meeting = add_session(store, "municipality_meeting")
    attend(store, meeting, actors["halmstad"])
    attend(store, meeting, actors["bolag"])  # not a kommun: does not count
    workshop = add_session(store, "workshop")
    attend(store, workshop, actors["laholm"])  # not a municipality meeting
    assert item(store, "municipalities_met").progress == (1, 2)
    other = add_session(store, "municipality_meeting", title="Laholm")
    attend(store, other, actors["laholm"], "cancelled")
    assert not item(store, "municipalities_met").done
    attend(store, other, actors["laholm"])
    assert item(store, "municipalities_met").done


def test_reference_group_needs_a_meeting_with_participants(store, actors):
    meeting = add_session(store, "reference_group", days=30)
    assert not item(store, "reference_group").done
    attend(store, meeting, actors["halmstad"], "invited")
    assert item(store, "reference_group").done


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("kickoff", "kickoff"),
        ("workshops", "workshop"),
        ("internal_evaluation", "internal_evaluation"),
    ],
)
def test_sessions_count_once_held(store, clock, key, kind):
    add_session(store, kind, days=5)
    assert not item(store, key).done  # planned, still ahead
    clock.advance(days=6)
    assert item(store, key).done  # its start has passed
    add_session(store, kind, days=20, status="done")  # marked done counts at once
    assert item(store, key).numbers == (2,)


def test_interviews_need_enough_interviews_across_enough_actor_types(store):
    service = ActorService(store)
    kinds = ["municipality", "company", "university", "company", "company", "company"]
    for n, kind in enumerate(kinds[:MIN_INTERVIEWS]):
        actor = service.create_actor(f"Aktör {n}", kind).id
        session = add_session(store, "interview", status="done", title=f"Intervju {n}")
        attend(store, session, actor)
    interviews = item(store, "interviews")
    assert interviews.numbers == (MIN_INTERVIEWS, MIN_INTERVIEW_TYPES)
    assert interviews.done
    # A note attributed to a type alone also counts as hearing that type.
    planned = add_session(store, "interview", days=20)
    with store.unit_of_work() as db:
        db.add(Note(session_id=planned, text="sagt", actor_type="researcher"))
    assert item(store, "interviews").numbers == (MIN_INTERVIEWS, MIN_INTERVIEW_TYPES)


def test_insights_and_their_evidence(store):
    session = add_session(store, "workshop")
    with store.unit_of_work() as db:
        note = Note(session_id=session, text="Pendlingen ökar")
        db.add(note)
        db.flush()
        note_id = note.id
    insights = InsightService(store)
    first = insights.create("Pendling", kind="insight")
    assert item(store, "insights").done
    assert item(store, "insights_evidenced").progress == (0, 1)
    insights.link(first.id, [note_id])
    assert item(store, "insights_evidenced").done
    insights.create("En lärdom", kind="lesson")
    assert item(store, "lessons").done
    assert item(store, "insights").numbers == (1,)


def test_platform_needs_a_name_and_a_member(store, actors):
    follow = FollowUpService(store)
    follow.set_platform("Hallands planeringsforum", "", [])
    assert not item(store, "platform").done
    follow.set_platform("Hallands planeringsforum", "Fyra gånger per år", [actors["halmstad"]])
    assert item(store, "platform").done
    ActorService(store).delete_actors([actors["halmstad"]])
    assert not item(store, "platform").done  # a deleted member is no member


def test_commitments_ignore_dropped_ones(store, actors):
    service = CommitmentService(store)
    dropped = service.create(actors["bolag"], "Delta i referensgruppen", status="dropped")
    assert not item(store, "commitments").done
    service.update(dropped.id, status="agreed")
    assert item(store, "commitments").numbers == (1, 1)


def test_followup_round_needs_a_second_round(store, actors):
    rounds = AssessmentService(store)
    rounds.create_round("Januari", date(2026, 1, 15))
    assert not item(store, "followup_round").done
    FollowUpService(store).start_round("Oktober", date(2026, 10, 20))
    assert item(store, "followup_round").done


def test_manual_items_tick_untick_and_keep_one_row_per_item(store):
    guide = MethodGuideService(store)
    for key in sorted(MANUAL_KEYS):
        assert guide.set_ticked(key, True) is False
        assert item(store, key).done and item(store, key).manual
        assert guide.set_ticked(key, False) is True
        assert not item(store, key).done
        assert guide.set_ticked(key, True) is False
    with store.session() as db:
        rows = db.query(ChecklistTick).all()
        assert len(rows) == len(MANUAL_KEYS)
        assert all(r.id == tick_id(store.project_id, r.item_key) for r in rows)


def test_only_manual_items_can_be_ticked(store):
    with pytest.raises(InvalidInput):
        MethodGuideService(store).set_ticked("stakeholder_analysis", True)
    with pytest.raises(InvalidInput):
        MethodGuideService(store).set_ticked("no-such-item", True)


def test_the_tick_id_is_the_same_on_every_laptop(store):
    assert tick_id("p", "anchoring") == tick_id("p", "anchoring") != tick_id("p", "lessons_shared")


def test_interviews_booked_at_short_notice_are_a_warning(store, clock):
    guide = MethodGuideService(store)
    tip = next(t for t in guide.guide().tips if t.key == "plan_early")
    assert not tip.warning
    add_session(store, "interview", days=30, title="I god tid", created=clock())
    add_session(store, "interview", days=10, title="Bråttom", created=clock())
    tip = next(t for t in guide.guide().tips if t.key == "plan_early")
    assert tip.warning and tip.names == ("Bråttom",) and tip.numbers[0] == 1
    clock.advance(days=11)  # held now: no longer a risk
    tip = next(t for t in guide.guide().tips if t.key == "plan_early")
    assert not tip.warning


def test_too_many_interviews_in_one_week_is_a_warning(store, clock):
    monday = datetime(2026, 4, 6, 9, tzinfo=UTC)
    clock.now = monday - timedelta(weeks=8)
    for n in range(5):
        add_session(store, "interview", days=56 + n, title=f"Intervju {n}", created=clock())
    tip = next(t for t in MethodGuideService(store).guide().tips if t.key == "consultant_time")
    assert tip.warning and tip.numbers == (5, 4)


def test_gaps_on_the_demo_project(demo_path):
    store = load_project(demo_path, device_id=DEVICE)
    try:
        guide = MethodGuideService(store).guide()
    finally:
        store.close()
    gaps = guide.gaps
    assert [(g.actor_type, g.actors) for g in gaps.types_not_heard] == [
        ("other", ("Hallands Hembygdsförbund",))
    ]
    assert gaps.municipalities_not_heard == ()
    assert gaps.types_not_registered == ()
    assert gaps.municipalities_heard == 6
    # The demo is in the middle of the method: some steps done, some not.
    done = {i.key for i in guide.items if i.done}
    assert {"kickoff", "workshops", "interviews", "commitments", "platform"} <= done
    assert {"municipalities_met", "knowledge_discussed", "declaration_signed"}.isdisjoint(done)
    assert guide.item("municipalities_met").progress == (2, 6)
    assert {"internal_resources", "anchoring"} <= done  # ticked by hand in the demo
    assert any(t.warning for t in guide.tips)


def test_gaps_count_notes_and_attendance_as_heard(store, actors):
    gaps = MethodGuideService(store).gaps()
    assert {g.municipality for g in gaps.municipalities_not_heard} == {"Halmstad", "Laholm"}
    assert "county_board" in gaps.types_not_registered and "other" not in gaps.types_not_registered
    workshop = add_session(store, "workshop")
    attend(store, workshop, actors["halmstad"])
    attend(store, workshop, actors["laholm"], "invited")  # invited is not heard
    with store.unit_of_work() as db:
        db.add(Note(session_id=workshop, text="Skogen", actor_id=actors["bolag"]))
    gaps = MethodGuideService(store).gaps()
    assert [g.municipality for g in gaps.municipalities_not_heard] == ["Laholm"]
    assert [g.actor_type for g in gaps.types_not_heard] == []
    assert gaps.types_heard == 2
