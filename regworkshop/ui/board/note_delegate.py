"""Paints a note as a sticky card (and a cluster as a header card) at one fixed height.

Every row has the same height, so the list views can use uniform item sizes and
lay out thousands of notes without asking each one. Long text is clipped to the
card; the tooltip and the editor show all of it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QStyledItemDelegate, QWidget

from regworkshop.services.board.note_service import NoteInfo
from regworkshop.ui.board.board_state import BoardState
from regworkshop.ui.shell.i18n import tr

TEXT_LINES = 3
# Painting a 100,000-character note only needs what fits on a card.
PAINT_CHARS = 600
INK = QColor("#1A1A1A")
SOFT_INK = QColor("#3C3C3C")


class NoteDelegate(QStyledItemDelegate):
    def __init__(self, state: BoardState, scale: float = 1.0, lines: int = TEXT_LINES, parent=None):
        super().__init__(parent)
        self.state = state
        self.scale = scale
        self.lines = lines
        self.colour = "#FFE082"

    def fonts(self, base: QFont) -> tuple[QFont, QFont]:
        text = QFont(base)
        small = QFont(base)
        if base.pointSizeF() > 0:  # a style sheet may have set the size in pixels instead
            text.setPointSizeF(max(base.pointSizeF(), 9.0) * self.scale)
            small.setPointSizeF(text.pointSizeF() * 0.82)
        else:
            text.setPixelSize(max(1, round(max(base.pixelSize(), 12) * self.scale)))
            small.setPixelSize(max(1, round(text.pixelSize() * 0.82)))
        return text, small

    def sizeHint(self, option, index: QModelIndex) -> QSize:  # noqa: N802
        text, small = self.fonts(option.font)
        lines = QFontMetrics(text).lineSpacing() * self.lines
        footer = QFontMetrics(small).lineSpacing()
        pad = int(8 * self.scale)
        return QSize(int(180 * self.scale), lines + footer + pad * 3)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        row = index.data(index.model().RowRole)
        colour = getattr(index.model(), "colour", self.colour)
        pad = int(8 * self.scale)
        rect = option.rect.adjusted(pad // 2, pad // 4, -pad // 2, -pad // 4)
        text_font, small_font = self.fonts(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(row, NoteInfo):
            painter.setBrush(QColor(colour).lighter(112))
        else:
            painter.setBrush(QColor(colour).darker(118))
        edge = option.palette.highlight().color() if selected else QColor(0, 0, 0, 60)
        painter.setPen(QPen(edge, 3 if selected else 1))
        painter.drawRoundedRect(rect, 4, 4)
        inner = rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        painter.setPen(INK)
        painter.setFont(text_font)
        small = QFontMetrics(small_font).lineSpacing()
        body = QRect(inner.left(), inner.top(), inner.width(), inner.height() - small)
        if isinstance(row, NoteInfo):
            self._paint_note(painter, row, body, inner, small_font, small)
        else:
            bold = QFont(text_font)
            bold.setBold(True)
            painter.setFont(bold)
            size = self.state.cluster_size(row.id)
            mark = "▸" if row.collapsed else "▾"
            name = row.name or tr("Cluster")
            painter.drawText(
                body,
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter,
                f"{mark} {name}",
            )
            painter.setFont(small_font)
            painter.setPen(SOFT_INK)
            painter.drawText(inner, Qt.AlignmentFlag.AlignBottom, tr("{0} notes").format(size))
        painter.restore()

    def _paint_note(self, painter, note: NoteInfo, body, inner, small_font, small) -> None:
        text = note.text[:PAINT_CHARS]
        if note.is_quote:
            text = f"“{text}”"
        painter.setClipRect(body)
        painter.drawText(body, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, text)
        painter.setClipping(False)
        painter.setFont(small_font)
        painter.setPen(SOFT_INK)
        footer = QRect(inner.left(), inner.bottom() - small, inner.width(), small)
        who = self.state.attribution_label(note)
        dots = self.state.round_counts.get(note.id, 0)
        right = "●" * min(dots, 8) + (f" {dots}" if dots else "")
        if len(note.text) > PAINT_CHARS // 2:
            right = (tr("{0} chars").format(len(note.text)) + "  " + right).strip()
        metrics = QFontMetrics(small_font)
        right_width = metrics.horizontalAdvance(right) + (pad := 6)
        left = metrics.elidedText(who, Qt.TextElideMode.ElideRight, footer.width() - right_width)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        if right:
            painter.drawText(
                footer.adjusted(pad, 0, 0, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                right,
            )

    # -- editing in place ----------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setObjectName("noteEditor")
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        new = editor.toPlainText()
        if new != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, new, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect
        editor.setGeometry(rect.adjusted(0, 0, 0, rect.height() * 2))
