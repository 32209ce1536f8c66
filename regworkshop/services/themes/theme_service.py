"""Themes: the headings notes are captured under (the method's framing questions by default)."""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput, ThemeHasNotes
from regworkshop.services.queries import get_live
from regworkshop.store.models import Note, Theme
from regworkshop.store.project_store import ProjectStore


@dataclass(frozen=True)
class DefaultTheme:
    key: str
    sv: str
    en: str
    colour: str


# The workshop's framing questions from the Halland method card.
DEFAULT_THEMES: tuple[DefaultTheme, ...] = (
    DefaultTheme("opportunities", "Möjligheter", "Opportunities", "#A5D6A7"),
    DefaultTheme("challenges", "Utmaningar", "Challenges", "#EF9A9A"),
    DefaultTheme("strategy_today", "Strategiskt arbete idag", "Strategic work today", "#90CAF9"),
    DefaultTheme("change_over_time", "Förändring över tid", "Change over time", "#FFE082"),
    DefaultTheme("priorities", "Prioriteringar", "Priorities", "#CE93D8"),
)
_DEFAULTS = {d.key: d for d in DEFAULT_THEMES}
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_NAME = 200


def display_name(name: str, builtin_key: str | None, language: str) -> str:
    """Return a theme's name in *language* if it is an untouched default theme."""
    default = _DEFAULTS.get(builtin_key or "")
    if default is None:
        return name
    return default.en if language == "en" else default.sv


@dataclass(frozen=True)
class ThemeInfo:
    id: str
    name: str
    builtin_key: str | None
    colour: str
    position: float
    hidden: bool
    session_id: str | None
    note_count: int

    def label(self, language: str) -> str:
        return display_name(self.name, self.builtin_key, language)


