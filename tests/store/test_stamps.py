"""Every write is stamped with the store's clock and device id (unless a merge keeps stamps)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from regworkshop.services.project.project_service import load_project, new_project
from regworkshop.store.models import Actor, Meta
from regworkshop.store.project_store import KEEP_STAMPS
from tests.conftest import DEVICE, FakeClock
from tests.store.helpers import query

OTHER_DEVICE = "00000000-0000-4000-8000-000000000002"


def add_actor(store, name: str = "Hylte kommun") -> str:
    with store.unit_of_work() as db:
        actor = Actor(project_id=store.project_id, name=name, actor_type="municipality")
        db.add(actor)
        db.flush()
        return actor.id


def read_actor(store, actor_id: str) -> Actor:
    with store.session() as db:
        actor = db.get(Actor, actor_id)
        assert actor is not None
        return actor


def assert_utc(value: datetime) -> None:
    assert value.tzinfo is not None
    assert value.utcoffset() == timedelta(0)


def test_a_new_row_gets_the_clock_time_and_the_device(store, clock):
    actor_id = add_actor(store)
    actor = read_actor(store, actor_id)
    assert actor.created_at == clock.now
    assert actor.updated_at == clock.now
    assert actor.device_id == DEVICE
    assert actor.deleted_at is None
    assert_utc(actor.created_at)
    assert_utc(actor.updated_at)


def test_an_edit_moves_updated_at_but_not_created_at(store, clock):
    created = clock.now
    actor_id = add_actor(store)
    later = clock.advance(minutes=5)
    with store.unit_of_work() as db:
        db.get(Actor, actor_id).name = "Hylte kommun (Unnaryd)"
    actor = read_actor(store, actor_id)
    assert actor.name == "Hylte kommun (Unnaryd)"
    assert actor.created_at == created
    assert actor.updated_at == later == created + timedelta(minutes=5)
    assert_utc(actor.created_at)
    assert_utc(actor.updated_at)


def test_an_edit_from_another_device_takes_its_device_id(store, project_path, clock, tmp_path):
    actor_id = add_actor(store)
    store.close()
    clock.advance(hours=1)
    other = load_project(
        store.target, device_id=OTHER_DEVICE, backup_dir=tmp_path / "backups", clock=clock
    )
    try:
        with other.unit_of_work() as db:
            db.get(Actor, actor_id).notes = "Kontakt via planeringsforumet"
        actor = read_actor(other, actor_id)
    finally:
        other.close()
    assert actor.device_id == OTHER_DEVICE
    assert actor.updated_at == clock.now


def test_setting_the_same_value_is_not_an_edit(store, clock):
    created = clock.now
    actor_id = add_actor(store)
    clock.advance(minutes=5)
    with store.unit_of_work() as db:
        actor = db.get(Actor, actor_id)
        actor.name = actor.name
    assert read_actor(store, actor_id).updated_at == created


def test_a_tombstone_is_an_edit(store, clock):
    actor_id = add_actor(store)
    deleted = clock.advance(days=1)
    with store.unit_of_work() as db:
        db.get(Actor, actor_id).deleted_at = clock()
    actor = read_actor(store, actor_id)
    assert actor.deleted_at == deleted
    assert actor.updated_at == deleted
    assert actor.is_deleted
    assert_utc(actor.deleted_at)


def test_keep_stamps_keeps_the_stamps_of_a_new_row(store, clock):
    created = datetime(2025, 12, 1, 8, 30, tzinfo=UTC)
    updated = datetime(2026, 1, 2, 14, 0, tzinfo=UTC)
    with store.session() as db, db.begin():
        db.info[KEEP_STAMPS] = True
        actor = Actor(
            project_id=store.project_id,
            name="Laholms kommun",
            created_at=created,
            updated_at=updated,
            device_id=OTHER_DEVICE,
        )
        db.add(actor)
        db.flush()
        actor_id = actor.id
    actor = read_actor(store, actor_id)
    assert (actor.created_at, actor.updated_at, actor.device_id) == (
        created,
        updated,
        OTHER_DEVICE,
    )
    assert clock.now not in (actor.created_at, actor.updated_at)


def test_keep_stamps_keeps_the_stamps_of_an_edit(store, clock):
    created = clock.now
    actor_id = add_actor(store)
    clock.advance(minutes=30)
    arrived = datetime(2026, 3, 10, 9, 10, tzinfo=UTC)
    with store.session() as db, db.begin():
        db.info[KEEP_STAMPS] = True
        actor = db.get(Actor, actor_id)
        actor.name = "Hylte kommun (från paket)"
        actor.updated_at = arrived
        actor.device_id = OTHER_DEVICE
    actor = read_actor(store, actor_id)
    assert actor.name == "Hylte kommun (från paket)"
    assert actor.created_at == created
    assert actor.updated_at == arrived
    assert actor.device_id == OTHER_DEVICE


def test_keep_stamps_is_per_session(store, clock):
    """The next ordinary unit of work stamps again."""
    with store.session() as db, db.begin():
        db.info[KEEP_STAMPS] = True
    actor_id = add_actor(store)
    assert read_actor(store, actor_id).device_id == DEVICE


def test_rows_without_stamps_are_left_alone(store):
    with store.unit_of_work() as db:
        db.add(Meta(key="note", value="ingen stämpel"))
    with store.session() as db:
        assert db.get(Meta, "note").value == "ingen stämpel"


@pytest.mark.sqlite_only
def test_a_clock_in_another_zone_is_stored_and_read_as_utc(project_path, tmp_path):
    summer = timezone(timedelta(hours=2), "CEST")
    clock = FakeClock(datetime(2026, 6, 1, 11, 0, tzinfo=summer))
    store = new_project(project_path, "Sommar", device_id=DEVICE, clock=clock)
    try:
        actor_id = add_actor(store)
        actor = read_actor(store, actor_id)
    finally:
        store.close()
    assert actor.created_at == datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    assert actor.created_at.tzinfo == UTC
    raw = query(project_path, f"SELECT created_at FROM rw_actor WHERE id = '{actor_id}'")
    assert raw[0][0].startswith("2026-06-01 09:00:00")


def test_a_naive_timestamp_is_refused(store):
    with pytest.raises(StatementError, match="naive datetime"), store.session() as db, db.begin():
        db.info[KEEP_STAMPS] = True
        db.add(
            Actor(
                project_id=store.project_id,
                name="Utan tidszon",
                created_at=datetime(2026, 1, 1, 12, 0),
                updated_at=datetime(2026, 1, 1, 12, 0),
            )
        )
    with store.session() as db:
        assert db.scalars(select(Actor).where(Actor.name == "Utan tidszon")).first() is None
