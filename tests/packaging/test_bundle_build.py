"""Build the Linux one-folder bundle and run its --self-test (only when RW_BUILD_BUNDLE=1).

Takes about a minute on two cores, so the default test run skips it:

    RW_BUILD_BUNDLE=1 python -m pytest tests/packaging/test_bundle_build.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("RW_BUILD_BUNDLE") != "1", reason="set RW_BUILD_BUNDLE=1 to build"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def test_the_built_bundle_passes_its_self_test(tmp_path):
    pytest.importorskip("PyInstaller", reason='pip install -e ".[build]"')
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "installers" / "pyinstaller" / "regworkshop.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    executable = dist / "RegWorkshop" / "regworkshop"
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env.update(QT_QPA_PLATFORM="offscreen", REGWORKSHOP_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [str(executable), "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    # Nothing from the source checkout may be needed: resources come from the bundle.
    assert str(dist / "RegWorkshop") in done.stdout
    files = [p for p in dist.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle size {size_mb:.0f} MB")
