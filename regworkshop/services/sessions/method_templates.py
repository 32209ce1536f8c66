"""Agenda templates as the services use them: themes, items, and the method's four.

The method's templates are written in both languages in method_template_texts;
``builtin_templates`` renders them in one.
"""

from __future__ import annotations

from dataclasses import dataclass

from regworkshop.services.sessions.method_template_texts import BUILTIN, MethodTemplate


@dataclass(frozen=True)
class TemplateTheme:
    """A theme an applied template feeds; ``builtin_key`` reuses the project's default theme."""

    key: str
    name: str
    colour: str
    builtin_key: str | None = None


@dataclass(frozen=True)
class TemplateItem:
    title: str
    framing_question: str = ""
    description: str = ""
    minutes: int = 15
    theme_keys: tuple[str, ...] = ()
    # Only for interviews with these kinds of actor; empty: always included.
    actor_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgendaTemplate:
    id: str
    name: str
    language: str
    session_kind: str | None
    builtin: bool
    themes: tuple[TemplateTheme, ...]
    items: tuple[TemplateItem, ...]
    description: str = ""

    @property
    def tailored(self) -> bool:
        """True if some items are meant for particular kinds of actor (the interview guide)."""
        return any(item.actor_types for item in self.items)

    def items_for(self, actor_type: str | None) -> tuple[TemplateItem, ...]:
        """Return the items for an interview with *actor_type* (None: the common items only)."""
        return tuple(
            item for item in self.items if not item.actor_types or actor_type in item.actor_types
        )

    def minutes_for(self, actor_type: str | None = None) -> int:
        return sum(item.minutes for item in self.items_for(actor_type))


BUILTIN_IDS = tuple(t.id for t in BUILTIN)


def builtin_templates(language: str) -> list[AgendaTemplate]:
    """Return the method's templates in *language* ('sv' or 'en')."""
    return [_render(t, "en" if language == "en" else "sv") for t in BUILTIN]


def _render(template: MethodTemplate, language: str) -> AgendaTemplate:
    return AgendaTemplate(
        id=template.id,
        name=template.name.get(language),
        language=language,
        session_kind=template.kind,
        builtin=True,
        description=template.description.get(language),
        themes=tuple(
            TemplateTheme(t.key, t.name.get(language), t.colour, t.builtin_key)
            for t in template.themes
        ),
        items=tuple(
            TemplateItem(
                title=i.title.get(language),
                framing_question=i.question.get(language),
                description=i.description.get(language),
                minutes=i.minutes,
                theme_keys=i.themes,
                actor_types=tuple(str(a) for a in i.actor_types),
            )
            for i in template.items
        ),
    )
