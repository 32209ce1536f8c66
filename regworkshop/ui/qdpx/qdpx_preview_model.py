"""Table model of a .qdpx import preview: what maps to which rows, and what cannot be mapped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from regworkshop.services.qdpx.qdpx_import_plan import ImportPlan
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import session_kind_name

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PreviewRow:
    what: str
    count: int
    mapped: bool
    detail: str = ""


def _names(items, limit: int = 12) -> str:
    names = [getattr(i, "name", "") or getattr(i, "title", "") for i in items]
    more = len(names) - limit
    return ", ".join(names[:limit]) + (tr(" and {0} more").format(more) if more > 0 else "")


def unmapped_text(key: str) -> str:
    """Say in the UI language what kind of thing could not be mapped."""
    return {
        "person_case": tr("People (cases of persons): not imported; add people in the register"),
        "case_without_name": tr("Cases without a name"),
        "case_code_ref": tr("Codes attached to whole cases"),
        "case_variable": tr("Case variables other than actor type and municipality"),
        "source_exists": tr("Sources already in this project (skipped)"),
        "source_without_text": tr("Text sources whose text is not inside the file"),
        "PictureSource": tr("Picture sources"),
        "PDFSource": tr("PDF sources"),
        "AudioSource": tr("Audio sources"),
        "VideoSource": tr("Video sources"),
        "source_coding": tr("Codings of whole sources"),
        "source_memo": tr("Memos attached to whole sources"),
        "source_variable": tr("Variable values of sources"),
        "uncovered_text": tr(
            "Characters of source text outside any selection (headings, uncoded text)"
        ),
        "bad_selection": tr("Selections outside their source's text"),
        "empty_selection": tr("Empty selections"),
        "extra_coding": tr("Codings beyond the first of a selection (a note has one theme)"),
        "unknown_code": tr("Codings that refer to no code"),
        "note_exists": tr("Selections already in this project as notes (skipped)"),
        "memo_exists": tr("Memos already in this project as insights (skipped)"),
        "description": tr("Descriptions of codes, cases, sources and selections"),
        "code_memo": tr("Memos attached to codes"),
        "Link": tr("Links"),
        "Set": tr("Sets"),
        "Graph": tr("Graphs"),
        "User": tr("Users (coders); RegWorkshop records the device that wrote a row instead"),
    }.get(key, key)


def preview_rows(plan: ImportPlan) -> list[PreviewRow]:
    """Return the preview of *plan* as rows: first what is imported, then what is not."""
    new_themes, new_actors = plan.new_themes, plan.new_actors
    old_themes = [t for t in plan.themes if t.existing]
    old_actors = [a for a in plan.actors if a.existing]
    rows = [
        PreviewRow(tr("New themes (from codes)"), len(new_themes), True, _names(new_themes)),
        PreviewRow(tr("Existing themes used"), len(old_themes), True, _names(old_themes)),
        PreviewRow(tr("New actors (from cases)"), len(new_actors), True, _names(new_actors)),
        PreviewRow(tr("Existing actors used"), len(old_actors), True, _names(old_actors)),
        PreviewRow(
            tr("Sessions of kind {0} (from text sources)").format(session_kind_name(plan.kind)),
            len(plan.sessions),
            True,
            _names(plan.sessions),
        ),
        PreviewRow(tr("Notes (from coded selections)"), len(plan.notes), True),
        PreviewRow(
            tr("Clusters (from sub-codes)"), len(plan.clusters), True, _names(plan.clusters)
        ),
        PreviewRow(
            tr("Insights and lessons (from memos)"), len(plan.insights), True, _names(plan.insights)
        ),
    ]
    # Sessions and notes always show; other empty lines only take room from what is not mapped.
    rows = [r for i, r in enumerate(rows) if r.count or i in (4, 5)]
    rows += [PreviewRow(unmapped_text(key), count, False) for key, count in plan.unmapped]
    return rows


class QdpxPreviewModel(QAbstractTableModel):
    COL_WHAT, COL_COUNT, COL_STATUS = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (tr("In the file"), tr("Number"), tr("Becomes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_WHAT:
                return row.what
            if column == self.COL_COUNT:
                return f"{row.count:,}".replace(",", "\u202f")
            # A mark as well as a word: the theme's stylesheet overrides item colours.
            return f"✓ {tr('Imported')}" if row.mapped else f"✗ {tr('Not imported')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail or row.what
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            return QColor("#2E7D32") if row.mapped else QColor("#C62828")
        return None
