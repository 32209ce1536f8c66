"""`regworkshop --self-test`: the check an installer or IT department runs on a fresh install."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from regworkshop import __version__
from regworkshop.ui import self_test
from regworkshop.ui.self_test import SelfTestFailure, run_steps


@pytest.fixture(autouse=True)
def application(qapp):
    """The UI tests' fixtures reset translators on the one QApplication."""
    return qapp


def test_self_test_passes_from_the_command_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REGWORKSHOP_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "regworkshop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for step in ("resources", "licences", "window", "project", "note", "pdf"):
        assert any(line.startswith(f"ok     {step} ") for line in lines), done.stdout
    assert "self-test passed" in lines[-1] and __version__ in lines[-1]
    # The self-test works in its own temporary home and leaves the user's untouched.
    assert list(tmp_path.iterdir()) == []


def test_a_failing_step_stops_with_a_clear_message_and_exit_code_1():
    ran = []

    def broken():
        raise SelfTestFailure("missing resource fonts/DejaVuSans.ttf")

    out, err = io.StringIO(), io.StringIO()
    code = run_steps([("resources", broken), ("window", lambda: ran.append(1) or "")], out, err)
    assert code == 1 and ran == []
    assert (
        "self-test failed at 'resources': missing resource fonts/DejaVuSans.ttf" in err.getvalue()
    )
    assert "Traceback" not in err.getvalue()


def test_missing_resources_fail_the_resource_check(monkeypatch, tmp_path):
    monkeypatch.setattr(self_test.paths, "resources_dir", lambda: tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert run_steps([("resources", self_test.check_resources)], out, err) == 1
    assert "missing resource" in err.getvalue() and str(tmp_path) in err.getvalue()
