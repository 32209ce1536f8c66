"""The agenda handout: one printable page with times, framing questions and organisations.

``build_handout`` reads the session through the services (on the caller's thread);
``write_agenda_pdf`` only renders that plain data, so the UI can run it off the GUI
thread. Every piece of user text is escaped before reportlab sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from regworkshop.export.atomic_file import atomic_target
from regworkshop.export.export_language import kind_name, language_of, long_date, word
from regworkshop.export.pdf.pdf_document import HEAD_BG, INK, MUTED, RULE, numbered_canvas, text
from regworkshop.export.pdf.pdf_fonts import BOLD, FONT, register_fonts
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.project_service import overview
from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.agenda_timing import Slot, clock_text, duration_text
from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]
OVER_BG = colors.HexColor("#FBE3E3")
OVER_INK = colors.HexColor("#A31515")


@dataclass(frozen=True)
class HandoutRow:
    time: str
    title: str
    framing_question: str
    description: str
    minutes: str
    overruns: bool


@dataclass(frozen=True)
class AgendaHandout:
    """Everything the handout prints, already worded in its language."""

    language: str
    project_title: str
    title: str
    kind: str
    when: str
    place: str
    facilitator: str
    note_taker: str
    purpose: str
    organisations: tuple[str, ...]
    rows: tuple[HandoutRow, ...]
    total: str
    overrun: str


def build_handout(
    store: ProjectStore, session_id: str, language: str = "sv", tz: tzinfo | None = None
) -> AgendaHandout:
    """Read a session's agenda and participants and word the handout in *language*."""
    language = language_of(language)
    session = SessionService(store).get(session_id)
    agenda = AgendaService(store).agenda(session_id)
    if not agenda.rows:
        raise InvalidInput("the session has no agenda items to print")
    organisations = ParticipantService(store).organisations(session_id)
    timeline = agenda.timeline
    start = session.starts_at

    def span(slot: Slot) -> str:
        if slot.start is None or slot.end is None:
            return f"{_hm(slot.offset)}–{_hm(slot.offset + slot.minutes)}"
        return f"{clock_text(slot.start, start, tz)}–{clock_text(slot.end, start, tz)}"

    rows = tuple(
        HandoutRow(
            time=span(row.slot),
            title=row.item.title,
            framing_question=row.item.framing_question,
            description=row.item.description,
            minutes=str(row.item.minutes),
            overruns=row.slot.overruns,
        )
        for row in agenda.rows
    )
    if start is None:
        when = word(language, "no_date")
        end_text = _hm(timeline.total_minutes)
    else:
        local = start.astimezone(tz)
        assert timeline.end is not None
        end_text = clock_text(timeline.end, start, tz)
        when = f"{long_date(local, language)}, {clock_text(start, tz=tz)}–{end_text}"
    overrun = ""
    if timeline.overruns and timeline.planned_end is not None:
        overrun = word(language, "overrun").format(
            duration_text(timeline.overrun_minutes), clock_text(timeline.planned_end, start, tz)
        )
    return AgendaHandout(
        language=language,
        project_title=overview(store).title,
        title=session.title,
        kind=kind_name(language, session.kind),
        when=when,
        place=session.place,
        facilitator=session.facilitator,
        note_taker=session.note_taker,
        purpose=session.purpose,
        organisations=tuple(organisations),
        rows=rows,
        total=word(language, "total").format(duration_text(timeline.total_minutes), end_text),
        overrun=overrun,
    )


