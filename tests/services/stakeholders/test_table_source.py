"""Reading spreadsheets: encodings, delimiters, xlsx, and every kind of hostile or broken file."""

from __future__ import annotations

import openpyxl
import pytest

from regworkshop.services.stakeholders import table_source
from regworkshop.services.stakeholders.table_source import TableError, read_table
from tests.services.stakeholders.import_files import (
    HEADER,
    ROWS,
    write_csv,
    write_xlsx,
    xml_bomb,
    zip_bomb,
)


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with BOM"),
        ("cp1252", "Windows-1252"),
        ("utf-16", "UTF-16"),
    ],
)
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_every_encoding_and_delimiter(tmp_path, encoding, name, delimiter):
    path = write_csv(tmp_path / "lista.csv", encoding=encoding, delimiter=delimiter)
    table = read_table(path)
    assert table.format == "csv"
    assert table.encoding == name
    assert table.delimiter == delimiter
    assert list(table.header) == HEADER
    assert [list(cells) for _n, cells in table.rows] == [r[: len(r)] for r in _trimmed(ROWS)]
    assert table.rows[2][1][0] == "Ätradalens Livsmedel AB"


def _trimmed(rows):
    out = []
    for row in rows:
        row = list(row)
        while row and not row[-1]:
            row.pop()
        out.append(row)
    return out


def test_quoted_cells_with_delimiters_and_line_breaks(tmp_path):
    rows = [["Region Halland", "Region", "Halmstad", "Karin Åberg; strateg", "", "5", "5"]]
    path = write_csv(tmp_path / "q.csv", rows)
    path.write_bytes(path.read_bytes().replace(b"Halmstad;", b'"Halmstad\r\nHalland";', 1))
    table = read_table(path)
    assert table.rows[0][1][3] == "Karin Åberg; strateg"
    assert table.rows[0][1][2] == "Halmstad\r\nHalland"


def test_row_numbers_count_blank_rows(tmp_path):
    path = write_csv(tmp_path / "b.csv", [ROWS[0], [""] * 7, ROWS[1]])
    assert [n for n, _c in read_table(path).rows] == [2, 4]


def test_xlsx(tmp_path):
    rows = [["Hylte kommun", "kommun", "Hylte", "Maria", "", 3.5, 4], ["", None, None]]
    table = read_table(write_xlsx(tmp_path / "lista.xlsx", rows))
    assert table.format == "xlsx" and table.encoding is None
    assert table.rows == ((2, ("Hylte kommun", "kommun", "Hylte", "Maria", "", "3.5", "4")),)


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.parametrize("member", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
def test_an_xml_bomb_is_refused(tmp_path, member):
    good = write_xlsx(tmp_path / "bra.xlsx")
    bomb = xml_bomb(good, tmp_path / "bomb.xlsx", member)
    with pytest.raises(TableError) as caught:
        read_table(bomb)
    assert caught.value.code == "xml_bomb"


def test_a_dtd_deep_in_the_file_is_caught_by_defusedxml(tmp_path, monkeypatch):
    """Even past our prolog check, openpyxl's parser (defusedxml) refuses entities."""
    monkeypatch.setattr(table_source, "_guard_zip", lambda _path: None)
    bomb = xml_bomb(
        write_xlsx(tmp_path / "bra.xlsx"), tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml"
    )
    with pytest.raises(TableError) as caught:
        read_table(bomb)
    assert caught.value.code == "xml_bomb"


def test_a_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(table_source, "MAX_UNPACKED_BYTES", 5 * 1024 * 1024)
    bomb = zip_bomb(write_xlsx(tmp_path / "bra.xlsx"), tmp_path / "zip.xlsx", 8)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(TableError) as caught:
        read_table(bomb)
    assert caught.value.code == "zip_bomb"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not_a_table"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old_excel"),
        (b"PK\x03\x04 this is no zip at all", "bad_xlsx"),
        (b"Namn;Typ\r\nA\x81B;kommun\r\n", "unknown_encoding"),
        (b"\r\n\r\n  \r\n", "no_rows"),
    ],
)
def test_broken_files(tmp_path, content, code):
    path = tmp_path / "fil.csv"
    path.write_bytes(content)
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert caught.value.code == code
    assert str(caught.value)  # an English sentence for the CLI


def test_a_cell_of_one_megabyte(tmp_path):
    rows = [["Region Halland", "region", "x" * 1024 * 1024]]
    with pytest.raises(TableError) as caught:
        read_table(write_csv(tmp_path / "stor.csv", rows))
    assert caught.value.code == "cell_too_long"
    assert "row 2" in str(caught.value)


def test_a_hundred_thousand_rows(tmp_path):
    rows = [[f"Aktör {n}", "företag", "Halmstad"] for n in range(100_000)]
    with pytest.raises(TableError) as caught:
        read_table(write_csv(tmp_path / "hundratusen.csv", rows, header=["Namn", "Typ", "Kommun"]))
    assert caught.value.code == "too_many_rows"
    assert caught.value.args_ == (table_source.MAX_ROWS, 100_000)


def test_the_row_cap_itself_is_fine(tmp_path):
    rows = [[f"Aktör {n}", "företag"] for n in range(table_source.MAX_ROWS)]
    table = read_table(write_csv(tmp_path / "max.csv", rows, header=["Namn", "Typ"]))
    assert len(table.rows) == table_source.MAX_ROWS


def test_too_many_columns(tmp_path):
    header = [f"K{n}" for n in range(150)]
    with pytest.raises(TableError) as caught:
        read_table(write_csv(tmp_path / "bred.csv", [], header=header))
    assert caught.value.code == "too_many_columns"


def test_file_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(table_source, "MAX_FILE_BYTES", 100)
    with pytest.raises(TableError) as caught:
        read_table(write_csv(tmp_path / "lista.csv"))
    assert caught.value.code == "too_big"
