"""Words of the follow-up documents (declaration of intent, follow-up report, lessons) in sv/en.

The domain's words (actor types, statuses, levels, quadrants) come from services.vocabulary.
"""

from __future__ import annotations

from regworkshop.export.export_language import language_of
from regworkshop.services.vocabulary import (
    ACTOR_TYPE,
    COMMITMENT_STATUS,
    ENGAGEMENT_LEVEL,
    QUADRANT,
)

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "page": "Sida {0} av {1}",
        "contents": "Innehåll",
        "printed": "Utskrivet {0}",
        # declaration of intent
        "declaration": "Avsiktsförklaring",
        "declaration_intro": (
            "Parterna i denna avsiktsförklaring vill fortsätta arbeta tillsammans med de frågor "
            "som kommit fram i arbetet med {0}. Förklaringen är inte juridiskt bindande; den "
            "beskriver vad varje part avser att bidra med."
        ),
        "platform": "Samverkansplattform",
        "forum": "Forum",
        "cadence": "Mötesfrekvens",
        "members": "Medlemmar",
        "not_set": "Inte bestämt",
        "parties": "Parter och åtaganden",
        "no_commitments": "Inga åtaganden registrerade ännu.",
        "by": "senast {0}",
        "signatures": "Underskrifter",
        "party": "Part",
        "name": "Namn",
        "date": "Datum",
        "signature": "Underskrift",
        "member_only": "Medlem i samverkansplattformen; inga egna åtaganden ännu.",
        "without_actor": "Utan angiven aktör",
        # follow-up report
        "followup": "Uppföljningsrapport",
        "compared": "Jämförelse: {0} ({1}) → {2} ({3})",
        "one_round": (
            "Projektet har bara en omgång av intressentanalysen. Starta en uppföljningsomgång "
            "för att se hur inflytande och intresse förändrats."
        ),
        "summary": "Sammanfattning",
        "sum_actors": "{0} aktörer jämförda, {1} har bytt ruta i intressentmatrisen.",
        "sum_interest": "Intresset har ökat för {0} och minskat för {1} aktörer.",
        "sum_influence": "Inflytandet har ökat för {0} och minskat för {1} aktörer.",
        "sum_engagement": "Genomsnittligt engagemang: {0} av 100.",
        "sum_commitments": "Åtaganden: {0}.",
        "changes": "Förändring per aktör",
        "actor": "Aktör",
        "type": "Typ",
        "influence": "Inflytande",
        "interest": "Intresse",
        "quadrant": "Ruta",
        "engagement": "Engagemang per aktör",
        "engagement_text": (
            "Engagemanget (0–100) räknas fram ur vad som hänt: upp till 50 poäng för andelen "
            "möten aktören deltog i av dem den bjöds in till, en poäng per anteckning (högst 30) "
            "och tio per åtagande som inte strukits (högst 20)."
        ),
        "score": "Poäng",
        "level": "Nivå",
        "attended": "Närvaro",
        "notes": "Anteckningar",
        "commitments": "Åtaganden",
        "by_type": "Engagemang per aktörstyp",
        "actors": "Aktörer",
        "average": "Medel",
        "chart_type": "Genomsnittligt engagemang per aktörstyp",
        "commitment": "Åtagande",
        "due": "Senast",
        "status": "Status",
        "new_in_round": "ny",
        "left_round": "utgått",
        # lessons learned
        "lessons": "Lärdomar",
        "lessons_from": "Sammanställt från {0} interna utvärderingar",
        "no_lessons": "Inga lärdomar har skrivits ännu.",
        "source": "Källa: {0}",
        "other_theme": "Övrigt",
        "raw_notes": "Anteckningar från utvärderingarna",
        "raw_notes_text": "Det som sades i de interna utvärderingarna och ännu inte blivit en lärdom.",
    },
    "en": {
        "page": "Page {0} of {1}",
        "contents": "Contents",
        "printed": "Printed {0}",
        "declaration": "Declaration of intent",
        "declaration_intro": (
            "The parties to this declaration of intent want to keep working together on the "
            "questions raised in {0}. The declaration is not legally binding; it describes what "
            "each party intends to contribute."
        ),
        "platform": "Collaboration platform",
        "forum": "Forum",
        "cadence": "Meets",
        "members": "Members",
        "not_set": "Not decided",
        "parties": "Parties and commitments",
        "no_commitments": "No commitments recorded yet.",
        "by": "by {0}",
        "signatures": "Signatures",
        "party": "Party",
        "name": "Name",
        "date": "Date",
        "signature": "Signature",
        "member_only": "Member of the collaboration platform; no commitments of its own yet.",
        "without_actor": "No actor given",
        "followup": "Follow-up report",
        "compared": "Comparing {0} ({1}) → {2} ({3})",
        "one_round": (
            "The project has only one round of the stakeholder analysis. Start a follow-up round "
            "to see how influence and interest have changed."
        ),
        "summary": "Summary",
        "sum_actors": "{0} actors compared; {1} moved to another quadrant of the grid.",
        "sum_interest": "Interest rose for {0} and fell for {1} actors.",
        "sum_influence": "Influence rose for {0} and fell for {1} actors.",
        "sum_engagement": "Average engagement: {0} of 100.",
        "sum_commitments": "Commitments: {0}.",
        "changes": "Change per actor",
        "actor": "Actor",
        "type": "Type",
        "influence": "Influence",
        "interest": "Interest",
        "quadrant": "Quadrant",
        "engagement": "Engagement per actor",
        "engagement_text": (
            "Engagement (0–100) is computed from what happened: up to 50 points for the share of "
            "invited sessions the actor attended, one point per note (at most 30) and ten per "
            "commitment not dropped (at most 20)."
        ),
        "score": "Score",
        "level": "Level",
        "attended": "Attended",
        "notes": "Notes",
        "commitments": "Commitments",
        "by_type": "Engagement per actor type",
        "actors": "Actors",
        "average": "Average",
        "chart_type": "Average engagement per actor type",
        "commitment": "Commitment",
        "due": "By",
        "status": "Status",
        "new_in_round": "new",
        "left_round": "left",
        "lessons": "Lessons learned",
        "lessons_from": "Compiled from {0} internal evaluations",
        "no_lessons": "No lessons have been written yet.",
        "source": "Source: {0}",
        "other_theme": "Other",
        "raw_notes": "Notes from the evaluations",
        "raw_notes_text": "What was said in the internal evaluations and has not yet become a lesson.",
    },
}

def w(language: str, key: str) -> str:
    """Return the follow-up documents' word *key* in *language*."""
    return WORDS[language_of(language)][key]


def actor_type(language: str, key: str) -> str:
    """Return the actor type's name in *language* (from the shared vocabulary)."""
    return ACTOR_TYPE.name(language, key)


def status(language: str, key: str) -> str:
    """Return the commitment status's name in *language* (from the shared vocabulary)."""
    return COMMITMENT_STATUS.name(language, key)


def level(language: str, key: str) -> str:
    """Return the engagement level's name in *language* (from the shared vocabulary)."""
    return ENGAGEMENT_LEVEL.name(language, key)


def quadrant(language: str, key: str) -> str:
    """Return the grid quadrant's name in *language* (from the shared vocabulary)."""
    return QUADRANT.name(language, key)
