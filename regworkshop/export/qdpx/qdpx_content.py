"""What a .qdpx export holds: the project read once and mapped to QDA-XML's concepts.

Themes become codes (clusters their sub-codes), sessions text sources with one
selection per note, actors cases, people pseudonymised cases, insights and
lessons memos. Consent decides what a note reveals (services/consent_rules.py).
The mapping is documented in docs/qdpx.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from regworkshop.export.export_language import kind_name, language_of, long_date
from regworkshop.services.privacy.consent_rules import ConsentAnswers, shown
from regworkshop.services.privacy.pseudonyms import pseudonyms
from regworkshop.services.qdpx.qdpx_export_rows import (
    AgendaItemRow,
    PersonRow,
    QdpxRows,
    read_qdpx_rows,
)
from regworkshop.services.qdpx.qdpx_format import WORDS, derived_guid, xml_safe
from regworkshop.services.stakeholders.stakeholder_vocabulary import TYPE_WORDS_EN, TYPE_WORDS_SV
from regworkshop.services.themes.theme_service import display_name
from regworkshop.store.enums import Consent
from regworkshop.store.project_store import ProjectStore


@dataclass
class Code:
    guid: str
    name: str
    colour: str | None
    children: list[Code] = field(default_factory=list)


@dataclass
class Selection:
    guid: str
    start: int
    end: int
    created: datetime
    codes: list[str] = field(default_factory=list)
    memos: list[str] = field(default_factory=list)


@dataclass
class Source:
    guid: str
    name: str
    text: str
    created: datetime
    selections: list[Selection] = field(default_factory=list)


@dataclass
class Case:
    guid: str
    name: str
    values: dict[str, str]  # variable key (actor_type, municipality, case_kind …) -> text
    selections: list[str] = field(default_factory=list)


@dataclass
class Memo:
    guid: str
    name: str
    text: str
    description: str


@dataclass
class QdpxContent:
    project_id: str
    name: str
    description: str
    created: datetime
    language: str
    codes: list[Code]
    sources: list[Source]
    cases: list[Case]
    memos: list[Memo]


def _type_word(language: str, actor_type: str | None) -> str:
    words = TYPE_WORDS_EN if language == "en" else TYPE_WORDS_SV
    return words.get(actor_type or "", "")


def _colour(value: str) -> str | None:
    value = (value or "").strip()
    return value.upper() if len(value) == 7 and value.startswith("#") else None


class _Document:
    """A text source being written: parts joined with blank lines, offsets in code points."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts) + "\n"


class _Cases:
    """Actors, unnamed actor types and people as cases; consent decides which a note joins."""

    def __init__(
        self, rows: QdpxRows, project_id: str, lang: str, names: dict[str, str], include_names: bool
    ) -> None:
        self.project_id, self.lang, self.names = project_id, lang, names
        self.include_names = include_names
        self.words = WORDS[lang]
        self.actors = {a.id: a for a in rows.actors}
        self.people = {p.id: p for p in rows.people}
        self.actor_cases = {
            a.id: Case(
                a.id,
                xml_safe(a.name),
                {
                    "case_kind": self.words["kind_actor"],
                    "actor_type": _type_word(lang, a.actor_type),
                    "municipality": xml_safe(a.municipality),
                },
            )
            for a in rows.actors
        }
        self.type_cases: dict[str, Case] = {}
        self.person_cases: dict[str, Case] = {}

    def all(self) -> list[Case]:
        return [*self.actor_cases.values(), *self.type_cases.values(), *self.person_cases.values()]

    def attribute(self, note) -> bool:
        """Add the note to the cases consent allows; return whether it may show as a quote."""
        person = self.people.get(note.person_id or "")
        answers = (
            ConsentAnswers(person.consent_store, person.consent_quote, person.consent_name_org)
            if person
            else None
        )
        actor = self.actors.get(note.actor_id or "")
        what = shown(
            answers,
            person="",
            organisation=actor.name if actor else "",
            actor_type=note.actor_type or (actor.actor_type if actor else None),
            is_quote=note.is_quote,
        )
        if actor is not None and what.organisation:
            self.actor_cases[actor.id].selections.append(note.id)
        elif what.actor_type:
            self._type_case(what.actor_type).selections.append(note.id)
        if person is not None and not person.erased:
            self._person_case(person).selections.append(note.id)
        return what.as_quote

    def _type_case(self, actor_type: str) -> Case:
        if actor_type not in self.type_cases:
            word = _type_word(self.lang, actor_type) or actor_type
            self.type_cases[actor_type] = Case(
                derived_guid(self.project_id, f"actor-type/{actor_type}"),
                xml_safe(self.words["unnamed"].format(word[:1].upper() + word[1:])),
                {"case_kind": self.words["kind_type"], "actor_type": word},
            )
        return self.type_cases[actor_type]

    def _person_case(self, person: PersonRow) -> Case:
        if person.id not in self.person_cases:
            named = self.include_names and person.consent_store == Consent.GIVEN
            actor = self.actors.get(person.actor_id or "")
            org = ""
            if actor is not None:
                may_name = person.consent_name_org == Consent.GIVEN
                org = actor.name if may_name else _type_word(self.lang, actor.actor_type)
            self.person_cases[person.id] = Case(
                person.id,
                xml_safe(person.name if named else self.names.get(person.id, person.id[:8])),
                {"case_kind": self.words["kind_person"], "organisation": xml_safe(org)},
            )
        return self.person_cases[person.id]


