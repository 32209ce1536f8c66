"""Plan the import of a .qdpx: what maps to which rows, and what cannot be mapped.

Reads the project but writes nothing. Codes become themes (or are matched to a
theme of the same name), sub-codes used in codings become clusters, text sources
become sessions, selections notes, organisation cases actors, memos insights.
Everything else is listed in ``Unmapped`` so nothing is dropped silently.
The rules are documented in docs/qdpx.md.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from regworkshop.services.errors import InvalidInput
from regworkshop.services.qdpx.qdpx_format import words_for
from regworkshop.services.qdpx.qdpx_reader import QCode, QdpxProject, QSource
from regworkshop.services.stakeholders.stakeholder_vocabulary import actor_type_of
from regworkshop.services.themes.theme_service import display_name
from regworkshop.store.enums import ActorType, InsightKind, SessionKind
from regworkshop.store.models import Actor, Insight, Note, Session, Theme
from regworkshop.store.project_store import ProjectStore

CLUSTER_IDS = uuid.UUID("0c9d7e56-2f7b-4c61-a1de-5b3f0e8c7d21")
COLOURS = ("#A5D6A7", "#EF9A9A", "#90CAF9", "#FFE082", "#CE93D8", "#80CBC4", "#FFAB91")
PATH_SEP = " › "

# Kinds of things that cannot be mapped (keys the UI translates; the CLI prints them).
UNMAPPED_TEXT = {
    "person_case": "people (cases of persons): not imported, add people in the register",
    "case_without_name": "cases without a name",
    "case_code_ref": "codes attached to whole cases",
    "case_variable": "case variables other than actor type and municipality",
    "source_exists": "sources already in this project (skipped)",
    "source_without_text": "text sources whose text is not inside the file",
    "PictureSource": "picture sources",
    "PDFSource": "PDF sources",
    "AudioSource": "audio sources",
    "VideoSource": "video sources",
    "source_coding": "codings of whole sources",
    "source_memo": "memos attached to whole sources",
    "source_variable": "variable values of sources",
    "uncovered_text": "characters of source text outside any selection (headings, uncoded text)",
    "bad_selection": "selections outside their source's text",
    "empty_selection": "empty selections",
    "extra_coding": "codings beyond the first of a selection (a note has one theme)",
    "unknown_code": "codings that refer to no code",
    "note_exists": "selections already in this project as notes (skipped)",
    "memo_exists": "memos already in this project as insights (skipped)",
    "description": "descriptions of codes, cases, sources and selections",
    "code_memo": "memos attached to codes",
    "Link": "links",
    "Set": "sets",
    "Graph": "graphs",
    "User": "users (coders): RegWorkshop records the device that wrote a row instead",
}


@dataclass(frozen=True)
class PlannedTheme:
    id: str
    name: str
    colour: str
    existing: bool


@dataclass(frozen=True)
class PlannedActor:
    id: str
    name: str
    actor_type: str
    municipality: str
    existing: bool


@dataclass(frozen=True)
class PlannedCluster:
    id: str
    session_id: str
    theme_id: str
    name: str


@dataclass(frozen=True)
class PlannedNote:
    id: str
    session_id: str
    text: str
    theme_id: str | None
    cluster_id: str | None
    actor_id: str | None
    actor_type: str | None
    is_quote: bool
    position: float


@dataclass(frozen=True)
class PlannedSession:
    id: str
    title: str
    kind: str


@dataclass(frozen=True)
class PlannedInsight:
    id: str
    kind: str
    title: str
    text: str
    section: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ImportPlan:
    """What importing a .qdpx will do; ``apply`` in qdpx_import_service writes it."""

    file_name: str
    origin: str
    kind: str
    themes: tuple[PlannedTheme, ...]
    actors: tuple[PlannedActor, ...]
    sessions: tuple[PlannedSession, ...]
    clusters: tuple[PlannedCluster, ...]
    notes: tuple[PlannedNote, ...]
    insights: tuple[PlannedInsight, ...]
    unmapped: tuple[tuple[str, int], ...]  # (kind key of UNMAPPED_TEXT, count)

    @property
    def new_themes(self) -> list[PlannedTheme]:
        return [t for t in self.themes if not t.existing]

    @property
    def new_actors(self) -> list[PlannedActor]:
        return [a for a in self.actors if not a.existing]

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.new_themes or self.new_actors or self.sessions or self.notes or self.insights
        )


@dataclass
class _Known:
    theme_ids: set[str]
    live_themes: set[str]
    theme_names: dict[str, str]
    actor_ids: set[str]
    live_actors: set[str]
    actor_keys: dict[tuple[str, str], str]
    session_ids: set[str]
    note_ids: set[str]
    insight_ids: set[str]
    used: set[str] = field(default_factory=set)

    def fresh(self, guid: str, taken: set[str]) -> str:
        """Return *guid* as the new row's id if nothing uses it yet, else a new UUID."""
        key = guid if guid not in taken and guid not in self.used else str(uuid.uuid4())
        self.used.add(key)
        return key


