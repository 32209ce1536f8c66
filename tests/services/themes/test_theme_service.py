"""Themes: defaults, validation, edits, delete with moving notes, restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from regworkshop.services.errors import InvalidInput, NotFound, ThemeHasNotes
from regworkshop.services.project.project_service import load_project, new_project
from regworkshop.services.themes.theme_service import (
    DEFAULT_THEMES,
    MAX_NAME,
    ThemeService,
    display_name,
)
from regworkshop.store.models import Note, Session, Theme
from tests.conftest import DEVICE

SWEDISH = [
    "Möjligheter",
    "Utmaningar",
    "Strategiskt arbete idag",
    "Förändring över tid",
    "Prioriteringar",
]
ENGLISH = ["Opportunities", "Challenges", "Strategic work today", "Change over time", "Priorities"]
KEYS = ["opportunities", "challenges", "strategy_today", "change_over_time", "priorities"]


@pytest.fixture
def themes(store) -> ThemeService:
    return ThemeService(store)


def add_session(store, title: str = "Workshop 1 – Halmstad") -> str:
    with store.unit_of_work() as db:
        session = Session(project_id=store.project_id, kind="workshop", title=title)
        db.add(session)
        db.flush()
        return session.id


def add_notes(store, session_id: str, theme_id: str | None, *texts: str) -> list[str]:
    with store.unit_of_work() as db:
        notes = [
            Note(session_id=session_id, theme_id=theme_id, text=text, position=float(i))
            for i, text in enumerate(texts)
        ]
        db.add_all(notes)
        db.flush()
        return [note.id for note in notes]


def note_themes(store, note_ids: list[str]) -> set[str | None]:
    with store.session() as db:
        return set(db.scalars(select(Note.theme_id).where(Note.id.in_(note_ids))))


def live_ids(themes: ThemeService) -> list[str]:
    return [t.id for t in themes.list()]


# --- defaults --------------------------------------------------------------------------------


def test_a_new_project_has_the_five_default_themes_in_swedish(themes):
    listed = themes.list()
    assert [t.name for t in listed] == SWEDISH
    assert [t.builtin_key for t in listed] == KEYS
    assert [t.colour for t in listed] == [d.colour for d in DEFAULT_THEMES]
    assert [t.position for t in listed] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert all(t.note_count == 0 and not t.hidden and t.session_id is None for t in listed)


def test_default_themes_are_shown_in_the_users_language(themes):
    listed = themes.list()
    assert [t.label("en") for t in listed] == ENGLISH
    assert [t.label("sv") for t in listed] == SWEDISH


def test_an_english_project_stores_english_names_but_still_translates(project_path, clock):
    store = new_project(project_path, "English", device_id=DEVICE, language="en", clock=clock)
    try:
        listed = ThemeService(store).list()
    finally:
        store.close()
    assert [t.name for t in listed] == ENGLISH
    assert [t.label("sv") for t in listed] == SWEDISH


def test_display_name_of_an_unknown_key_is_the_stored_name():
    assert display_name("Egen rubrik", None, "en") == "Egen rubrik"
    assert display_name("Egen rubrik", "no-such-key", "en") == "Egen rubrik"


def test_renaming_a_default_theme_keeps_the_typed_name_in_both_languages(themes):
    first = themes.list()[0]
    renamed = themes.rename(first.id, "  Chanser   för regionen ")
    assert renamed.name == "Chanser för regionen"
    assert renamed.builtin_key is None
    stored = themes.get(first.id)
    assert stored.builtin_key is None
    assert stored.label("en") == stored.label("sv") == "Chanser för regionen"


def test_rename_can_restore_the_builtin_key_for_undo(themes):
    first = themes.list()[0]
    themes.rename(first.id, "Chanser")
    back = themes.rename(first.id, first.name, builtin_key=first.builtin_key)
    assert back.builtin_key == "opportunities"
    assert themes.get(first.id).label("en") == "Opportunities"


# --- create and validation -----------------------------------------------------------------


def test_create_adds_a_theme_at_the_end(themes, clock):
    info = themes.create("Vatten", "#1e88e5")
    assert info.colour == "#1E88E5"
    assert info.position == 5.0
    assert info.builtin_key is None
    listed = themes.list()
    assert [t.id for t in listed][-1] == info.id
    assert themes.get(info.id) == info


def test_create_with_a_given_id(themes):
    wanted = "11111111-2222-4333-8444-555555555555"
    assert themes.create("Från paketet", theme_id=wanted).id == wanted
    assert themes.get(wanted).name == "Från paketet"


@pytest.mark.parametrize(
    "name",
    ["", "   ", "\t\n ", "x" * (MAX_NAME + 1), " " + "å" * (MAX_NAME + 1) + " "],
    ids=["empty", "spaces", "whitespace", "too-long", "too-long-swedish"],
)
def test_create_refuses_a_bad_name_and_changes_nothing(themes, name):
    before = themes.list()
    with pytest.raises(InvalidInput):
        themes.create(name)
    assert themes.list() == before


def test_a_name_of_exactly_the_maximum_length_is_accepted(themes):
    name = "ö" * MAX_NAME
    assert themes.create(name).name == name


def test_a_long_name_that_fits_after_tidying_spaces_is_accepted(themes):
    name = "a" * (MAX_NAME - 2) + "      b"
    assert themes.create(name).name == "a" * (MAX_NAME - 2) + " b"


@pytest.mark.parametrize(
    "colour",
    ["", "red", "FFE082", "#FFE08", "#FFE0822", "#GGGGGG", "# FFE08", "#FFE082\n", " #FFE082"],
)
def test_create_refuses_a_bad_colour_and_changes_nothing(themes, colour):
    before = themes.list()
    with pytest.raises(InvalidInput):
        themes.create("Vatten", colour)
    assert themes.list() == before


def test_text_with_markup_ampersands_emoji_and_swedish_letters_round_trips(
    themes, project_path, tmp_path
):
    name = "Vatten & <avlopp> \"råvatten\" 'ÅÄÖ åäö' 💧🌊 </b>"
    info = themes.create(name)
    assert info.name == name
    assert themes.get(info.id).name == name
    themes.store.close()
    reopened = load_project(themes.store.target, device_id=DEVICE, backup_dir=tmp_path / "b")
    try:
        stored = ThemeService(reopened).get(info.id)
    finally:
        reopened.close()
    assert stored.name == name
    assert stored.label("en") == name


# --- edits -----------------------------------------------------------------------------------


def test_rename_refuses_an_empty_name(themes):
    first = themes.list()[0]
    with pytest.raises(InvalidInput):
        themes.rename(first.id, "  ")
    assert themes.get(first.id) == first


def test_rename_of_an_unknown_theme_is_not_found(themes):
    with pytest.raises(NotFound):
        themes.rename("no-such-id", "Namn")


def test_recolour(themes, clock):
    first = themes.list()[0]
    later = clock.advance(minutes=3)
    assert themes.recolour(first.id, "#00aa11").colour == "#00AA11"
    assert themes.get(first.id).colour == "#00AA11"
    with themes.store.session() as db:
        assert db.get(Theme, first.id).updated_at == later


def test_recolour_refuses_a_bad_colour(themes):
    first = themes.list()[0]
    with pytest.raises(InvalidInput):
        themes.recolour(first.id, "blå")
    assert themes.get(first.id).colour == first.colour


def test_hidden_themes_are_still_listed_and_can_be_shown_again(themes):
    second = themes.list()[1]
    assert themes.set_hidden(second.id, True).hidden
    listed = themes.list()
    assert len(listed) == 5
    assert [t.hidden for t in listed] == [False, True, False, False, False]
    assert not themes.set_hidden(second.id, False).hidden
    assert not themes.get(second.id).hidden


def test_reorder(themes):
    ids = live_ids(themes)
    themes.reorder(list(reversed(ids)))
    listed = themes.list()
    assert [t.id for t in listed] == list(reversed(ids))
    assert [t.position for t in listed] == [0.0, 1.0, 2.0, 3.0, 4.0]


def test_reorder_with_an_unknown_id_changes_nothing(themes):
    ids = live_ids(themes)
    with pytest.raises(NotFound):
        themes.reorder([ids[4], ids[3], "no-such-id"])
    assert live_ids(themes) == ids


def test_session_themes_are_listed_only_with_their_session(themes, store):
    session_id = add_session(store)
    own = themes.create("Bara i workshopen", session_id=session_id)
    assert own.id not in live_ids(themes)
    with_session = themes.list(session_id)
    assert [t.id for t in with_session][-1] == own.id
    assert with_session[-1].session_id == session_id


# --- note counts, delete and restore ---------------------------------------------------------


def test_note_count_counts_live_notes_only(themes, store):
    first, second = themes.list()[:2]
    session_id = add_session(store)
    ids = add_notes(store, session_id, first.id, "Hamnen", "Vindkraft", "Pendling")
    add_notes(store, session_id, second.id, "Bostadsbrist")
    with store.unit_of_work() as db:
        db.get(Note, ids[0]).deleted_at = store.clock()
    assert themes.get(first.id).note_count == 2
    counts = {t.id: t.note_count for t in themes.list()}
    assert counts[first.id] == 2
    assert counts[second.id] == 1
    assert sum(counts.values()) == 3


def test_deleting_an_empty_theme_tombstones_it(themes, store, clock):
    last = themes.list()[-1]
    when = clock.advance(hours=2)
    assert themes.delete(last.id) == []
    assert last.id not in live_ids(themes)
    with pytest.raises(NotFound):
        themes.get(last.id)
    with store.session() as db:
        row = db.get(Theme, last.id)
        assert row is not None
        assert row.deleted_at == when
        assert row.updated_at == when
        assert row.name == last.name


def test_deleting_a_theme_with_notes_needs_a_target(themes, store):
    first = themes.list()[0]
    session_id = add_session(store)
    ids = add_notes(store, session_id, first.id, "Hamnen", "Vindkraft")
    before = themes.list()
    with pytest.raises(ThemeHasNotes) as info:
        themes.delete(first.id)
    assert info.value.count == 2
    assert info.value.theme_id == first.id
    assert themes.list() == before
    assert note_themes(store, ids) == {first.id}
    with store.session() as db:
        assert db.get(Theme, first.id).deleted_at is None


def test_deleting_a_theme_moves_its_notes_to_the_target(themes, store, clock):
    first, second = themes.list()[:2]
    session_id = add_session(store)
    moving = add_notes(store, session_id, first.id, "Hamnen", "Vindkraft", "Pendling")
    staying = add_notes(store, session_id, second.id, "Bostadsbrist")
    when = clock.advance(minutes=10)
    moved = themes.delete(first.id, move_notes_to=second.id)
    assert sorted(moved) == sorted(moving)
    assert note_themes(store, moving) == {second.id}
    assert themes.get(second.id).note_count == 4
    assert first.id not in live_ids(themes)
    with store.session() as db:
        for note in db.scalars(select(Note).where(Note.id.in_(moving))):
            assert note.updated_at == when
            assert note.device_id == DEVICE
        assert db.get(Note, staying[0]).updated_at < when


def test_moving_notes_to_a_deleted_theme_is_refused_and_changes_nothing(themes, store):
    first, second, third = themes.list()[:3]
    themes.delete(third.id)
    session_id = add_session(store)
    ids = add_notes(store, session_id, first.id, "Hamnen")
    with pytest.raises(NotFound):
        themes.delete(first.id, move_notes_to=third.id)
    with pytest.raises(NotFound):
        themes.delete(first.id, move_notes_to="no-such-id")
    assert note_themes(store, ids) == {first.id}
    assert first.id in live_ids(themes)


def test_restore_brings_back_the_theme_and_its_notes(themes, store):
    first, second = themes.list()[:2]
    session_id = add_session(store)
    moving = add_notes(store, session_id, first.id, "Hamnen", "Vindkraft")
    add_notes(store, session_id, second.id, "Bostadsbrist")
    moved = themes.delete(first.id, move_notes_to=second.id)
    restored = themes.restore(first.id, moved)
    assert restored.note_count == 2
    assert restored.name == first.name
    assert restored.builtin_key == first.builtin_key
    assert note_themes(store, moving) == {first.id}
    assert themes.get(second.id).note_count == 1
    assert live_ids(themes)[0] == first.id
    with store.session() as db:
        assert db.get(Theme, first.id).deleted_at is None


def test_restore_of_an_unknown_theme_is_refused(themes):
    with pytest.raises(InvalidInput):
        themes.restore("no-such-id")
