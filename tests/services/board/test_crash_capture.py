"""Kill a child process capturing notes 100 times: no acknowledged note is ever lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from board_crash import run_kills  # noqa: E402


@pytest.mark.sqlite_only
def test_hundred_kills_lose_no_acknowledged_note(tmp_path):
    report = run_kills(tmp_path, kills=100, seed=2026)
    assert report.kills == 100
    assert report.acknowledged > 100
    assert report.lost == []
    assert set(report.checks) == {"ok"}
    assert report.stored >= report.acknowledged
