"""Build spreadsheet files for import tests: CSV in each encoding and delimiter, and .xlsx."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

HEADER = [
    "Organisation",
    "Aktörstyp",
    "Kommun",
    "Kontaktperson",
    "E-post",
    "Inflytande",
    "Intresse",
]
ROWS = [
    ["Halmstads kommun", "Kommun", "Halmstad", "Anna Lindqvist", "anna@halmstad.se", "4,5", "4"],
    ["Länsstyrelsen i Hallands län", "Länsstyrelse", "Halmstad", "Emma Karlsson", "", "5", "3,5"],
    ["Ätradalens Livsmedel AB", "Företag", "Falkenberg", "Helena Sjöberg", "", "2", "2,5"],
    ["Högskolan i Halmstad", "Universitet/högskola", "Halmstad", "", "", "", ""],
]


def write_csv(
    path: Path,
    rows: list[list[str]] | None = None,
    *,
    encoding: str = "utf-8",
    delimiter: str = ";",
    header: list[str] | None = None,
) -> Path:
    """Write a CSV the way Excel does (CRLF); encoding 'utf-8-sig' adds the BOM."""
    lines = [header or HEADER, *(ROWS if rows is None else rows)]
    text = (
        "\r\n".join(delimiter.join(_quote(c, delimiter) for c in line) for line in lines) + "\r\n"
    )
    path.write_bytes(text.encode(encoding))
    return path


def _quote(cell: str, delimiter: str) -> str:
    if delimiter in cell or '"' in cell or "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_xlsx(path: Path, rows: list[list] | None = None, header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header or HEADER)
    for row in ROWS if rows is None else rows:
        sheet.append(row)
    book.save(path)
    return path


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def xml_bomb(source: Path, target: Path, member: str = "xl/sharedStrings.xml") -> Path:
    """Copy a workbook, replacing one XML part with a billion-laughs document."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == member:
                data = BILLION_LAUGHS.encode()
            new.writestr(item, data)
        if member not in old.namelist():
            new.writestr(member, BILLION_LAUGHS)
    return target


def zip_bomb(source: Path, target: Path, megabytes: int) -> Path:
    """Copy a workbook adding a worksheet part that unpacks to *megabytes* of spaces."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item, old.read(item.filename))
        with new.open("xl/worksheets/padding.xml", "w") as fh:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                fh.write(chunk)
    return target
