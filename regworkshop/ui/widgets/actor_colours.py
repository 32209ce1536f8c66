"""One colour per actor type, distinct on light and dark backgrounds (Tableau 10)."""

from __future__ import annotations

from regworkshop.store.enums import ActorType

COLOURS = {
    ActorType.MUNICIPALITY: "#4E79A7",
    ActorType.REGION: "#F28E2B",
    ActorType.COUNTY_BOARD: "#E15759",
    ActorType.UNIVERSITY: "#76B7B2",
    ActorType.RESEARCHER: "#59A14F",
    ActorType.COMPANY: "#EDC948",
    ActorType.BUSINESS_ORG: "#B07AA1",
    ActorType.AGENCY: "#FF9DA7",
    ActorType.OTHER: "#9C755F",
}


def actor_colour(actor_type: str) -> str:
    """Return the marker colour of an actor type as #RRGGBB."""
    return COLOURS.get(actor_type, COLOURS[ActorType.OTHER])
