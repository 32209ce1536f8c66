"""Write the stakeholder list as CSV for Swedish Excel or as .xlsx, safe to open.

CSV is UTF-8 with a BOM and `;` between columns, which Swedish Excel opens
without asking. A text cell that starts with = + - @, a tab or a carriage
return gets a leading apostrophe, so a spreadsheet never runs it as a
formula; the import takes that apostrophe off again. In .xlsx every text is
written as a text cell, never as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from regworkshop.export.atomic_file import atomic_write

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Table(Protocol):
    """What the writers need: a title, headers, rows and a few facts about the export."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str | float | int | None]]
    about: Sequence[tuple[str, str]]


class UnknownFormat(ValueError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path.name}: choose a file ending in .csv or .xlsx")


def neutralise(value: str) -> str:
    """Return *value* with a leading apostrophe if a spreadsheet could read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def export_table(path: str | Path, table: Table) -> Path:
    """Write *table* to *path* in the format its suffix names (.csv or .xlsx)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(path, table)
    elif suffix == ".xlsx":
        write_xlsx(path, table)
    else:
        raise UnknownFormat(path)
    return path


def csv_bytes(table: Table, decimal_comma: bool = True) -> bytes:
    """Return the table as CSV bytes (UTF-8 with BOM, `;`, CRLF)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([_csv_cell(v, decimal_comma) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_cell(value, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def write_csv(path: str | Path, table: Table) -> None:
    """Write the table as CSV for Swedish Excel, atomically."""
    with atomic_write(path) as fh:
        fh.write(csv_bytes(table))


def write_xlsx(path: str | Path, table: Table) -> None:
    """Write the table (and a sheet about the export) as .xlsx, atomically."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(table.title)

    def put(row: int, column: int, value) -> None:
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, int | float):
            cell.value = value
        elif value is not None:
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
            cell.data_type = "s"  # text, even if it starts with "=": never a formula

    for column, header in enumerate(table.headers, start=1):
        put(1, column, header)
        sheet.cell(row=1, column=column).font = Font(bold=True)
    for r, row in enumerate(table.rows, start=2):
        for column, value in enumerate(row, start=1):
            put(r, column, value)
    for column, header in enumerate(table.headers, start=1):
        width = max([len(str(header)), *(len(str(row[column - 1] or "")) for row in table.rows)])
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = min(
            60, max(10, width + 2)
        )
    sheet.freeze_panes = "A2"
    about = book.create_sheet("Info")
    for r, (key, value) in enumerate(table.about, start=1):
        about.cell(row=r, column=1).value = ILLEGAL_CHARACTERS_RE.sub("", key)
        cell = about.cell(row=r, column=2)
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 50
    with atomic_write(path) as fh:
        book.save(fh)


def _sheet_title(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return (cleaned or "Sheet")[:31]
