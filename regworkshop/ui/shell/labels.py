"""Translated names for the method's vocabularies (phases, counts, kinds, actor types)."""

from __future__ import annotations

from regworkshop.services.stakeholders.assessment_service import Quadrant
from regworkshop.services.stakeholders.engagement_service import Level
from regworkshop.store.enums import (
    ActorType,
    Attendance,
    Consent,
    InvolvementForm,
    MethodPhase,
    SessionKind,
)
from regworkshop.ui.shell.i18n import tr


def phase_name(phase: MethodPhase) -> str:
    return {
        MethodPhase.PREPARE: tr("Prepare"),
        MethodPhase.CONDUCT: tr("Conduct"),
        MethodPhase.COMPILE: tr("Compile"),
        MethodPhase.FOLLOW_UP: tr("Follow up"),
        MethodPhase.LESSONS: tr("Lessons learned"),
    }[phase]


def phase_description(phase: MethodPhase) -> str:
    return {
        MethodPhase.PREPARE: tr(
            "Stakeholder analysis; meet each municipality to anchor the project."
        ),
        MethodPhase.CONDUCT: tr("Reference group, kickoff, workshops and many interviews."),
        MethodPhase.COMPILE: tr("Summarise the insights in a knowledge base."),
        MethodPhase.FOLLOW_UP: tr(
            "Commitments, declaration of intent, a new stakeholder analysis."
        ),
        MethodPhase.LESSONS: tr("Internal evaluations compiled into lessons for the next round."),
    }[phase]


def count_label(key: str) -> str:
    return {
        "actors": tr("Actors"),
        "people": tr("Contact people"),
        "actors_assessed": tr("Actors assessed"),
        "municipality_meetings": tr("Municipality meetings"),
        "reference_group_meetings": tr("Reference group meetings"),
        "kickoffs": tr("Kickoffs"),
        "workshops": tr("Workshops"),
        "interviews": tr("Interviews"),
        "notes": tr("Notes"),
        "themes": tr("Themes"),
        "insights": tr("Insights"),
        "commitments": tr("Commitments"),
        "assessment_rounds": tr("Assessment rounds"),
        "internal_evaluations": tr("Internal evaluations"),
        "lessons": tr("Lessons"),
        "sessions": tr("Sessions"),
    }.get(key, key)


def session_kind_name(kind: str) -> str:
    return {
        SessionKind.WORKSHOP: tr("Workshop"),
        SessionKind.INTERVIEW: tr("Interview"),
        SessionKind.KICKOFF: tr("Kickoff"),
        SessionKind.REFERENCE_GROUP: tr("Reference group"),
        SessionKind.MUNICIPALITY_MEETING: tr("Municipality meeting"),
        SessionKind.INTERNAL_EVALUATION: tr("Internal evaluation"),
    }.get(kind, kind)


def actor_type_name(kind: str) -> str:
    return {
        ActorType.MUNICIPALITY: tr("Municipality"),
        ActorType.REGION: tr("Region"),
        ActorType.COUNTY_BOARD: tr("County administrative board"),
        ActorType.UNIVERSITY: tr("University"),
        ActorType.RESEARCHER: tr("Researcher"),
        ActorType.COMPANY: tr("Company"),
        ActorType.BUSINESS_ORG: tr("Business organisation"),
        ActorType.AGENCY: tr("Government agency"),
        ActorType.OTHER: tr("Other"),
    }.get(kind, kind)


def actor_types() -> list[tuple[str, str]]:
    """Return (key, translated name) of every actor type, in the method's order."""
    return [(kind.value, actor_type_name(kind)) for kind in ActorType]


def involvement_form_name(form: str) -> str:
    return {
        InvolvementForm.REFERENCE_GROUP: tr("Reference group"),
        InvolvementForm.KICKOFF: tr("Kickoff"),
        InvolvementForm.WORKSHOP: tr("Workshop"),
        InvolvementForm.INTERVIEW: tr("Interview"),
        InvolvementForm.MUNICIPALITY_MEETING: tr("Municipality meeting"),
        InvolvementForm.FOLLOW_UP: tr("Follow-up"),
    }.get(form, form)


def involvement_forms() -> list[tuple[str, str]]:
    return [(form.value, involvement_form_name(form)) for form in InvolvementForm]


def consent_name(consent: str) -> str:
    return {
        Consent.GIVEN: tr("Given"),
        Consent.REFUSED: tr("Refused"),
        Consent.UNKNOWN: tr("Unknown"),
    }.get(consent, consent)


def consents() -> list[tuple[str, str]]:
    return [(c.value, consent_name(c)) for c in (Consent.GIVEN, Consent.REFUSED, Consent.UNKNOWN)]


def quadrant_name(quadrant: str) -> str:
    return {
        Quadrant.MANAGE_CLOSELY: tr("Manage closely"),
        Quadrant.KEEP_SATISFIED: tr("Keep satisfied"),
        Quadrant.KEEP_INFORMED: tr("Keep informed"),
        Quadrant.MONITOR: tr("Monitor"),
    }.get(quadrant, quadrant)


def engagement_level_name(level: str) -> str:
    return {
        Level.HIGH: tr("high"),
        Level.MEDIUM: tr("medium"),
        Level.LOW: tr("low"),
        Level.NONE: tr("none"),
    }.get(level, level)


def attendance_name(value: str) -> str:
    return {
        Attendance.INVITED: tr("Invited"),
        Attendance.ATTENDED: tr("Attended"),
        Attendance.CANCELLED: tr("Cancelled"),
    }.get(value, value)
