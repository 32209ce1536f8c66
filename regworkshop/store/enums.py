"""Closed vocabularies of the method, stored as their English keys."""

from __future__ import annotations

from enum import StrEnum


class ActorType(StrEnum):
    MUNICIPALITY = "municipality"  # kommun
    REGION = "region"
    COUNTY_BOARD = "county_board"  # länsstyrelse
    UNIVERSITY = "university"  # universitet/högskola
    RESEARCHER = "researcher"
    COMPANY = "company"
    BUSINESS_ORG = "business_org"  # näringslivsorganisation
    AGENCY = "agency"  # statlig myndighet
    OTHER = "other"


class SessionKind(StrEnum):
    WORKSHOP = "workshop"
    INTERVIEW = "interview"
    KICKOFF = "kickoff"
    REFERENCE_GROUP = "reference_group"
    MUNICIPALITY_MEETING = "municipality_meeting"
    INTERNAL_EVALUATION = "internal_evaluation"


class Consent(StrEnum):
    UNKNOWN = "unknown"
    GIVEN = "given"
    REFUSED = "refused"


class Attendance(StrEnum):
    INVITED = "invited"
    ATTENDED = "attended"
    CANCELLED = "cancelled"


class ParticipantRole(StrEnum):
    PARTICIPANT = "participant"
    INTERVIEWEE = "interviewee"
    FACILITATOR = "facilitator"
    NOTE_TAKER = "note_taker"


class InvolvementForm(StrEnum):
    REFERENCE_GROUP = "reference_group"
    KICKOFF = "kickoff"
    WORKSHOP = "workshop"
    INTERVIEW = "interview"
    MUNICIPALITY_MEETING = "municipality_meeting"
    FOLLOW_UP = "follow_up"


class InsightKind(StrEnum):
    INSIGHT = "insight"
    LESSON = "lesson"  # lärdom


class CommitmentStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    DONE = "done"
    DROPPED = "dropped"


class DocStatus(StrEnum):
    WORKING = "working"  # arbetsmaterial
    PUBLIC_RECORD = "public_record"  # allmän handling


class MethodPhase(StrEnum):
    PREPARE = "prepare"  # Förbereda
    CONDUCT = "conduct"  # Genomföra
    COMPILE = "compile"  # Sammanställa
    FOLLOW_UP = "follow_up"  # Uppföljning
    LESSONS = "lessons"  # Lärdomar
