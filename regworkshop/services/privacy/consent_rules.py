"""What an interviewee's consent lets an export show about a note.

* the person's name only if they consented to it being stored (``consent_store``),
* the organisation's name only if it may be named (``consent_name_org``),
  otherwise just its kind (e.g. "a municipality"),
* a quote word for word only if quoting was consented to (``consent_quote``);
  otherwise the note may be used as background but not as a quote.
Unknown consent counts as no: nothing is shown until someone asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from regworkshop.store.enums import Consent


@dataclass(frozen=True)
class ConsentAnswers:
    store_name: str = Consent.UNKNOWN
    quote: str = Consent.UNKNOWN
    name_org: str = Consent.UNKNOWN

    @property
    def complete(self) -> bool:
        return Consent.UNKNOWN not in (self.store_name, self.quote, self.name_org)


@dataclass(frozen=True)
class Shown:
    """What an export may show of one note."""

    person: str  # "" when the name may not be shown
    organisation: str  # "" when the organisation may not be named
    actor_type: str | None
    as_quote: bool


def shown(
    answers: ConsentAnswers | None,
    *,
    person: str,
    organisation: str,
    actor_type: str | None,
    is_quote: bool,
) -> Shown:
    """Apply the consent rules to one note (no answers: a workshop note, nothing personal)."""
    if answers is None:
        return Shown("", organisation, actor_type, is_quote)
    return Shown(
        person=person if answers.store_name == Consent.GIVEN else "",
        organisation=organisation if answers.name_org == Consent.GIVEN else "",
        actor_type=actor_type,
        as_quote=is_quote and answers.quote == Consent.GIVEN,
    )
