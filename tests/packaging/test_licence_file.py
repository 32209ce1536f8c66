"""The root LICENSE (for people and packaging) is the GPL text the About dialog shows."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_root_licence_is_the_shipped_gpl_text():
    root = (ROOT / "LICENSE").read_text(encoding="utf-8")
    shipped = (ROOT / "resources" / "licences" / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert root == shipped
    assert "GNU GENERAL PUBLIC LICENSE" in root and "Version 3, 29 June 2007" in root
