"""Search over many matches: ranked in tiers by age, every match reached exactly once.

The tier sizes are shrunk (20 newest, then ×2) so a few hundred notes show what
100,000 notes do (see services/search_sql.py for the trade-off).
"""

from __future__ import annotations

import pytest

from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.services.knowledge import search_sql
from regworkshop.services.knowledge.search_filters import SearchFilters
from regworkshop.services.knowledge.search_service import SearchService
from tests.services.knowledge.knowledge_helpers import build_kb

pytestmark = pytest.mark.sqlite_only  # tiers are how FTS5 is asked; PostgreSQL uses ILIKE


@pytest.fixture
def many(store, monkeypatch):
    """130 notes about roads, oldest first; every fifth a quote; one old note the best."""
    monkeypatch.setattr(search_sql, "CANDIDATES", 20)
    monkeypatch.setattr(search_sql, "GROWTH", 2)
    kb = build_kb(store)
    interviews = InterviewService(store)
    ids = []
    for i in range(130):
        text = "vägar vägar vägar vägar" if i == 3 else f"Anteckning {i} om vägarna och vägar"
        note = interviews.add_note(kb.sessions["int"], text=text, is_quote=i % 5 == 0)
        ids.append(note.id)
    return kb.sessions["int"], ids


def all_pages(search: SearchService, text: str, filters=SearchFilters(), size=15) -> list[str]:  # noqa: B008
    out: list[str] = []
    while True:
        page = search.search(text, filters, limit=size, offset=len(out))
        out += [h.id for h in page.hits]
        if not page.has_more:
            return out


def test_pages_reach_every_match_once_in_tier_order(store, many):
    _session, many = many
    search = SearchService(store)
    got = all_pages(search, "vägar")
    assert len(got) == len(set(got)) == 130
    assert got == search.note_ids("vägar")  # "select all" sees the same order
    newest = set(many[-20:])
    assert set(got[:20]) == newest  # the first tier: the 20 newest matches
    assert set(got[20:40]) == set(many[-40:-20])  # then up to the 40 newest
    assert set(got[40:80]) == set(many[-80:-40])  # then up to the 80 newest
    assert many[3] in got[80:]  # the best old note is later, not lost


def test_within_a_tier_the_order_is_bm25(store, many):
    session, _ids = many
    search = SearchService(store)
    best = InterviewService(store).add_note(session, text="vägar vägar vägar vägar vägar").id
    assert search.search("vägar", limit=5).hits[0].id == best


def test_prefix_and_filters_page_through_tiers(store, many):
    _session, many = many
    search = SearchService(store)
    quotes = SearchFilters(quotes_only=True)
    got = all_pages(search, "väg*", quotes, size=4)
    expected = {many[i] for i in range(130) if i % 5 == 0}
    assert len(got) == len(set(got)) and set(got) == expected
    assert search.note_ids("väg*", quotes) == got
    # A page that starts inside a later tier (the ones before are only counted).
    later = search.search("väg*", quotes, limit=3, offset=10)
    assert [h.id for h in later.hits] == got[10:13]


def test_few_matches_need_no_tiers(store, many):
    search = SearchService(store)
    page = search.search("anteckning 7")
    assert [h.text for h in page.hits] == ["Anteckning 7 om vägarna och vägar"]
    assert not page.has_more


def test_narrow_filters_rank_all_their_matches(store, many):
    session, many = many
    search = SearchService(store)
    one_session = SearchFilters(session_ids=(session,))
    page = search.search("vägar", one_session, limit=1)
    assert page.hits[0].id == many[3]  # the best of all, old as it is
    assert len(all_pages(search, "vägar", one_session)) == 130


def test_text_and_filters_agree_with_the_filters_alone(store):
    """The plain-SQL path renders the same filters as the ORM path (used without text)."""
    from datetime import date

    from regworkshop.services.knowledge.search_filters import NONE

    kb = build_kb(store)
    search = SearchService(store)
    every = [
        SearchFilters(actor_types=("municipality",), theme_ids=(kb.themes["challenges"],)),
        SearchFilters(quotes_only=True),
        SearchFilters(municipalities=("Halmstad",)),
        SearchFilters(min_votes=2),
        SearchFilters(actor_ids=(kb.actors["region"],)),
        SearchFilters(session_kinds=("interview",)),
        SearchFilters(session_ids=(kb.sessions["ws"],)),
        SearchFilters(theme_ids=(NONE,)),
        SearchFilters(actor_types=(NONE, "region")),
        SearchFilters(date_from=date(2026, 5, 1), date_to=date(2026, 5, 4)),
        SearchFilters(note_ids=(kb.notes["saker"], kb.notes["bostad"])),
        SearchFilters(note_ids=()),
    ]
    for text in ("säker", "bost*", "pendling", "kommun*", "s*", "cykelväg skolan"):
        matching = {h.id for h in search.search(text, limit=1000).hits}
        for f in every:
            alone = {h.id for h in search.search("", f, limit=1000).hits}
            assert {h.id for h in search.search(text, f, limit=1000).hits} == alone & matching
