"""The building blocks every multi-page PDF shares.

A :class:`ReportBuilder` holds the story of one document: headings that feed the
table of contents and the PDF outline, escaped paragraphs, tables that repeat their
header row when they break across pages, and bar charts. ``write`` lays it out on
A4 with a running header and "Page X of Y" and writes the file atomically.

User text is data, never markup: every string goes through :func:`text` before
reportlab's Paragraph sees it (table-of-contents entries too), so ``<img src=…>``
in a note is printed, not fetched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from regworkshop.export.atomic_file import atomic_target
from regworkshop.export.pdf.pdf_fonts import BOLD, FONT, ITALIC, register_fonts

Progress = Callable[[int, int], None]

INK = colors.HexColor("#1F2A36")
MUTED = colors.HexColor("#5B6B7A")
RULE = colors.HexColor("#C9D3DD")
HEAD_BG = colors.HexColor("#E8EEF4")
ACCENT = colors.HexColor("#2E6DA4")
MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADING_STYLES = ("h1", "h2", "h3")
MAX_CHART_LABEL = 38


def text(value: object) -> str:
    """Escape user text for a reportlab Paragraph (markup is never interpreted)."""
    return escape(str(value)).replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report (DejaVu Sans, printed sizes)."""
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, textColor=INK)

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "base": base,
        "body": style("body", spaceAfter=4),
        "small": style("small", fontSize=8, leading=10.5, textColor=MUTED),
        "muted": style("muted", textColor=MUTED),
        "kicker": style("kicker", fontSize=11, leading=14, textColor=MUTED, spaceAfter=4),
        "title": style("title", fontName=BOLD, fontSize=26, leading=31, spaceAfter=10),
        "subtitle": style("subtitle", fontSize=13, leading=17, textColor=MUTED, spaceAfter=14),
        # keepWithNext: a heading never ends a page alone.
        "h1": style(
            "h1",
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,
            textColor=ACCENT,
        ),  # fmt: skip
        "h2": style(
            "h2",
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),  # fmt: skip
        "h3": style(
            "h3",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),  # fmt: skip
        "quote": style(
            "quote", fontName=ITALIC, leftIndent=10, spaceBefore=2, spaceAfter=1
        ),  # fmt: skip
        "source": style(
            "source", fontSize=8, leading=10.5, textColor=MUTED, leftIndent=10, spaceAfter=4
        ),  # fmt: skip
        "bullet": style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1.5),
        "head": style("head", fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": style("cell", fontSize=8.5, leading=11),
        "num": style("num", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "contents": style("contents", fontName=BOLD, fontSize=12.5, leading=16, spaceAfter=4),
        "toc1": style("toc1", fontSize=10.5, leading=15, leftIndent=0, fontName=BOLD),
        "toc2": style("toc2", fontSize=9.5, leading=13, leftIndent=12),
    }


@dataclass(frozen=True)
class DocumentInfo:
    """What the title page, the running header and the PDF metadata say."""

    title: str
    header: str  # the running header on every page but the first
    page_word: str  # "Sida {0} av {1}"
    contents_word: str  # "Innehåll"
    subject: str = ""


class ReportBuilder:
    """Collects the flowables of one document; headings are numbered into the contents."""

    def __init__(self, info: DocumentInfo) -> None:
        self.info = info
        self.st = styles()
        self.story: list[Flowable] = []

    # --- text ---------------------------------------------------------------------------
    def title_page(self, kicker: str, title: str, lines: Sequence[str]) -> None:
        """The first page: kicker, big title, facts, then the table of contents."""
        self.story += [
            Spacer(1, 30 * mm),
            Paragraph(text(kicker), self.st["kicker"]),
            Paragraph(text(title), self.st["title"]),
        ]
        self.story += [Paragraph(text(line), self.st["subtitle"]) for line in lines if line]
        toc = TableOfContents()
        toc.levelStyles = [self.st["toc1"], self.st["toc2"]]
        toc.dotsMinLevel = 0
        self.story += [
            NextPageTemplate("body"),  # pages after the first (the contents' too) get a header
            Spacer(1, 8 * mm),
            Paragraph(text(self.info.contents_word), self.st["contents"]),
            toc,
            PageBreak(),
        ]

    def heading(self, value: str, level: int = 1) -> None:
        style = HEADING_STYLES[min(max(level, 1), 3) - 1]
        if level == 1:
            # A chapter starts on the page only if a few lines still fit below it.
            self.story.append(CondPageBreak(60 * mm))
        self.story.append(Paragraph(text(value), self.st[style]))

    def paragraph(self, value: str, style: str = "body") -> None:
        self.story.append(Paragraph(text(value), self.st[style]))

    def rich(self, parts: Sequence[tuple[str, bool]], style: str = "body") -> None:
        """A paragraph mixing plain and bold runs: [(text, bold), …] (all escaped)."""
        markup = "".join(f"<b>{text(v)}</b>" if bold else text(v) for v, bold in parts)
        self.story.append(Paragraph(markup, self.st[style]))

    def bullets(self, values: Sequence[str]) -> None:
        for value in values:
            self.story.append(Paragraph(text(value), self.st["bullet"], bulletText="•"))

    def notes(self, lines: Sequence[tuple[str, str]]) -> None:
        """Bulleted notes, each followed by its source and votes in small grey type."""
        for value, meta in lines:
            markup = text(value)
            if meta:
                markup += f' <font size="7.5" color="#{MUTED.hexval()[2:]}">— {text(meta)}</font>'
            self.story.append(Paragraph(markup, self.st["bullet"], bulletText="•"))

    def quote(self, value: str, source: str) -> None:
        block = [Paragraph(text(f"”{value}”"), self.st["quote"])]
        if source:
            block.append(Paragraph(text(f"– {source}"), self.st["source"]))
        self.story.append(KeepTogether(block))

    # --- tables and figures -------------------------------------------------------------
    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float] | None = None,
        numeric: Sequence[int] = (),
    ) -> None:
        """A table whose header row repeats on every page it spans."""
        st = self.st
        data: list[list[Paragraph]] = [[Paragraph(text(h), st["head"]) for h in header]]
        for row in rows:
            data.append(
                [
                    Paragraph(text(cell), st["num"] if i in numeric else st["cell"])
                    for i, cell in enumerate(row)
                ]
            )
        col_widths = fit_columns(widths, header, rows, st) if widths else None
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        self.story += [table, Spacer(1, 4 * mm)]

    def bar_chart(self, caption: str, values: Sequence[tuple[str, int]]) -> None:
        """A horizontal bar chart (labels are drawn as strings, never parsed)."""
        if not values:
            return
        self.story.append(KeepTogether([Paragraph(text(caption), self.st["h3"]), _bars(values)]))

    def image(self, data: bytes, caption: str, max_height_mm: float = 120) -> bool:
        """A photo scaled to the text width; returns False when the bytes are no image."""
        try:
            picture = Image(BytesIO(data))
            ratio = picture.imageHeight / max(picture.imageWidth, 1)
        except Exception:  # noqa: BLE001 - a damaged photo is skipped, the export goes on
            return False
        width = TEXT_WIDTH
        height = width * ratio
        if height > max_height_mm * mm:
            height = max_height_mm * mm
            width = height / ratio
        picture.drawWidth, picture.drawHeight = width, height
        block: list[Flowable] = [picture]
        if caption:
            block.append(Paragraph(text(caption), self.st["small"]))
        self.story += [KeepTogether(block), Spacer(1, 4 * mm)]
        return True

    def flowable(self, item: Flowable) -> None:
        self.story.append(item)

    # --- output -------------------------------------------------------------------------
    def write(self, path: Path, progress: Progress | None = None) -> Path:
        """Lay the story out and write it to *path* atomically.

        *progress* is called as flowables are placed; an exception it raises (a
        cancel) stops the build and leaves no file behind.
        """
        path = Path(path)
        with atomic_target(path) as temp:
            doc = _Template(str(temp), self.info, len(self.story), progress)
            doc.multiBuild(
                list(self.story), canvasmaker=numbered_canvas(self.info.title, self.info.page_word)
            )
        return path


