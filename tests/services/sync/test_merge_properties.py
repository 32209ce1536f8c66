"""Property test: laptops edit at random, swap bundles, and every target converges.

Simulated devices (each with its own project file and its own, skewed clock)
add, edit, move, delete and restore notes, edit and erase people, export
bundles and merge each other's. At the end the bundles are merged into fresh
targets in several random orders, some twice, and all targets must hold the
same logical content; no exported text is lost; erasures and re-imports hold.
"""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from regworkshop.services.project.project_service import new_project
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeService, open_conflicts
from regworkshop.store import stamps
from regworkshop.store.models import Note, Person, Session, Theme
from tests.conftest import FakeClock
from tests.services.sync.merge_helpers import export, snapshot

DEVICES = 3
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


class Laptops(RuleBasedStateMachine):
    @initialize(seed=st.integers(0, 10_000))
    def start(self, seed):
        self.tmp = Path(tempfile.mkdtemp(prefix="rw-merge-"))
        self.rng = random.Random(seed)
        base_time = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
        self.clocks = [FakeClock(base_time + timedelta(seconds=7 * i)) for i in range(DEVICES)]
        ids = [f"00000000-0000-4000-8000-0000000000a{i}" for i in range(DEVICES)]
        first = new_project(self.tmp / "d0.rwproj", "P", device_id=ids[0], clock=self.clocks[0])
        with first.unit_of_work() as db:
            session = Session(project_id=first.project_id, title="Workshop")
            db.add(session)
            for name in ("Anna Lindqvist", "Erik Öberg"):
                db.add(Person(project_id=first.project_id, name=name))
        self.session_id = session.id
        self.base = export(first, self.tmp, "base")
        self.stores = [first] + [
            project_from_bundle(
                self.base, self.tmp / f"d{i}.rwproj", device_id=ids[i], clock=self.clocks[i]
            )[0]
            for i in range(1, DEVICES)
        ]
        self.bundles = [self.base]
        self.erased: set[str] = set()
        self.erased_names: set[str] = set()
        self.counter = 0

    def teardown(self):
        for store in getattr(self, "stores", []):
            store.close()

    # -- helpers -------------------------------------------------------------
    def _tick(self, device: int) -> None:
        self.clocks[device].advance(seconds=self.rng.randint(1, 90))

    def _pick(self, device: int, model, live_only=False):
        with self.stores[device].session() as db:
            stmt = select(model.id).order_by(model.id)
            if live_only:
                stmt = stmt.where(model.deleted_at.is_(None))
            ids = list(db.scalars(stmt))
        return self.rng.choice(ids) if ids else None

    def _edit(self, device: int, model, key, **fields) -> None:
        self._tick(device)
        with self.stores[device].unit_of_work() as db:
            row = db.get(model, key)
            for name, value in fields.items():
                setattr(row, name, value)

    # -- what people do on their laptops -------------------------------------
    @rule(device=st.integers(0, DEVICES - 1), text=TEXT)
    def add_note(self, device, text):
        self._tick(device)
        store = self.stores[device]
        with store.unit_of_work() as db:
            themes = list(db.scalars(select(Theme.id).order_by(Theme.id)))
            self.counter += 1
            db.add(
                Note(
                    session_id=self.session_id,
                    theme_id=self.rng.choice(themes),
                    text=f"{text}#{self.counter}",
                )
            )

    @rule(device=st.integers(0, DEVICES - 1), text=TEXT)
    def edit_note_text(self, device, text):
        key = self._pick(device, Note)
        if key:
            self.counter += 1
            self._edit(device, Note, key, text=f"{text}~{self.counter}")

    @rule(device=st.integers(0, DEVICES - 1), votes=st.integers(0, 9), quote=st.booleans())
    def edit_note_fields(self, device, votes, quote):
        key = self._pick(device, Note)
        if key:
            self._edit(device, Note, key, votes=votes, is_quote=quote)

    @rule(device=st.integers(0, DEVICES - 1))
    def move_note(self, device):
        key = self._pick(device, Note)
        theme = self._pick(device, Theme)
        if key and theme:
            self._edit(device, Note, key, theme_id=theme)

    @rule(device=st.integers(0, DEVICES - 1), restore=st.booleans())
    def delete_or_restore_note(self, device, restore):
        key = self._pick(device, Note)
        if key:
            self._edit(device, Note, key, deleted_at=None if restore else self.clocks[device]())

    @rule(device=st.integers(0, DEVICES - 1), role=TEXT)
    def edit_person(self, device, role):
        key = self._pick(device, Person)
        if key:
            self._edit(device, Person, key, role=role)

    @rule(device=st.integers(0, DEVICES - 1))
    def erase_person(self, device):
        key = self._pick(device, Person)
        if key:
            with self.stores[device].session() as db:
                name = db.get(Person, key).name
            if name:
                self.erased_names.add(name)
            self.erased.add(key)
            self._edit(device, Person, key, erased=True, name="", email="", role="", phone="")

    @rule(device=st.integers(0, DEVICES - 1))
    def export_bundle(self, device):
        self.bundles.append(export(self.stores[device], self.tmp, f"b{len(self.bundles)}"))

    @precondition(lambda self: len(self.bundles) > 1)
    @rule(device=st.integers(0, DEVICES - 1), data=st.data())
    def merge_a_bundle(self, device, data):
        bundle = data.draw(st.sampled_from(self.bundles))
        MergeService(self.stores[device]).merge([bundle])

    @invariant()
    def erasures_hold_on_every_laptop_that_saw_them(self):
        for store in getattr(self, "stores", []):
            with store.session() as db:
                for key in self.erased:
                    person = db.get(Person, key)
                    if person is not None and person.erased:
                        assert person.name == "" and person.email == ""

    # -- the proof ---------------------------------------------------------
    def check_convergence(self):
        finals = [export(s, self.tmp, f"final{i}") for i, s in enumerate(self.stores)]
        every = self.bundles + finals
        results = []
        for n in range(3):
            order = list(every)
            self.rng.shuffle(order)
            order += self.rng.sample(every, k=min(3, len(every)))  # some bundles twice
            target, _ = project_from_bundle(
                order[0],
                self.tmp / f"t{n}.rwproj",
                device_id="00000000-0000-4000-8000-0000000000ff",
            )
            for bundle in order[1:]:
                MergeService(target).merge([bundle])
            results.append(snapshot(target))
            before = results[-1]
            again = MergeService(target).merge(every)
            assert all(o.already_imported for o in again.outcomes)
            assert snapshot(target) == before
            self._no_text_lost(target, every)
            self._erasures_hold(target)
            target.close()
        assert results[1] == results[0]
        assert results[2] == results[0]

    def _no_text_lost(self, target, bundles):
        with target.session() as db:
            conn = db.connection()
            notes = {n.id: n for n in db.scalars(select(Note))}
            shown = {(c.row_id, v.value) for c in open_conflicts(conn) for v in c.others}
            superseded = set()
            for note in notes.values():
                fs = stamps.load(note.field_stamps)
                superseded.update(stamps.field_history(fs, "text"))
            for bundle in bundles:
                for row in bundle.tables.get("rw_note", []):
                    fs = stamps.load(row["field_stamps"])
                    s = stamps.field_stamp(fs, "text", stamps.creation_stamp(row["created_at"]))
                    note = notes[row["id"]]
                    kept = note.text == row["text"] or (row["id"], row["text"]) in shown
                    assert kept or s in superseded or self._ancestor(conn, row["id"], s), (
                        f"lost text {row['text']!r} of note {row['id']}"
                    )

    @staticmethod
    def _ancestor(conn, row_id, stamp):
        from regworkshop.services.sync.merge_service import _versions_of

        return any(stamp in v.history for v in _versions_of(conn, "rw_note", row_id, "text"))

    def _erasures_hold(self, target):
        with target.session() as db:
            for key in self.erased:
                person = db.get(Person, key)
                assert person.erased and person.name == ""
        target.close()  # folds the WAL into the file, so the bytes below are all there is
        raw = target.path.read_bytes()
        for name in self.erased_names:
            assert name.encode() not in raw


def test_laptops_converge():
    """Run the state machine; each run ends with the convergence proof."""

    class Run(Laptops):
        def teardown(self):
            if hasattr(self, "stores"):
                self.check_convergence()
            super().teardown()

    Run.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    Run.TestCase().runTest()
