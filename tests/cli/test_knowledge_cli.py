"""`regworkshop search` and `regworkshop insights`: output, filters, clear errors with exit 2."""

from __future__ import annotations

import json

from regworkshop import cli


def test_search_marks_matches(demo_path, capsys):
    assert cli.run(["search", str(demo_path), "bostäder kollektivtrafik"]) == 0
    out = capsys.readouterr().out
    assert "[bostäder]" in out and "[kollektivtrafik]" in out


def test_search_json_and_filters(demo_path, capsys):
    args = ["search", str(demo_path), "", "--session-kind", "interview", "--quotes", "--json"]
    assert cli.run([*args, "--limit", "500"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["quote"] for r in rows)


def test_bad_input_is_a_clear_error(demo_path, capsys):
    assert cli.run(["search", str(demo_path), "*"]) == 2
    assert "nothing to search for" in capsys.readouterr().err
    assert cli.run(["search", str(demo_path), "x", "--from", "igår"]) == 2
    assert "not a date" in capsys.readouterr().err
    assert cli.run(["search", str(demo_path), '"NEAR( AND']) == 0


def test_insights_with_breadth(demo_path, capsys):
    assert cli.run(["insights", str(demo_path), "--kind", "lesson"]) == 0
    out = capsys.readouterr().out
    assert "1 notes, 1 actors" in out
