"""Word documents built from real Word parts, so colleagues can restyle them.

Headings use Word's built-in ``Heading 1..3`` styles, lists use ``List Bullet``,
tables use ``Table Grid`` with a header row that repeats on every page. python-docx
writes text as text (never parsed), but characters XML 1.0 cannot hold (most
control characters) are dropped first, or Word would refuse the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from regworkshop.export.atomic_file import atomic_target

Progress = Callable[[int, int], None]
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MUTED = RGBColor(0x5B, 0x6B, 0x7A)


def clean(value: object) -> str:
    """Text as XML 1.0 can carry it (control characters other than tab/newline removed)."""
    return _NOT_XML.sub("", str(value))


class WordBuilder:
    """A python-docx Document with the few parts a report needs."""

    def __init__(self, title: str, subject: str = "", language: str = "sv") -> None:
        self.doc = Document()
        props = self.doc.core_properties
        props.title = clean(title)[:250]
        props.subject = clean(subject)[:250]
        props.author = "RegWorkshop"
        props.language = "sv-SE" if language == "sv" else "en-GB"
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.0)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10.5)
        self._set_language(normal, props.language)

    @staticmethod
    def _set_language(style, tag: str) -> None:
        rpr = style.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), tag)
        rpr.append(lang)

    def title_page(self, kicker: str, title: str, lines: Sequence[str]) -> None:
        self.paragraph(kicker, "muted")
        self.doc.add_heading(clean(title), level=0)
        for line in lines:
            if line:
                self.paragraph(line)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def heading(self, value: str, level: int = 1) -> None:
        self.doc.add_heading(clean(value), level=min(max(level, 1), 3))

    def paragraph(self, value: str, style: str = "body") -> None:
        """A paragraph; the PDF builder's "muted" and "small" styles come out grey here."""
        run = self.doc.add_paragraph().add_run(clean(value))
        if style in ("muted", "small"):
            run.font.color.rgb = MUTED
        if style == "small":
            run.font.size = Pt(8.5)

    def rich(self, parts: Sequence[tuple[str, bool]], style: str = "body") -> None:
        """A paragraph of plain and bold runs: [(text, bold), …]."""
        para = self.doc.add_paragraph()
        for value, bold in parts:
            para.add_run(clean(value)).bold = bold

    def bullets(self, values: Sequence[str]) -> None:
        for value in values:
            self.doc.add_paragraph(clean(value), style="List Bullet")

    def notes(self, lines: Sequence[tuple[str, str]]) -> None:
        """Bulleted notes, each followed by its source in small grey type."""
        for value, meta in lines:
            para = self.doc.add_paragraph(style="List Bullet")
            para.add_run(clean(value))
            if meta:
                run = para.add_run(clean(f" — {meta}"))
                run.font.size = Pt(8.5)
                run.font.color.rgb = MUTED

    def quote(self, value: str, source: str) -> None:
        para = self.doc.add_paragraph(style="Quote")
        para.add_run(clean(f"”{value}”"))
        if source:
            para.add_run(clean(f"\n– {source}")).font.size = Pt(9)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float] | None = None,
        numeric: Sequence[int] = (),
    ) -> None:
        """A Table Grid table; its header row repeats when the table breaks across pages."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        head = table.rows[0]
        for cell, value in zip(head.cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(clean(value)).bold = True
        props = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        props.append(repeat)
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = clean(value)
        self.doc.add_paragraph()

    def image(self, data: bytes, caption: str = "", width_cm: float = 16.5) -> bool:
        """A picture across the text width; returns False when the bytes are no image."""
        try:
            self.doc.add_picture(BytesIO(data), width=Cm(width_cm))
        except Exception:  # noqa: BLE001 - a damaged picture is skipped, the export goes on
            return False
        if caption:
            self.paragraph(caption, "small")
        return True

    def write(self, path: Path, progress: Progress | None = None) -> Path:
        """Save the document to *path* atomically."""
        path = Path(path)
        with atomic_target(path) as temp:
            self.doc.save(str(temp))
        return path
