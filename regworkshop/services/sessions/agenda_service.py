"""A session's agenda: ordered, time-boxed items with framing questions and the themes they feed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live, live
from regworkshop.services.sessions.agenda_timing import Slot, Timeline, check_minutes, lay_out
from regworkshop.store.models import AgendaItem, AgendaItemTheme, Session, Theme
from regworkshop.store.project_store import ProjectStore

MAX_TITLE = 300
MAX_QUESTION = 2000
MAX_DESCRIPTION = 10000
FIELDS = ("title", "framing_question", "description", "minutes")


@dataclass(frozen=True)
class AgendaItemInfo:
    id: str
    session_id: str
    position: float
    title: str
    framing_question: str
    description: str
    minutes: int
    theme_ids: tuple[str, ...]
    extra_minutes: int = 0
    spent_seconds: float = 0
    actual_start: datetime | None = None
    actual_end: datetime | None = None

    def values(self) -> dict[str, object]:
        """Return the editable fields (what an undo puts back)."""
        return {name: getattr(self, name) for name in FIELDS}


@dataclass(frozen=True)
class AgendaRow:
    item: AgendaItemInfo
    slot: Slot


@dataclass(frozen=True)
class Agenda:
    """A session's agenda laid out from the session's start."""

    session_id: str
    rows: tuple[AgendaRow, ...]
    timeline: Timeline

    @property
    def ids(self) -> list[str]:
        return [row.item.id for row in self.rows]


def clean_field(name: str, value: object) -> object:
    """Return a valid value for an agenda item's field, or raise InvalidInput."""
    if name == "title":
        title = " ".join(str(value).split())
        if not title:
            raise InvalidInput("an agenda item needs a title")
        if len(title) > MAX_TITLE:
            raise InvalidInput(f"an agenda item's title can be at most {MAX_TITLE} characters")
        return title
    if name == "minutes":
        try:
            return check_minutes(value)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
    if name in ("framing_question", "description"):
        limit = MAX_QUESTION if name == "framing_question" else MAX_DESCRIPTION
        text = str(value).strip()
        if len(text) > limit:
            raise InvalidInput(f"the {name.replace('_', ' ')} can be at most {limit} characters")
        return text
    raise InvalidInput(f"an agenda item has no field {name!r}")


class AgendaService:
    """Add, edit, reorder and delete agenda items; lay the agenda out in time."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, session_id: str) -> list[AgendaItemInfo]:
        """Return a session's agenda items in order."""
        with self.store.session() as db:
            return _infos(db, _items(db, session_id))

    def agenda(self, session_id: str) -> Agenda:
        """Return the agenda with each item's start and end computed from the session's start."""
        with self.store.session() as db:
            session = get_live(db, Session, session_id)
            items = _infos(db, _items(db, session_id))
            timeline = lay_out(
                session.starts_at, [i.minutes for i in items], session.planned_minutes
            )
        rows = tuple(AgendaRow(i, s) for i, s in zip(items, timeline.slots, strict=True))
        return Agenda(session_id, rows, timeline)

    def get(self, item_id: str) -> AgendaItemInfo:
        with self.store.session() as db:
            return _one(db, get_live(db, AgendaItem, item_id))

    def create(
        self,
        session_id: str,
        title: str,
        *,
        framing_question: str = "",
        description: str = "",
        minutes: int = 15,
        index: int | None = None,
        theme_ids: Sequence[str] = (),
        item_id: str | None = None,
    ) -> AgendaItemInfo:
        """Add an item at *index* (default: at the end); later items move down."""
        values = {
            "title": title,
            "framing_question": framing_question,
            "description": description,
            "minutes": minutes,
        }
        clean = {name: clean_field(name, value) for name, value in values.items()}
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            items = _items(db, session_id)
            at = len(items) if index is None else max(0, min(index, len(items)))
            item = AgendaItem(session_id=session_id, **clean)
            if item_id:
                item.id = item_id
            db.add(item)
            items.insert(at, item)
            _renumber(items)
            db.flush()
            _link_themes(db, item, theme_ids, self.store.project_id, self.store.clock())
            return _one(db, item)

    def update(self, item_id: str, **changes) -> AgendaItemInfo:
        """Change an item's title, framing question, description or time box."""
        clean = {name: clean_field(name, value) for name, value in changes.items()}
        with self.store.unit_of_work() as db:
            item = get_live(db, AgendaItem, item_id)
            for name, value in clean.items():
                if getattr(item, name) != value:
                    setattr(item, name, value)
            db.flush()
            return _one(db, item)

    def set_themes(self, item_id: str, theme_ids: Sequence[str]) -> AgendaItemInfo:
        """Say which themes an item feeds (replacing the previous choice)."""
        with self.store.unit_of_work() as db:
            item = get_live(db, AgendaItem, item_id)
            _link_themes(db, item, theme_ids, self.store.project_id, self.store.clock())
            return _one(db, item)

    def reorder(self, session_id: str, item_ids: Sequence[str]) -> None:
        """Put a session's items in the given order (every live item exactly once)."""
        with self.store.unit_of_work() as db:
            items = {item.id: item for item in _items(db, session_id)}
            if sorted(item_ids) != sorted(items):
                raise InvalidInput("the new order must list each agenda item once")
            _renumber([items[i] for i in item_ids])

    def delete(self, item_id: str) -> None:
        """Tombstone an item; restore brings it back where it was."""
        with self.store.unit_of_work() as db:
            get_live(db, AgendaItem, item_id).deleted_at = self.store.clock()

    def restore(self, item_id: str) -> AgendaItemInfo:
        """Bring back a deleted item at its old place."""
        with self.store.unit_of_work() as db:
            item = db.get(AgendaItem, item_id)
            if item is None:
                raise NotFound("agenda_item", item_id)
            item.deleted_at = None
            db.flush()
            return _one(db, item)


