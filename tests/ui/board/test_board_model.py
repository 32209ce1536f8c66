"""The column model's sync: the smallest signals, and always the rows it was given."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from regworkshop.services.board.note_service import NoteInfo
from regworkshop.ui.board.board_column_model import NoteColumnModel
from regworkshop.ui.board.board_state import BoardState, row_key


def note(n: int, text: str = "") -> NoteInfo:
    return NoteInfo(
        f"n{n}",
        "s",
        "t",
        None,
        text or f"lapp {n}",
        None,
        None,
        None,
        float(n),
        False,
        0,
        datetime(2026, 3, 10, tzinfo=UTC),
    )


def test_random_syncs_end_with_the_given_rows(qtmodeltester, qtbot):
    model = NoteColumnModel(BoardState(), "t")
    qtmodeltester.check(model)
    rng = random.Random(5)
    pool = [note(n) for n in range(60)]
    for _ in range(150):
        rows = rng.sample(pool, rng.randint(0, 40))
        if rng.random() < 0.5:
            rows.sort(key=lambda r: r.position)
        if rows and rng.random() < 0.3:
            rows[0] = note(int(rows[0].id[1:]), "ändrad text")
        model.sync(rows)
        assert [row_key(r) for r in model.rows] == [row_key(r) for r in rows]
        assert model.rowCount() == len(rows)
    qtmodeltester.check(model)


def test_an_insert_in_the_middle_is_one_insert_signal(qtbot):
    model = NoteColumnModel(BoardState(), "t")
    model.sync([note(1), note(3)])
    inserted, moved = [], []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.layoutChanged.connect(lambda *_a: moved.append(True))
    model.sync([note(1), note(2), note(3)])
    assert inserted == [(1, 1)] and not moved
