"""`regworkshop search` and `regworkshop insights`: the knowledge base from the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date

from regworkshop.cli.shared import EXIT_OK
from regworkshop.services.errors import InvalidInput
from regworkshop.services.knowledge.insight_service import InsightService
from regworkshop.services.knowledge.search_filters import SearchFilters
from regworkshop.services.knowledge.search_service import SearchService
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project


def add_parser(sub) -> None:
    """Add `search` and `insights` to the main parser's subcommands."""
    p = sub.add_parser(
        "search",
        help="search the notes of a project (full text and filters)",
        description='Words must all occur; word* is a prefix; "a phrase" is a phrase. '
        "Å, ä and ö are letters of their own.",
    )
    p.add_argument("path", help="the project file")
    p.add_argument("query", nargs="?", default="", help="what to search for (empty: all notes)")
    p.add_argument("--actor-type", action="append", default=[], help="e.g. municipality")
    p.add_argument("--municipality", action="append", default=[])
    p.add_argument("--session-kind", action="append", default=[], help="e.g. interview")
    p.add_argument("--from", dest="date_from", help="sessions from this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="sessions up to this date (YYYY-MM-DD)")
    p.add_argument("--quotes", action="store_true", help="quotes only")
    p.add_argument("--min-votes", type=int, default=0)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("insights", help="list insights and lessons with their evidence breadth")
    p.add_argument("path", help="the project file")
    p.add_argument("--kind", choices=("insight", "lesson"))
    p.set_defaults(func=cmd_insights)


def _day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(f"{what}: not a date (use YYYY-MM-DD): {text!r}") from exc


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1 or args.min_votes < 0:
        raise InvalidInput("--limit must be at least 1 and --min-votes at least 0")
    filters = SearchFilters(
        actor_types=tuple(args.actor_type),
        municipalities=tuple(args.municipality),
        session_kinds=tuple(args.session_kind),
        date_from=_day(args.date_from, "--from"),
        date_to=_day(args.date_to, "--to"),
        quotes_only=args.quotes,
        min_votes=args.min_votes,
    )
    store = load_project(args.path, device_id=device_id())
    try:
        page = SearchService(store).search(args.query, filters, limit=args.limit)
    finally:
        store.close()
    if page.hint:
        raise InvalidInput(f"nothing to search for in {args.query!r}: {page.hint}")
    if args.json:
        rows = [
            {
                "id": h.id,
                "text": h.text,
                "actor": h.actor_name,
                "actor_type": h.actor_type,
                "theme": h.theme_name,
                "session": h.session_title,
                "quote": h.is_quote,
                "votes": h.votes,
                "matches": [h.text[a:b] for a, b in h.spans],
            }
            for h in page.hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for h in page.hits:
        marked = h.text
        for a, b in reversed(h.spans):
            marked = f"{marked[:a]}[{marked[a:b]}]{marked[b:]}"
        print(f"{marked}\n    {h.actor_name or '-'} · {h.theme_name or '-'} · {h.session_title}")
    more = " (more: raise --limit)" if page.has_more else ""
    print(f"{len(page.hits)} notes{more}")
    return EXIT_OK


def cmd_insights(args: argparse.Namespace) -> int:
    store = load_project(args.path, device_id=device_id())
    try:
        sections = InsightService(store).sections(args.kind)
    finally:
        store.close()
    for section in sections:
        print(section.title or "-")
        for i in section.insights:
            b = i.breadth
            print(
                f"  {i.title}  [{b.notes} notes, {b.actors} actors, "
                f"{b.actor_types} actor types, {b.sessions} sessions]"
            )
    return EXIT_OK
