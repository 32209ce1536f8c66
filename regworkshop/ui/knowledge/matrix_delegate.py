"""Paints the matrix's thin cells (few or no notes) so gaps in the knowledge base stand out.

qt-material's style sheet overrides the model's colour roles, so the colour is painted here.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyledItemDelegate

from regworkshop.ui.knowledge.matrix_model import THIN, CellRole

THIN_COLOUR = QColor(229, 115, 115, 90)


class MatrixDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        if index.data(CellRole) is not None and int(index.data() or 0) < THIN:
            painter.fillRect(option.rect.adjusted(1, 1, -1, -1), THIN_COLOUR)
        super().paint(painter, option, index)
