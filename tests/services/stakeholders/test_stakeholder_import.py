"""Importing a stakeholder list: header recognition, preview, all-or-none, idempotence, undo."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from regworkshop.services.stakeholders.actor_service import ActorService
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.change_receipt import redo_receipt, undo_receipt
from regworkshop.services.stakeholders.import_planner import parse_scale
from regworkshop.services.stakeholders.stakeholder_import import (
    ImportRefused,
    apply_import,
    preview,
)
from regworkshop.services.stakeholders.stakeholder_vocabulary import actor_type_of, guess_mapping
from regworkshop.services.stakeholders.table_source import read_table
from tests.services.stakeholders.import_files import HEADER, ROWS, write_csv, write_xlsx


def dump(path) -> list:
    """Every row of every stakeholder table, stamps included: to prove nothing changed."""
    with sqlite3.connect(path) as conn:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("rw_actor", "rw_person", "rw_assessment", "rw_assessment_round")
        ]


def test_headers_in_swedish_and_english():
    sv = guess_mapping(["Organisation", "Aktörstyp", "Kommun", "Namn", "E-post", "Tel"])
    assert sv["name"] == 0 and sv["type"] == 1 and sv["municipality"] == 2
    assert sv["contact"] == 3  # a bare "Namn" beside "Organisation" is the contact person
    assert sv["email"] == 4 and sv["phone"] == 5
    en = guess_mapping(
        [
            "Name",
            "Type",
            "Municipality",
            "Contact person",
            "Email",
            "Phone",
            "Role",
            "Influence (1-5)",
            "Interest",
            "Notes",
        ]
    )
    assert [
        en[f]
        for f in (
            "name",
            "type",
            "municipality",
            "contact",
            "email",
            "phone",
            "role",
            "influence",
            "interest",
            "notes",
        )
    ] == list(range(10))
    assert guess_mapping(["Aktör", "Inflytande", "Intresse"])["name"] == 0


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Kommun", "municipality"),
        ("länsstyrelsen", "county_board"),
        ("Universitet/högskola", "university"),
        ("Statlig myndighet", "agency"),
        ("Näringslivsorganisation", "business_org"),
        ("County administrative board", "county_board"),
        ("Business organisation", "business_org"),
        ("company", "company"),
        ("Annan", "other"),
        ("Kommunalförbund", None),
    ],
)
def test_actor_types_in_either_language(word, kind):
    assert actor_type_of(word) == kind


@pytest.mark.parametrize(
    ("text", "value"),
    [("4", 4.0), ("3,5", 3.5), ("4.0", 4.0), ("hög", 4.5), ("6", None), ("x", None)],
)
def test_scale_values(text, value):
    assert parse_scale(text) == value


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_import_each_encoding_and_delimiter(store, tmp_path, encoding, delimiter):
    source = read_table(write_csv(tmp_path / "lista.csv", encoding=encoding, delimiter=delimiter))
    result = apply_import(store, source)
    assert result.actors_created == 4 and result.people_created == 3
    names = [a.name for a in ActorService(store).list_actors()]
    assert "Ätradalens Livsmedel AB" in names and "Länsstyrelsen i Hallands län" in names


def test_preview_says_what_each_row_does(store, tmp_path):
    actors = ActorService(store)
    existing = actors.create_actor("Halmstads kommun", "municipality", "")
    rows = [
        *ROWS,
        ["", "", "", "", "", "", ""],
        ["", "Kommun", "Laholm", "", "", "", ""],
        ["Halmstads kommun", "kommun", "", "Anna Lindqvist", "", "", ""],
        ["Hylte kommun", "Kommunalförbund", "Hylte", "", "", "", ""],
        ["Varbergs kommun", "Kommun", "", "", "", "sju", ""],
    ]
    plan = preview(store, read_table(write_csv(tmp_path / "lista.csv", rows)))
    by_line = {r.line: r for r in plan.rows}
    assert by_line[2].status == "update"  # the municipality, a contact and values are new
    assert {m.code for m in by_line[2].messages} == {
        "actor_changes",
        "new_contact",
        "sets_assessment",
    }
    assert by_line[3].status == "create"
    assert 6 not in by_line  # an empty row is left out
    assert by_line[7].status == "skip" and by_line[7].messages[0].code == "no_name"
    assert by_line[8].status == "skip" and by_line[8].messages[0].code == "repeats_row"
    assert by_line[9].status == "create" and by_line[9].actor_type == "other"
    assert by_line[9].messages[-1].code == "unknown_type"
    assert by_line[10].status == "error" and by_line[10].messages[0].code == "bad_scale"
    assert plan.counts == {"create": 4, "update": 1, "skip": 2, "error": 1}
    assert not plan.can_apply
    assert actors.get_actor(existing.id).municipality == ""  # a preview writes nothing


@pytest.mark.sqlite_only  # reads the project file itself
def test_reimporting_the_same_file_changes_nothing(store, project_path, tmp_path, clock):
    path = write_xlsx(tmp_path / "lista.xlsx")
    apply_import(store, read_table(path))
    before = dump(project_path)
    clock.advance(hours=1)
    plan = preview(store, read_table(path))
    assert plan.counts == {"create": 0, "update": 0, "skip": 4, "error": 0}
    assert not plan.can_apply
    result = apply_import(store, read_table(path))
    assert not result.receipt
    assert dump(project_path) == before


@pytest.mark.sqlite_only  # reads the project file itself
def test_a_bad_row_rolls_back_every_row(store, project_path, tmp_path):
    rows = [[f"Företag {n}", "företag", "Halmstad", "", "", "3", "3"] for n in range(2500)]
    rows.append(["Trasigt AB", "företag", "", "", "inte-en-adress", "", ""])
    before = dump(project_path)
    with pytest.raises(ImportRefused) as caught:
        apply_import(store, read_table(write_csv(tmp_path / "lista.csv", rows)))
    assert caught.value.line == 2502
    assert caught.value.message.code == "bad_email"
    assert dump(project_path) == before


def test_duplicate_names_within_the_file(store, tmp_path):
    rows = [
        ["Region Halland", "region", "Halmstad", "Karin Åberg", "", "5", "5"],
        ["Region Halland", "region", "", "Peter Öberg", "", "", ""],  # a second contact: fine
        ["Region Halland", "region", "Varberg", "", "", "", ""],  # another municipality: error
        ["Region Halland", "kommun", "", "", "", "", ""],  # the name again with another type
        ["Region Halland", "region", "", "Karin Åberg", "", "", ""],  # the same contact again
    ]
    plan = preview(store, read_table(write_csv(tmp_path / "dubbel.csv", rows)))
    statuses = [(r.line, r.status, r.messages[0].code) for r in plan.rows]
    assert statuses == [
        (2, "create", "new_actor"),
        (3, "update", "new_contact"),
        (4, "error", "conflict"),
        (5, "error", "type_conflict"),
        (6, "skip", "repeats_row"),
    ]
    assert plan.rows[2].messages[0].args == (2, "municipality")


def test_missing_name_column_and_mapping_by_hand(store, tmp_path):
    header = ["Vem", "Typ", "Kommun"]
    rows = [["Hylte kommun", "kommun", "Hylte"]]
    source = read_table(write_csv(tmp_path / "lista.csv", rows, header=header))
    plan = preview(store, source)
    assert [p.code for p in plan.problems] == ["no_name_column"]
    assert "Vem" in plan.problems[0].english()
    with pytest.raises(ImportRefused):
        apply_import(store, source)
    mapping = {**plan.mapping, "name": 0}
    assert preview(store, source, mapping).counts["create"] == 1
    apply_import(store, source, mapping)
    assert ActorService(store).list_actors()[0].municipality == "Hylte"


def test_a_column_chosen_twice(store, tmp_path):
    source = read_table(write_csv(tmp_path / "lista.csv"))
    plan = preview(store, source, {**guess_mapping(list(HEADER)), "notes": 0})
    assert [p.code for p in plan.problems] == ["column_twice"]


def test_prose_is_not_a_table(store, tmp_path):
    path = tmp_path / "brev.txt"
    path.write_text("Hej!\nHär kommer listan som du bad om.\nMvh Karin\n", "utf-8")
    plan = preview(store, read_table(path))
    assert [p.code for p in plan.problems] == ["not_a_table"]


def test_values_go_to_the_current_round_or_a_new_one(store, tmp_path, clock):
    assessments = AssessmentService(store)
    apply_import(store, read_table(write_csv(tmp_path / "a.csv")))
    rounds = assessments.rounds()
    assert [r.name for r in rounds] == [f"Intressentanalys {clock.now.date().isoformat()}"]
    values = assessments.values(rounds[0].id)
    assert sorted((v.influence, v.interest) for v in values.values()) == [
        (2.0, 2.5),
        (4.5, 4.0),
        (5.0, 3.5),
    ]
    later = assessments.create_round("Uppföljning", date(2026, 10, 20))
    rows = [["Halmstads kommun", "kommun", "", "", "", "3", ""]]
    apply_import(store, read_table(write_csv(tmp_path / "b.csv", rows)))
    halmstad = next(a for a in ActorService(store).list_actors() if a.name == "Halmstads kommun")
    assert assessments.get(later.id, halmstad.id).influence == 3.0
    assert assessments.get(later.id, halmstad.id).interest == 4.0  # kept from the copy
    assert assessments.get(rounds[0].id, halmstad.id).influence == 4.5


def test_empty_cells_never_erase(store, tmp_path):
    actors = ActorService(store)
    a = actors.create_actor("Hylte kommun", "municipality", "Hylte", "Viktig för skogen")
    actors.create_person(a.id, "Maria Svensson", "Planarkitekt", "maria@hylte.se")
    rows = [["Hylte kommun", "", "", "Maria Svensson", "", "", ""]]
    plan = preview(store, read_table(write_csv(tmp_path / "a.csv", rows)))
    assert plan.rows[0].status == "skip"
    assert plan.rows[0].actor_type == "municipality"  # matched by name when the type is empty


def test_the_neutralising_apostrophe_is_taken_off(store, tmp_path):
    rows = [["'=Konstigt namn AB", "företag", "", "", "", "", ""]]
    apply_import(store, read_table(write_csv(tmp_path / "a.csv", rows)))
    assert ActorService(store).list_actors()[0].name == "=Konstigt namn AB"


def test_a_too_long_value_is_an_error(store, tmp_path):
    rows = [["x" * 301, "företag"]]
    plan = preview(store, read_table(write_csv(tmp_path / "a.csv", rows, header=["Namn", "Typ"])))
    assert plan.rows[0].status == "error"
    assert plan.rows[0].messages[0].code == "too_long"


def test_undo_and_redo_an_import(store, project_path, tmp_path):
    actors = ActorService(store)
    a = actors.create_actor("Halmstads kommun", "municipality")
    result = apply_import(store, read_table(write_csv(tmp_path / "a.csv")))
    assert result.actors_created == 3 and result.actors_updated == 1
    undo_receipt(store, result.receipt)
    assert [x.name for x in actors.list_actors()] == ["Halmstads kommun"]
    assert actors.get_actor(a.id).municipality == ""
    assert actors.list_people(a.id) == []
    assert AssessmentService(store).rounds() == []  # the round the import started is gone
    redo_receipt(store, result.receipt)
    assert len(actors.list_actors()) == 4
    assert actors.get_actor(a.id).municipality == "Halmstad"


def test_ten_thousand_rows(store, tmp_path):
    rows = [
        [f"Aktör {n}", "företag", "Halmstad", f"Person {n}", "", "2", "3"] for n in range(10_000)
    ]
    result = apply_import(store, read_table(write_csv(tmp_path / "stor.csv", rows)))
    assert result.actors_created == 10_000 and result.people_created == 10_000
    assert len(ActorService(store).list_actors()) == 10_000


def test_a_later_row_completes_an_actor_created_before_a_flush(store, tmp_path):
    rows = [["Hylte kommun", "kommun", "", "", "", "", ""]]
    rows += [[f"Företag {n}", "företag", "", "", "", "", ""] for n in range(1200)]
    rows += [["Hylte kommun", "kommun", "Hylte", "Maria Svensson", "", "3", "4"]]
    result = apply_import(store, read_table(write_csv(tmp_path / "lång.csv", rows)))
    assert result.actors_created == 1201
    hylte = next(a for a in ActorService(store).list_actors() if a.name == "Hylte kommun")
    assert hylte.municipality == "Hylte" and hylte.people_count == 1
    undo_receipt(store, result.receipt)
    assert ActorService(store).list_actors() == []