def _codes(rows: QdpxRows, lang: str) -> tuple[dict[str, Code], dict[str, str]]:
    """Return theme codes by theme id (clusters as their children) and cluster -> theme."""
    codes = {
        t.id: Code(t.id, xml_safe(display_name(t.name, t.builtin_key, lang)), _colour(t.colour))
        for t in rows.themes
    }
    cluster_theme: dict[str, str] = {}
    for c in rows.clusters:
        if c.theme_id in codes:
            number = len(codes[c.theme_id].children) + 1
            name = xml_safe(c.name.strip()) or f"{WORDS[lang]['cluster']} {number}"
            codes[c.theme_id].children.append(Code(c.id, name, None))
            cluster_theme[c.id] = c.theme_id
    return codes, cluster_theme


def _groups(notes: list, items: list[AgendaItemRow], codes, theme_order, words):
    """Return (heading, notes): agenda items with notes in order, then the rest by theme."""
    item_notes: dict[str, list] = defaultdict(list)
    loose: dict[str | None, list] = defaultdict(list)
    item_ids = {i.id for i in items}
    for n in notes:
        if n.agenda_item_id in item_ids:
            item_notes[n.agenda_item_id].append(n)
        else:
            loose[n.theme_id if n.theme_id in codes else None].append(n)
    groups = [(item.title, item_notes[item.id]) for item in items if item_notes.get(item.id)]
    for theme_id in sorted(loose, key=lambda t: theme_order.get(t or "", len(theme_order))):
        heading = codes[theme_id].name if theme_id else words["other_notes"]
        groups.append((heading, loose[theme_id]))
    return groups


def collect(
    store: ProjectStore, *, include_names: bool = False, language: str = "sv"
) -> QdpxContent:
    """Read the project and map it for a .qdpx export (people pseudonymised by default)."""
    lang = language_of(language)
    words = WORDS[lang]
    pid = store.project_id
    names = pseudonyms(store, lang)
    rows = read_qdpx_rows(store)
    codes, cluster_theme = _codes(rows, lang)
    cases = _Cases(rows, pid, lang, names, include_names)
    quote_guid = derived_guid(pid, "quote-code")
    by_session: dict[str, list] = defaultdict(list)
    for n in rows.notes:
        by_session[n.session_id].append(n)
    items_by_session: dict[str, list[AgendaItemRow]] = defaultdict(list)
    for item in rows.items:
        items_by_session[item.session_id].append(item)
    theme_order = {t.id: i for i, t in enumerate(rows.themes)}
    memo_ids = {i.id for i in rows.insights}
    memos_of: dict[str, list[str]] = defaultdict(list)
    for insight_id, note_id in rows.evidence:
        if insight_id in memo_ids:
            memos_of[note_id].append(insight_id)
    coded: set[str] = set()

    sources = []
    for s in rows.sessions:
        doc = _Document()
        doc.add(xml_safe(s.title))
        meta = [kind_name(lang, s.kind)]
        if s.starts_at:
            meta.append(long_date(s.starts_at, lang))
        if s.place:
            meta.append(xml_safe(s.place))
        doc.add(" · ".join(meta))
        source = Source(s.id, xml_safe(s.title), "", s.created_at)
        groups = _groups(
            by_session.get(s.id, []), items_by_session.get(s.id, []), codes, theme_order, words
        )
        for heading, group in groups:
            doc.add(f"== {xml_safe(heading)} ==")
            for n in group:
                start, end = doc.add(xml_safe(n.text))
                sel = Selection(n.id, start, end, n.created_at, memos=memos_of.get(n.id, []))
                if n.cluster_id in cluster_theme:
                    sel.codes.append(n.cluster_id)
                elif n.theme_id in codes:
                    sel.codes.append(n.theme_id)
                if cases.attribute(n):
                    sel.codes.append(quote_guid)
                coded.update(sel.codes)
                source.selections.append(sel)
        source.text = doc.text()
        sources.append(source)

    # A cluster without notes would come back as a theme of its own: leave it out.
    for code in codes.values():
        code.children = [child for child in code.children if child.guid in coded]
    code_list = list(codes.values())
    if quote_guid in coded:
        code_list.append(Code(quote_guid, words["quote"], "#9E9E9E"))
    memos = []
    for i in rows.insights:
        kind = words["lesson"] if i.kind == "lesson" else words["insight"]
        description = f"{kind} · {i.section}" if i.section else kind
        memos.append(Memo(i.id, xml_safe(i.title), xml_safe(i.text), xml_safe(description)))
    return QdpxContent(
        project_id=pid,
        name=xml_safe(rows.project.title),
        description=xml_safe(rows.project.description),
        created=rows.project.created_at,
        language=lang,
        codes=code_list,
        sources=sources,
        cases=cases.all(),
        memos=memos,
    )
