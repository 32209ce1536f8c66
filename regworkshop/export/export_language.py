"""Words and dates for exported documents in Swedish or English (exports have no Qt tr())."""

from __future__ import annotations

from datetime import datetime

WORDS = {
    "sv": {
        "agenda": "Dagordning",
        "time": "Tid",
        "item": "Punkt",
        "minutes": "Min",
        "facilitator": "Processledare",
        "note_taker": "Antecknare",
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
        "facilitator": "Facilitator",
        "note_taker": "Note-taker",
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

SESSION_KINDS = {
    "sv": {
        "workshop": "Workshop",
        "interview": "Intervju",
        "kickoff": "Uppstartsmöte",
        "reference_group": "Referensgruppsmöte",
        "municipality_meeting": "Kommunmöte",
        "internal_evaluation": "Intern utvärdering",
    },
    "en": {
        "workshop": "Workshop",
        "interview": "Interview",
        "kickoff": "Kickoff",
        "reference_group": "Reference group meeting",
        "municipality_meeting": "Municipality meeting",
        "internal_evaluation": "Internal evaluation",
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


def language_of(code: str) -> str:
    return "en" if code == "en" else "sv"


def word(language: str, key: str) -> str:
    return WORDS[language_of(language)][key]


def kind_name(language: str, kind: str) -> str:
    return SESSION_KINDS[language_of(language)].get(kind, kind)


def long_date(moment: datetime, language: str) -> str:
    """Return e.g. "tisdag 10 mars 2026" or "Tuesday 10 March 2026" (in the moment's zone)."""
    lang = language_of(language)
    weekday = _WEEKDAYS[lang][moment.weekday()]
    month = _MONTHS[lang][moment.month - 1]
    return f"{weekday} {moment.day} {month} {moment.year}"
