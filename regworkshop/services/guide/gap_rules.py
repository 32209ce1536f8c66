"""Gaps at a glance: the actor types and municipalities not yet heard ("widen the view").

An actor type is heard when an actor of that type is heard (see guide_facts) or a
note is attributed to the type itself. A municipality is heard when one of the
register's kommuner in it is heard.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from regworkshop.services.guide.guide_facts import GuideFacts
from regworkshop.store.enums import ActorType


@dataclass(frozen=True)
class TypeGap:
    actor_type: str
    actors: tuple[str, ...]  # the register's actors of this type (none: not even registered)


@dataclass(frozen=True)
class MunicipalityGap:
    municipality: str
    actors: tuple[str, ...]


@dataclass(frozen=True)
class Gaps:
    types_not_heard: tuple[TypeGap, ...]  # in the register, nobody heard
    types_not_registered: tuple[str, ...]  # no actor of this type in the register at all
    municipalities_not_heard: tuple[MunicipalityGap, ...]
    types_heard: int
    municipalities_heard: int
    actors: int = 0  # in the register

    @property
    def empty(self) -> bool:
        return not (self.types_not_heard or self.municipalities_not_heard)


def compute_gaps(facts: GuideFacts) -> Gaps:
    """Return who has not been heard yet, by actor type and by municipality."""
    by_type: dict[str, list[str]] = defaultdict(list)
    kommuner: dict[str, list[str]] = defaultdict(list)
    heard_types = set(facts.noted_types)
    heard_munis: set[str] = set()
    for actor in facts.actors:
        by_type[actor.actor_type].append(actor.name)
        heard = actor.id in facts.heard_actors
        if heard:
            heard_types.add(actor.actor_type)
        if actor.actor_type == ActorType.MUNICIPALITY:
            muni = actor.municipality.strip() or actor.name
            kommuner[muni].append(actor.name)
            if heard:
                heard_munis.add(muni)
    order = [t.value for t in ActorType]
    types_not_heard = tuple(
        TypeGap(t, tuple(by_type[t]))
        for t in sorted(by_type, key=lambda k: order.index(k) if k in order else len(order))
        if t not in heard_types
    )
    # "Other" is no kind of actor to go looking for, so it is never listed as missing.
    missing = tuple(
        t for t in order if t not in by_type and t not in heard_types and t != ActorType.OTHER
    )
    munis = tuple(
        MunicipalityGap(m, tuple(kommuner[m]))
        for m in sorted(kommuner, key=str.casefold)
        if m not in heard_munis
    )
    return Gaps(
        types_not_heard=types_not_heard,
        types_not_registered=missing,
        municipalities_not_heard=munis,
        types_heard=len(heard_types & set(by_type)),
        municipalities_heard=len(heard_munis),
        actors=len(facts.actors),
    )
