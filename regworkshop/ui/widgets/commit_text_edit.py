"""A multi-line text field that says when the user is done with it (focus leaves it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit


class CommitTextEdit(QPlainTextEdit):
    """Emits ``committed`` with its text when focus leaves it, like QLineEdit.editingFinished."""

    committed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in the rest of the form

    def set_text_quietly(self, text: str) -> None:
        """Show *text* without counting it as the user's edit."""
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)
        self.document().setModified(False)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())