def _known(store: ProjectStore) -> _Known:
    pid = store.project_id
    with store.session() as db:
        themes = db.execute(
            select(Theme.id, Theme.name, Theme.builtin_key, Theme.session_id, Theme.deleted_at)
        ).all()
        names: dict[str, str] = {}
        for t in themes:
            if t.deleted_at is None and t.session_id is None:
                for lang in ("sv", "en"):
                    names.setdefault(display_name(t.name, t.builtin_key, lang).casefold(), t.id)
        actors = db.execute(
            select(Actor.id, Actor.name, Actor.actor_type, Actor.deleted_at).where(
                Actor.project_id == pid
            )
        ).all()
        return _Known(
            theme_ids={t.id for t in themes},
            live_themes={t.id for t in themes if t.deleted_at is None and t.session_id is None},
            theme_names=names,
            actor_ids={a.id for a in actors},
            live_actors={a.id for a in actors if a.deleted_at is None},
            actor_keys={
                (a.name.casefold(), a.actor_type): a.id for a in actors if a.deleted_at is None
            },
            session_ids=set(db.scalars(select(Session.id))),
            note_ids=set(db.scalars(select(Note.id))),
            insight_ids=set(db.scalars(select(Insight.id))),
        )


def _walk(code: QCode, path: tuple[QCode, ...] = ()):
    yield code, path
    for child in code.children:
        yield from _walk(child, (*path, code))


def plan_import(
    store: ProjectStore, qdpx: QdpxProject, kind: str = SessionKind.INTERVIEW
) -> ImportPlan:
    """Say what importing *qdpx* into the project will create and what cannot be mapped."""
    if kind not in set(SessionKind):
        raise InvalidInput(f"not a kind of session: {kind!r}")
    return _Planner(_known(store), qdpx, kind).plan()


