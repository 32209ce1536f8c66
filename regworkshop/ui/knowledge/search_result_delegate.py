"""Paints a hit: its text as rich text with the matches marked, and a line of context."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from regworkshop.ui.knowledge.search_results_model import HtmlRole, MetaRole

PAD = 6
TEXT_LINES = 3
GAP = 4


class SearchResultDelegate(QStyledItemDelegate):
    """Every row has the same height (three lines of text and one of context), so scrolling
    100,000 hits costs nothing more than scrolling a hundred."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * (TEXT_LINES + 1) + 2 * PAD + GAP + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group)
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        line = opt.fontMetrics.lineSpacing()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(rect.width())
        painter.save()
        painter.translate(rect.topLeft())
        # Whole lines only: clip at the last line of text that fits.
        layout = doc.documentLayout()
        block = doc.begin()
        bottom = 0.0
        limit = line * TEXT_LINES + 1
        while block.isValid():
            text_layout = block.layout()
            top = layout.blockBoundingRect(block).top()
            for i in range(text_layout.lineCount()):
                text_line = text_layout.lineAt(i)
                end = top + text_line.y() + text_line.height()
                if end > limit:
                    break
                bottom = end
            block = block.next()
        clip = QRectF(0, 0, rect.width(), bottom)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        meta_colour = opt.palette.color(group)
        meta_colour.setAlphaF(0.7)
        painter.setPen(meta_colour)
        meta_rect = rect.adjusted(0, line * TEXT_LINES + GAP, 0, 0)
        meta = opt.fontMetrics.elidedText(
            index.data(MetaRole) or "", Qt.TextElideMode.ElideRight, meta_rect.width()
        )
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, meta)
        painter.restore()
