"""Run mode with a simulated clock: countdown, pauses, extensions, drift and actual times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.project_service import load_project
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.run_service import RunService
from regworkshop.services.sessions.run_state import FINISHED, NOT_STARTED, PAUSED, RUNNING
from regworkshop.services.sessions.session_service import SessionService
from tests.conftest import DEVICE, FakeClock
from tests.store.helpers import query

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NINE)


@pytest.fixture
def session_id(store) -> str:
    session = SessionService(store).create("Workshop", starts_at=NINE, planned_minutes=60)
    agenda = AgendaService(store)
    for title, minutes in (
        ("Inledning", 10),
        ("Möjligheter", 20),
        ("Utmaningar", 20),
        ("Avslut", 10),
    ):
        agenda.create(session.id, title, minutes=minutes, framing_question=f"{title}?")
    return session.id


@pytest.fixture
def runs(store, clock) -> RunService:
    return RunService(store, clock)


def minutes(m: float) -> float:
    return m * 60.0


def test_before_the_start(runs, session_id, clock):
    state = runs.state(session_id)
    assert state.status == NOT_STARTED
    assert state.current.title == "Inledning" and state.next_item.title == "Möjligheter"
    assert state.remaining_seconds(clock()) == minutes(10)
    assert state.drift_seconds(clock()) == 0
    # Starting late shows up as drift even before the start.
    assert state.drift_seconds(NINE + timedelta(minutes=7)) == minutes(7)
    with pytest.raises(InvalidInput, match="not started"):
        runs.next(session_id)


def test_countdown_pause_and_resume(runs, session_id, clock):
    state = runs.start(session_id)
    assert state.status == RUNNING
    clock.advance(minutes=4)
    assert runs.state(session_id).remaining_seconds(clock()) == minutes(6)
    state = runs.pause(session_id)
    assert state.status == PAUSED
    clock.advance(minutes=30)  # a long interruption: the item's clock stands still
    assert runs.state(session_id).remaining_seconds(clock()) == minutes(6)
    # ...but the schedule drifts: 30 paused minutes push the end.
    assert runs.state(session_id).drift_seconds(clock()) == minutes(30)
    runs.toggle(session_id)  # space bar: resume
    clock.advance(minutes=1)
    state = runs.state(session_id)
    assert state.status == RUNNING and state.remaining_seconds(clock()) == minutes(5)
    assert state.elapsed_seconds(clock()) == minutes(5)


@pytest.mark.sqlite_only  # reads the project file itself
def test_next_records_actual_times_and_the_end(runs, session_id, clock, store):
    runs.start(session_id)
    clock.advance(minutes=12)  # two minutes over
    state = runs.state(session_id)
    assert state.remaining_seconds(clock()) == -minutes(2)
    assert state.drift_seconds(clock()) == minutes(2)
    runs.next(session_id)
    clock.advance(minutes=15)
    runs.next(session_id)
    clock.advance(minutes=20)
    runs.next(session_id)
    clock.advance(minutes=10)
    state = runs.next(session_id)  # after the last item: finished
    assert state.status == FINISHED and state.next_item is None
    assert state.ended_at == NINE + timedelta(minutes=57)
    assert state.drift_seconds(clock()) == -minutes(3)  # three minutes early in the end
    items = AgendaService(store).list(session_id)
    assert [(i.actual_start, i.actual_end) for i in items] == [
        (NINE, NINE + timedelta(minutes=12)),
        (NINE + timedelta(minutes=12), NINE + timedelta(minutes=27)),
        (NINE + timedelta(minutes=27), NINE + timedelta(minutes=47)),
        (NINE + timedelta(minutes=47), NINE + timedelta(minutes=57)),
    ]
    assert [i.spent_seconds for i in items] == [minutes(12), minutes(15), minutes(20), minutes(10)]
    # The file holds the actual times, so the summary can say how the time was spent.
    rows = query(
        store.path,
        "SELECT title, actual_start IS NOT NULL, actual_end IS NOT NULL FROM rw_agenda_item "
        "ORDER BY position",
    )
    assert rows == [(t, 1, 1) for t in ("Inledning", "Möjligheter", "Utmaningar", "Avslut")]
    with pytest.raises(InvalidInput, match="finished"):
        runs.start(session_id)


def test_extend_gives_the_current_item_five_more_minutes(runs, session_id, clock, store):
    runs.start(session_id)
    clock.advance(minutes=9)
    state = runs.extend(session_id)
    assert state.current.extra_minutes == 5
    assert state.remaining_seconds(clock()) == minutes(6)
    assert state.drift_seconds(clock()) == minutes(5)
    state = runs.extend(session_id, -5)  # what an undo does
    assert state.current.extra_minutes == 0
    assert runs.extend(session_id, -5).current.extra_minutes == 0  # never below zero
    assert AgendaService(store).list(session_id)[0].minutes == 10  # the plan is unchanged


def test_previous_goes_back_and_a_mis_pressed_next_leaves_no_trace(runs, session_id, clock, store):
    runs.start(session_id)
    clock.advance(minutes=10)
    runs.next(session_id)
    clock.advance(seconds=3)  # oops
    state = runs.previous(session_id)
    assert state.current.title == "Inledning"
    items = AgendaService(store).list(session_id)
    assert items[1].actual_start is None and items[1].spent_seconds == 0
    assert items[0].actual_end is None  # current again
    # The first item's time keeps counting from where it was.
    assert state.elapsed_seconds(clock()) == minutes(10)
    clock.advance(minutes=2)
    # (the three seconds on the skipped item belong to no item)
    assert runs.state(session_id).elapsed_seconds(clock()) == minutes(12)
    assert runs.previous(session_id).current.title == "Inledning"  # at the first: stays


def test_previous_after_the_end_reopens_the_last_item(runs, session_id, clock):
    runs.start(session_id)
    for _ in range(4):
        clock.advance(minutes=10)
        runs.next(session_id)
    state = runs.previous(session_id)
    assert state.status == PAUSED and state.current.title == "Avslut"
    assert state.current.actual_end is None
    runs.resume(session_id)
    clock.advance(minutes=1)
    assert runs.finish(session_id).status == FINISHED


@pytest.mark.sqlite_only  # reads the project file itself
def test_closing_the_app_mid_session_resumes_where_it_was(store, session_id, clock, project_path):
    runs = RunService(store, clock)
    runs.start(session_id)
    clock.advance(minutes=10)
    runs.next(session_id)
    clock.advance(minutes=5)
    runs.extend(session_id)
    store.close()

    clock.advance(minutes=2)  # the meeting went on while the laptop restarted
    reopened = load_project(project_path, device_id=DEVICE, clock=clock)
    try:
        state = RunService(reopened, clock).state(session_id)
        assert state.status == RUNNING
        assert state.current.title == "Möjligheter" and state.current.extra_minutes == 5
        assert state.remaining_seconds(clock()) == minutes(20 + 5 - 7)
        paused = RunService(reopened, clock).pause(session_id)
    finally:
        reopened.close()
    clock.advance(minutes=60)
    again = load_project(project_path, device_id=DEVICE, clock=clock)
    try:
        state = RunService(again, clock).state(session_id)
        assert state.status == PAUSED
        assert state.remaining_seconds(clock()) == paused.remaining_seconds(clock())
    finally:
        again.close()


def test_reset_and_undo_of_the_reset(runs, session_id, clock, store):
    runs.start(session_id)
    clock.advance(minutes=11)
    runs.extend(session_id)
    runs.next(session_id)
    snapshot = runs.reset(session_id)
    state = runs.state(session_id)
    assert state.status == NOT_STARTED
    assert all(i.actual_start is None and i.extra_minutes == 0 for i in state.items)
    restored = runs.restore(snapshot)
    assert restored.status == RUNNING and restored.current.title == "Möjligheter"
    assert restored.items[0].extra_minutes == 5
    assert restored.items[0].actual_end == NINE + timedelta(minutes=11)


def test_an_empty_agenda_cannot_run(store, clock):
    session = SessionService(store).create("Tomt")
    with pytest.raises(InvalidInput, match="no items"):
        RunService(store, clock).start(session.id)


def test_deleting_the_current_item_moves_on_to_the_first_not_done(runs, session_id, clock, store):
    runs.start(session_id)
    clock.advance(minutes=10)
    state = runs.next(session_id)
    AgendaService(store).delete(state.current.id)
    assert runs.state(session_id).current.title == "Utmaningar"


def test_a_rehearsal_far_from_the_schedule_drifts_from_its_own_start(store, session_id):
    later = FakeClock(NINE + timedelta(days=1))
    runs = RunService(store, later)
    runs.start(session_id)
    later.advance(minutes=15)
    assert runs.state(session_id).drift_seconds(later()) == minutes(5)


def test_a_zero_minute_item_counts_up_at_once(store, clock):
    session = SessionService(store).create("Kort", starts_at=NINE)
    AgendaService(store).create(session.id, "Milstolpe", minutes=0)
    runs = RunService(store, clock)
    runs.start(session.id)
    clock.advance(seconds=30)
    assert runs.state(session.id).remaining_seconds(clock()) == -30
