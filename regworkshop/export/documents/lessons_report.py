"""The lessons-learned report (PDF): the internal evaluations' lessons, grouped by theme,
as Region Skåne compiled "Lärdomar från regionplaneprocessen"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from regworkshop.export.documents.followup_words import w
from regworkshop.export.export_language import language_of
from regworkshop.services.followup.lessons_service import LessonsCompilation, LessonsService
from regworkshop.services.project.project_service import overview
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class LessonsReport:
    language: str
    project_title: str
    printed: date
    compilation: LessonsCompilation


def build_lessons(store: ProjectStore, language: str, today: date) -> LessonsReport:
    """Compile the lessons in *language* (theme names of default themes follow it)."""
    lang = language_of(language)
    return LessonsReport(lang, overview(store).title, today, LessonsService(store).compile(lang))


def write_lessons_pdf(r: LessonsReport, path: Path, progress: Progress | None = None) -> Path:
    """Render the lessons report to a PDF at *path* (written atomically)."""
    from regworkshop.export.pdf.pdf_document import DocumentInfo, ReportBuilder

    lang = r.language
    c = r.compilation
    title = f"{w(lang, 'lessons')} – {r.project_title}"
    b = ReportBuilder(
        DocumentInfo(title, title, w(lang, "page"), w(lang, "contents"), r.project_title)
    )
    evaluations = "; ".join(
        f"{name} {when.date().isoformat()}" if when else name for name, when in c.evaluations
    )
    b.title_page(
        w(lang, "lessons"),
        r.project_title,
        [
            w(lang, "lessons_from").format(len(c.evaluations)),
            evaluations,
            w(lang, "printed").format(r.printed.isoformat()),
        ],
    )
    if not c.groups:
        b.heading(w(lang, "lessons"))
        b.paragraph(w(lang, "no_lessons"))
    for group in c.groups:
        b.heading(group.theme or w(lang, "other_theme"))
        for lesson in group.lessons:
            b.heading(lesson.title, 3)
            if lesson.text:
                b.paragraph(lesson.text)
            if lesson.sources:
                b.paragraph(w(lang, "source").format(", ".join(lesson.sources)), "small")
    if c.loose_notes:
        b.heading(w(lang, "raw_notes"))
        b.paragraph(w(lang, "raw_notes_text"), "muted")
        for group in c.loose_notes:
            b.heading(group.theme or w(lang, "other_theme"), 2)
            b.bullets(list(group.notes))
    return b.write(Path(path), progress)


def export_lessons(store: ProjectStore, path: Path, language: str, today: date) -> Path:
    """Write the lessons-learned report of the project to *path*."""
    return write_lessons_pdf(build_lessons(store, language, today), path)
