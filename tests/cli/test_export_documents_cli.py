"""`regworkshop export summary|report|notes-csv|insights-csv`: documents from the command line."""

from __future__ import annotations

import csv

import docx
import pytest

from regworkshop import cli
from tests.cli.test_export_cli import session_id, text_of
from tests.store.helpers import assert_untouched, snapshot


def test_summary_of_a_workshop(capsys, demo_copy, tmp_path):
    key = session_id(demo_copy, "Workshop 1 – Halmstad")[:8]
    out = tmp_path / "sammanfattning.pdf"
    assert cli.run(["export", "summary", str(demo_copy), "--session", key, "-o", str(out)]) == 0
    assert "summary of “Workshop 1 – Halmstad”" in capsys.readouterr().out
    text = text_of(out)
    assert "Workshop · Sammanfattning" in text
    assert "Syfte och dagordning" in text and "Foton av väggarna" in text


def test_report_as_word_and_as_pdf_in_english(capsys, demo_copy, tmp_path):
    word = tmp_path / "kunskapsunderlag.docx"
    assert cli.run(["export", "report", str(demo_copy), "-o", str(word), "--lang", "en"]) == 0
    headings = [p.text for p in docx.Document(str(word)).paragraphs if p.style.name == "Heading 1"]
    assert "Method and sources" in headings and "Lessons learned" in headings
    pdf = tmp_path / "report.pdf"
    assert cli.run(["export", "report", str(demo_copy), "-o", str(pdf)]) == 0
    assert "Kunskapsunderlag" in text_of(pdf)


def test_notes_and_insights_as_csv(capsys, demo_copy, tmp_path):
    notes = tmp_path / "lappar.csv"
    assert cli.run(["export", "notes-csv", str(demo_copy), "-o", str(notes)]) == 0
    with notes.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == 299  # every note of the demo project
    insights = tmp_path / "insights.csv"
    assert cli.run(["export", "insights-csv", str(demo_copy), "-o", str(insights),
                    "--lang", "en"]) == 0  # fmt: skip
    with insights.open(encoding="utf-8-sig", newline="") as fh:
        assert all(row["evidence ids"] for row in csv.DictReader(fh))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["summary", "--session", "nosuch"], "no session"),
        (["report", "--format", "docx"], "does not match"),
        (["notes-csv", "--session", "nosuch"], "no session"),
    ],
)
def test_errors_exit_2_with_one_line_and_change_nothing(capsys, demo_copy, tmp_path, args,
                                                        words):  # fmt: skip
    before = snapshot(tmp_path)
    out = tmp_path / "out.pdf"
    assert cli.run(["export", args[0], str(demo_copy), *args[1:], "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not out.exists()
    assert_untouched(before, tmp_path, wal_db=demo_copy.name)


def test_a_missing_folder_is_one_line_naming_the_folder(capsys, demo_copy, tmp_path):
    out = tmp_path / "nowhere" / "notes.csv"
    assert cli.run(["export", "notes-csv", str(demo_copy), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "nowhere" in err and ".tmp" not in err and err.count("\n") == 1
