"""Agenda framing: order, insertion, time boxes and the time arithmetic built on them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.agenda_timing import (
    MAX_ITEM_MINUTES,
    clock_text,
    countdown_text,
    duration_text,
    lay_out,
)
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.themes.theme_service import ThemeService
from tests.store.helpers import query

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def agenda(store) -> AgendaService:
    return AgendaService(store)


@pytest.fixture
def session_id(store) -> str:
    return SessionService(store).create("Workshop 1", starts_at=NINE, planned_minutes=120).id


def add(agenda, session_id, *items: tuple[str, int]) -> list[str]:
    return [agenda.create(session_id, title, minutes=minutes).id for title, minutes in items]


def starts(agenda, session_id) -> list[tuple[str, str]]:
    return [
        (row.item.title, clock_text(row.slot.start, tz=UTC))
        for row in agenda.agenda(session_id).rows
    ]


# --- the pure arithmetic -------------------------------------------------------------------


def test_lay_out_puts_items_end_to_end():
    timeline = lay_out(NINE, [15, 0, 45, 60], planned_minutes=100)
    assert [s.offset for s in timeline.slots] == [0, 15, 15, 60]
    assert [s.start.strftime("%H:%M") for s in timeline.slots] == [
        "09:00",
        "09:15",
        "09:15",
        "10:00",
    ]
    assert timeline.total_minutes == 120
    assert timeline.end == NINE + timedelta(minutes=120)
    assert timeline.planned_end == NINE + timedelta(minutes=100)
    assert timeline.overrun_minutes == 20 and timeline.overruns
    # Only the item that ends after the planned end is marked.
    assert [s.overruns for s in timeline.slots] == [False, False, False, True]


def test_an_item_ending_exactly_at_the_planned_end_is_not_an_overrun():
    timeline = lay_out(NINE, [60, 60, 0], planned_minutes=120)
    assert [s.overruns for s in timeline.slots] == [False, False, False]
    assert timeline.overrun_minutes == 0 and not timeline.overruns


def test_without_a_start_the_plan_still_knows_offsets_and_overruns():
    timeline = lay_out(None, [30, 30], planned_minutes=45)
    assert timeline.end is None and timeline.planned_end is None
    assert [s.start for s in timeline.slots] == [None, None]
    assert [s.overruns for s in timeline.slots] == [False, True]
    assert lay_out(None, [30]).overrun_minutes == 0  # no planned end, no overrun


def test_past_midnight_the_clock_says_which_day():
    late = datetime(2026, 3, 10, 22, 30, tzinfo=UTC)
    timeline = lay_out(late, [60, 90, 600])
    texts = [clock_text(s.start, late, UTC) for s in timeline.slots]
    assert texts == ["22:30", "23:30", "01:00 (+1)"]
    assert clock_text(timeline.end, late, UTC) == "11:00 (+1)"
    assert clock_text(late + timedelta(days=2), late, UTC) == "22:30 (+2)"


def test_duration_and_countdown_texts():
    assert duration_text(0) == "0 min"
    assert duration_text(45) == "45 min"
    assert duration_text(120) == "2 h"
    assert duration_text(150) == "2 h 30 min"
    assert duration_text(-20) == "−20 min"
    assert countdown_text(300) == "5:00"
    assert countdown_text(299.2) == "5:00"  # a countdown shows 0:00 only when time is up
    assert countdown_text(0.4) == "0:01"
    assert countdown_text(0) == "0:00"
    assert countdown_text(-61) == "+1:01"
    assert countdown_text(600 * 60) == "10:00:00"


# --- items in the store --------------------------------------------------------------------


@pytest.mark.sqlite_only  # reads the project file itself
def test_start_times_follow_insertion_reorder_and_durations(agenda, session_id):
    intro, opps, wrap = add(
        agenda, session_id, ("Inledning", 15), ("Möjligheter", 30), ("Avslut", 15)
    )
    assert starts(agenda, session_id) == [
        ("Inledning", "09:00"),
        ("Möjligheter", "09:15"),
        ("Avslut", "09:45"),
    ]
    # Insert between the first two: everything after it moves on.
    agenda.create(session_id, "Utmaningar", minutes=20, index=1)
    assert starts(agenda, session_id) == [
        ("Inledning", "09:00"),
        ("Utmaningar", "09:15"),
        ("Möjligheter", "09:35"),
        ("Avslut", "10:05"),
    ]
    # A longer time box pushes the later items.
    agenda.update(intro, minutes=25)
    assert starts(agenda, session_id)[1:] == [
        ("Utmaningar", "09:25"),
        ("Möjligheter", "09:45"),
        ("Avslut", "10:15"),
    ]
    # Reorder: the wrap-up first.
    ids = agenda.agenda(session_id).ids
    agenda.reorder(session_id, [wrap, *[i for i in ids if i != wrap]])
    assert starts(agenda, session_id) == [
        ("Avslut", "09:00"),
        ("Inledning", "09:15"),
        ("Utmaningar", "09:40"),
        ("Möjligheter", "10:00"),
    ]
    # A new start for the session moves every item.
    SessionService(agenda.store).update(session_id, starts_at=NINE + timedelta(hours=4))
    assert starts(agenda, session_id)[0] == ("Avslut", "13:00")
    # What the file holds: positions 0..n-1 in the new order.
    rows = query(
        agenda.store.path,
        "SELECT title, position FROM rw_agenda_item WHERE deleted_at IS NULL ORDER BY position",
    )
    assert rows == [("Avslut", 0.0), ("Inledning", 1.0), ("Utmaningar", 2.0), ("Möjligheter", 3.0)]
    assert opps in ids


def test_total_end_and_overrun_against_the_planned_end(agenda, session_id):
    add(agenda, session_id, ("A", 60), ("B", 45))
    plan = agenda.agenda(session_id).timeline
    assert plan.total_minutes == 105 and plan.overrun_minutes == -15 and not plan.overruns
    agenda.create(session_id, "C", minutes=30)
    plan = agenda.agenda(session_id).timeline
    assert plan.total_minutes == 135 and plan.overrun_minutes == 15 and plan.overruns
    assert plan.end == NINE + timedelta(minutes=135)
    assert [row.slot.overruns for row in agenda.agenda(session_id).rows] == [False, False, True]


def test_zero_and_six_hundred_minute_items_are_fine_and_beyond_is_refused(agenda, session_id):
    zero, long = add(agenda, session_id, ("Milstolpe", 0), ("Heldag", MAX_ITEM_MINUTES))
    plan = agenda.agenda(session_id).timeline
    assert plan.total_minutes == 600
    for bad in (-1, MAX_ITEM_MINUTES + 1, 2.5, "30", True):
        with pytest.raises(InvalidInput, match="minutes"):
            agenda.update(zero, minutes=bad)
        with pytest.raises(InvalidInput):
            agenda.create(session_id, "X", minutes=bad)
    assert [i.minutes for i in agenda.list(session_id)] == [0, 600]
    assert long


def test_a_hundred_items(agenda, session_id):
    for n in range(100):
        agenda.create(session_id, f"Punkt {n + 1}", minutes=5)
    plan = agenda.agenda(session_id)
    assert len(plan.rows) == 100
    assert plan.timeline.total_minutes == 500
    assert clock_text(plan.rows[-1].slot.start, NINE, UTC) == "17:15"


def test_titles_are_required_and_tidied(agenda, session_id):
    with pytest.raises(InvalidInput, match="title"):
        agenda.create(session_id, "   ")
    item = agenda.create(session_id, "  Vad   prioriteras?  ", framing_question="  Varför? ")
    assert item.title == "Vad prioriteras?" and item.framing_question == "Varför?"
    with pytest.raises(InvalidInput):
        agenda.update(item.id, title="x" * 301)
    with pytest.raises(InvalidInput, match="no field"):
        agenda.update(item.id, position=3)


def test_reorder_must_name_every_item_once(agenda, session_id):
    a, b = add(agenda, session_id, ("A", 5), ("B", 5))
    with pytest.raises(InvalidInput):
        agenda.reorder(session_id, [a])
    with pytest.raises(InvalidInput):
        agenda.reorder(session_id, [a, a])
    assert agenda.agenda(session_id).ids == [a, b]


def test_delete_and_restore_keep_the_place(agenda, session_id):
    a, b, c = add(agenda, session_id, ("A", 10), ("B", 20), ("C", 30))
    agenda.delete(b)
    assert starts(agenda, session_id) == [("A", "09:00"), ("C", "09:10")]
    with pytest.raises(NotFound):
        agenda.update(b, title="gone")
    agenda.restore(b)
    assert starts(agenda, session_id) == [("A", "09:00"), ("B", "09:10"), ("C", "09:30")]
    assert [a, b, c] == agenda.agenda(session_id).ids


@pytest.mark.sqlite_only  # reads the project file itself
def test_themes_an_item_feeds(agenda, session_id, store):
    themes = ThemeService(store).list()
    own = ThemeService(store).create("Vatten", session_id=session_id)
    other_session = SessionService(store).create("Annan").id
    foreign = ThemeService(store).create("Annat", session_id=other_session)
    item = agenda.create(session_id, "Möjligheter", theme_ids=[themes[0].id])
    assert item.theme_ids == (themes[0].id,)
    item = agenda.set_themes(item.id, [own.id, themes[1].id, themes[0].id])
    assert set(item.theme_ids) == {own.id, themes[1].id, themes[0].id}
    item = agenda.set_themes(item.id, [themes[1].id])
    assert item.theme_ids == (themes[1].id,)
    with pytest.raises(InvalidInput, match="themes"):
        agenda.set_themes(item.id, [foreign.id])
    # Putting a link back revives its row rather than adding another.
    agenda.set_themes(item.id, [themes[0].id, themes[1].id])
    rows = query(
        store.path,
        f"SELECT count(*) FROM rw_agenda_item_theme WHERE agenda_item_id = '{item.id}'",
    )
    assert rows == [(3,)]
    # A deleted theme is no longer listed as fed.
    ThemeService(store).delete(themes[0].id)
    assert agenda.get(item.id).theme_ids == (themes[1].id,)