class _Planner:
    """One planning pass: codes, then cases, then sources, then memos (each needs the last)."""

    def __init__(self, known: _Known, qdpx: QdpxProject, kind: str) -> None:
        self.known, self.qdpx, self.kind = known, qdpx, kind
        self.unmapped: Counter = Counter(qdpx.other)
        self.themes: dict[str, PlannedTheme] = {}
        self.top_of: dict[str, str] = {}  # code guid -> theme id
        self.sub_name: dict[str, str] = {}  # sub-code guid -> cluster name
        self.quote_codes: set[str] = set()
        self.actors: dict[str, PlannedActor] = {}
        self.actor_of_selection: dict[str, str] = {}
        self.type_of_selection: dict[str, str] = {}
        self.actor_of_source: dict[str, str] = {}
        self.sessions: list[PlannedSession] = []
        self.clusters: dict[str, PlannedCluster] = {}
        self.notes: list[PlannedNote] = []
        self.note_of_selection: dict[str, str] = {}

    def plan(self) -> ImportPlan:
        self._codes()
        self._cases()
        for number, source in enumerate(self.qdpx.sources, start=1):
            self._source(number, source)
        insights = self._memos()
        return ImportPlan(
            file_name=self.qdpx.path.name,
            origin=self.qdpx.origin,
            kind=self.kind,
            themes=tuple(self.themes.values()),
            actors=tuple(self.actors.values()),
            sessions=tuple(self.sessions),
            clusters=tuple(self.clusters.values()),
            notes=tuple(self.notes),
            insights=tuple(insights),
            unmapped=tuple((k, n) for k, n in self.unmapped.items() if n),
        )

    # -- codes: top-level codes are themes; sub-codes clusters (or themes if never used)
    def _theme_for(self, guid: str, name: str, colour: str | None) -> str:
        known = self.known
        name = " ".join(name.split())[:200] or "?"
        existing = guid if guid in known.live_themes else known.theme_names.get(name.casefold())
        if existing is not None:
            self.themes.setdefault(existing, PlannedTheme(existing, name, "", True))
            return existing
        folded = name.casefold()
        existing = next((t.id for t in self.themes.values() if t.name.casefold() == folded), None)
        if existing is not None:
            return existing
        if not (colour and len(colour) == 7):
            colour = COLOURS[len(self.themes) % len(COLOURS)]
        theme = PlannedTheme(known.fresh(guid, known.theme_ids), name, colour.upper(), False)
        self.themes[theme.id] = theme
        return theme.id

    def _codes(self) -> None:
        used = {g for s in self.qdpx.sources for sel in s.selections for g in sel.codes}
        quote_words = words_for("quote")
        for top in self.qdpx.codes:
            if top.name.strip().casefold() in quote_words and not top.children:
                self.quote_codes.add(top.guid)
                continue
            theme_id = self._theme_for(top.guid, top.name, top.colour)
            for code, path in _walk(top):
                if code is top:
                    self.top_of[code.guid] = theme_id
                elif code.guid in used:
                    self.top_of[code.guid] = theme_id
                    names = (c.name for c in (*path[1:], code))
                    self.sub_name[code.guid] = PATH_SEP.join(names)[:200]
                else:
                    name = PATH_SEP.join(c.name for c in (*path, code))
                    self.top_of[code.guid] = self._theme_for(code.guid, name, code.colour)

    # -- cases: organisations become actors; actor-type cases give notes a type only
    def _cases(self) -> None:
        known = self.known
        kind_names = words_for("case_kind")
        type_names = words_for("actor_type")
        municipality_names = words_for("municipality")
        for case in self.qdpx.cases:
            values = case.values
            case_kind = next((v.casefold() for k, v in values.items() if k in kind_names), "")
            actor_type = next(
                (actor_type_of(v) for k, v in values.items() if k in type_names), None
            )
            self.unmapped["case_code_ref"] += case.code_refs
            if case_kind in words_for("kind_person"):
                self.unmapped["person_case"] += 1
                continue
            mapped = kind_names | type_names | municipality_names
            self.unmapped["case_variable"] += len([k for k in values if k not in mapped])
            if case_kind in words_for("kind_type"):
                if actor_type:
                    for guid in case.selections:
                        self.type_of_selection.setdefault(guid, actor_type)
                continue
            if not case.name:
                self.unmapped["case_without_name"] += 1
                continue
            name = " ".join(case.name.split())[:300]
            municipality = next((v for k, v in values.items() if k in municipality_names), "")
            actor_type = actor_type or ActorType.OTHER
            key = (name.casefold(), actor_type)
            if case.guid in known.live_actors:
                actor_id, existing = case.guid, True
            elif key in known.actor_keys:
                actor_id, existing = known.actor_keys[key], True
            else:
                actor_id, existing = known.fresh(case.guid, known.actor_ids), False
                known.actor_keys[key] = actor_id
            self.actors.setdefault(
                actor_id, PlannedActor(actor_id, name, actor_type, municipality[:120], existing)
            )
            for guid in case.selections:
                self.actor_of_selection.setdefault(guid, actor_id)
            for guid in case.sources:
                self.actor_of_source.setdefault(guid, actor_id)

    # -- sources: text sources become sessions, selections notes
    def _source(self, number: int, source: QSource) -> None:
        known, unmapped = self.known, self.unmapped
        if source.guid in known.session_ids:
            unmapped["source_exists"] += 1
            return
        if source.text is None:
            unmapped["source_without_text"] += 1
            return
        unmapped["source_coding"] += source.whole_codings
        unmapped["source_memo"] += len(source.memos)
        unmapped["source_variable"] += source.variable_values
        session = PlannedSession(
            known.fresh(source.guid, known.session_ids),
            " ".join(source.name.split())[:300] or f"{self.qdpx.name or 'QDPX'} {number}",
            self.kind,
        )
        self.sessions.append(session)
        covered = last_end = 0
        text = source.text
        for position, sel in enumerate(sorted(source.selections, key=lambda s: (s.start, s.end))):
            if not 0 <= sel.start <= sel.end <= len(text):
                unmapped["bad_selection"] += 1
                continue
            if sel.guid in known.note_ids:
                unmapped["note_exists"] += 1
                continue
            body = text[sel.start : sel.end]
            if not body.strip():
                unmapped["empty_selection"] += 1
                continue
            covered += max(0, sel.end - max(sel.start, last_end))
            last_end = max(last_end, sel.end)
            theme_id, cluster_id, is_quote = self._coding(sel.codes, session.id)
            note_id = known.fresh(sel.guid, known.note_ids)
            self.note_of_selection[sel.guid] = note_id
            actor_id = self.actor_of_selection.get(sel.guid) or self.actor_of_source.get(
                source.guid
            )
            actor_type = (
                self.actors[actor_id].actor_type
                if actor_id
                else self.type_of_selection.get(sel.guid)
            )
            self.notes.append(
                PlannedNote(
                    id=note_id,
                    session_id=session.id,
                    text=body,
                    theme_id=theme_id,
                    cluster_id=cluster_id,
                    actor_id=actor_id,
                    actor_type=actor_type,
                    is_quote=is_quote,
                    position=float(position),
                )
            )
        unmapped["uncovered_text"] += max(0, len(text.strip()) - covered)

    def _coding(self, codes: list[str], session_id: str) -> tuple[str | None, str | None, bool]:
        """Return (theme, cluster, is quote) of a selection from its codings."""
        theme_id = cluster_id = None
        is_quote = False
        for code in codes:
            if code in self.quote_codes:
                is_quote = True
            elif code not in self.top_of:
                self.unmapped["unknown_code"] += 1
            elif theme_id is not None:
                self.unmapped["extra_coding"] += 1
            else:
                theme_id = self.top_of[code]
                if code in self.sub_name:
                    key = str(uuid.uuid5(CLUSTER_IDS, f"{code}/{session_id}"))
                    self.clusters.setdefault(
                        key, PlannedCluster(key, session_id, theme_id, self.sub_name[code])
                    )
                    cluster_id = key
        return theme_id, cluster_id, is_quote

    # -- memos become insights (lessons when their description says so)
    def _memos(self) -> list[PlannedInsight]:
        evidence: dict[str, list[str]] = {}
        for source in self.qdpx.sources:
            for sel in source.selections:
                note_id = self.note_of_selection.get(sel.guid)
                if not note_id:
                    continue
                for memo_guid in sel.memos:
                    evidence.setdefault(memo_guid, []).append(note_id)
        lesson_words = words_for("lesson")
        insights = []
        for memo in self.qdpx.memos:
            if memo.guid in self.known.insight_ids:
                self.unmapped["memo_exists"] += 1
                continue
            kind_word, _, section = memo.description.partition(" · ")
            is_lesson = kind_word.strip().casefold() in lesson_words
            title = " ".join(memo.name.split()) or memo.text.strip().split("\n")[0]
            insights.append(
                PlannedInsight(
                    id=self.known.fresh(memo.guid, self.known.insight_ids),
                    kind=InsightKind.LESSON if is_lesson else InsightKind.INSIGHT,
                    title=title[:300] or "?",
                    text=memo.text,
                    section=section.strip()[:200],
                    evidence=tuple(dict.fromkeys(evidence.get(memo.guid, []))),
                )
            )
        return insights
