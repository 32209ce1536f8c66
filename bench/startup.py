"""Cold start: RegWorkshop's main window on a demo project vs a bare PySide6 window.

Each run is a fresh Python process (offscreen platform); the time is from the
moment the process is spawned until the window has been shown and the event
loop has painted it. Prints the medians and the ratio.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
app.processEvents()
print(time.time())
"""

APP = """
import time, sys
from regworkshop.ui.app import build_window, create_app
from regworkshop.ui.shell.settings import Settings
app = create_app()
window = build_window(Settings())
window.open_project(sys.argv[1])
window.show()
app.processEvents()
print(time.time())
window.close()
"""


def one_run(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.time()
    out = (
        subprocess.run(
            [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return float(out) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REGWORKSHOP_HOME=home)
        project = Path(home) / "demo.rwproj"
        subprocess.run(
            [sys.executable, "-m", "regworkshop", "demo", str(project)],
            env=env,
            check=True,
            capture_output=True,
        )
        one_run(BARE, env=env)  # warm the OS file cache for both
        one_run(APP, str(project), env=env)
        bare = [one_run(BARE, env=env) for _ in range(options.runs)]
        app = [one_run(APP, str(project), env=env) for _ in range(options.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window     median {b * 1000:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"RegWorkshop on demo     median {a * 1000:7.0f} ms  (min {min(app) * 1000:.0f})")
    print(f"ratio app / bare        {a / b:7.2f}x   over {options.runs} runs each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
