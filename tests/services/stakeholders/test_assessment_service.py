"""Assessment rounds: values in 1–5, copying into a new round, comparison and quadrants."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from regworkshop.services.errors import InvalidInput
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import (
    AssessmentService,
    Quadrant,
    quadrant,
)
from regworkshop.store.models import Assessment


@pytest.fixture
def setup(store):
    actors = ActorService(store)
    a = actors.create_actor("Halmstads kommun", "municipality").id
    b = actors.create_actor("Nissadalens Trä AB", "company").id
    return AssessmentService(store), actors, a, b


def test_first_round_is_empty_and_becomes_current(setup):
    service, _actors, a, _b = setup
    assert service.current_round() is None
    rnd = service.create_round("Intressentanalys januari", date(2026, 1, 15))
    assert service.current_round() == rnd
    assert service.values(rnd.id) == {}
    service.set(rnd.id, a, 4.26, 3)
    value = service.values(rnd.id)[a]
    assert (value.influence, value.interest) == (4.3, 3.0)


@pytest.mark.parametrize("bad", [0.9, 5.1, -3, float("nan"), "hög", None])
def test_values_outside_the_scale_are_refused(setup, bad):
    service, _actors, a, _b = setup
    rnd = service.create_round("R", date(2026, 1, 1))
    with pytest.raises(InvalidInput):
        service.set(rnd.id, a, bad, 3)
    assert service.values(rnd.id) == {}


def test_the_database_checks_the_scale_too(setup, store):
    service, _actors, a, _b = setup
    rnd = service.create_round("R", date(2026, 1, 1))
    with pytest.raises(IntegrityError), store.unit_of_work() as db:
        db.add(Assessment(round_id=rnd.id, actor_id=a, influence=7, interest=3))


def test_a_new_round_copies_the_current_values(setup):
    service, _actors, a, b = setup
    first = service.create_round("Januari", date(2026, 1, 15))
    service.set(first.id, a, 4, 4)
    service.set(first.id, b, 1.5, 2)
    second = service.create_round("Oktober", date(2026, 10, 20))
    assert second.assessed == 2
    assert {k: (v.influence, v.interest) for k, v in service.values(second.id).items()} == {
        a: (4.0, 4.0),
        b: (1.5, 2.0),
    }
    service.set(second.id, b, 2, 4.5)  # the copy is independent of the original
    assert service.values(first.id)[b].interest == 2.0
    assert [r.name for r in service.rounds()] == ["Januari", "Oktober"]


def test_compare_two_rounds(setup):
    service, _actors, a, b = setup
    first = service.create_round("Januari", date(2026, 1, 15))
    service.set(first.id, a, 4, 4)
    service.set(first.id, b, 1.5, 2)
    second = service.create_round("Oktober", date(2026, 10, 20))
    service.set(second.id, b, 2, 4)
    moves = {m.actor_name: m for m in service.compare(first.id, second.id)}
    assert moves["Halmstads kommun"].influence_change == 0
    trä = moves["Nissadalens Trä AB"]
    assert (trä.influence_change, trä.interest_change) == (0.5, 2.0)
    assert trä.before.quadrant == Quadrant.MONITOR
    assert trä.after.quadrant == Quadrant.KEEP_INFORMED
    assert trä.moved_quadrant


def test_clear_and_set_again_reuses_the_row(setup, store):
    service, _actors, a, _b = setup
    rnd = service.create_round("R", date(2026, 1, 1))
    service.set(rnd.id, a, 2, 2)
    service.clear(rnd.id, a)
    assert service.get(rnd.id, a) is None
    service.set(rnd.id, a, 3, 3)
    with store.session() as db:
        assert len(db.scalars(select(Assessment).where(Assessment.actor_id == a)).all()) == 1


def test_deleted_actors_and_rounds_drop_out(setup):
    service, actors, a, b = setup
    rnd = service.create_round("R", date(2026, 1, 1))
    service.set(rnd.id, a, 2, 2)
    service.set(rnd.id, b, 2, 2)
    actors.delete_actors([b])
    assert set(service.values(rnd.id)) == {a}
    service.delete_round(rnd.id)
    assert service.rounds() == []
    service.restore_round(rnd.id)
    assert service.current_round().id == rnd.id


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, Quadrant.MANAGE_CLOSELY),
        (4, 1, Quadrant.KEEP_SATISFIED),
        (1, 5, Quadrant.KEEP_INFORMED),
        (3, 3, Quadrant.MONITOR),  # on the line counts as low
        (3.1, 3.1, Quadrant.MANAGE_CLOSELY),
    ],
)
def test_quadrants(influence, interest, expected):
    assert quadrant(influence, interest) == expected


def test_round_name_rules(setup):
    service = setup[0]
    with pytest.raises(InvalidInput):
        service.create_round("  ", date(2026, 1, 1))
    with pytest.raises(InvalidInput):
        service.create_round("x" * 201, date(2026, 1, 1))
