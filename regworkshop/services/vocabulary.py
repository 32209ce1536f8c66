"""The domain's words in Swedish and English: the one place that names each stored key.

The UI (in its language), the exports (in the export's language) and the
imports (to write lists that import again) all read their words from here.
Each vocabulary is keyed by the stored values of its enum in ``store.enums``
(or of the service constants for quadrants, engagement levels and interview
statuses, which are computed or stored as plain strings).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("sv", "en")


def language_of(code: str) -> str:
    """Return "en" for English and "sv" for anything else (Swedish is the method's language)."""
    return "en" if code == "en" else "sv"


@dataclass(frozen=True)
class Vocabulary:
    """One closed vocabulary: the word for each stored key, in Swedish and English."""

    sv: Mapping[str, str]
    en: Mapping[str, str]

    def words(self, language: str) -> Mapping[str, str]:
        """Return key -> word in *language* (Swedish unless "en")."""
        return self.en if language_of(language) == "en" else self.sv

    def name(self, language: str, key: str) -> str:
        """Return the word for *key* in *language*, or *key* itself if it is not in the vocabulary."""
        return self.words(language).get(key, key)


ACTOR_TYPE = Vocabulary(
    sv={
        "municipality": "Kommun",
        "region": "Region",
        "county_board": "Länsstyrelse",
        "university": "Universitet/högskola",
        "researcher": "Forskare",
        "company": "Företag",
        "business_org": "Näringslivsorganisation",
        "agency": "Statlig myndighet",
        "other": "Annan",
    },
    en={
        "municipality": "Municipality",
        "region": "Region",
        "county_board": "County administrative board",
        "university": "University",
        "researcher": "Researcher",
        "company": "Company",
        "business_org": "Business organisation",
        "agency": "Government agency",
        "other": "Other",
    },
)

SESSION_KIND = Vocabulary(
    sv={
        "workshop": "Workshop",
        "interview": "Intervju",
        "kickoff": "Uppstartsmöte",
        "reference_group": "Referensgrupp",
        "municipality_meeting": "Kommunmöte",
        "internal_evaluation": "Intern utvärdering",
    },
    en={
        "workshop": "Workshop",
        "interview": "Interview",
        "kickoff": "Kickoff",
        "reference_group": "Reference group",
        "municipality_meeting": "Municipality meeting",
        "internal_evaluation": "Internal evaluation",
    },
)

INVOLVEMENT_FORM = Vocabulary(
    sv={
        "reference_group": "Referensgrupp",
        "kickoff": "Uppstartsmöte",
        "workshop": "Workshop",
        "interview": "Intervju",
        "municipality_meeting": "Kommunmöte",
        "follow_up": "Uppföljning",
    },
    en={
        "reference_group": "Reference group",
        "kickoff": "Kickoff",
        "workshop": "Workshop",
        "interview": "Interview",
        "municipality_meeting": "Municipality meeting",
        "follow_up": "Follow-up",
    },
)

CONSENT = Vocabulary(
    sv={"unknown": "Okänt", "given": "Givet", "refused": "Nekat"},
    en={"unknown": "Unknown", "given": "Given", "refused": "Refused"},
)

ATTENDANCE = Vocabulary(
    sv={"invited": "Inbjuden", "attended": "Deltog", "cancelled": "Återbud"},
    en={"invited": "Invited", "attended": "Attended", "cancelled": "Cancelled"},
)

PARTICIPANT_ROLE = Vocabulary(
    sv={
        "participant": "Deltagare",
        "interviewee": "Intervjuperson",
        "facilitator": "Processledare",
        "note_taker": "Antecknare",
    },
    en={
        "participant": "Participant",
        "interviewee": "Interviewee",
        "facilitator": "Facilitator",
        "note_taker": "Note-taker",
    },
)

COMMITMENT_STATUS = Vocabulary(
    sv={
        "proposed": "Föreslaget",
        "agreed": "Överenskommet",
        "done": "Uppfyllt",
        "dropped": "Struket",
    },
    en={"proposed": "Proposed", "agreed": "Agreed", "done": "Fulfilled", "dropped": "Dropped"},
)

METHOD_PHASE = Vocabulary(
    sv={
        "prepare": "Förbereda",
        "conduct": "Genomföra",
        "compile": "Sammanställa",
        "follow_up": "Uppföljning",
        "lessons": "Lärdomar",
    },
    en={
        "prepare": "Prepare",
        "conduct": "Conduct",
        "compile": "Compile",
        "follow_up": "Follow up",
        "lessons": "Lessons learned",
    },
)

# Keyed by interview_service.STATUSES (a session's status while it is an interview).
INTERVIEW_STATUS = Vocabulary(
    sv={"planned": "Planerad", "done": "Genomförd", "notes_checked": "Anteckningar granskade"},
    en={"planned": "Planned", "done": "Done", "notes_checked": "Notes checked"},
)

# Keyed by assessment_service.Quadrant (computed from influence and interest, never stored).
QUADRANT = Vocabulary(
    sv={
        "manage_closely": "Samverka nära",
        "keep_satisfied": "Håll nöjd",
        "keep_informed": "Håll informerad",
        "monitor": "Bevaka",
    },
    en={
        "manage_closely": "Manage closely",
        "keep_satisfied": "Keep satisfied",
        "keep_informed": "Keep informed",
        "monitor": "Monitor",
    },
)

# Keyed by engagement_service.Level; neuter in Swedish because it qualifies "engagemang".
ENGAGEMENT_LEVEL = Vocabulary(
    sv={"high": "högt", "medium": "medel", "low": "lågt", "none": "inget"},
    en={"high": "high", "medium": "medium", "low": "low", "none": "none"},
)

VOCABULARIES: dict[str, Vocabulary] = {
    "actor_type": ACTOR_TYPE,
    "session_kind": SESSION_KIND,
    "involvement_form": INVOLVEMENT_FORM,
    "consent": CONSENT,
    "attendance": ATTENDANCE,
    "participant_role": PARTICIPANT_ROLE,
    "commitment_status": COMMITMENT_STATUS,
    "method_phase": METHOD_PHASE,
    "interview_status": INTERVIEW_STATUS,
    "quadrant": QUADRANT,
    "engagement_level": ENGAGEMENT_LEVEL,
}
