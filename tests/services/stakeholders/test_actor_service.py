"""Actors and contact people: validation, duplicates, filters, tombstones and restore."""

from __future__ import annotations

from datetime import date

import pytest

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.store.models import Actor, Person


@pytest.fixture
def actors(store):
    return ActorService(store)


def test_create_and_list_actors_sorted_by_name(actors):
    actors.create_actor("  Ölands   kommun ", "municipality", "Borgholm")
    actors.create_actor("Region Halland", "region")
    actors.create_actor("Akademiska Hus AB", "company")
    names = [a.name for a in actors.list_actors()]
    assert names == ["Akademiska Hus AB", "Region Halland", "Ölands kommun"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "   "}, "needs a name"),
        ({"name": "x" * 301}, "at most 300"),
        ({"name": "A", "actor_type": "kommun"}, "unknown actor type"),
        ({"name": "A", "municipality": "m" * 121}, "at most 120"),
    ],
)
def test_actor_rules(actors, fields, message):
    with pytest.raises(InvalidInput, match=message):
        actors.create_actor(**fields)
    assert actors.list_actors() == []


def test_same_name_and_type_is_refused_case_insensitively(actors):
    actors.create_actor("Halmstads kommun", "municipality")
    with pytest.raises(InvalidInput, match="already an actor"):
        actors.create_actor("HALMSTADS  kommun", "municipality")
    # the same name with another type is another actor
    actors.create_actor("Halmstads kommun", "other")
    assert len(actors.list_actors()) == 2


def test_filter_by_type_and_text(actors):
    actors.create_actor("Halmstads kommun", "municipality", "Halmstad")
    actors.create_actor("Hylte kommun", "municipality", "Hylte", notes="Skogsnäring")
    actors.create_actor("Högskolan i Halmstad", "university", "Halmstad")
    assert [a.name for a in actors.list_actors("municipality")] == [
        "Halmstads kommun",
        "Hylte kommun",
    ]
    assert [a.name for a in actors.list_actors(text="halmstad")] == [
        "Halmstads kommun",
        "Högskolan i Halmstad",
    ]
    assert [a.name for a in actors.list_actors(text="HÖGSKOLAN")] == ["Högskolan i Halmstad"]
    assert [a.name for a in actors.list_actors(text="skogs")] == ["Hylte kommun"]
    assert actors.list_actors("university", "hylte") == []


def test_update_changes_only_given_fields_and_stamps(actors, store, clock):
    actor = actors.create_actor("Laholms kommun", "municipality", "Laholm")
    later = clock.advance(minutes=3)
    updated = actors.update_actor(actor.id, notes="Kontakt via planeringschefen")
    assert updated.municipality == "Laholm" and updated.notes == "Kontakt via planeringschefen"
    with store.session() as db:
        assert db.get(Actor, actor.id).updated_at == later


def test_rename_onto_another_actor_is_refused(actors):
    actors.create_actor("Varbergs kommun", "municipality")
    other = actors.create_actor("Varberg", "municipality")
    with pytest.raises(InvalidInput):
        actors.update_actor(other.id, name="varbergs kommun")
    assert actors.get_actor(other.id).name == "Varberg"


def test_delete_is_a_tombstone_and_restore_brings_it_back(actors, store, clock):
    a = actors.create_actor("Företagarna Halland", "business_org")
    b = actors.create_actor("LRF Halland", "business_org")
    actors.delete_actors([a.id, b.id])
    assert actors.list_actors() == []
    with store.session() as db:
        assert db.get(Actor, a.id).deleted_at == clock.now
    with pytest.raises(NotFound):
        actors.get_actor(a.id)
    actors.restore_actors([a.id, b.id])
    assert {x.name for x in actors.list_actors()} == {"Företagarna Halland", "LRF Halland"}


def test_restore_refuses_when_a_new_actor_took_the_name(actors):
    a = actors.create_actor("Hylte kommun", "municipality")
    actors.delete_actors([a.id])
    actors.create_actor("Hylte kommun", "municipality")
    with pytest.raises(InvalidInput):
        actors.restore_actors([a.id])


def test_people_with_consent(actors, store, clock):
    actor = actors.create_actor("Halmstads kommun", "municipality")
    person = actors.create_person(
        actor.id, "Anna Lindqvist", "Översiktsplanerare", "anna@halmstad.se", "+46 35-13 70 00"
    )
    assert person.consent_store == "unknown" and person.consent_date is None
    given = actors.update_person(person.id, consent_store="given")
    assert given.consent_date == clock.now.date()  # dated when recorded
    actors.update_person(person.id, consent_date=date(2026, 1, 20))
    assert actors.list_people(actor.id)[0].consent_date == date(2026, 1, 20)
    assert actors.get_actor(actor.id).people_count == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "needs a name"),
        ({"email": "anna(at)halmstad"}, "e-mail"),
        ({"phone": "ring mig"}, "phone"),
        ({"consent_store": "maybe"}, "unknown consent"),
        ({"consent_date": date(2027, 1, 1)}, "future"),
    ],
)
def test_person_rules(actors, fields, message):
    actor = actors.create_actor("Hylte kommun", "municipality")
    person = actors.create_person(actor.id, "Maria Svensson")
    with pytest.raises(InvalidInput, match=message):
        actors.update_person(person.id, **fields)
    assert actors.list_people(actor.id)[0].name == "Maria Svensson"


def test_delete_and_restore_people(actors, store):
    actor = actors.create_actor("Region Halland", "region")
    p = actors.create_person(actor.id, "Karin Åberg")
    actors.delete_people([p.id])
    assert actors.list_people(actor.id) == []
    with store.session() as db:
        assert db.get(Person, p.id).deleted_at is not None
    actors.restore_people([p.id])
    assert [x.name for x in actors.list_people(actor.id)] == ["Karin Åberg"]


def test_a_person_needs_a_live_actor(actors):
    actor = actors.create_actor("Region Halland", "region")
    actors.delete_actors([actor.id])
    with pytest.raises(NotFound):
        actors.create_person(actor.id, "Peter Öberg")
