"""Run the real `python -m regworkshop` in a subprocess, as from a terminal with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import regworkshop

# The checkout under test: the virtualenv's editable install may point at another one.
SOURCE_ROOT = Path(regworkshop.__file__).resolve().parents[1]
# Without these Qt finds no display: a command that opened the GUI would abort or hang.
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_regworkshop(
    home: Path, *args: str | Path, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run `python -m regworkshop ARGS` without a display, with its own home folder."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env["REGWORKSHOP_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SOURCE_ROOT), env.get("PYTHONPATH", "")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "regworkshop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd or home,
        timeout=timeout,
    )