def _hm(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "base": base,
        "kind": ParagraphStyle("kind", parent=base, fontSize=10, textColor=MUTED, spaceAfter=2),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=20, leading=24, spaceAfter=4
        ),
        "when": ParagraphStyle("when", parent=base, fontSize=11.5, leading=15, spaceAfter=6),
        "label": ParagraphStyle("label", parent=base, textColor=MUTED),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=9, textColor=MUTED),
        "item": ParagraphStyle("item", parent=base, fontName=BOLD, fontSize=10.5, leading=13.5),
        "question": ParagraphStyle("question", parent=base, fontName="DejaVuSans-Oblique"),
        "desc": ParagraphStyle("desc", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "num": ParagraphStyle("num", parent=base, alignment=TA_RIGHT),
        "note": ParagraphStyle("note", parent=base, spaceBefore=6),
        "over": ParagraphStyle("over", parent=base, textColor=OVER_INK, fontName=BOLD),
    }


def _facts(handout: AgendaHandout, st: dict[str, ParagraphStyle]) -> Table | None:
    pairs = [
        (word(handout.language, key), value)
        for key, value in (
            ("place", handout.place),
            ("facilitator", handout.facilitator),
            ("note_taker", handout.note_taker),
            ("purpose", handout.purpose),
        )
        if value
    ]
    organisations = ", ".join(handout.organisations) or word(handout.language, "no_participants")
    pairs.append((word(handout.language, "organisations"), organisations))
    data = [[Paragraph(text(k), st["label"]), Paragraph(text(v), st["base"])] for k, v in pairs]
    table = Table(data, colWidths=[42 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _agenda_table(handout: AgendaHandout, st: dict[str, ParagraphStyle], width: float) -> Table:
    lang = handout.language
    data: list[list] = [
        [
            Paragraph(text(word(lang, "time")), st["head"]),
            Paragraph(text(word(lang, "item")), st["head"]),
            Paragraph(text(word(lang, "minutes")), st["head"]),
        ]
    ]
    for row in handout.rows:
        cell = [Paragraph(text(row.title), st["item"])]
        if row.framing_question:
            cell.append(Paragraph(text(row.framing_question), st["question"]))
        if row.description:
            cell.append(Paragraph(text(row.description), st["desc"]))
        data.append(
            [Paragraph(text(row.time), st["base"]), cell, Paragraph(text(row.minutes), st["num"])]
        )
    time_width = 34 * mm
    minutes_width = 13 * mm
    table = Table(
        data,
        colWidths=[time_width, width - time_width - minutes_width, minutes_width],
        repeatRows=1,
    )
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for index, row in enumerate(handout.rows, start=1):
        if row.overruns:
            style.append(("BACKGROUND", (0, index), (-1, index), OVER_BG))
    table.setStyle(TableStyle(style))
    return table


def write_agenda_pdf(handout: AgendaHandout, path: Path, progress: Progress | None = None) -> Path:
    """Render *handout* to a PDF at *path* (written atomically)."""
    if progress:
        progress(0, 2)
    st = _styles()
    story: list = [
        Paragraph(text(f"{handout.kind} · {word(handout.language, 'agenda')}"), st["kind"]),
        Paragraph(text(handout.title), st["title"]),
        Paragraph(text(handout.when), st["when"]),
    ]
    facts = _facts(handout, st)
    if facts is not None:
        story += [facts, Spacer(1, 5 * mm)]
    width = A4[0] - 36 * mm
    story.append(_agenda_table(handout, st, width))
    story.append(Paragraph(text(handout.total), st["note"]))
    if handout.overrun:
        story.append(Paragraph(text(handout.overrun), st["over"]))
    if progress:
        progress(1, 2)
    with atomic_target(Path(path)) as temp:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=handout.title,
            author="RegWorkshop",
            subject=handout.project_title,
        )
        doc.build(
            story,
            canvasmaker=numbered_canvas(handout.project_title, word(handout.language, "page")),
        )
    if progress:
        progress(2, 2)
    return Path(path)


def export_agenda(
    store: ProjectStore,
    session_id: str,
    path: Path,
    language: str = "sv",
    tz: tzinfo | None = None,
) -> Path:
    """Write a session's agenda handout to *path*."""
    return write_agenda_pdf(build_handout(store, session_id, language, tz), path)
