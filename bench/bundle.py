"""The built one-folder bundle: its size on disk and how fast it starts.

Start-up is timed from spawning the executable until its self-test reports the
main window shown (imports, Qt, theme, translations, window); the whole
self-test (window, project, note, PDF) is timed too. The same is measured for
`python -m regworkshop --self-test` from the source tree for comparison. Each
figure is a median, printed with its floor (the most we accept) and the ratio
floor / measured (above 1 is good).

    pyinstaller --noconfirm installers/pyinstaller/regworkshop.spec
    python bench/bundle.py [dist/RegWorkshop] [--runs 5]
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

FLOORS = {"size_mb": 300.0, "window_s": 5.0, "self_test_s": 10.0}


def folder_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return (seconds until the window step, seconds until exit) of one --self-test."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    window = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ok     window"):
            window = time.perf_counter() - start
    if proc.wait() != 0 or window is None:
        raise SystemExit(f"self-test failed: {' '.join(command)}")
    return window, time.perf_counter() - start


def measure(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    one_run(command, env)  # warm the file cache
    results = [one_run(command, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def line(label: str, value: float, unit: str, floor: float) -> None:
    print(f"{label:34s} {value:8.2f} {unit:3s} floor {floor:6.1f}  ratio {floor / value:5.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", nargs="?", default="dist/RegWorkshop")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    bundle = Path(options.bundle)
    executable = bundle / ("regworkshop-cli.exe" if os.name == "nt" else "regworkshop")
    if not executable.exists():
        print(f"error: no bundle at {bundle}; build it first (see installers/README.md)")
        return 2
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
        env.update(QT_QPA_PLATFORM="offscreen", REGWORKSHOP_HOME=home)
        window, total = measure([str(executable), "--self-test"], options.runs, env)
        src_window, src_total = measure(
            [sys.executable, "-m", "regworkshop", "--self-test"], options.runs, env
        )
    line("bundle size on disk", folder_mb(bundle), "MB", FLOORS["size_mb"])
    line("bundle: start to main window", window, "s", FLOORS["window_s"])
    line("bundle: whole self-test", total, "s", FLOORS["self_test_s"])
    line("source: start to main window", src_window, "s", FLOORS["window_s"])
    line("source: whole self-test", src_total, "s", FLOORS["self_test_s"])
    print(f"bundle / source start-up        {window / src_window:8.2f}x over {options.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
