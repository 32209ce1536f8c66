"""Exports at full size, each against the time reportlab needs for a plain document of the
same text (the floor), and the longest event-loop stall while an export runs on the
task runner.

* Workshop summary of a session with 500 notes (target ≤ 1.5 s).
* Kunskapsunderlag of a project with 20,000 notes and 300 insights (target ≤ 15 s, PDF),
  and the same as Word.
* Notes CSV of the 20,000 notes.

    QT_QPA_PLATFORM=offscreen python bench/exports.py [--notes 20000] [--insights 300]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = [
    "vatten",
    "bostäder",
    "pendling",
    "kollektivtrafik",
    "jordbruksmark",
    "kompetens",
    "energi",
    "hamnen",
    "samverkan",
    "planering",
    "klimat",
    "landsbygd",
    "stationen",
    "förtätning",
    "näringsliv",
    "högskolan",
    "kommunen",
    "regionen",
    "logistik",
    "turism",
]


def build(path: Path, notes: int, insights: int, workshop_notes: int):
    from sqlalchemy import insert

    from regworkshop.services.knowledge.insight_service import InsightService
    from regworkshop.services.project.project_service import new_project
    from regworkshop.services.stakeholders.assessment_service import AssessmentService
    from regworkshop.services.themes.theme_service import ThemeService
    from regworkshop.store.base import new_id
    from regworkshop.store.models import Actor, Cluster, Note, Session

    rng = random.Random(7)
    store = new_project(path, "Regionalt planeringsunderlag (bench)", device_id="bench")
    themes = [t.id for t in ThemeService(store).list()]
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with store.unit_of_work() as db:
        actors = [
            Actor(project_id=store.project_id, name=f"Aktör {i} – Malmö stad",
                  actor_type=("municipality", "region", "company", "business_org")[i % 4],
                  municipality=("Halmstad", "Varberg", "Laholm", "Hylte")[i % 4])
            for i in range(60)
        ]  # fmt: skip
        sessions = [
            Session(project_id=store.project_id, kind=("workshop", "interview")[i % 2],
                    title=f"Möte {i}", starts_at=now + timedelta(days=i))
            for i in range(120)
        ]  # fmt: skip
        db.add_all(actors + sessions)
        db.flush()
        clusters = [
            Cluster(session_id=sessions[0].id, theme_id=themes[i % len(themes)],
                    name=f"Kluster {i}", position=float(i))
            for i in range(20)
        ]  # fmt: skip
        db.add_all(clusters)
        db.flush()
        actor_rows = [(a.id, a.actor_type) for a in actors]
        session_ids = [s.id for s in sessions]
        workshop = sessions[0].id
        cluster_rows = [(c.id, c.theme_id) for c in clusters]
    rows = []
    for n in range(notes):
        actor_id, kind = rng.choice(actor_rows)
        in_workshop = n < workshop_notes
        cluster_id, theme_id = rng.choice(cluster_rows) if in_workshop and n % 3 else (
            None, rng.choice(themes))  # fmt: skip
        rows.append(
            {"id": new_id(), "created_at": now, "updated_at": now, "device_id": "bench",
             "field_stamps": "{}",
             "session_id": workshop if in_workshop else rng.choice(session_ids[1:]),
             "theme_id": theme_id, "cluster_id": cluster_id, "actor_id": actor_id,
             "actor_type": kind, "text": " ".join(rng.choices(WORDS, k=rng.randint(6, 30))),
             "position": float(n), "is_quote": n % 7 == 0,
             "votes": rng.choice((0, 0, 0, 1, 2, 3, 5))}
        )  # fmt: skip
    # Bench data only: a bulk insert (services add notes one by one).
    with store.unit_of_work() as db:
        for start in range(0, len(rows), 10_000):
            db.execute(insert(Note), rows[start : start + 10_000])
    service = InsightService(store)
    ids = [r["id"] for r in rows]
    for i in range(insights):
        service.create(
            f"Insikt {i}: " + " ".join(rng.choices(WORDS, k=6)),
            " ".join(rng.choices(WORDS, k=60)),
            kind="lesson" if i % 10 == 0 else "insight",
            theme_id=themes[i % len(themes)],
            note_ids=rng.sample(ids, 12),
        )
    assessments = AssessmentService(store)
    current = assessments.create_round("Första", now.date())
    for actor_id, _kind in actor_rows:
        assessments.set(current.id, actor_id, rng.uniform(1, 5), rng.uniform(1, 5))
    return store, workshop


def plain_pdf(path: Path, texts: list[str]) -> float:
    """The floor: the same text as plain paragraphs in a reportlab document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from regworkshop.export.pdf.pdf_fonts import register_fonts

    style = ParagraphStyle("p", fontName=register_fonts(), fontSize=9.5, leading=13)
    started = time.perf_counter()
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(t, style) for t in texts])
    return time.perf_counter() - started


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def stall_during(fn) -> tuple[float, float]:
    """Run *fn* on the task runner; return (seconds, longest gap between 5 ms ticks)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from regworkshop.ui.shell.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    loop = QEventLoop()
    # Warm up: the first turns of an event loop load fonts and plugins (as at app start).
    QTimer.singleShot(100, loop.quit)
    loop.exec()
    clock = QElapsedTimer()
    clock.start()
    gaps = [0]
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    runner.start(lambda control: fn(control.progress), lambda _r: loop.quit(),
                 lambda exc: (print("failed:", exc), loop.quit()))  # fmt: skip
    loop.exec()
    timer.stop()
    del app
    return time.perf_counter() - started, gaps[0] / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--insights", type=int, default=300)
    parser.add_argument("--workshop-notes", type=int, default=500)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from regworkshop.export.documents.knowledge_report import build_report, write_report
    from regworkshop.export.documents.workshop_summary import build_summary, write_summary_pdf
    from regworkshop.export.tables.csv_export import export_notes_csv

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.perf_counter()
        store, workshop = build(out / "bench.rwproj", args.notes, args.insights,
                                args.workshop_notes)  # fmt: skip
        print(f"built {args.notes} notes, {args.insights} insights in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip

        summary = build_summary(store, workshop, "sv")
        texts = [n.text for t in summary.themes for c in t.clusters for n in c.notes]
        texts += [n.text for t in summary.themes for n in t.loose]
        seconds = timed(lambda: write_summary_pdf(build_summary(store, workshop, "sv"),
                                                  out / "summary.pdf"))  # fmt: skip
        floor = plain_pdf(out / "plain-summary.pdf", texts)
        print(f"workshop summary, {len(texts)} notes: {seconds:.2f} s (target 1.5 s); "
              f"plain reportlab floor {floor:.2f} s; ratio {seconds / floor:.1f}x")  # fmt: skip

        report = build_report(store, "sv")
        seconds = timed(lambda: write_report(build_report(store, "sv"), out / "report.pdf"))
        texts = [
            part
            for section in report.sections + report.lessons
            for insight in section.insights
            for part in (insight.title, insight.text, insight.breadth,
                         *(q for pair in insight.quotes for q in pair))
        ]  # fmt: skip
        texts += [" ".join(map(str, row)) for row in report.sessions]
        floor = plain_pdf(out / "plain-report.pdf", texts)
        print(f"kunskapsunderlag PDF, {args.notes} notes / {args.insights} insights: "
              f"{seconds:.2f} s (target 15 s); plain reportlab floor {floor:.2f} s; "
              f"ratio {seconds / floor:.1f}x")  # fmt: skip
        seconds = timed(lambda: write_report(build_report(store, "sv"), out / "r.docx", "docx"))
        print(f"kunskapsunderlag Word: {seconds:.2f} s")
        seconds = timed(lambda: export_notes_csv(store, out / "notes.csv", "sv"))
        print(f"notes CSV, {args.notes} notes: {seconds:.2f} s")

        def report_task(progress):
            return write_report(build_report(store, "sv"), out / "task.pdf", "pdf", progress)

        seconds, stall = stall_during(report_task)
        print(f"kunskapsunderlag on the task runner: {seconds:.2f} s; longest event-loop "
              f"stall {stall * 1000:.0f} ms (target 50 ms)")  # fmt: skip
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
