"""Commitments per actor, the collaboration platform and the follow-up round."""

from __future__ import annotations

from datetime import date

import pytest

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.followup.followup_service import FollowUpService
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService


@pytest.fixture
def kommun(store):
    return ActorService(store).create_actor("Hylte kommun", "municipality").id


def test_create_update_delete_restore(store, kommun):
    service = CommitmentService(store)
    made = service.create(kommun, "  Dela GIS-underlag  ", due=date(2026, 12, 31))
    assert (made.actor_name, made.text, made.status) == (
        "Hylte kommun",
        "Dela GIS-underlag",
        "proposed",
    )
    changed = service.update(made.id, status="agreed", due="2027-03-01")
    assert (changed.status, changed.due) == ("agreed", date(2027, 3, 1))
    service.delete(made.id)
    assert service.list() == []
    service.restore(made.id)
    assert [c.id for c in service.list()] == [made.id]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "  "}, "needs a text"),
        ({"status": "maybe"}, "not a commitment status"),
        ({"due": "31/12"}, "not a date"),
        ({"colour": "red"}, "unknown"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(store, kommun, fields, message):
    service = CommitmentService(store)
    made = service.create(kommun, "Dela GIS-underlag")
    with pytest.raises(InvalidInput, match=message):
        service.update(made.id, **fields)
    assert service.get(made.id) == made


def test_a_commitment_needs_a_live_actor(store, kommun):
    ActorService(store).delete_actors([kommun])
    with pytest.raises(NotFound):
        CommitmentService(store).create(kommun, "Något")


def test_commitments_are_listed_by_actor(store, kommun):
    other = ActorService(store).create_actor("Falkenbergs kommun", "municipality").id
    service = CommitmentService(store)
    service.create(kommun, "b")
    service.create(other, "a")
    service.create(None, "utan aktör")
    assert [c.actor_name for c in service.list()] == ["Falkenbergs kommun", "Hylte kommun", ""]


def test_platform_round_trip_and_members_in_name_order(store, kommun):
    other = ActorService(store).create_actor("Falkenbergs kommun", "municipality").id
    follow = FollowUpService(store)
    assert follow.platform().name == "" and follow.platform().member_ids == ()
    platform = follow.set_platform(
        " Hallands  planeringsforum ", "Fyra gånger per år", [kommun, other, kommun]
    )
    assert platform.name == "Hallands planeringsforum"
    assert platform.member_names == ("Falkenbergs kommun", "Hylte kommun")
    with pytest.raises(NotFound):
        follow.set_platform("x", "y", ["no-such-actor"])
    assert follow.platform() == platform


def test_start_round_copies_the_current_values(store, kommun):
    follow = FollowUpService(store)
    with pytest.raises(InvalidInput, match="no stakeholder analysis"):
        follow.start_round("Uppföljning", date(2026, 10, 1))
    rounds = AssessmentService(store)
    first = rounds.create_round("Januari", date(2026, 1, 15))
    rounds.set(first.id, kommun, 4, 2)
    new = follow.start_round("Uppföljning", date(2026, 10, 1))
    assert new.assessed == 1
    assert rounds.get(new.id, kommun).interest == 2
    assert [r.name for r in rounds.rounds()] == ["Januari", "Uppföljning"]
