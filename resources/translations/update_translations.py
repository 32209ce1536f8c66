"""Refresh the .ts sources from the code and build the .qm files.

Run from the repository root after changing user-visible strings:

    python resources/translations/update_translations.py

Then translate the new (unfinished) Swedish entries with Qt Linguist
(`pyside6-linguist resources/translations/regworkshop_sv.ts`) and run it again.
English is the source language: its .ts exists so translators see every string.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("sv", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "regworkshop" / "ui").rglob("*.py"))


def main() -> int:
    bindir = Path(sys.executable).parent
    for lang in LANGUAGES:
        ts = HERE / f"regworkshop_{lang}.ts"
        subprocess.run(
            [str(bindir / "pyside6-lupdate"), *sources(), "-source-language", "en",
             "-target-language", lang, "-no-obsolete", "-locations", "none",
             "-ts", str(ts.relative_to(ROOT))],
            check=True, cwd=ROOT,
        )
        subprocess.run(
            [str(bindir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True, cwd=ROOT,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
