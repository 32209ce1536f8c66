"""`regworkshop stakeholders import|export`: output, exit codes, and nothing changed on bad input."""

from __future__ import annotations

import sqlite3

import pytest

from regworkshop import cli
from regworkshop.services.project.project_service import load_project, new_project
from regworkshop.services.stakeholders.actor_service import ActorService
from tests.conftest import DEVICE
from tests.services.stakeholders.import_files import write_csv, write_xlsx
from tests.services.stakeholders.test_stakeholder_import import dump


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.rwproj"
    new_project(path, "P", device_id=DEVICE).close()
    return path


def actors_of(path):
    store = load_project(path, device_id=DEVICE)
    try:
        return [a.name for a in ActorService(store).list_actors()]
    finally:
        store.close()


def test_import_then_again(project, tmp_path, capsys):
    source = write_csv(tmp_path / "lista.csv", encoding="cp1252")
    assert cli.run(["stakeholders", "import", str(project), str(source)]) == 0
    out = capsys.readouterr().out
    assert "CSV, Windows-1252, delimiter semicolon, 4 rows" in out
    assert "name          <- Organisation" in out
    assert "imported: 4 actors created" in out
    assert len(actors_of(project)) == 4
    before = dump(project)
    assert cli.run(["stakeholders", "import", str(project), str(source)]) == 0
    assert "create 0, update 0, skip 4" in capsys.readouterr().out
    assert dump(project) == before


def test_dry_run_changes_nothing(project, tmp_path, capsys):
    source = write_xlsx(tmp_path / "lista.xlsx")
    before = dump(project)
    assert cli.run(["stakeholders", "import", str(project), str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Excel workbook, 4 rows" in out
    assert (
        "row     2  create  Halmstads kommun: new actor; new contact person Anna Lindqvist" in out
    )
    assert "dry run: nothing imported" in out
    assert dump(project) == before


def test_mapping_by_header_and_by_number(project, tmp_path, capsys):
    rows = [["Hylte kommun", "kommun", "Hylte"]]
    source = write_csv(tmp_path / "l.csv", rows, header=["Vem", "Sort", "Plats"])
    assert cli.run(["stakeholders", "import", str(project), str(source)]) == 2
    assert "no column holds the actor's name" in capsys.readouterr().err
    args = ["--mapping", "name=Vem", "--mapping", "type=2", "--mapping", "municipality=plats"]
    assert cli.run(["stakeholders", "import", str(project), str(source), *args]) == 0
    assert actors_of(project) == ["Hylte kommun"]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [("foo=bar", "use FIELD=COLUMN"), ("name=Finns inte", "no column"), ("name", "use FIELD")],
)
def test_bad_mapping(project, tmp_path, capsys, mapping, message):
    source = write_csv(tmp_path / "l.csv")
    assert cli.run(["stakeholders", "import", str(project), str(source), "--mapping", mapping]) == 2
    assert message in capsys.readouterr().err


def test_rows_with_errors_import_nothing(project, tmp_path, capsys):
    rows = [["Hylte kommun", "kommun", "Hylte", "", "", "9", ""]]
    source = write_csv(tmp_path / "l.csv", rows)
    before = dump(project)
    assert cli.run(["stakeholders", "import", str(project), str(source)]) == 2
    captured = capsys.readouterr()
    assert "influence must be a number from 1 to 5" in captured.out
    assert "1 rows have errors; nothing imported" in captured.err
    assert dump(project) == before


def test_bad_files(project, tmp_path, capsys):
    binary = tmp_path / "bild.csv"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    assert cli.run(["stakeholders", "import", str(project), str(binary)]) == 2
    assert "not a table" in capsys.readouterr().err
    assert cli.run(["stakeholders", "import", str(project), str(tmp_path / "saknas.csv")]) == 2
    assert "saknas.csv" in capsys.readouterr().err


def test_export_csv_and_xlsx(demo_path, tmp_path, capsys):
    out = tmp_path / "ut.csv"
    assert cli.run(["stakeholders", "export", str(demo_path), str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("Aktör;Typ;Kommun;Anteckningar;Kontaktperson")
    assert "Länsstyrelsen i Hallands län;länsstyrelse;Halmstad" in text
    xlsx = tmp_path / "ut.xlsx"
    args = ["--round", "Intressentanalys januari 2026", "--lang", "en"]
    assert cli.run(["stakeholders", "export", str(demo_path), str(xlsx), *args]) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet["A1"].value == "Actor"


def test_export_refusals(demo_path, tmp_path, capsys):
    assert cli.run(["stakeholders", "export", str(demo_path), str(tmp_path / "ut.pdf")]) == 2
    assert "choose a file ending in .csv or .xlsx" in capsys.readouterr().err
    args = [str(demo_path), str(tmp_path / "ut.csv"), "--round", "Ingen sådan"]
    assert cli.run(["stakeholders", "export", *args]) == 2
    assert "no assessment round" in capsys.readouterr().err
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_stakeholders_without_an_action(capsys):
    assert cli.run(["stakeholders"]) == 2