def _items(db: DbSession, session_id: str) -> list[AgendaItem]:
    stmt = (
        live(AgendaItem)
        .where(AgendaItem.session_id == session_id)
        .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
    )
    return list(db.scalars(stmt))


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = float(position)


def _theme_map(db: DbSession, item_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Return the live themes each item feeds, in theme order."""
    if not item_ids:
        return {}
    stmt = (
        select(AgendaItemTheme.agenda_item_id, AgendaItemTheme.theme_id)
        .join(Theme, Theme.id == AgendaItemTheme.theme_id)
        .where(
            AgendaItemTheme.agenda_item_id.in_(list(item_ids)),
            AgendaItemTheme.deleted_at.is_(None),
            Theme.deleted_at.is_(None),
        )
        .order_by(Theme.position, Theme.created_at)
    )
    found: dict[str, list[str]] = {}
    for item_id, theme_id in db.execute(stmt):
        ids = found.setdefault(item_id, [])
        if theme_id not in ids:
            ids.append(theme_id)
    return {key: tuple(value) for key, value in found.items()}


def _infos(db: DbSession, items: Sequence[AgendaItem]) -> list[AgendaItemInfo]:
    themes = _theme_map(db, [item.id for item in items])
    return [_info(item, themes.get(item.id, ())) for item in items]


def _one(db: DbSession, item: AgendaItem) -> AgendaItemInfo:
    return _infos(db, [item])[0]


def _link_themes(
    db: DbSession, item: AgendaItem, theme_ids: Sequence[str], project_id: str, now: datetime
) -> None:
    wanted = list(dict.fromkeys(theme_ids))
    for theme_id in wanted:
        theme = get_live(db, Theme, theme_id)
        if theme.project_id != project_id or theme.session_id not in (None, item.session_id):
            raise InvalidInput(
                "an agenda item can only feed this project's or this session's themes"
            )
    links = list(
        db.scalars(select(AgendaItemTheme).where(AgendaItemTheme.agenda_item_id == item.id))
    )
    by_theme = {}
    for link in links:
        # Several rows for one theme can meet after a merge; keep a live one if any.
        if link.theme_id not in by_theme or link.deleted_at is None:
            by_theme[link.theme_id] = link
    for link in links:
        keep = link.theme_id in wanted and by_theme[link.theme_id] is link
        if not keep and link.deleted_at is None:
            link.deleted_at = now
        elif keep and link.deleted_at is not None:
            link.deleted_at = None
    for theme_id in wanted:
        if theme_id not in by_theme:
            db.add(AgendaItemTheme(agenda_item_id=item.id, theme_id=theme_id))
    db.flush()


def _info(item: AgendaItem, theme_ids: tuple[str, ...]) -> AgendaItemInfo:
    return AgendaItemInfo(
        id=item.id,
        session_id=item.session_id,
        position=item.position,
        title=item.title,
        framing_question=item.framing_question,
        description=item.description,
        minutes=item.minutes,
        theme_ids=theme_ids,
        extra_minutes=item.extra_minutes or 0,
        spent_seconds=item.spent_seconds or 0.0,
        actual_start=item.actual_start,
        actual_end=item.actual_end,
    )