def fit_columns(
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    st: dict[str, ParagraphStyle],
) -> list[float]:
    """Column widths (points) near the *widths* asked for, but never narrower than the
    longest word in the column: a header like "Anteckningar" must not break mid-word.
    """
    cell_pad = 12  # reportlab's default cell padding, left and right
    cap = 0.45 * TEXT_WIDTH  # one giant word (a URL) may not take the whole table

    def widest(value: object, style: ParagraphStyle) -> float:
        words = str(value).split()
        return max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0)

    need = []
    for column, title in enumerate(header):
        width = widest(title, st["head"])
        for row in rows:
            if column < len(row):
                width = max(width, widest(row[column], st["cell"]))
        need.append(min(width + cell_pad, cap))
    cols = [max(fraction * TEXT_WIDTH, least) for fraction, least in zip(widths, need, strict=True)]
    excess = sum(cols) - TEXT_WIDTH
    if excess > 0:  # take it from the columns that have room to spare, in proportion
        spare = [c - n for c, n in zip(cols, need, strict=True)]
        total = sum(spare)
        if total > 0:
            cut = min(excess, total)
            cols = [c - cut * room / total for c, room in zip(cols, spare, strict=True)]
    return cols


def _bars(values: Sequence[tuple[str, int]]) -> Drawing:
    font = register_fonts()
    bar_height = 14
    height = bar_height * len(values) + 30
    drawing = Drawing(TEXT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = 62 * mm
    chart.y = 18
    chart.width = TEXT_WIDTH - chart.x - 12 * mm
    chart.height = bar_height * len(values)
    # reportlab draws the first category at the bottom: reverse so the list reads downwards.
    ordered = list(reversed(values))
    chart.data = [[max(int(v), 0) for _label, v in ordered]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _v in ordered]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max((v for _l, v in values), default=0)
    chart.valueAxis.valueMax = max(top, 1) * 1.15
    chart.valueAxis.valueStep = _step(top)
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(label: str) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= MAX_CHART_LABEL else label[: MAX_CHART_LABEL - 1] + "…"


def _step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return max(top // 8, 1)


class _Template(BaseDocTemplate):
    """A4 with a title page, then pages with a running header; headings feed the contents."""

    def __init__(self, filename: str, info: DocumentInfo, size: int, progress: Progress | None):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=info.title,
            author="RegWorkshop",
            subject=info.subject,
            creator="RegWorkshop",
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate("first", [frame]),
                PageTemplate("body", [frame], onPage=self._header),
            ]
        )
        self.info = info
        self._size = max(size, 1)
        self._placed = 0
        self._progress = progress
        self._heading_number = 0

    def _header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 12 * mm, self.info.header[:110])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, PAGE_HEIGHT - 13.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 13.5 * mm)
        canvas.restoreState()

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        self._heading_number = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        self._placed += 1
        if self._progress and self._placed % 25 == 0:
            # multiBuild lays the story out about twice: report half of the work per pass.
            done = min(self._placed, 2 * self._size - 1)
            self._progress(done, 2 * self._size)
        if not isinstance(flowable, Paragraph) or flowable.style.name not in ("h1", "h2"):
            return
        level = 0 if flowable.style.name == "h1" or not self._heading_number else 1
        plain = flowable.getPlainText()
        self._heading_number += 1
        key = f"h{self._heading_number}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(plain, key, level=level, closed=level > 0)
        # The contents renders its entries as Paragraph markup: escape again.
        self.notify("TOCEntry", (level, text(plain), self.page, key))


def numbered_canvas(footer: str, page_word: str) -> type[Canvas]:
    """A canvas class that writes *footer* and "Page X of Y" at the foot of every page."""
    footer_font = register_fonts()

    class NumberedCanvas(Canvas):
        """Draws "Page X of Y" once the number of pages is known."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(footer_font, 8)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, 10 * mm, footer[:110])
                self.drawRightString(
                    PAGE_WIDTH - MARGIN, 10 * mm, page_word.format(self._pageNumber, total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas
