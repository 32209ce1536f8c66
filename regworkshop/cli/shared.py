"""What several command groups share: exit codes, the parser class, paths, the names warning."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regworkshop import PROJECT_SUFFIX
from regworkshop.store.project_store import ProjectStore

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]  # no usage dump
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def suffixed(path: str | Path) -> str | Path:
    """Return a project file path with its suffix, or a database URL unchanged."""
    if isinstance(path, str) and "://" in path:
        return path
    path = Path(path)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def warn_names_in_notes(store: ProjectStore) -> None:
    """Warn on stderr when notes name registered people (pseudonyms do not reach free text)."""
    from regworkshop.services.knowledge.search_texts import note_texts
    from regworkshop.services.privacy.pseudonyms import find_names

    mentions = find_names(store, note_texts(store))
    if mentions:
        print(
            f"warning: {len({m.key for m in mentions})} notes name registered people in their "
            "text; the names stay in the text - review them before sending",
            file=sys.stderr,
        )
