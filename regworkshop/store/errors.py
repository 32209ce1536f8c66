"""Errors the store raises about project files, each with a plain message.

The UI maps each class to a translated sentence; the command line prints
``str(error)``. None of them ever carries a traceback to the user.
"""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    """Base class: something is wrong with a project file or URL."""

    def __init__(self, target: str | Path, detail: str = "") -> None:
        self.target = str(target)
        self.detail = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        return f"{self.target}: {self.detail}" if self.detail else self.target


class ProjectNotFound(ProjectError):
    def describe(self) -> str:
        return f"{self.target}: no such file"


class ProjectExists(ProjectError):
    def describe(self) -> str:
        return f"{self.target}: a file with this name already exists"


class NotAProject(ProjectError):
    """The file is not a SQLite database, or a database of another program."""

    def describe(self) -> str:
        return f"{self.target}: not a RegWorkshop project ({self.detail})"


class NewerProjectVersion(ProjectError):
    """The file was written by a newer RegWorkshop whose schema we do not know."""

    def __init__(self, target: str | Path, revision: str, app_version: str = "") -> None:
        self.revision = revision
        self.app_version = app_version
        super().__init__(target, revision)

    def describe(self) -> str:
        made_by = f"RegWorkshop {self.app_version}" if self.app_version else "a newer RegWorkshop"
        return (
            f"{self.target}: this project was saved by {made_by} "
            f"(schema {self.revision}); update RegWorkshop to open it"
        )


class DamagedProject(ProjectError):
    """SQLite reports corruption; the file must not be written to."""

    def describe(self) -> str:
        return f"{self.target}: the project file is damaged ({self.detail})"


class ProjectUnavailable(ProjectError):
    """The file or server exists but cannot be opened (permissions, locks, network)."""

    def describe(self) -> str:
        return f"{self.target}: cannot open the project ({self.detail})"
