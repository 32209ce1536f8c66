"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def demo_copy(demo_path, tmp_path) -> Path:
    """A copy of the demo project that a command may change."""
    path = tmp_path / "kopia.rwproj"
    shutil.copyfile(demo_path, path)
    return path
