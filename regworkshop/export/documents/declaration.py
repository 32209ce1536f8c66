"""The declaration of intent (avsiktsförklaring): the parties and their commitments, PDF or Word.

``build_declaration`` reads the project through the services (on the caller's
thread); the writers only render that plain data, so the UI runs them off the GUI
thread. Both formats are composed by one function over the shared builders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from regworkshop.export.documents.followup_words import actor_type, status, w
from regworkshop.export.export_language import language_of
from regworkshop.services.errors import InvalidInput
from regworkshop.services.followup.commitment_service import CommitmentService
from regworkshop.services.followup.followup_service import FollowUpService
from regworkshop.services.project.project_service import overview
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.store.enums import CommitmentStatus
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Party:
    name: str
    kind: str
    commitments: tuple[str, ...]  # worded lines: text, by when, status


@dataclass(frozen=True)
class Declaration:
    language: str
    project_title: str
    printed: date
    forum: str
    cadence: str
    members: tuple[str, ...]
    parties: tuple[Party, ...]


def build_declaration(store: ProjectStore, language: str, today: date) -> Declaration:
    """Gather the parties (actors with commitments, and platform members) and word them."""
    lang = language_of(language)
    platform = FollowUpService(store).platform()
    types = {a.name: a.actor_type for a in ActorService(store).list_actors()}
    by_actor: dict[str, list[str]] = {}
    for c in CommitmentService(store).list():
        if c.status == CommitmentStatus.DROPPED:
            continue
        name = c.actor_name or w(lang, "without_actor")
        line = c.text
        if c.due:
            line += f" ({w(lang, 'by').format(c.due.isoformat())})"
        line += f" – {status(lang, c.status)}"
        by_actor.setdefault(name, []).append(line)
    for member in platform.member_names:
        by_actor.setdefault(member, [])
    info = overview(store)
    parties = tuple(
        Party(name, actor_type(lang, types[name]) if name in types else "", tuple(lines))
        for name, lines in sorted(by_actor.items(), key=lambda kv: kv[0].casefold())
    )
    return Declaration(
        language=lang,
        project_title=info.title,
        printed=today,
        forum=platform.name,
        cadence=platform.cadence,
        members=platform.member_names,
        parties=parties,
    )


def compose(builder, d: Declaration) -> None:
    """Write the declaration into a ReportBuilder or a WordBuilder (their shared methods)."""
    lang = d.language
    builder.heading(w(lang, "declaration"), 1)
    builder.paragraph(w(lang, "declaration_intro").format(d.project_title))
    builder.heading(w(lang, "platform"), 2)
    not_set = w(lang, "not_set")
    builder.rich([(w(lang, "forum") + ": ", True), (d.forum or not_set, False)])
    builder.rich([(w(lang, "cadence") + ": ", True), (d.cadence or not_set, False)])
    builder.rich([(w(lang, "members") + ": ", True), (", ".join(d.members) or not_set, False)])
    builder.heading(w(lang, "parties"), 2)
    if not d.parties:
        builder.paragraph(w(lang, "no_commitments"))
    for party in d.parties:
        builder.rich([(party.name, True), (f" · {party.kind}" if party.kind else "", False)])
        builder.bullets(list(party.commitments) or [w(lang, "member_only")])
    builder.heading(w(lang, "signatures"), 2)
    header = [w(lang, "party"), w(lang, "name"), w(lang, "date"), w(lang, "signature")]
    rows = [[p.name, "", "", ""] for p in d.parties] or [["", "", "", ""]]
    builder.table(header, rows, widths=(0.32, 0.26, 0.14, 0.28))


def write_declaration_pdf(d: Declaration, path: Path, progress: Progress | None = None) -> Path:
    """Render the declaration to a PDF at *path* (written atomically)."""
    from regworkshop.export.pdf.pdf_document import DocumentInfo, ReportBuilder

    title = f"{w(d.language, 'declaration')} – {d.project_title}"
    builder = ReportBuilder(
        DocumentInfo(
            title=title,
            header=title,
            page_word=w(d.language, "page"),
            contents_word=w(d.language, "contents"),
            subject=d.project_title,
        )
    )
    builder.paragraph(d.project_title, "kicker")
    builder.paragraph(w(d.language, "printed").format(d.printed.isoformat()), "muted")
    compose(builder, d)
    return builder.write(Path(path), progress)


def write_declaration_docx(d: Declaration, path: Path, progress: Progress | None = None) -> Path:
    """Write the declaration as a Word document colleagues can edit."""
    from regworkshop.export.docx.docx_document import WordBuilder

    builder = WordBuilder(w(d.language, "declaration"), d.project_title, d.language)
    builder.paragraph(d.project_title, "muted")
    builder.paragraph(w(d.language, "printed").format(d.printed.isoformat()), "muted")
    compose(builder, d)
    if progress:
        progress(1, 1)
    return builder.write(Path(path))


def export_declaration(store: ProjectStore, path: Path, language: str, today: date) -> Path:
    """Write the declaration of intent; the file's suffix (.pdf or .docx) chooses the format."""
    check_suffix(path)
    return write_declaration(build_declaration(store, language, today), path)


def check_suffix(path: Path) -> None:
    """Refuse a file name that is neither .pdf nor .docx (before any work is done)."""
    if Path(path).suffix.lower() not in (".pdf", ".docx"):
        raise InvalidInput(f"{Path(path).name}: the declaration is written as .pdf or .docx")


def write_declaration(d: Declaration, path: Path, progress: Progress | None = None) -> Path:
    """Write *d* as Word if *path* ends in .docx, else as PDF."""
    path = Path(path)
    check_suffix(path)
    if path.suffix.lower() == ".docx":
        return write_declaration_docx(d, path, progress)
    return write_declaration_pdf(d, path, progress)
