"""Agenda templates: apply the method's (or a saved) template to a session; save one."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live, live
from regworkshop.services.sessions.agenda_service import clean_field
from regworkshop.services.sessions.method_templates import (
    BUILTIN_IDS,
    AgendaTemplate,
    TemplateItem,
    TemplateTheme,
    builtin_templates,
)
from regworkshop.store.base import Synced
from regworkshop.store.models import (
    AgendaItem,
    AgendaItemTheme,
    SavedAgendaTemplate,
    Session,
    Theme,
)
from regworkshop.store.project_store import ProjectStore

BODY_FORMAT = 1
MAX_NAME = 200


@dataclass(frozen=True)
class AppliedTemplate:
    """What applying a template added, so an undo can take exactly that away."""

    session_id: str
    item_ids: tuple[str, ...]
    created_theme_ids: tuple[str, ...]
    linked_theme_ids: tuple[str, ...]


class TemplateService:
    """List, apply, save and delete agenda templates."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, language: str) -> list[AgendaTemplate]:
        """Return the method's templates in *language*, then the project's saved ones by name."""
        with self.store.session() as db:
            mine = live(SavedAgendaTemplate).where(SavedAgendaTemplate.project_id == self._pid)
            rows = list(db.scalars(mine))
        saved = [_from_row(row) for row in rows]
        saved.sort(key=lambda t: t.name.casefold())
        return [*builtin_templates(language), *saved]

    def get(self, template_id: str, language: str) -> AgendaTemplate:
        """Return one template (a method template in *language*)."""
        if template_id in BUILTIN_IDS:
            return next(t for t in builtin_templates(language) if t.id == template_id)
        with self.store.session() as db:
            row = get_live(db, SavedAgendaTemplate, template_id)
            if row.project_id != self._pid:
                raise NotFound("agenda template", template_id)
            return _from_row(row)

    def apply(
        self,
        session_id: str,
        template_id: str,
        language: str = "sv",
        *,
        actor_type: str | None = None,
    ) -> AppliedTemplate:
        """Add a template's items after the session's agenda, with the themes they feed.

        A theme the project already has (a default theme, or one of the same name in
        the project or the session) is reused; others become the session's own themes.
        """
        template = self.get(template_id, language)
        chosen = template.items_for(actor_type)
        values = [
            {
                "title": clean_field("title", item.title),
                "framing_question": clean_field("framing_question", item.framing_question),
                "description": clean_field("description", item.description),
                "minutes": clean_field("minutes", item.minutes),
            }
            for item in chosen
        ]
        wanted = {key for item in chosen for key in item.theme_keys}
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            theme_ids, created = self._themes_for(db, session_id, template, wanted)
            start = db.scalar(
                select(func.max(AgendaItem.position)).where(
                    AgendaItem.session_id == session_id, AgendaItem.deleted_at.is_(None)
                )
            )
            position = 0.0 if start is None else float(start) + 1
            item_ids = []
            for offset, (item, clean) in enumerate(zip(chosen, values, strict=True)):
                row = AgendaItem(session_id=session_id, position=position + offset, **clean)
                db.add(row)
                db.flush()
                item_ids.append(row.id)
                for key in dict.fromkeys(item.theme_keys):
                    if key in theme_ids:
                        db.add(AgendaItemTheme(agenda_item_id=row.id, theme_id=theme_ids[key]))
            return AppliedTemplate(
                session_id,
                tuple(item_ids),
                tuple(created),
                tuple(dict.fromkeys(theme_ids.values())),
            )

    def unapply(self, applied: AppliedTemplate) -> None:
        """Take away what apply added (undo)."""
        self._mark(applied, self.store.clock())

    def reapply(self, applied: AppliedTemplate) -> None:
        """Bring back what unapply took away (redo)."""
        self._mark(applied, None)

    def save_from_session(
        self, session_id: str, name: str, language: str, *, template_id: str | None = None
    ) -> AgendaTemplate:
        """Save a session's agenda (items, time boxes, the themes they feed) as a template."""
        name = " ".join(name.split())
        if not name:
            raise InvalidInput("a template needs a name")
        if len(name) > MAX_NAME:
            raise InvalidInput(f"a template name can be at most {MAX_NAME} characters")
        with self.store.unit_of_work() as db:
            session = get_live(db, Session, session_id)
            mine = live(SavedAgendaTemplate).where(SavedAgendaTemplate.project_id == self._pid)
            taken = {t.name.casefold() for t in db.scalars(mine) if t.id != template_id}
            if name.casefold() in taken:
                raise InvalidInput(f"a template named “{name}” already exists")
            items = list(
                db.scalars(
                    live(AgendaItem)
                    .where(AgendaItem.session_id == session_id)
                    .order_by(AgendaItem.position, AgendaItem.created_at)
                )
            )
            if not items:
                raise InvalidInput("the session has no agenda to save")
            links = _links(db, [i.id for i in items])
            themes: dict[str, Theme] = {}
            for item in items:
                for theme in links.get(item.id, []):
                    themes.setdefault(theme.id, theme)
            body = {
                "format": BODY_FORMAT,
                "themes": [
                    {
                        "key": t.id,
                        "name": t.name,
                        "colour": t.colour,
                        "builtin_key": t.builtin_key,
                    }
                    for t in sorted(themes.values(), key=lambda t: (t.position, t.name))
                ],
                "items": [
                    {
                        "title": i.title,
                        "framing_question": i.framing_question,
                        "description": i.description,
                        "minutes": i.minutes,
                        "theme_keys": [t.id for t in links.get(i.id, [])],
                    }
                    for i in items
                ],
            }
            row = SavedAgendaTemplate(
                project_id=self._pid,
                name=name,
                language=language,
                session_kind=session.kind,
                body=json.dumps(body, ensure_ascii=False),
            )
            if template_id:
                row.id = template_id
            db.add(row)
            db.flush()
            return _from_row(row)

    def delete(self, template_id: str) -> None:
        """Tombstone a saved template (the method's own cannot be deleted)."""
        if template_id in BUILTIN_IDS:
            raise InvalidInput("the method's templates cannot be deleted")
        with self.store.unit_of_work() as db:
            get_live(db, SavedAgendaTemplate, template_id).deleted_at = self.store.clock()

    def restore(self, template_id: str) -> None:
        """Bring back a deleted saved template."""
        with self.store.unit_of_work() as db:
            row = db.get(SavedAgendaTemplate, template_id)
            if row is None:
                raise NotFound("agenda template", template_id)
            row.deleted_at = None

    @property
    def _pid(self) -> str:
        return self.store.project_id

    def _themes_for(
        self, db: DbSession, session_id: str, template: AgendaTemplate, wanted: set[str]
    ) -> tuple[dict[str, str], builtins.list[str]]:
        """Map the template's theme keys to theme ids, creating session themes as needed."""
        existing = list(
            db.scalars(
                live(Theme)
                .where(
                    Theme.project_id == self._pid,
                    Theme.session_id.is_(None) | (Theme.session_id == session_id),
                )
                .order_by(Theme.session_id.is_not(None), Theme.position)
            )
        )
        by_key = {t.builtin_key: t for t in existing if t.builtin_key and t.session_id is None}
        by_name: dict[str, Theme] = {}
        for theme in existing:
            by_name.setdefault(theme.name.casefold(), theme)
        top = db.scalar(select(func.max(Theme.position)).where(Theme.project_id == self._pid))
        position = 0.0 if top is None else float(top) + 1
        ids: dict[str, str] = {}
        created: list[str] = []
        for spec in template.themes:
            if spec.key not in wanted:
                continue
            name = " ".join(spec.name.split())[:200] or spec.key
            found = by_key.get(spec.builtin_key) if spec.builtin_key else None
            found = found or by_name.get(name.casefold())
            if found is None:
                found = Theme(
                    project_id=self._pid,
                    session_id=session_id,
                    name=name,
                    colour=_colour(spec.colour),
                    position=position,
                )
                position += 1
                db.add(found)
                db.flush()
                created.append(found.id)
                by_name[name.casefold()] = found
            ids[spec.key] = found.id
        return ids, created

    def _mark(self, applied: AppliedTemplate, stamp) -> None:
        with self.store.unit_of_work() as db:
            marked: tuple[tuple[type[Synced], Iterable[str]], ...] = (
                (AgendaItem, applied.item_ids),
                (Theme, applied.created_theme_ids),
            )
            for model, ids in marked:
                for key in ids:
                    row = db.get(model, key)
                    if row is not None:
                        row.deleted_at = stamp


def _links(db: DbSession, item_ids: list[str]) -> dict[str, list[Theme]]:
    stmt = (
        select(AgendaItemTheme.agenda_item_id, Theme)
        .join(Theme, Theme.id == AgendaItemTheme.theme_id)
        .where(
            AgendaItemTheme.agenda_item_id.in_(item_ids),
            AgendaItemTheme.deleted_at.is_(None),
            Theme.deleted_at.is_(None),
        )
        .order_by(Theme.position, Theme.name)
    )
    found: dict[str, list[Theme]] = {}
    for item_id, theme in db.execute(stmt):
        found.setdefault(item_id, [])
        if theme not in found[item_id]:
            found[item_id].append(theme)
    return found


def _colour(colour: str) -> str:
    colour = str(colour or "")
    if len(colour) == 7 and colour.startswith("#"):
        try:
            int(colour[1:], 16)
            return colour.upper()
        except ValueError:
            pass
    return "#FFE082"


def _from_row(row: SavedAgendaTemplate) -> AgendaTemplate:
    """Read a saved template; a damaged body (e.g. from a bad bundle) reads as empty."""
    try:
        body = json.loads(row.body or "{}")
        if not isinstance(body, dict):
            body = {}
    except ValueError:
        body = {}
    themes = []
    for spec in body.get("themes") or []:
        if isinstance(spec, dict) and spec.get("key"):
            themes.append(
                TemplateTheme(
                    key=str(spec["key"]),
                    name=str(spec.get("name") or spec["key"]),
                    colour=_colour(spec.get("colour", "")),
                    builtin_key=spec.get("builtin_key") or None,
                )
            )
    items = []
    for spec in body.get("items") or []:
        if not isinstance(spec, dict) or not str(spec.get("title", "")).strip():
            continue
        minutes = spec.get("minutes", 15)
        items.append(
            TemplateItem(
                title=str(spec["title"]),
                framing_question=str(spec.get("framing_question") or ""),
                description=str(spec.get("description") or ""),
                minutes=minutes if isinstance(minutes, int) else 15,
                theme_keys=tuple(str(k) for k in spec.get("theme_keys") or ()),
            )
        )
    return AgendaTemplate(
        id=row.id,
        name=row.name,
        language=row.language,
        session_kind=row.session_kind,
        builtin=False,
        themes=tuple(themes),
        items=tuple(items),
    )