def clean_theme_name(name: str) -> str:
    """Return a theme name with tidy spaces, or raise InvalidInput."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a theme needs a name")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"a theme name can be at most {MAX_NAME} characters")
    return name


def check_colour(colour: str) -> str:
    if not COLOUR_RE.fullmatch(colour):
        raise InvalidInput(f"not a colour: {colour!r} (use #RRGGBB)")
    return colour.upper()


class ThemeService:
    """Create, rename, recolour, reorder, hide and delete themes."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, session_id: str | None = None) -> list[ThemeInfo]:
        """Return the project's themes (and, given a session, that session's own), in order."""
        counts = (
            select(Note.theme_id, func.count().label("n"))
            .where(Note.deleted_at.is_(None))
            .group_by(Note.theme_id)
            .subquery()
        )
        scope: ColumnElement[bool] = Theme.session_id.is_(None)
        if session_id is not None:
            scope = scope | (Theme.session_id == session_id)
        stmt = (
            select(Theme, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.theme_id == Theme.id)
            .where(Theme.deleted_at.is_(None), Theme.project_id == self.store.project_id, scope)
            .order_by(Theme.position, Theme.created_at)
        )
        with self.store.session() as db:
            return [_info(theme, n) for theme, n in db.execute(stmt)]

    def get(self, theme_id: str) -> ThemeInfo:
        """Return one theme."""
        with self.store.session() as db:
            theme = get_live(db, Theme, theme_id)
            return _info(theme, _note_count(db, theme_id))

    def create_defaults(self, language: str = "sv") -> builtins.list[ThemeInfo]:
        """Add the method's five workshop themes."""
        with self.store.unit_of_work() as db:
            start = _next_position(db, self.store.project_id)
            rows = [
                Theme(
                    project_id=self.store.project_id,
                    name=d.en if language == "en" else d.sv,
                    builtin_key=d.key,
                    colour=d.colour,
                    position=start + i,
                )
                for i, d in enumerate(DEFAULT_THEMES)
            ]
            db.add_all(rows)
            db.flush()
            return [_info(row, 0) for row in rows]

    def create(
        self,
        name: str,
        colour: str = "#FFE082",
        *,
        session_id: str | None = None,
        theme_id: str | None = None,
    ) -> ThemeInfo:
        """Add a theme at the end of the list."""
        name = clean_theme_name(name)
        colour = check_colour(colour)
        with self.store.unit_of_work() as db:
            theme = Theme(
                project_id=self.store.project_id,
                session_id=session_id,
                name=name,
                colour=colour,
                position=_next_position(db, self.store.project_id),
            )
            if theme_id:
                theme.id = theme_id
            db.add(theme)
            db.flush()
            return _info(theme, 0)

    def rename(self, theme_id: str, name: str, builtin_key: str | None = None) -> ThemeInfo:
        """Rename a theme (a renamed default theme keeps the typed name in every language)."""
        name = clean_theme_name(name)
        with self.store.unit_of_work() as db:
            theme = get_live(db, Theme, theme_id)
            theme.name = name
            theme.builtin_key = builtin_key
            db.flush()
            return _info(theme, _note_count(db, theme_id))

    def recolour(self, theme_id: str, colour: str) -> ThemeInfo:
        """Give a theme another colour."""
        colour = check_colour(colour)
        with self.store.unit_of_work() as db:
            theme = get_live(db, Theme, theme_id)
            theme.colour = colour
            db.flush()
            return _info(theme, _note_count(db, theme_id))

    def set_hidden(self, theme_id: str, hidden: bool) -> ThemeInfo:
        """Hide a theme from boards (its notes stay in the knowledge base)."""
        with self.store.unit_of_work() as db:
            theme = get_live(db, Theme, theme_id)
            theme.hidden = hidden
            db.flush()
            return _info(theme, _note_count(db, theme_id))

    def reorder(self, theme_ids: builtins.list[str]) -> None:
        """Put themes in the given order."""
        with self.store.unit_of_work() as db:
            for position, theme_id in enumerate(theme_ids):
                theme = get_live(db, Theme, theme_id)
                if theme.position != position:
                    theme.position = float(position)

    def delete(self, theme_id: str, move_notes_to: str | None = None) -> builtins.list[str]:
        """Tombstone a theme; its notes move to *move_notes_to*. Return the moved note ids."""
        with self.store.unit_of_work() as db:
            theme = get_live(db, Theme, theme_id)
            note_ids = list(
                db.scalars(
                    select(Note.id).where(Note.theme_id == theme_id, Note.deleted_at.is_(None))
                )
            )
            if note_ids:
                if move_notes_to is None:
                    raise ThemeHasNotes(theme_id, len(note_ids))
                get_live(db, Theme, move_notes_to)
                self._move_notes(db, note_ids, move_notes_to)
            theme.deleted_at = self.store.clock()
            return note_ids

    def restore(self, theme_id: str, note_ids: builtins.list[str] | None = None) -> ThemeInfo:
        """Bring back a deleted theme, and the notes that were moved out of it."""
        with self.store.unit_of_work() as db:
            theme = db.get(Theme, theme_id)
            if theme is None:
                raise InvalidInput(f"no theme with id {theme_id}")
            theme.deleted_at = None
            if note_ids:
                self._move_notes(db, note_ids, theme_id)
            db.flush()
            return _info(theme, _note_count(db, theme_id))

    def _move_notes(self, db: DbSession, note_ids: builtins.list[str], theme_id: str) -> None:
        # Through the ORM, not a bulk UPDATE, so each note's field stamps record the move.
        for note in db.scalars(select(Note).where(Note.id.in_(note_ids))):
            note.theme_id = theme_id


def _info(theme: Theme, note_count: int) -> ThemeInfo:
    return ThemeInfo(
        id=theme.id,
        name=theme.name,
        builtin_key=theme.builtin_key,
        colour=theme.colour,
        position=theme.position,
        hidden=theme.hidden,
        session_id=theme.session_id,
        note_count=note_count,
    )


def _note_count(db: DbSession, theme_id: str) -> int:
    stmt = select(func.count()).where(Note.theme_id == theme_id, Note.deleted_at.is_(None))
    return db.scalar(stmt) or 0


def _next_position(db: DbSession, project_id: str) -> float:
    stmt = select(func.max(Theme.position)).where(Theme.project_id == project_id)
    current = db.scalar(stmt)
    return 0.0 if current is None else float(current) + 1
