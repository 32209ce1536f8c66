"""The capture bar under the board: the note field, the theme it goes to, and who said it.

Enter stores the note, Shift+Enter breaks the line; Alt+1…9 picks the theme;
Alt+A jumps to the attribution field, which completes over the session's
participants and the kinds of organisation (Enter there goes back to the note).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from regworkshop.services.board.note_service import NO_ATTRIBUTION, Attribution
from regworkshop.ui.shell.i18n import tr


class CaptureEdit(QPlainTextEdit):
    """A note field: Enter submits, Shift+Enter is a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        super().keyPressEvent(event)


class CaptureBar(QWidget):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.edit = CaptureEdit()
        self.edit.setObjectName("captureEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.submitted.connect(self.submitted)
        self.theme = QComboBox()
        self.theme.setObjectName("captureTheme")
        self.theme.setMinimumContentsLength(12)
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.who = QLineEdit()
        self.who.setObjectName("captureWho")
        self.who.setClearButtonEnabled(True)
        self.who.setMinimumWidth(180)
        self.who_options: dict[str, Attribution] = {}
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(self.completer)
        self.who.returnPressed.connect(self.edit.setFocus)
        self.theme_label = QLabel()
        self.theme_label.setBuddy(self.theme)
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who)
        self.hint = QLabel()
        self.hint.setObjectName("hintText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        side = QWidget()
        grid = QHBoxLayout(side)
        grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 3)
        for widget in (self.theme_label, self.theme, self.who_label, self.who):
            grid.addWidget(widget)
        layout.addWidget(side, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            tr("Type a note and press Enter (Shift+Enter: new line; N or Ctrl+Enter: back here)")
        )
        self.theme_label.setText(tr("T&heme:"))
        self.who_label.setText(tr("Sa&id by:"))
        self.who.setPlaceholderText(tr("Organisation or kind (Alt+A)"))
        self.theme.setToolTip(tr("Alt+1 … Alt+9 pick the theme"))

    def set_themes(self, themes: list[tuple[str, str]]) -> None:
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        for number, (theme_id, label) in enumerate(themes, start=1):
            text = f"{number}  {label}" if number <= 9 else label
            self.theme.addItem(text, theme_id)
        found = self.theme.findData(current)
        self.theme.setCurrentIndex(found if found >= 0 else 0)
        self.theme.blockSignals(False)

    def theme_id(self) -> str | None:
        return self.theme.currentData()

    def pick_theme(self, number: int) -> None:
        if 0 <= number < self.theme.count():
            self.theme.setCurrentIndex(number)

    def select_theme(self, theme_id: str) -> None:
        found = self.theme.findData(theme_id)
        if found >= 0:
            self.theme.setCurrentIndex(found)

    def set_people(self, options: dict[str, Attribution]) -> None:
        self.who_options = options
        self.completer.model().setStringList(list(options))

    def attribution(self) -> Attribution | None:
        """The chosen attribution; None if the typed text matches nothing."""
        text = self.who.text().strip()
        if not text:
            return NO_ATTRIBUTION
        if text in self.who_options:
            return self.who_options[text]
        folded = text.casefold()
        hits = [key for key in self.who_options if folded in key.casefold()]
        return self.who_options[hits[0]] if len(hits) == 1 else None

    def focus_note(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
