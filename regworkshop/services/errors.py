"""Errors services raise for rules a user can break (the UI shows them as messages)."""

from __future__ import annotations


class ServiceError(Exception):
    """A use case was refused; ``str(error)`` says why in plain words."""


class NotFound(ServiceError):
    def __init__(self, what: str, key: str) -> None:
        self.what = what
        self.key = key
        super().__init__(f"no {what} with id {key}")


class InvalidInput(ServiceError):
    """The user's input breaks a rule (empty name, bad colour …)."""


class ThemeHasNotes(ServiceError):
    """A theme with notes cannot be deleted without saying where its notes go."""

    def __init__(self, theme_id: str, count: int) -> None:
        self.theme_id = theme_id
        self.count = count
        super().__init__(f"the theme holds {count} notes; choose a theme to move them to")
