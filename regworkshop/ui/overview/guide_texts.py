"""The method guide's words: checklist items and conditions for success, translated."""

from __future__ import annotations

from regworkshop.services.guide.guide_service import (
    MIN_INTERVIEW_TYPES,
    MIN_INTERVIEWS,
    ChecklistItem,
    Tip,
)
from regworkshop.ui.shell.i18n import tr


def item_text(item: ChecklistItem) -> str:
    """Return what a checklist item says, with the project's figures in it."""
    n = item.numbers
    done, total = item.progress or (0, 0)
    key = item.key
    if key == "internal_resources":
        return tr(
            "Internal resources on board: process leader, business strategist, "
            "regional planning strategist"
        )
    if key == "actors_mapped":
        if not n[0]:
            return tr("Map the actors: kommuner, region, länsstyrelse, academia, business")
        return tr("Actors mapped: {0} actors of {1} kinds").format(n[0], n[1])
    if key == "stakeholder_analysis":
        return tr("Stakeholder analysis: {0} of {1} actors assessed").format(done, total)
    if key == "involvement_plan":
        return tr("Involvement plan (when, where, how): {0} of {1} actors").format(done, total)
    if key == "municipalities_met":
        return tr("Municipality meetings: {0} of {1} kommuner met").format(done, total)
    if key == "reference_group":
        return tr("Reference group formed ({0} meetings)").format(n[0])
    if key == "kickoff":
        return tr("Kickoff held")
    if key == "anchoring":
        return tr("Each organisation has said how it anchors the project internally")
    if key == "workshops":
        return tr("Workshops held: {0}").format(n[0])
    if key == "interviews":
        return tr("Interviews: {0} done across {1} actor types (aim: {2} across {3})").format(
            n[0], n[1], MIN_INTERVIEWS, MIN_INTERVIEW_TYPES
        )
    if key == "insights":
        return tr("Insights written: {0}").format(n[0])
    if key == "insights_evidenced":
        return tr("Insights backed by notes: {0} of {1}").format(done, total)
    if key == "knowledge_discussed":
        return tr("Knowledge base discussed with the reference group")
    if key == "platform":
        return tr("Collaboration platform recorded: forum, members ({0}), cadence").format(n[0])
    if key == "commitments":
        return tr("Commitments recorded: {0} from {1} actors").format(n[0], n[1])
    if key == "declaration_signed":
        return tr("Declaration of intent agreed by the parties")
    if key == "followup_round":
        return tr("Stakeholder analysis redone in a follow-up round ({0} rounds)").format(n[0])
    if key == "internal_evaluation":
        return tr("Internal evaluation held")
    if key == "key_people_interviewed":
        return tr("Key people interviewed about the process")
    if key == "lessons":
        return tr("Lessons written: {0}").format(n[0])
    if key == "lessons_shared":
        return tr("Lessons shared with the next planning round and other regions")
    return key


def tip_text(tip: Tip) -> str:
    """Return a condition for success, worded as a warning when the project is at risk."""
    n = tip.numbers
    if tip.key == "plan_early":
        if tip.warning:
            return tr(
                "Interviews booked less than {1} weeks ahead: {0}. Start planning early, "
                "especially for interviews and procured services."
            ).format(n[0], n[1])
        return tr("Start planning early, especially for interviews and procured services.")
    if tip.key == "internal_resources":
        return tr(
            "Involve internal resources: a process leader, a business strategist and a "
            "regional planning strategist."
        )
    if tip.key == "widen_view":
        if tip.warning and n[0] and n[1]:
            return tr(
                "Widen the view of who matters. Not heard yet: actor types {0}, "
                "municipalities {1} (see Gaps below)."
            ).format(n[0], n[1])
        if tip.warning and n[0]:
            return tr(
                "Widen the view of who matters. Kinds of actor not heard yet: {0} (see Gaps below)."
            ).format(n[0])
        if tip.warning:
            return tr(
                "Widen the view of who matters. Municipalities not heard yet: {0} (see Gaps below)."
            ).format(n[1])
        return tr("Widen the view of who matters: invite beyond the usual actors.")
    if tip.key == "consultant_time":
        if tip.warning:
            return tr(
                "Up to {0} interviews in one week: give the interviewer time (at most {1} a week)."
            ).format(n[0], n[1])
        return tr("Give the consultant time for the interviews and for writing them up.")
    if tip.key == "book_interviews":
        return tr("No interviews planned yet: book them now, they take long to arrange.")
    return tip.key


def link_text(link: str) -> str:
    """Return where a checklist link leads, for its tooltip."""
    area = link.split(":", 1)[0]
    return {
        "overview": tr("Overview"),
        "stakeholders": tr("Stakeholders"),
        "sessions": tr("Sessions"),
        "interviews": tr("Interviews"),
        "knowledge": tr("Knowledge base"),
        "followup": tr("Follow-up"),
    }.get(area, area)
