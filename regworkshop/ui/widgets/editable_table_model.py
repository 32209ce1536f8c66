"""One editable table model: columns declared once, edits handed to the view as commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt

from regworkshop.ui.widgets.row_table_model import Index, RowTableModel, SortRole

# edit(row id, field, new value, old value): the view pushes an undoable command for it
Edit = Callable[[str, str, Any, Any], None]
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    """One column: its header, how a row shows in it, and the field an edit of it changes."""

    key: str
    header: Callable[[], str]  # called each time, so a language change shows at once
    show: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # the SortRole value; the shown value if None
    field: str | None = None  # the row's field an edit changes; None: read-only
    parse: Callable[[str], Any] | None = None  # edited text -> value; ValueError: refused
    required: bool = False  # an edit to nothing is ignored (a combo box left empty)
    decoration: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], Any] | None = None
    right_aligned: bool = False


def parse_date(text: str) -> date | None:
    """Return an ISO date typed in a cell (None for an empty cell); raise ValueError if not one."""
    text = str(text).strip()
    return date.fromisoformat(text) if text else None


class EditableTableModel(RowTableModel):
    """Subclasses declare ``table`` (their columns); rows have ``id`` and ``value(field)``."""

    table: ClassVar[tuple[Column, ...]] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.columns = tuple(column.key for column in cls.table)

    def __init__(self, edit: Edit | None = None, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit

    def header(self, column: str) -> str:
        return self.table[self.column_of(column)].header()

    def cell(self, row: Any, column: str, role: int):
        col = self.table[self.column_of(column)]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.show(row)
        if role == SortRole:
            return (col.sort or col.show)(row)
        if role == Qt.ItemDataRole.EditRole and col.field is not None:
            value = row.value(col.field)
            # Editors show text: a date as ISO, nothing (no actor, no date) as empty.
            if isinstance(value, date):
                return value.isoformat()
            return "" if value is None else value
        if role == Qt.ItemDataRole.DecorationRole and col.decoration is not None:
            return col.decoration(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right_aligned:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.table[index.column()].field is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        col = self.table[index.column()]
        row = self.row_at(index.row())
        if col.field is None or row is None:
            return False
        old = row.value(col.field)
        if col.parse is not None:
            try:
                value = col.parse(value)
            except ValueError:
                # The service refuses the text with a message the user sees.
                self.edit(row.id, col.field, str(value).strip(), old)
                return False
        if value == old or (col.required and not value):
            return False
        self.edit(row.id, col.field, value, old)
        return True
