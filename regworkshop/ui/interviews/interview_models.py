"""Item models of the Interviews area: the interview list, the guide, the notes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from regworkshop.services.interviews.interview_service import (
    GuideQuestion,
    InterviewNote,
    InterviewRow,
)
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, interview_status_name

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole


def status_name(status: str) -> str:
    """Return the interview status's name in the UI language."""
    return interview_status_name(status)


class InterviewListModel(QAbstractTableModel):
    COLUMNS = 4  # date, interviewee and organisation, status, notes

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[InterviewRow] = []

    def set_rows(self, rows: list[InterviewRow]) -> None:
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, session_id: str | None) -> int:
        ids = [r.id for r in self.rows]
        return ids.index(session_id) if session_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = r.starts_at.date().isoformat() if r.starts_at else ""
            who = r.person_name or tr("(no interviewee)")
            if r.actor_name:
                who += f", {r.actor_name}"
            return (when, who, status_name(r.status), r.notes)[index.column()]
        if role == IdRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = f" ({actor_type_name(r.actor_type)})" if r.actor_type else ""
            return f"{r.title}\n{r.actor_name}{kind}"
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Date"), tr("Interviewee"), tr("Status"), tr("Notes"))[section]


class GuideModel(QAbstractListModel):
    """The guide's questions, after a first row for notes outside the guide."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.questions: list[GuideQuestion] = []

    def set_questions(self, questions: list[GuideQuestion]) -> None:
        self.beginResetModel()
        self.questions = questions
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Outside the guide")
            return None
        q = self.questions[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}. {q.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return q.question or q.title
        if role == IdRole:
            return q.id
        return None


class InterviewNotesModel(QAbstractTableModel):
    COLUMNS = 4  # minute, theme, quote, text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notes: list[InterviewNote] = []
        self.theme_names: dict[str, str] = {}
        self.question_numbers: dict[str, int] = {}

    def set_notes(self, notes: list[InterviewNote]) -> None:
        if [n.id for n in notes] == [n.id for n in self.notes]:
            changed = [i for i, (a, b) in enumerate(zip(self.notes, notes, strict=True)) if a != b]
            self.notes = notes
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self.notes = notes
        self.endResetModel()

    def row_of(self, note_id: str | None) -> int:
        ids = [n.id for n in self.notes]
        return ids.index(note_id) if note_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        n = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            minute = "" if n.elapsed_minutes is None else f"{n.elapsed_minutes:.0f}′"
            question = self.question_numbers.get(n.agenda_item_id or "")
            if question:
                minute = f"{question}. {minute}".strip()
            theme = self.theme_names.get(n.theme_id or "", "")
            quote = tr("Quote") if n.is_quote else ""
            return (minute, theme, quote, n.text.replace("\n", " ")[:300])[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return n.text[:2000]
        if role == IdRole:
            return n.id
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Min"), tr("Theme"), tr("Quote"), tr("Note"))[section]
