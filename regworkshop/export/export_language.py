"""Words and dates for exported documents in Swedish or English (exports have no Qt tr()).

The domain's words (session kinds, roles) come from services.vocabulary.
"""

from __future__ import annotations

from datetime import datetime

from regworkshop.services.vocabulary import PARTICIPANT_ROLE, SESSION_KIND, language_of

__all__ = ["kind_name", "language_of", "long_date", "word"]

WORDS = {
    "sv": {
        "agenda": "Dagordning",
        "time": "Tid",
        "item": "Punkt",
        "minutes": "Min",
        "facilitator": PARTICIPANT_ROLE.sv["facilitator"],
        "note_taker": PARTICIPANT_ROLE.sv["note_taker"],
        "place": "Plats",
        "purpose": "Syfte",
        "organisations": "Deltagande organisationer",
        "no_participants": "Inga deltagare registrerade ännu.",
        "total": "Totalt {0}, slut {1}.",
        "overrun": "Dagordningen slutar {0} efter det planerade slutet {1}.",
        "page": "Sida {0} av {1}",
        "no_date": "Datum ej bestämt",
    },
    "en": {
        "agenda": "Agenda",
        "time": "Time",
        "item": "Item",
        "minutes": "Min",
        "facilitator": PARTICIPANT_ROLE.en["facilitator"],
        "note_taker": PARTICIPANT_ROLE.en["note_taker"],
        "place": "Place",
        "purpose": "Purpose",
        "organisations": "Participating organisations",
        "no_participants": "No participants registered yet.",
        "total": "Total {0}, ends {1}.",
        "overrun": "The agenda ends {0} after the planned end at {1}.",
        "page": "Page {0} of {1}",
        "no_date": "Date not set",
    },
}

_WEEKDAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def word(language: str, key: str) -> str:
    """Return the agenda's word *key* in *language*."""
    return WORDS[language_of(language)][key]


def kind_name(language: str, kind: str) -> str:
    """Return the session kind's name in *language* (from the shared vocabulary)."""
    return SESSION_KIND.name(language, kind)


def long_date(moment: datetime, language: str) -> str:
    """Return e.g. "tisdag 10 mars 2026" or "Tuesday 10 March 2026" (in the moment's zone)."""
    lang = language_of(language)
    weekday = _WEEKDAYS[lang][moment.weekday()]
    month = _MONTHS[lang][moment.month - 1]
    return f"{weekday} {moment.day} {month} {moment.year}"
