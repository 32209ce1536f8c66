"""Words regions use in their stakeholder lists: column headers and actor types, sv and en.

The synonyms here are for matching imports; the display names come from services.vocabulary.
"""

from __future__ import annotations

import re

from regworkshop.services.vocabulary import ACTOR_TYPE
from regworkshop.store.enums import ActorType

# The import's fields, in the order the preview shows them (also the CLI's --mapping names).
FIELDS = (
    "name",
    "type",
    "municipality",
    "notes",
    "contact",
    "role",
    "email",
    "phone",
    "influence",
    "interest",
)

# Headers that clearly name the organisation; a bare "Namn"/"Name" beside one is the contact.
_ORGANISATION_HEADERS = (
    "organisation",
    "organisationsnamn",
    "organisationens namn",
    "aktör",
    "aktörsnamn",
    "aktörens namn",
    "intressent",
    "organization",
    "organisation name",
    "organization name",
    "actor",
    "actor name",
    "stakeholder",
    "stakeholder name",
)
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("namn", "name", *_ORGANISATION_HEADERS),
    "type": (
        "typ",
        "aktörstyp",
        "aktörtyp",
        "typ av aktör",
        "kategori",
        "organisationstyp",
        "type",
        "actor type",
        "stakeholder type",
        "category",
        "organisation type",
        "organization type",
    ),
    "municipality": ("kommun", "område", "ort", "geografi", "municipality", "area", "location"),
    "notes": (
        "anteckningar",
        "anteckning",
        "kommentar",
        "kommentarer",
        "noteringar",
        "övrigt",
        "notes",
        "note",
        "comment",
        "comments",
        "remarks",
    ),
    "contact": (
        "kontaktperson",
        "kontakt",
        "kontaktpersonens namn",
        "contact",
        "contact person",
        "contact name",
        "person",
    ),
    "role": ("roll", "befattning", "titel", "funktion", "role", "title", "position", "job title"),
    "email": (
        "e-post",
        "epost",
        "e-postadress",
        "mejl",
        "mejladress",
        "mail",
        "email",
        "e-mail",
        "email address",
    ),
    "phone": (
        "telefon",
        "tel",
        "telefonnummer",
        "mobil",
        "mobilnummer",
        "phone",
        "telephone",
        "phone number",
        "mobile",
    ),
    "influence": ("inflytande", "makt", "påverkan", "influence", "power"),
    "interest": ("intresse", "interest"),
}

_TYPES: dict[str, tuple[str, ...]] = {
    ActorType.MUNICIPALITY: ("kommun", "kommuner", "municipality", "municipal"),
    ActorType.REGION: ("region", "regionen", "regional"),
    ActorType.COUNTY_BOARD: (
        "länsstyrelse",
        "länsstyrelsen",
        "county board",
        "county_board",
        "county administrative board",
    ),
    ActorType.UNIVERSITY: (
        "universitet/högskola",
        "universitet",
        "högskola",
        "lärosäte",
        "akademi",
        "university",
        "college",
        "academia",
        "higher education",
    ),
    ActorType.RESEARCHER: ("forskare", "forskning", "forskargrupp", "researcher", "research"),
    ActorType.COMPANY: ("företag", "bolag", "company", "business", "firm"),
    ActorType.BUSINESS_ORG: (
        "näringslivsorganisation",
        "näringslivsorg",
        "branschorganisation",
        "business organisation",
        "business organization",
        "business_org",
        "trade association",
    ),
    ActorType.AGENCY: (
        "statlig myndighet",
        "myndighet",
        "government agency",
        "agency",
        "state agency",
    ),
    ActorType.OTHER: ("annan", "annat", "övrig", "övriga", "övrigt", "other"),
}

# How the export writes types, so that an exported list imports again unchanged: the shared
# vocabulary's word in lower case (every one of them is also among the synonyms above).
TYPE_WORDS_SV: dict[str, str] = {kind: ACTOR_TYPE.name("sv", kind).lower() for kind in ActorType}
TYPE_WORDS_EN: dict[str, str] = {kind: ACTOR_TYPE.name("en", kind).lower() for kind in ActorType}
HEADERS_SV = {
    "name": "Aktör",
    "type": "Typ",
    "municipality": "Kommun",
    "notes": "Anteckningar",
    "contact": "Kontaktperson",
    "role": "Roll",
    "email": "E-post",
    "phone": "Telefon",
    "influence": "Inflytande",
    "interest": "Intresse",
}
HEADERS_EN = {
    "name": "Actor",
    "type": "Type",
    "municipality": "Municipality",
    "notes": "Notes",
    "contact": "Contact person",
    "role": "Role",
    "email": "Email",
    "phone": "Phone",
    "influence": "Influence",
    "interest": "Interest",
}
# Words some lists use instead of numbers on the 1–5 scale.
SCALE_WORDS = {
    "låg": 1.5,
    "low": 1.5,
    "medel": 3.0,
    "mellan": 3.0,
    "medium": 3.0,
    "hög": 4.5,
    "high": 4.5,
}

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def normalise(word: str) -> str:
    """Return *word* case-folded with only letters and digits (å, ä, ö stay themselves)."""
    word = _PARENTHESES.sub("", word)
    return "".join(ch for ch in word.casefold() if ch.isalnum())


_HEADER_INDEX = {normalise(w): field for field, words in _HEADERS.items() for w in words}
_ORGANISATION_INDEX = {normalise(w) for w in _ORGANISATION_HEADERS}
_TYPE_INDEX = {normalise(w): kind for kind, words in _TYPES.items() for w in words}
_TYPE_INDEX.update({normalise(k.value): k for k in ActorType})


def guess_mapping(header: list[str]) -> dict[str, int | None]:
    """Return field -> column index for the headers recognised (first match wins)."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    keys = [normalise(h) for h in header]
    has_organisation = any(k in _ORGANISATION_INDEX for k in keys)
    for column, key in enumerate(keys):
        field = _HEADER_INDEX.get(key)
        if field == "name" and has_organisation and key not in _ORGANISATION_INDEX:
            field = "contact"  # "Organisation; Namn; E-post": the name is the contact's
        if field and mapping[field] is None:
            mapping[field] = column
    return mapping


def actor_type_of(value: str) -> str | None:
    """Return the actor type a cell names (Swedish or English), or None if unknown."""
    return _TYPE_INDEX.get(normalise(value))
