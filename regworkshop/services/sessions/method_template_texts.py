"""The text of the method's four agenda templates, in Swedish and English.

From Region Halland's method card: the workshop that frames the project's
questions, the kickoff, and interviews with the method's many kinds of actors;
from Region Skåne's lessons learned: the internal evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from regworkshop.store.enums import ActorType, SessionKind


@dataclass(frozen=True)
class Text:
    sv: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.sv


@dataclass(frozen=True)
class Item:
    title: Text
    question: Text = Text("", "")
    description: Text = Text("", "")
    minutes: int = 15
    themes: tuple[str, ...] = ()
    actor_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theme:
    key: str
    name: Text
    colour: str
    builtin_key: str | None = None


@dataclass(frozen=True)
class MethodTemplate:
    id: str
    name: Text
    description: Text
    kind: str
    themes: tuple[Theme, ...]
    items: tuple[Item, ...] = field(default=())


T = Text
# The workshop's framing questions are the project's default themes (see theme_service).
DEFAULT_THEME_REFS = (
    Theme("opportunities", T("Möjligheter", "Opportunities"), "#A5D6A7", "opportunities"),
    Theme("challenges", T("Utmaningar", "Challenges"), "#EF9A9A", "challenges"),
    Theme(
        "strategy_today",
        T("Strategiskt arbete idag", "Strategic work today"),
        "#90CAF9",
        "strategy_today",
    ),
    Theme(
        "change_over_time",
        T("Förändring över tid", "Change over time"),
        "#FFE082",
        "change_over_time",
    ),
    Theme("priorities", T("Prioriteringar", "Priorities"), "#CE93D8", "priorities"),
)

HALLAND_WORKSHOP = MethodTemplate(
    id="builtin:halland_workshop",
    name=T("Workshop enligt Hallandsmetoden", "The Halland workshop"),
    description=T(
        "Ramar in projektets frågeställningar med region, kommuner och länsstyrelse.",
        "Frames the project's questions with the region, municipalities and county board.",
    ),
    kind=SessionKind.WORKSHOP,
    themes=DEFAULT_THEME_REFS,
    items=(
        Item(
            T("Inledning: syfte och upplägg", "Introduction: purpose and format"),
            description=T(
                "Projektets bakgrund, dagens syfte och hur det som sägs används i "
                "kunskapsunderlaget.",
                "The project's background, today's purpose and how what is said feeds the "
                "knowledge base.",
            ),
            minutes=15,
        ),
        Item(
            T("Möjligheter", "Opportunities"),
            T(
                "Vilka möjligheter ser ni för regionens och er organisations utveckling?",
                "What opportunities do you see for the development of the region and your "
                "organisation?",
            ),
            minutes=20,
            themes=("opportunities",),
        ),
        Item(
            T("Utmaningar", "Challenges"),
            T(
                "Vilka utmaningar möter ni i planeringen, i dag och framåt?",
                "What challenges do you meet in planning, today and ahead?",
            ),
            minutes=20,
            themes=("challenges",),
        ),
        Item(
            T("Det strategiska arbetet i dag", "Strategic work today"),
            T(
                "Hur ser ert strategiska arbete med planeringsfrågorna ut i dag, och med vilka "
                "samarbetar ni?",
                "What does your strategic work on planning look like today, and who do you "
                "work with?",
            ),
            minutes=20,
            themes=("strategy_today",),
        ),
        Item(
            T("Förändring över tid", "Change over time"),
            T(
                "Hur har arbetet och förutsättningarna förändrats över tid?",
                "How have the work and its conditions changed over time?",
            ),
            minutes=15,
            themes=("change_over_time",),
        ),
        Item(
            T("Vad prioriteras?", "What is prioritised?"),
            T(
                "Vad är prioriterat i ert strategiska arbete – och vad borde vara det?",
                "What is prioritised in your strategic work – and what should be?",
            ),
            minutes=20,
            themes=("priorities",),
        ),
        Item(
            T("Prioritering", "Prioritisation"),
            T(
                "Vilka frågor är viktigast att gå vidare med?",
                "Which questions matter most to take further?",
            ),
            T(
                "Varje deltagare fördelar tre prickar bland lapparna.",
                "Each participant spreads three dots among the notes.",
            ),
            minutes=25,
        ),
        Item(
            T("Sammanfattning och nästa steg", "Wrap-up and next steps"),
            T(
                "Vad tar vi med oss, och hur går arbetet vidare?",
                "What do we take with us, and how does the work go on?",
            ),
            minutes=15,
        ),
    ),
)

KICKOFF = MethodTemplate(
    id="builtin:kickoff",
    name=T("Uppstartsmöte", "Kickoff"),
    description=T(
        "Deltagarnas förväntningar och hur varje organisation förankrar projektet.",
        "Participants' expectations and how each organisation anchors the project.",
    ),
    kind=SessionKind.KICKOFF,
    themes=(
        Theme("expectations", T("Förväntningar", "Expectations"), "#A5D6A7"),
        Theme("anchoring", T("Förankring", "Anchoring"), "#90CAF9"),
        Theme("collaboration", T("Samverkan framåt", "Working together"), "#FFCC80"),
    ),
    items=(
        Item(
            T("Välkomna: projektet i korthet", "Welcome: the project in brief"),
            description=T(
                "Bakgrund, syfte, tidplan och hur kunskapsunderlaget ska användas.",
                "Background, purpose, timetable and how the knowledge base will be used.",
            ),
            minutes=20,
        ),
        Item(
            T("Presentationsrunda", "Round of introductions"),
            T(
                "Vem är du, och vilken roll har din organisation i planeringsfrågorna?",
                "Who are you, and what part does your organisation play in planning?",
            ),
            minutes=15,
        ),
        Item(
            T("Förväntningar på projektet", "Expectations of the project"),
            T(
                "Vad förväntar ni er av projektet, och vad vill ni få ut av det?",
                "What do you expect of the project, and what do you want to get out of it?",
            ),
            minutes=30,
            themes=("expectations",),
        ),
        Item(
            T("Förankring i den egna organisationen", "Anchoring in your own organisation"),
            T(
                "Hur förankrar ni projektet i er organisation – vem behöver veta vad, och när?",
                "How will you anchor the project in your organisation – who needs to know "
                "what, and when?",
            ),
            minutes=30,
            themes=("anchoring",),
        ),
        Item(
            T("Hur vill ni delta framåt?", "How do you want to take part?"),
            T(
                "Referensgrupp, workshoppar, intervjuer: var och hur vill ni vara med?",
                "Reference group, workshops, interviews: where and how do you want to join in?",
            ),
            minutes=15,
            themes=("collaboration",),
        ),
        Item(
            T("Sammanfattning och nästa steg", "Wrap-up and next steps"),
            minutes=10,
        ),
    ),
)

_A = ActorType
INTERVIEW_GUIDE = MethodTemplate(
    id="builtin:interview_guide",
    name=T("Intervjuguide", "Interview guide"),
    description=T(
        "Samma kärnfrågor till alla, och frågor som passar aktörens typ.",
        "The same core questions for everyone, and questions that fit the kind of actor.",
    ),
    kind=SessionKind.INTERVIEW,
    themes=DEFAULT_THEME_REFS,
    items=(
        Item(
            T("Inledning och samtycke", "Introduction and consent"),
            description=T(
                "Syftet med intervjun och hur anteckningarna sparas och används. Fråga om "
                "samtycke till att spara, citera och nämna organisationen.",
                "The purpose of the interview and how the notes are kept and used. Ask for "
                "consent to store, to quote and to name the organisation.",
            ),
            minutes=5,
        ),
        Item(
            T("Din roll och organisation", "Your role and organisation"),
            T(
                "Berätta om din roll och din organisations uppdrag i regionen.",
                "Tell us about your role and your organisation's remit in the region.",
            ),
            minutes=5,
        ),
        Item(
            T("Kommunens planering", "The municipality's planning"),
            T(
                "Hur ser kommunens översiktsplanering ut, och hur hänger den ihop med "
                "grannkommunerna och regionen?",
                "What does the municipality's comprehensive planning look like, and how does "
                "it connect with neighbouring municipalities and the region?",
            ),
            minutes=10,
            themes=("strategy_today",),
            actor_types=(_A.MUNICIPALITY,),
        ),
        Item(
            T("Regionens uppdrag", "The region's remit"),
            T(
                "Hur kopplar regionens utvecklingsstrategi och övriga uppdrag till den fysiska "
                "planeringen?",
                "How do the regional development strategy and the region's other tasks "
                "connect to physical planning?",
            ),
            minutes=10,
            themes=("strategy_today",),
            actor_types=(_A.REGION,),
        ),
        Item(
            T("Statliga intressen", "National interests"),
            T(
                "Vilka statliga intressen och riksintressen är viktigast här, och var uppstår "
                "målkonflikter?",
                "Which national interests matter most here, and where do goals conflict?",
            ),
            minutes=10,
            themes=("challenges",),
            actor_types=(_A.COUNTY_BOARD, _A.AGENCY),
        ),
        Item(
            T("Kunskap och forskning", "Knowledge and research"),
            T(
                "Vilken kunskap och forskning borde planeringen använda, och vad saknas?",
                "What knowledge and research should planning use, and what is missing?",
            ),
            minutes=10,
            themes=("opportunities",),
            actor_types=(_A.UNIVERSITY, _A.RESEARCHER),
        ),
        Item(
            T("Företagets behov", "What the company needs"),
            T(
                "Vad behöver företaget av planeringen: mark, transporter, kompetens, energi?",
                "What does the company need from planning: land, transport, skills, energy?",
            ),
            minutes=10,
            themes=("priorities",),
            actor_types=(_A.COMPANY,),
        ),
        Item(
            T("Näringslivets perspektiv", "The business perspective"),
            T(
                "Vilka frågor om regionens utveckling lyfter era medlemmar?",
                "Which questions about the region's development do your members raise?",
            ),
            minutes=10,
            themes=("priorities",),
            actor_types=(_A.BUSINESS_ORG,),
        ),
        Item(
            T("Möjligheter", "Opportunities"),
            T(
                "Vilka möjligheter ser du för regionens utveckling?",
                "What opportunities do you see for the region's development?",
            ),
            minutes=8,
            themes=("opportunities",),
        ),
        Item(
            T("Utmaningar", "Challenges"),
            T(
                "Vilka utmaningar ser du, för er och för regionen?",
                "What challenges do you see, for you and for the region?",
            ),
            minutes=8,
            themes=("challenges",),
        ),
        Item(
            T("Strategiskt arbete i dag", "Strategic work today"),
            T(
                "Hur arbetar ni strategiskt med de här frågorna i dag?",
                "How do you work strategically on these questions today?",
            ),
            minutes=7,
            themes=("strategy_today",),
        ),
        Item(
            T("Förändring över tid", "Change over time"),
            T(
                "Hur har det förändrats under de senaste tio åren?",
                "How has it changed over the last ten years?",
            ),
            minutes=5,
            themes=("change_over_time",),
        ),
        Item(
            T("Prioriteringar", "Priorities"),
            T(
                "Vad är viktigast att prioritera framåt?",
                "What matters most to prioritise from here?",
            ),
            minutes=7,
            themes=("priorities",),
        ),
        Item(
            T("Avslutning", "Closing"),
            T(
                "Är det något vi inte har frågat om? Vem mer borde vi prata med?",
                "Is there anything we have not asked about? Who else should we talk to?",
            ),
            minutes=5,
        ),
    ),
)

LESSONS_LEARNED = MethodTemplate(
    id="builtin:lessons_learned",
    name=T("Intern utvärdering: lärdomar", "Internal evaluation: lessons learned"),
    description=T(
        "Vad fungerade, vad fungerade inte, vad ändrar vi – och vilka lärdomar för vi vidare?",
        "What worked, what did not, what do we change – and which lessons do we pass on?",
    ),
    kind=SessionKind.INTERNAL_EVALUATION,
    themes=(
        Theme("worked", T("Det här fungerade", "What worked"), "#A5D6A7"),
        Theme("did_not_work", T("Det här fungerade inte", "What did not work"), "#EF9A9A"),
        Theme("change", T("Det här ändrar vi", "What we change"), "#90CAF9"),
        Theme("lessons", T("Lärdomar", "Lessons"), "#CE93D8"),
    ),
    items=(
        Item(
            T("Inledning och spelregler", "Introduction and ground rules"),
            description=T(
                "Syftet med utvärderingen. Vi talar om processen, inte om personer.",
                "Why we evaluate. We talk about the process, not about people.",
            ),
            minutes=10,
        ),
        Item(
            T("Tillbakablick", "Looking back"),
            T(
                "Hur såg processen ut – vilka var de viktigaste händelserna och besluten?",
                "What did the process look like – which were the key events and decisions?",
            ),
            minutes=15,
        ),
        Item(
            T("Vad fungerade?", "What worked?"),
            T("Vad fungerade bra, och varför?", "What worked well, and why?"),
            minutes=20,
            themes=("worked",),
        ),
        Item(
            T("Vad fungerade inte?", "What did not work?"),
            T(
                "Vad fungerade mindre bra, och vad berodde det på?",
                "What worked less well, and what caused it?",
            ),
            minutes=20,
            themes=("did_not_work",),
        ),
        Item(
            T("Vad ändrar vi?", "What do we change?"),
            T("Vad gör vi annorlunda nästa gång?", "What do we do differently next time?"),
            minutes=20,
            themes=("change",),
        ),
        Item(
            T("Lärdomar", "Lessons"),
            T(
                "Vilka lärdomar vill vi föra vidare till nästa planeringsomgång och till andra "
                "regioner?",
                "Which lessons do we want to pass on to the next planning round and to other "
                "regions?",
            ),
            minutes=25,
            themes=("lessons",),
        ),
        Item(
            T("Avslutning", "Closing"),
            T(
                "Vem sammanställer lärdomarna, och hur sprider vi dem?",
                "Who compiles the lessons, and how do we share them?",
            ),
            minutes=10,
        ),
    ),
)


BUILTIN = (HALLAND_WORKSHOP, KICKOFF, INTERVIEW_GUIDE, LESSONS_LEARNED)
