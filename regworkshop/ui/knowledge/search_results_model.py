"""The knowledge base's result list: one page of hits at a time (fetchMore as it scrolls)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from regworkshop.services.knowledge.search_filters import SearchFilters
from regworkshop.services.knowledge.search_service import NoteHit, SearchPage
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, session_kind_name
from regworkshop.ui.widgets.note_html import highlighted_html

NOTE_IDS_MIME = "application/x-regworkshop-note-ids"
HtmlRole = Qt.ItemDataRole.UserRole + 1
MetaRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole
PAGE = 100

Index = QModelIndex | QPersistentModelIndex


def meta_line(hit: NoteHit, language: str) -> str:
    """The line under a hit: who, which theme, where and when."""
    from regworkshop.services.themes.theme_service import display_name

    parts = []
    if hit.is_quote:
        parts.append(tr("Quote"))
    who = hit.actor_name or tr("No actor")
    if hit.actor_type:
        who += f" ({actor_type_name(hit.actor_type)})"
    parts.append(who)
    parts.append(display_name(hit.theme_name, hit.theme_key, language) or tr("No theme"))
    when = hit.starts_at.date().isoformat() if hit.starts_at else ""
    parts.append(f"{session_kind_name(hit.session_kind)}: {hit.session_title} {when}".strip())
    if hit.votes:
        parts.append(tr("{0} votes").format(hit.votes))
    return " · ".join(parts)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text = ""
        self.filters = SearchFilters()
        self.hits: list[NoteHit] = []
        self.has_more = False
        self.hint = ""
        self.error = ""

    def run(self, text: str, filters: SearchFilters) -> None:
        """Start a new search: the first page is loaded now, the rest as the list scrolls."""
        from regworkshop.services.errors import ServiceError

        self.beginResetModel()
        self.text, self.filters = text, filters
        self.hits, self.has_more, self.hint, self.error = [], False, "", ""
        if self.ctx.services is not None:
            try:
                page = self.ctx.services.search.search(text, filters, limit=PAGE)
            except ServiceError as exc:
                page, self.error = SearchPage((), False), str(exc)
            self.hits = list(page.hits)
            self.has_more = page.has_more
            self.hint = page.hint
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.hits, self.has_more = [], False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.has_more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.has_more or self.ctx.services is None:
            return
        page = self.ctx.services.search.search(
            self.text, self.filters, limit=PAGE, offset=len(self.hits)
        )
        self.has_more = page.has_more
        if page.hits:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(page.hits) - 1)
            self.hits.extend(page.hits)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.text[:2000]
        if role == HtmlRole:
            return highlighted_html(hit.text, hit.spans)
        if role == MetaRole:
            return meta_line(hit, self.ctx.language)
        if role == IdRole:
            return hit.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [NOTE_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The dragged notes' ids, one a line (dropped on an insight they become evidence)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = "\n".join(self.hits[r].id for r in rows if r < len(self.hits))
        data.setData(NOTE_IDS_MIME, QByteArray(ids.encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
