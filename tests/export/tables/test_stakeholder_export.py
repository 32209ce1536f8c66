"""Exporting the stakeholder list: safe CSV for Swedish Excel, .xlsx, and a lossless round trip."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import pytest
from openpyxl import load_workbook

from regworkshop.export.tables.stakeholder_export import (
    UnknownFormat,
    csv_bytes,
    export_table,
    neutralise,
)
from regworkshop.services.project.project_service import new_project
from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.stakeholder_import import apply_import, preview
from regworkshop.services.stakeholders.stakeholder_listing import stakeholder_table
from regworkshop.services.stakeholders.table_source import read_table
from tests.conftest import DEVICE


@dataclass(frozen=True)
class T:
    title: str
    headers: tuple
    rows: tuple
    about: tuple = (("Projekt", "Test"),)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+46 35 13 70 00", "'+46 35 13 70 00"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Halmstad", "Halmstad"),
        ("a=b", "a=b"),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_for_swedish_excel():
    table = T(
        "Intressenter", ("Aktör", "Inflytande"), (("=1+1", 3.5), ("Örebro", 4.0), ("x", None))
    )
    data = csv_bytes(table)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n") == ["Aktör;Inflytande", "'=1+1;3,5", "Örebro;4", "x;", ""]


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    table = T(
        "Intressenter", ("Aktör", "Telefon"), (("=cmd|' /C calc'!A0", "+46 35"), ("Ok", "\x07bell"))
    )
    path = export_table(tmp_path / "ut.xlsx", table)
    sheet = load_workbook(path).active
    assert sheet["A2"].value == "=cmd|' /C calc'!A0"
    assert sheet["A2"].data_type == "s"
    assert sheet["B3"].value == "bell"  # control characters Excel refuses are dropped
    assert load_workbook(path)["Info"]["B1"].value == "Test"


def test_unknown_suffix_and_atomic_write(tmp_path):
    with pytest.raises(UnknownFormat):
        export_table(tmp_path / "ut.txt", T("t", ("a",), ()))
    target = tmp_path / "ut.csv"
    target.write_text("gammalt")
    export_table(target, T("t", ("a",), (("ny",),)))
    assert target.read_bytes().decode("utf-8-sig") == "a\r\nny\r\n"
    assert sorted(os.listdir(tmp_path)) == ["ut.csv"]  # no temporary file left behind


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_round_trip_into_an_empty_project(demo_path, tmp_path, suffix, language):
    from regworkshop.services.project.project_service import load_project

    demo = load_project(demo_path, device_id=DEVICE)
    try:
        table = stakeholder_table(demo, language=language)
        demo_actors = {
            (a.name, a.actor_type, a.municipality) for a in ActorService(demo).list_actors()
        }
        current = AssessmentService(demo).current_round()
        demo_values = sorted(
            (v.influence, v.interest) for v in AssessmentService(demo).values(current.id).values()
        )
    finally:
        demo.close()
    path = export_table(tmp_path / f"intressenter{suffix}", table)
    fresh = new_project(tmp_path / "tom.rwproj", "Tom", device_id=DEVICE)
    try:
        source = read_table(path)
        result = apply_import(fresh, source)
        assert result.actors_created == len(demo_actors)
        assert {
            (a.name, a.actor_type, a.municipality) for a in ActorService(fresh).list_actors()
        } == demo_actors
        rnd = AssessmentService(fresh).current_round()
        values = sorted(
            (v.influence, v.interest) for v in AssessmentService(fresh).values(rnd.id).values()
        )
        assert values == demo_values
        # the exported file imports again without a change
        assert (
            preview(fresh, source).counts["create"] + preview(fresh, source).counts["update"] == 0
        )
    finally:
        fresh.close()


def test_export_a_chosen_round(store):
    actors = ActorService(store)
    a = actors.create_actor("Hylte kommun", "municipality")
    rounds = AssessmentService(store)
    first = rounds.create_round("Januari", date(2026, 1, 1))
    rounds.set(first.id, a.id, 2, 2)
    second = rounds.create_round("Oktober", date(2026, 10, 1))
    rounds.set(second.id, a.id, 4, 5)
    assert stakeholder_table(store, first.id).rows[0][8:10] == (2.0, 2.0)
    assert stakeholder_table(store).rows[0][8:10] == (4.0, 5.0)
    assert ("Bedömningsomgång", "Oktober") in stakeholder_table(store).about


def test_contact_people_are_left_out_unless_asked_for(tmp_path, demo_path):
    from regworkshop.services.project.project_service import load_project

    store = load_project(demo_path, device_id="x", backup_dir=tmp_path / "b")
    try:
        plain = stakeholder_table(store)
        named = stakeholder_table(store, include_names=True)
    finally:
        store.close()
    flat = " ".join(str(cell) for row in plain.rows for cell in row)
    assert "Fatima Hassan" not in flat and "@" not in flat
    assert len(plain.rows) == 19  # one row per organisation
    assert "Fatima Hassan" in " ".join(str(cell) for row in named.rows for cell in row)
