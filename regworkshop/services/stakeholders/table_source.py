"""Read a spreadsheet file (CSV as Swedish Excel writes it, or .xlsx) into rows of text.

Detects the format from the bytes, the text encoding (UTF-8 with or without
BOM, UTF-16 with BOM, else Windows-1252) and the delimiter (; , or tab), and
refuses, with a reason a user can act on, what is not a table or is too big.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from regworkshop.services.errors import ServiceError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 20_000  # a region's stakeholder list has hundreds of rows; this leaves ample room
MAX_COLUMNS = 100
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an .xlsx may unpack to this much XML, no more
DELIMITERS = (";", ",", "\t")  # in order of preference when the evidence ties
SNIFF_RECORDS = 50
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc)

ENGLISH = {
    "empty_file": "the file is empty",
    "too_big": "the file is larger than {0} MB",
    "not_a_table": "the file is not a table ({0})",
    "old_excel": "this is an old Excel file (.xls); save it as .xlsx or CSV and import that",
    "unknown_encoding": "unknown text encoding: the file is neither UTF-8 nor Windows-1252 "
    "(byte 0x{0:02X} at position {1})",
    "cell_too_long": "row {0} has a cell longer than {1} characters",
    "too_many_rows": "the file has more than {0} rows (it has {1}); split it into smaller files",
    "too_many_columns": "row {0} has more than {1} columns",
    "no_rows": "the file holds no rows",
    "xml_bomb": "the .xlsx file declares XML entities (an XML bomb?) and is refused",
    "zip_bomb": "the .xlsx file would unpack to more than {0} MB and is refused",
    "bad_xlsx": "the .xlsx file is damaged or not a workbook ({0})",
    "no_sheet": "the workbook has no worksheet",
}


class TableError(ServiceError):
    """A file cannot be read as a table; ``code`` and ``args`` let the UI say why in its language."""

    def __init__(self, code: str, *args) -> None:
        self.code = code
        self.args_ = args
        super().__init__(ENGLISH[code].format(*args))


@dataclass(frozen=True)
class SourceTable:
    """A file read as a header and data rows, with what was detected."""

    path: str
    format: str  # "csv" or "xlsx"
    encoding: str | None  # "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"; None for xlsx
    delimiter: str | None  # ";", ",", "\t"; None for xlsx or a one-column file
    header: tuple[str, ...]
    header_line: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number in the file, cells)


def read_table(path: str | Path) -> SourceTable:
    """Read *path* as a table, or raise TableError saying why it cannot be one."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise TableError("empty_file")
    if size > MAX_FILE_BYTES:
        raise TableError("too_big", MAX_FILE_BYTES // (1024 * 1024))
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_XLSX_MAGIC):
        return _read_xlsx(path)
    if head.startswith(_OLE_MAGIC):
        raise TableError("old_excel")
    return _read_csv(path, path.read_bytes())


# -- CSV --------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name): UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    return _strict(data, "cp1252"), "Windows-1252"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TableError("unknown_encoding", data[exc.start], exc.start) from None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return "\x00" in sample or controls > len(sample) // 50


def sniff_delimiter(text: str) -> str | None:
    """Return the delimiter that splits the first records into the steadiest column count."""
    best: tuple[float, int, int] | None = None
    chosen = None
    for rank, delimiter in enumerate(DELIMITERS):
        counts = []
        reader = csv.reader(io.StringIO(text[:65536]), delimiter=delimiter)
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
                if len(counts) >= SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts:
            continue
        width, hits = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (hits / len(counts), width, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _read_csv(path: Path, data: bytes) -> SourceTable:
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:4096]:
        raise TableError("not_a_table", "binary data")
    text, encoding = decode(data)
    if _looks_binary(text):
        raise TableError("not_a_table", "binary data")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or "\x1f")
    records = _records(reader)
    header_line, header = _first_non_empty(records)
    rows = _collect(records)
    return SourceTable(str(path), "csv", encoding, delimiter, header, header_line, rows)


def _records(reader):
    number = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise TableError("cell_too_long", number + 1, csv.field_size_limit()) from None
            raise TableError("not_a_table", str(exc)) from None
        number += 1
        yield number, record


# -- xlsx -------------------------------------------------------------------
def _read_xlsx(path: Path) -> SourceTable:
    _guard_zip(path)
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        if _caused_by(exc, DefusedXmlException):
            raise TableError("xml_bomb") from None
        raise TableError("bad_xlsx", type(exc).__name__) from None
    try:
        sheet = workbook.active if workbook.worksheets else None
        if sheet is None or not hasattr(sheet, "iter_rows"):
            if not workbook.worksheets:
                raise TableError("no_sheet")
            sheet = workbook.worksheets[0]
        records = (
            (number, [_cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        try:
            header_line, header = _first_non_empty(records)
            rows = _collect(records, total_hint=sheet.max_row)
        except TableError:
            raise
        except Exception as exc:
            if _caused_by(exc, DefusedXmlException):
                raise TableError("xml_bomb") from None
            raise TableError("bad_xlsx", type(exc).__name__) from None
    finally:
        workbook.close()
    return SourceTable(str(path), "xlsx", None, None, header, header_line, rows)


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    """Return True if *exc* or an exception it wraps is a *kind* (openpyxl wraps parse errors)."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, kind):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _guard_zip(path: Path) -> None:
    """Refuse a zip bomb, and XML with a DTD, before openpyxl parses anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise TableError("zip_bomb", MAX_UNPACKED_BYTES // (1024 * 1024))
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as fh:
                    # A DTD must stand before the root element, so the start tells.
                    prolog = fh.read(4096).upper()
                if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                    raise TableError("xml_bomb")
    except zipfile.BadZipFile as exc:
        raise TableError("bad_xlsx", str(exc)) from None


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not value.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# -- shared -----------------------------------------------------------------
def _trim(cells: list[str]) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return tuple(cells[:end])


def _first_non_empty(records) -> tuple[int, tuple[str, ...]]:
    for number, cells in records:
        trimmed = _trim(cells)
        if trimmed:
            if len(trimmed) > MAX_COLUMNS:
                raise TableError("too_many_columns", number, MAX_COLUMNS)
            return number, tuple(c.strip() for c in trimmed)
    raise TableError("no_rows")


def _collect(records, total_hint: int | None = None):
    rows: list[tuple[int, tuple[str, ...]]] = []
    data = 0
    for number, cells in records:
        trimmed = _trim(cells)
        if not trimmed:
            continue  # blank rows are no one's business, but numbering keeps counting them
        if data >= MAX_ROWS:
            total = total_hint - 1 if total_hint else data + 1 + sum(1 for _ in records)
            raise TableError("too_many_rows", MAX_ROWS, total)
        if len(trimmed) > MAX_COLUMNS:
            raise TableError("too_many_columns", number, MAX_COLUMNS)
        rows.append((number, trimmed))
        data += 1
    return tuple(rows)
