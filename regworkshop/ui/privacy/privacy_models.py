"""Table models for the privacy view: people with consent, and documents with their status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from regworkshop.services.privacy.privacy_service import PersonPrivacy, RecordInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import consent_name

Index = QModelIndex | QPersistentModelIndex
DUE = QColor("#C62828")


def _consent(value: str) -> str:
    # qt-material's stylesheet overrides item colours, so a refusal is marked in the text.
    return ("✗ " if value == "refused" else "") + consent_name(value)


class _Table(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


class PeopleModel(_Table):
    def headers(self) -> list[str]:
        return [
            tr("Name"),
            tr("Organisation"),
            tr("Store"),
            tr("Quote"),
            tr("Name org."),
            tr("Consent given"),
            tr("Sessions"),
            tr("Notes"),
            tr("Named in"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p: PersonPrivacy = self.rows[index.row()]
        if role == self.IdRole:
            return p.id
        if role == Qt.ItemDataRole.DisplayRole:
            when = p.consent_date.isoformat() if p.consent_date else "—"
            how = f" ({p.consent_how})" if p.consent_how else ""
            return [
                p.name,
                p.organisation,
                _consent(p.consent_store),
                _consent(p.consent_quote),
                _consent(p.consent_name_org),
                when + how,
                str(p.sessions),
                str(p.notes),
                str(p.mentions),
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (2, 3, 4):
            value = (p.consent_store, p.consent_quote, p.consent_name_org)[index.column() - 2]
            return DUE if value == "refused" else None
        return None


class RecordsModel(_Table):
    today = date.today()

    def headers(self) -> list[str]:
        return [
            tr("Document"),
            tr("Kind"),
            tr("Date"),
            tr("Status"),
            tr("Diarienummer"),
            tr("Keep until"),
        ]

    def is_due(self, record: RecordInfo) -> bool:
        return record.retain_until is not None and record.retain_until <= self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r: RecordInfo = self.rows[index.row()]
        if role == self.IdRole:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            status = (
                tr("Allmän handling") if r.doc_status == "public_record" else tr("Arbetsmaterial")
            )
            kind = tr("Session") if r.kind == "session" else tr("Insight")
            keep = r.retain_until.isoformat() if r.retain_until else ""
            if self.is_due(r):
                keep += "  " + tr("(due for review)")
            return [
                r.title,
                kind,
                r.when.isoformat() if r.when else "",
                status,
                r.diarienummer,
                keep,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.is_due(r):
            return DUE
        return None
