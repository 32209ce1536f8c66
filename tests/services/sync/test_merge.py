"""Merging bundles: nothing lost, nothing doubled, any order, any number of times."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.demo.demo_service import create_demo
from regworkshop.services.project.project_service import new_project, overview
from regworkshop.services.sync.bundle_format import BundleFromOtherProject, DamagedBundle, Scope
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.conflict_service import ConflictService
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.store.models import Note, Person, Photo, Session, Theme
from tests.conftest import FakeClock
from tests.services.sync.merge_helpers import export, raw_bundle, snapshot, unpack

DEV = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(1, 6)]


@pytest.fixture
def world(tmp_path, project_target):
    """A project on laptop A with one workshop, and copies on laptops B and C."""
    clocks = [FakeClock(datetime(2026, 3, 10, 9, i, tzinfo=UTC)) for i in range(3)]
    a = new_project(project_target("a"), "Halland", device_id=DEV[0], clock=clocks[0])
    with a.unit_of_work() as db:
        db.add(Session(id=SESSION, project_id=a.project_id, title="Workshop 1"))
        db.add(
            Person(
                id=PERSON,
                project_id=a.project_id,
                name="Anna Lindqvist",
                email="anna@halmstad.example.se",
            )
        )
    base = export(a, tmp_path, "base")
    b, _ = project_from_bundle(base, project_target("b"), device_id=DEV[1], clock=clocks[1])
    c, _ = project_from_bundle(base, project_target("c"), device_id=DEV[2], clock=clocks[2])
    stores = [a, b, c]
    yield stores, clocks, base, (tmp_path, project_target)
    for s in stores:
        s.close()


SESSION = "11111111-1111-4111-8111-000000000001"
PERSON = "11111111-1111-4111-8111-000000000002"


def add_note(store, text, note_id=None, **fields):
    with store.unit_of_work() as db:
        theme = db.scalars(select(Theme).order_by(Theme.position)).first()
        note = Note(session_id=SESSION, theme_id=theme.id, text=text, **fields)
        if note_id:
            note.id = note_id
        db.add(note)
        db.flush()
        return note.id


def edit(store, model, key, **fields):
    with store.unit_of_work() as db:
        row = db.get(model, key)
        for k, v in fields.items():
            setattr(row, k, v)


def fresh_target(base, tmp, name):
    _folder, make = tmp
    store, _ = project_from_bundle(base, make(name), device_id=DEV[4])
    return store


def test_a_bundle_replicates_the_whole_project(tmp_path, project_target):
    a = create_demo(project_target("a"), device_id=DEV[0])
    bundle = export(a, tmp_path, "a")
    b, report = project_from_bundle(bundle, project_target("b"), device_id=DEV[1])
    assert snapshot(b) == snapshot(a)
    assert overview(b).counts == overview(a).counts
    assert overview(b).description == overview(a).description
    assert report.totals["added"] == bundle.row_count - 1  # all but the project row itself
    a.close()
    b.close()


def test_the_same_bundle_twice_changes_nothing(world):
    (a, b, _c), _clocks, _base, (tmp, _make) = world
    add_note(a, "Pendling längs kusten")
    bundle = export(a, tmp, "a1")
    first = MergeService(b).merge([bundle])
    assert first.totals["added"] == 1
    before = snapshot(b)
    again = MergeService(b).merge([bundle, bundle])
    assert all(o.already_imported for o in again.outcomes)
    assert again.backup is None
    assert snapshot(b) == before
    assert [entry["file"] for entry in MergeService(b).log()] == ["a1.rwbundle", "base.rwbundle"]


def test_merging_is_idempotent_even_without_the_log(world):
    """Skipping by the log is an optimisation; the merge itself changes nothing twice."""
    (a, b, _c), _clocks, _base, (tmp, _make) = world
    add_note(a, "Vatten")
    bundle = export(a, tmp, "a1")
    MergeService(b).merge([bundle])
    before = snapshot(b)
    with b.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM rw_bundle_import")
    report = MergeService(b).merge([bundle])
    assert report.totals == {"added": 0, "updated": 0, "deleted": 0, "conflicts": 0}
    assert snapshot(b) == before


def test_any_order_gives_the_same_project(world):
    (a, b, c), clocks, base, places = world
    tmp = places[0]
    shared = add_note(a, "Gemensam lapp")
    bundles = [export(a, tmp, "a0")]
    MergeService(b).merge(bundles)
    MergeService(c).merge(bundles)
    for clock in clocks:
        clock.advance(minutes=5)
    add_note(a, "Från A")
    edit(a, Note, shared, votes=3)
    clocks[1].advance(minutes=1)
    add_note(b, "Från B", is_quote=True)
    edit(b, Note, shared, is_quote=True)
    edit(c, Note, shared, deleted_at=clocks[2]())
    edit(c, Person, PERSON, role="Planarkitekt")
    bundles = [export(s, tmp, f"s{i}") for i, s in enumerate((a, b, c))]
    results = []
    for n, order in enumerate(itertools.permutations(bundles)):
        target = fresh_target(base, places, f"t{n}")
        for bundle in order:
            MergeService(target).merge([bundle])
        results.append(snapshot(target))
        target.close()
    assert all(r == results[0] for r in results)
    notes = results[0]["rw_note"]
    assert len(notes) == 3
    merged = dict(notes[shared])
    assert merged["votes"] == 3 and merged["is_quote"] is True  # field by field
    assert merged["deleted_at"] is not None  # the tombstone wins over the edits


def test_concurrent_text_edits_keep_both_and_flag_a_conflict(world):
    (a, b, _c), clocks, base, places = world
    tmp = places[0]
    note = add_note(a, "Originaltext")
    MergeService(b).merge([export(a, tmp, "a0")])
    clocks[0].advance(minutes=10)
    clocks[1].advance(minutes=12)
    edit(a, Note, note, text="A:s version <b>&</b> 🙂")
    edit(b, Note, note, text="B:s version")
    ba, bb = export(a, tmp, "a1"), export(b, tmp, "b1")
    MergeService(a).merge([bb])
    MergeService(b).merge([ba])
    for store in (a, b):
        conflicts = ConflictService(store).list()
        assert len(conflicts) == 1
        assert conflicts[0].current == "B:s version"  # the later write is shown
        assert conflicts[0].versions == ("B:s version", "A:s version <b>&</b> 🙂")
        assert conflicts[0].context == "Workshop 1"
    assert snapshot(a) == snapshot(b)
    # resolved on A; the resolution travels and closes the conflict on B
    clocks[0].advance(minutes=30)
    ConflictService(a).resolve("rw_note", note, "text", "A:s version <b>&</b> 🙂 + B:s version")
    assert ConflictService(a).list() == []
    MergeService(b).merge([export(a, tmp, "a2")])
    assert ConflictService(b).list() == []
    with b.session() as db:
        assert db.get(Note, note).text == "A:s version <b>&</b> 🙂 + B:s version"
    target = fresh_target(base, places, "late")
    for bundle in (bb, ba, export(a, tmp, "a3")):
        MergeService(target).merge([bundle])
    assert ConflictService(target).list() == []
    target.close()


def test_an_edit_made_after_seeing_the_other_is_no_conflict(world):
    (a, b, _c), clocks, _base, (tmp, _make) = world
    note = add_note(a, "v1")
    MergeService(b).merge([export(a, tmp, "a0")])
    clocks[1].advance(minutes=5)
    edit(b, Note, note, text="v2 (B)")
    MergeService(a).merge([export(b, tmp, "b1")])
    clocks[0].advance(minutes=10)
    edit(a, Note, note, text="v3 (A, after B)")
    MergeService(b).merge([export(a, tmp, "a1")])
    for store in (a, b):
        assert ConflictService(store).list() == []
        with store.session() as db:
            assert db.get(Note, note).text == "v3 (A, after B)"


def test_a_resolved_conflict_choosing_the_shown_text_still_closes_everywhere(world):
    (a, b, c), clocks, _base, (tmp, _make) = world
    note = add_note(a, "start")
    base_a = export(a, tmp, "a0")
    MergeService(b).merge([base_a])
    MergeService(c).merge([base_a])
    clocks[0].advance(minutes=1)
    clocks[1].advance(minutes=2)
    edit(a, Note, note, text="A")
    edit(b, Note, note, text="B")
    ba, bb = export(a, tmp, "a1"), export(b, tmp, "b1")
    MergeService(c).merge([ba, bb])
    clocks[2].advance(minutes=10)
    ConflictService(c).resolve("rw_note", note, "text", "B")
    MergeService(a).merge([bb, export(c, tmp, "c1")])
    assert ConflictService(a).list() == []


def test_erasure_always_wins_even_against_an_older_bundle(world):
    (a, b, _c), clocks, _base, (tmp, _make) = world
    old = export(a, tmp, "a-old")  # still holds Anna's name and e-mail
    clocks[1].advance(hours=1)
    edit(b, Person, PERSON, erased=True, name="", email="", role="", phone="")
    clocks[0].advance(hours=2)
    edit(a, Person, PERSON, role="Översiktsplanerare")  # a later, unaware edit
    MergeService(b).merge([old, export(a, tmp, "a-new")])
    with b.session() as db:
        person = db.get(Person, PERSON)
        assert person.erased and person.name == "" and person.email == "" and person.role == ""
    b.close()
    if b.path is not None:  # on a file, the name is gone from the bytes too
        assert b"Anna Lindqvist" not in b.path.read_bytes()


def test_preview_changes_nothing_and_predicts_the_merge(world):
    (a, b, _c), _clocks, _base, (tmp, _make) = world
    for i in range(5):
        add_note(a, f"lapp {i}")
    bundle = export(a, tmp, "a1")
    before, log_before = snapshot(b), MergeService(b).log()
    preview = MergeService(b).preview([bundle])
    assert preview.preview and preview.totals["added"] == 5
    assert snapshot(b) == before and MergeService(b).log() == log_before
    report = MergeService(b).merge([bundle])
    assert report.totals == preview.totals
    if b.path is None:
        assert report.backup is None  # a server is backed up by its own tools
        return
    assert report.backup is not None
    with sqlite3.connect(report.backup) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM rw_note").fetchone()[0] == 0


def test_a_bad_row_rolls_back_the_whole_merge(world):
    (a, b, _c), _clocks, _base, (tmp, _make) = world
    add_note(a, "god lapp")
    path = tmp / "a1.rwbundle"
    write_bundle(a, path)
    manifest, data, photos = unpack(path)
    bad = dict(
        data["rw_note"][0],
        id="22222222-2222-4222-8222-222222222222",
        session_id="33333333-3333-4333-8333-333333333333",
    )
    data["rw_note"].append(bad)
    raw_bundle(path, manifest, data, photos)
    before = snapshot(b)
    log_before = MergeService(b).log()
    with pytest.raises(DamagedBundle, match="refer to rows"):
        MergeService(b).merge([read_bundle(path)])
    assert snapshot(b) == before
    assert MergeService(b).log() == log_before


def test_a_bundle_of_another_project_is_refused_unless_deliberate(world):
    (a, _b, _c), _clocks, _base, (tmp, make) = world
    other = new_project(make("other"), "Skåne", device_id=DEV[3])
    add_note(a, "Halland-lapp")
    bundle = export(a, tmp, "a1")
    before = snapshot(other)
    with pytest.raises(BundleFromOtherProject, match="another project"):
        MergeService(other).merge([bundle])
    assert snapshot(other) == before
    MergeService(other).merge([bundle], allow_other_project=True)
    with other.session() as db:
        sessions = db.scalars(select(Session)).all()
        assert [s.project_id for s in sessions] == [other.project_id]
        assert overview(other).title == "Skåne"
    other.close()


def test_a_session_bundle_carries_what_its_notes_need(tmp_path, project_target):
    a = create_demo(project_target("a"), device_id=DEV[0])
    with a.session() as db:
        workshop = db.scalars(select(Session).where(Session.kind == "workshop")).first()
        with a.unit_of_work() as w:
            w.add(
                Photo(
                    session_id=workshop.id, caption="Väggen", data=b"\x89PNG fake", mime="image/png"
                )
            )
    path = tmp_path / "ws.rwbundle"
    write_bundle(a, path, Scope(kind="sessions", session_ids=(workshop.id,)))
    bundle = read_bundle(path)
    assert [s["id"] for s in bundle.tables["rw_session"]] == [workshop.id]
    assert bundle.tables["rw_actor"] and bundle.tables["rw_theme"]
    empty = create_demo(project_target("b"), device_id=DEV[1])  # another project entirely
    MergeService(empty).merge([bundle], allow_other_project=True)
    with empty.session() as db:
        # the demo has a wall photo of its own; the bundle's one arrived beside it
        photo = db.scalars(select(Photo).where(Photo.caption == "Väggen")).one()
        assert photo.data == b"\x89PNG fake"
    a.close()
    empty.close()
