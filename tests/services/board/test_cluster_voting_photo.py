"""Clusters, dot voting rounds and photos of paper walls, with their undo operations."""

from __future__ import annotations

import pytest

from regworkshop.services.board.cluster_service import ClusterService
from regworkshop.services.board.note_service import NoteService
from regworkshop.services.board.photo_service import PhotoService
from regworkshop.services.board.voting_service import VotingService
from regworkshop.services.errors import InvalidInput
from tests.services.board.board_helpers import make_board

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def board(store):
    return make_board(store)


def test_group_rename_collapse_ungroup_restore(store, board):
    notes, clusters = NoteService(store), ClusterService(store)
    a, b = board.themes
    ids = [notes.capture(board.session_id, a, t).id for t in ("buss", "tåg")]
    far = notes.capture(board.session_id, b, "cykel").id
    cluster = clusters.group(board.session_id, a, " Kollektivtrafik ", [*ids, far])
    assert cluster.name == "Kollektivtrafik"
    assert {n.cluster_id for n in notes.list(board.session_id)} == {cluster.id}
    assert notes.get(far).theme_id == a
    assert clusters.rename(cluster.id, "Resor").name == "Resor"
    assert clusters.set_collapsed(cluster.id, True).collapsed
    members = clusters.ungroup(cluster.id)
    assert sorted(members) == sorted([*ids, far])
    assert clusters.list(board.session_id) == []
    assert {n.cluster_id for n in notes.list(board.session_id)} == {None}
    clusters.restore(cluster.id, members)
    assert [c.name for c in clusters.list(board.session_id)] == ["Resor"]
    with pytest.raises(InvalidInput):
        clusters.group(board.session_id, a, "tom", [])


def test_voting_round_totals_rank_and_undo(store, board):
    notes, voting = NoteService(store), VotingService(store)
    a = board.themes[0]
    n1, n2, n3 = (notes.capture(board.session_id, a, t).id for t in ("ett", "två", "tre"))
    first = voting.start(board.session_id, "Före diskussion", 3)
    assert first.participants == 1 and first.budget == 3
    with pytest.raises(InvalidInput):
        voting.start(board.session_id, "Två öppna", 3)
    assert voting.vote(first.id, n1, 1) == 1
    assert voting.vote(first.id, n2, 2) == 2
    with pytest.raises(InvalidInput):
        voting.vote(first.id, n3, 1)  # the room's three dots are used
    with pytest.raises(InvalidInput):
        voting.vote(first.id, n3, -1)
    assert [(r.note_id, r.votes, r.rank) for r in voting.results(first.id)] == [
        (n2, 2, 1),
        (n1, 1, 2),
    ]
    assert voting.vote(first.id, n2, -1) == 1
    assert {r.rank for r in voting.results(first.id)} == {1}
    voting.end(first.id)
    with pytest.raises(InvalidInput):
        voting.vote(first.id, n1, 1)
    second = voting.start(board.session_id, "Efter diskussion", 2)
    voting.vote(second.id, n1, 2)
    assert notes.get(n1).votes == 3  # totals over the session's rounds
    assert [r.name for r in voting.list(board.session_id)] == [
        "Före diskussion",
        "Efter diskussion",
    ]
    voting.delete(second.id)
    assert notes.get(n1).votes == 1
    voting.restore(second.id)
    assert notes.get(n1).votes == 3
    voting.reopen(first.id)
    assert voting.current(board.session_id) is not None
    with pytest.raises(InvalidInput):
        voting.start(board.session_id, "x", 0)


def test_photos_are_stored_in_the_project(store, board):
    photos = PhotoService(store)
    info = photos.add(board.session_id, PNG, "Väggen efter pass 1")
    assert info.mime == "image/png" and info.size == len(PNG)
    assert photos.data(info.id) == PNG
    photos.caption(info.id, "Väggen  efter pass 2")
    assert [p.caption for p in photos.list(board.session_id)] == ["Väggen efter pass 2"]
    photos.delete(info.id)
    assert photos.list(board.session_id) == []
    photos.restore(info.id)
    assert len(photos.list(board.session_id)) == 1
    with pytest.raises(InvalidInput):
        photos.add(board.session_id, b"not a picture")
