"""The knowledge base at the size of a large project: 100,000 notes on a real project file.

For a set of typical searches it prints the p95 of our search (parse, the SQL,
one page of 100 hits as frozen dataclasses) next to two raw FTS5 floors run on
the DBAPI connection (same file, same pragmas, no Python per row):

* **shape**: the statements our search runs for the first page, verbatim (the
  two-tier order of services/knowledge/search_sql.py: the threshold query, then the
  ranked page joined to session, actor and theme). This is the like-for-like
  floor; the target is ours <= 2x shape.
* **full rank**: the textbook query ``SELECT rowid … MATCH … ORDER BY rank
  LIMIT 100``, which ranks every match. Printed so the gain of the two-tier
  order (and its cost in exactness, see search_sql.py) is visible.

Then a filter change (the first result page again, as the UI does), a
selective filter (one session), and the theme × actor-type matrix. Each figure
is printed with its floor (the most we accept) and the ratio floor / measured
(above 1 is good). Run it on a quiet machine; the load average is printed.

    python bench/knowledge.py [--notes 100000] [--runs 40]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FLOORS_MS = {"search": 20.0, "filter": 50.0, "matrix": 100.0}
MAX_RAW_RATIO = 2.0
QUERIES = (
    "bostaden",
    "bostäder",  # in no note: the fixed cost of a search
    "kollektivtrafik pendling",
    "säk*",
    '"regionalbuss centrum"',
    "vatten*",
    "hållbarskogsplan",
    "å",  # one of the most frequent words: the worst case, printed for honesty
)
STEMS = [
    "bostad",
    "pendling",
    "kollektivtrafik",
    "säker",
    "vatten",
    "översvämning",
    "kommungräns",
    "cykelväg",
    "skola",
    "kompetens",
    "företag",
    "hamn",
    "godsflöde",
    "energi",
    "klimat",
    "planberedskap",
    "markanvändning",
    "landsbygd",
    "service",
    "handel",
    "turism",
    "arbete",
    "utbildning",
    "vård",
    "omsorg",
    "natur",
    "friluftsliv",
    "jordbruk",
    "skog",
    "väg",
    "tåg",
    "buss",
    "station",
    "centrum",
    "tätort",
    "region",
    "länsstyrelse",
    "näringsliv",
    "bredband",
    "elnät",
    "laddning",
    "vind",
    "sol",
    "dricksvatten",
    "avlopp",
    "kust",
    "å",
    "sjö",
    "åker",
]
SUFFIXES = ["", "en", "er", "erna", "s", "et", "ar", "arna", "ande", "ning", "sfrågor", "splan"]
PREFIXES = ["", "regional", "kommunal", "lokal", "hållbar", "ny", "gemensam", "framtida"]
# A vocabulary of ~4,800 words, drawn Zipf-like as real notes are (a few words often, most rarely).
WORDS = [p + s + x for p in PREFIXES for s in STEMS for x in SUFFIXES]
WEIGHTS = [1 / (rank + 1) for rank in range(len(WORDS))]


FULL_RANK_SQL = "SELECT rowid FROM rw_fts_note WHERE rw_fts_note MATCH :q ORDER BY rank LIMIT 100"
COUNT_SQL = "SELECT count(*) FROM rw_fts_note WHERE rw_fts_note MATCH :q"


def same_shape(raw, expr: str, project_id: str):
    """The first page as our search fetches it: search_sql's statements, verbatim, on the
    DBAPI connection, rows left as tuples (no hits built)."""
    from regworkshop.services.knowledge import search_sql
    from regworkshop.services.knowledge.search_filters import SearchFilters

    return lambda: search_sql.ranked_page(raw, expr, SearchFilters(), project_id, 101, 0)


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]


def median(times: list[float]) -> float:
    return statistics.median(times)


def timed(fn, runs: int) -> list[float]:
    fn()  # warm the caches once, as a user's second search would be
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def timed_together(fns, runs: int, min_seconds: float = 0.3) -> list[list[float]]:
    """Time several functions in turn (a, b, c, a, b, c, …) so load from elsewhere hits
    each alike; fast ones get more samples (at least *runs*, up to *min_seconds*)."""
    for fn in fns:
        fn()
    out: list[list[float]] = [[] for _ in fns]
    started = time.perf_counter()
    while len(out[0]) < runs or (
        time.perf_counter() - started < min_seconds and len(out[0]) < 2000
    ):
        for times, fn in zip(out, fns, strict=True):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
    return out


def build(path: Path, notes: int):
    from sqlalchemy import insert

    from regworkshop.services.project.project_service import new_project
    from regworkshop.services.themes.theme_service import ThemeService
    from regworkshop.store.base import new_id
    from regworkshop.store.models import Actor, Note, Session

    rng = random.Random(6)
    store = new_project(path, "Bench", device_id="bench")
    themes = [t.id for t in ThemeService(store).list()]
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with store.unit_of_work() as db:
        actors = []
        for i in range(60):
            kind = ("municipality", "region", "company", "business_org", "university")[i % 5]
            actor = Actor(
                project_id=store.project_id,
                name=f"Aktör {i}",
                actor_type=kind,
                municipality=("Halmstad", "Varberg", "Laholm", "Hylte")[i % 4],
            )
            db.add(actor)
            actors.append(actor)
        sessions = []
        for i in range(200):
            session = Session(
                project_id=store.project_id,
                kind=("workshop", "interview")[i % 2],
                title=f"Möte {i}",
                starts_at=now + timedelta(days=i),
            )
            db.add(session)
            sessions.append(session)
        db.flush()
        actor_rows = [(a.id, a.actor_type) for a in actors]
        session_ids = [s.id for s in sessions]
    # Bench data only: a bulk insert (the FTS5 triggers still fire for every row).
    rows = []
    for n in range(notes):
        actor_id, kind = rng.choice(actor_rows)
        rows.append(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "device_id": "bench",
                "field_stamps": "{}",
                "session_id": rng.choice(session_ids),
                "theme_id": rng.choice(themes),
                "actor_id": actor_id,
                "actor_type": kind,
                "text": " ".join(rng.choices(WORDS, WEIGHTS, k=rng.randint(6, 30))),
                "position": float(n),
                "is_quote": n % 7 == 0,
                "votes": rng.choice((0, 0, 0, 1, 2, 3, 5)),
            }
        )
    with store.unit_of_work() as db:
        for start in range(0, len(rows), 10_000):
            db.execute(insert(Note), rows[start : start + 10_000])
    return store, themes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["REGWORKSHOP_HOME"] = home
        from regworkshop.services.knowledge.matrix_service import MatrixService
        from regworkshop.services.knowledge.search_filters import SearchFilters
        from regworkshop.services.knowledge.search_query import parse_query
        from regworkshop.services.knowledge.search_service import SearchService

        started = time.perf_counter()
        store, themes = build(Path(home) / "stor.rwproj", args.notes)
        print(f"built {args.notes} notes in {time.perf_counter() - started:.1f} s")
        search = SearchService(store)
        matrix = MatrixService(store)
        ok = True

        pooled = store.engine.raw_connection()
        raw = pooled.driver_connection  # the sqlite3 connection, pragmas as ours
        print(f"load average {os.getloadavg()[0]:.2f} (other work on the machine skews p95)")
        print(
            f"{'search':26} {'matches':>7} {'ours p95':>9} {'shape p95':>9} {'ratio':>6} "
            f"{'full rank':>9} {'ratio':>6} {'floor':>6}"
        )
        for q in QUERIES:
            expr = parse_query(q).fts()
            count = raw.execute(COUNT_SQL, {"q": expr}).fetchone()[0]
            shape = same_shape(raw, expr, store.project_id)

            def full_rank(expr=expr):
                raw.execute(FULL_RANK_SQL, {"q": expr}).fetchall()

            ours_times, shape_times, full_times = timed_together(
                [lambda q=q: search.search(q, limit=100), shape, full_rank], args.runs
            )
            ours, ours_median = p95(ours_times), median(ours_times)
            base, full = p95(shape_times), p95(full_times)
            ratio = ours / base
            good = ours <= FLOORS_MS["search"] and ratio <= MAX_RAW_RATIO
            ok &= good
            print(
                f"{q:26} {count:7} {ours:8.2f}ms {base:8.2f}ms {ratio:5.2f}x {full:8.2f}ms "
                f"{ours / full:5.2f}x {FLOORS_MS['search'] / ours:6.2f}"
                f" (median {ours_median:.2f}ms){'' if good else '  <-- over'}"
            )
        pooled.close()

        filters = [
            SearchFilters(actor_types=("municipality",)),
            SearchFilters(actor_types=("municipality",), quotes_only=True),
            SearchFilters(theme_ids=(themes[0],), min_votes=2),
            SearchFilters(session_kinds=("interview",), municipalities=("Varberg",)),
        ]
        one_session = search.search("", limit=1).hits[0].session_id
        cycle = iter(range(10**9))

        def change_filter(text: str):
            # What the UI does on a filter change: the first page of results again
            # (the matrix is recounted only while its tab is shown; timed below).
            f = filters[next(cycle) % len(filters)]
            return lambda: search.search(text, f, limit=100)

        def filtered_matrix():
            f = filters[next(cycle) % len(filters)]
            matrix.matrix(f.with_(theme_ids=(), actor_types=()))

        session_only = SearchFilters(session_ids=(one_session,))
        for name, label, fn in (
            ("filter", "filter change, 'bostaden'", lambda: change_filter("bostaden")()),
            ("filter", "filter change, 'vatten*'", lambda: change_filter("vatten*")()),
            ("filter", "one session, 'vatten*'", lambda: search.search("vatten*", session_only)),
            ("filter", "one session, 'bostaden'", lambda: search.search("bostaden", session_only)),
            ("matrix", "matrix", lambda: matrix.matrix()),
            ("matrix", "matrix, filtered", filtered_matrix),
        ):
            measured = p95(timed(fn, args.runs))
            good = measured <= FLOORS_MS[name]
            ok &= good
            print(
                f"{label:34} p95 {measured:7.1f}ms floor {FLOORS_MS[name]:.0f}ms "
                f"ratio {FLOORS_MS[name] / measured:5.2f} {'' if good else '  <-- over'}"
            )
        store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
