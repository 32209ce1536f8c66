"""The involvement plan: forms, when/where/how, filter by form, tombstones."""

from __future__ import annotations

from datetime import date

import pytest

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.involvement_service import InvolvementService


@pytest.fixture
def plan(store):
    actors = ActorService(store)
    a = actors.create_actor("Halmstads kommun", "municipality").id
    b = actors.create_actor("Högskolan i Halmstad", "university").id
    return InvolvementService(store), actors, a, b


def test_plan_filter_by_form_and_order_by_date(plan):
    service, _actors, a, b = plan
    service.create(a, "workshop", date(2026, 3, 10), "", "Högskolan", "Två planerare")
    service.create(a, "reference_group", date(2026, 2, 3), where="Regionens hus")
    service.create(b, "interview", None, "Maj 2026", "Digitalt", "60 minuter")
    rows = service.list()
    assert [(r.actor_name, r.form) for r in rows] == [
        ("Halmstads kommun", "reference_group"),
        ("Halmstads kommun", "workshop"),
        ("Högskolan i Halmstad", "interview"),  # no date: last
    ]
    assert [r.form for r in service.list("interview")] == ["interview"]
    assert rows[2].when == "Maj 2026"
    assert rows[1].when == "2026-03-10"


def test_update_delete_restore(plan):
    service, actors, a, _b = plan
    row = service.create(a, "kickoff")
    service.update(row.id, when_text="Februari", how="Inbjudan via e-post")
    assert service.get(row.id).how == "Inbjudan via e-post"
    service.delete([row.id])
    assert service.list() == []
    service.restore([row.id])
    assert len(service.list()) == 1
    actors.delete_actors([a])
    assert service.list() == []  # an involvement of a deleted actor is not in the plan


@pytest.mark.parametrize(
    "fields",
    [{"form": "fika"}, {"when_date": "2026-01-01"}, {"where": "x" * 301}, {"colour": "red"}],
)
def test_rules(plan, fields):
    service, _actors, a, _b = plan
    row = service.create(a, "workshop")
    with pytest.raises(InvalidInput):
        service.update(row.id, **fields)


def test_needs_a_live_actor(plan):
    service, actors, a, _b = plan
    actors.delete_actors([a])
    with pytest.raises(NotFound):
        service.create(a, "workshop")
