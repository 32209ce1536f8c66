"""Insights and lessons: evidence links, breadth arithmetic, sections, order, undo helpers."""

from __future__ import annotations

import pytest

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.services.knowledge.insight_service import Breadth, InsightService
from regworkshop.services.knowledge.matrix_service import MatrixService
from regworkshop.services.knowledge.search_filters import NONE, SearchFilters
from tests.services.knowledge.knowledge_helpers import build_kb


@pytest.fixture
def kb(store):
    return build_kb(store)


@pytest.fixture
def insights(store) -> InsightService:
    return InsightService(store)


def test_breadth_counts_notes_actors_types_and_sessions(insights, kb):
    n = kb.notes
    info = insights.create(
        "Bostäder behövs",
        note_ids=[n["saker"], n["bostad"], n["bostad2"], n["pendling"], n["saker2"]],
    )
    # notes: 5; actors: halmstad, region, varberg = 3; types: municipality, region = 2;
    # sessions: workshop and interview = 2
    assert info.breadth == Breadth(notes=5, actors=3, actor_types=2, sessions=2)


def test_linking_twice_counts_once_and_unlink_restores(insights, kb):
    n = kb.notes
    info = insights.create("A", note_ids=[n["saker"]])
    assert insights.link(info.id, [n["saker"], n["foretag"], n["foretag"]]) == [n["foretag"]]
    assert insights.get(info.id).breadth == Breadth(2, 2, 2, 1)
    assert insights.unlink(info.id, [n["foretag"]]) == [n["foretag"]]
    assert insights.get(info.id).breadth == Breadth(1, 1, 1, 1)
    assert insights.link(info.id, [n["foretag"]]) == [n["foretag"]]
    assert sorted(insights.evidence(info.id)) == sorted([n["saker"], n["foretag"]])


def test_deleted_note_leaves_breadth(store, insights, kb):
    n = kb.notes
    info = insights.create("A", note_ids=[n["saker"], n["pendling"]])
    InterviewService(store).delete_note(n["pendling"])
    assert insights.get(info.id).breadth == Breadth(1, 1, 1, 1)


def test_linking_a_missing_note_changes_nothing(insights, kb):
    info = insights.create("A")
    with pytest.raises(NotFound):
        insights.link(info.id, [kb.notes["saker"], "no-such-note"])
    assert insights.evidence(info.id) == []


def test_validation(insights):
    with pytest.raises(InvalidInput):
        insights.create("   ")
    with pytest.raises(InvalidInput):
        insights.create("x" * 301)
    with pytest.raises(InvalidInput):
        insights.create("A", kind="opinion")
    assert insights.list() == []


def test_lessons_and_insights_listed_apart(insights):
    insights.create("Insikt")
    insights.create("Lärdom", kind="lesson")
    assert [i.title for i in insights.list("lesson")] == ["Lärdom"]
    assert [i.title for i in insights.list()] == ["Insikt", "Lärdom"]


def test_sections_default_to_themes_and_follow_order(insights, kb):
    t = kb.themes
    a = insights.create("A", theme_id=t["challenges"])
    b = insights.create("B", theme_id=t["opportunities"])
    c = insights.create("C", theme_id=t["challenges"])
    d = insights.create("D", section="Sammanfattning")
    sections = insights.sections()
    assert [(s.theme_key or s.title, [i.title for i in s.insights]) for s in sections] == [
        ("challenges", ["A", "C"]),
        ("opportunities", ["B"]),
        ("Sammanfattning", ["D"]),
    ]
    insights.reorder([d.id, b.id, a.id, c.id])
    assert [s.title for s in insights.sections()][0] == "Sammanfattning"


def test_update_delete_restore(insights, kb):
    info = insights.create("A", "text", note_ids=[kb.notes["saker"]])
    before = info.values()
    changed = insights.update(info.id, title="B", text="<b>&</b> 🚆")
    assert changed.text == "<b>&</b> 🚆"
    insights.update(info.id, **before)
    assert insights.get(info.id).title == "A"
    insights.delete(info.id)
    assert insights.list() == []
    assert insights.restore(info.id).breadth.notes == 1


def test_matrix_counts_and_totals(store, kb):
    m = MatrixService(store).matrix()
    t = kb.themes
    assert m.count(t["challenges"], "municipality") == 2
    assert m.count(t["challenges"], "region") == 1
    assert m.count(None, "region") == 1
    assert m.theme_total(t["opportunities"]) == 2
    assert m.type_total("municipality") == 4
    assert m.total == 7
    interviews = MatrixService(store).matrix(SearchFilters(session_kinds=("interview",)))
    assert interviews.total == 2
    assert interviews.counts == {
        (t["opportunities"], "municipality"): 1,
        (t["challenges"], "municipality"): 1,
    }
    assert m.count(NONE, "company") == 0


@pytest.mark.parametrize(
    "filters",
    [
        SearchFilters(),
        SearchFilters(municipalities=("Halmstad",)),
        SearchFilters(session_kinds=("workshop",), min_votes=1),
        SearchFilters(quotes_only=True),
        SearchFilters(actor_types=("region", NONE)),
    ],
)
def test_matrix_agrees_with_search(store, kb, filters):
    from regworkshop.services.knowledge.search_service import SearchService

    assert MatrixService(store).matrix(filters).total == len(
        SearchService(store).note_ids("", filters)
    )
