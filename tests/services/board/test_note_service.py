"""Notes on the board: capture, edit, attribution, moves, delete and restore, each undoable."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from regworkshop.services.board.note_service import Attribution, NoteService
from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.store.models import Note
from tests.services.board.board_helpers import make_board


@pytest.fixture
def board(store):
    return make_board(store)


@pytest.fixture
def notes(store) -> NoteService:
    return NoteService(store)


def texts(notes: NoteService, session_id: str, theme_id: str) -> list[str]:
    return [n.text for n in notes.list(session_id) if n.theme_id == theme_id]


def test_capture_commits_at_the_end_of_the_theme(store, notes, board):
    a, b = board.themes
    for text in ("Bättre kollektivtrafik", "Fler bredbandsstråk", "Kompetensbrist"):
        notes.capture(board.session_id, a, text)
    notes.capture(board.session_id, b, "Elnätet räcker inte")
    assert texts(notes, board.session_id, a) == [
        "Bättre kollektivtrafik",
        "Fler bredbandsstråk",
        "Kompetensbrist",
    ]
    # A fresh connection sees it: the note was committed when capture returned.
    with store.session() as db:
        assert db.scalar(select(Note.text).where(Note.theme_id == b)) == "Elnätet räcker inte"


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_notes_are_not_stored(notes, board, text):
    with pytest.raises(InvalidInput):
        notes.capture(board.session_id, board.themes[0], text)
    assert notes.count(board.session_id) == 0


def test_awkward_text_is_stored_whole(notes, board):
    long = "å" * 100_000
    odd = "a < b & <c> 🚲 שלום Donaudampfschifffahrtsgesellschaftskapitän\nrad två"
    first = notes.capture(board.session_id, board.themes[0], long)
    second = notes.capture(board.session_id, board.themes[0], "  " + odd + "  ")
    assert notes.get(first.id).text == long
    assert notes.get(second.id).text == odd


def test_attribution_by_actor_or_type_and_its_undo(notes, board):
    note = notes.capture(
        board.session_id, board.themes[0], "Vi behöver mer mark", Attribution(board.actor_id)
    )
    assert note.actor_id == board.actor_id
    before = notes.attribute([note.id], Attribution(actor_type="company"))
    assert notes.get(note.id).actor_type == "company"
    assert notes.get(note.id).actor_id is None
    notes.restore_attributions([note.id], before)
    assert notes.get(note.id).attribution == Attribution(board.actor_id)
    with pytest.raises(InvalidInput):
        notes.attribute([note.id], Attribution(actor_type="martians"))
    with pytest.raises(NotFound):
        notes.attribute([note.id], Attribution(actor_id="nope"))


def test_edit_and_quote(notes, board):
    note = notes.capture(board.session_id, board.themes[0], "Forst")
    assert notes.edit_text(note.id, "Först").text == "Först"
    with pytest.raises(InvalidInput):
        notes.edit_text(note.id, " ")
    assert notes.set_quote(note.id, True).is_quote


def test_move_between_and_within_themes_and_undo(notes, board):
    a, b = board.themes
    ids = [notes.capture(board.session_id, a, t).id for t in ("ett", "två", "tre")]
    other = notes.capture(board.session_id, b, "fyra").id
    before = notes.move([ids[0], ids[2]], b, before_id=other)
    assert texts(notes, board.session_id, b) == ["ett", "tre", "fyra"]
    assert texts(notes, board.session_id, a) == ["två"]
    notes.place(before)
    assert texts(notes, board.session_id, a) == ["ett", "två", "tre"]
    # within a theme: the last to the front, then one to the end
    notes.move([ids[2]], a, before_id=ids[0])
    assert texts(notes, board.session_id, a) == ["tre", "ett", "två"]
    notes.move([ids[2]], a)
    assert texts(notes, board.session_id, a) == ["ett", "två", "tre"]


def test_many_moves_to_the_front_keep_order(notes, board):
    a = board.themes[0]
    ids = [notes.capture(board.session_id, a, str(i)).id for i in range(6)]
    for note_id in ids[1:]:
        notes.move([note_id], a, before_id=notes.list(board.session_id)[0].id)
    assert texts(notes, board.session_id, a) == ["5", "4", "3", "2", "1", "0"]


def test_delete_is_a_tombstone_with_restore(store, notes, board):
    ids = [notes.capture(board.session_id, board.themes[0], t).id for t in ("a", "b")]
    notes.delete(ids)
    assert notes.count(board.session_id) == 0
    with store.session() as db:
        assert db.scalar(select(Note.deleted_at).where(Note.id == ids[0])) is not None
    notes.restore(ids)
    assert [n.id for n in notes.list(board.session_id)] == ids


def test_capture_with_a_given_id_redoes_the_same_note(notes, board):
    first = notes.capture(board.session_id, board.themes[0], "x")
    notes.delete([first.id])
    notes.restore([first.id])
    assert notes.get(first.id).text == "x"


def test_capture_into_a_missing_theme_is_refused(notes, board):
    with pytest.raises(NotFound):
        notes.capture(board.session_id, "missing", "text")
