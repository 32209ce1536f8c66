"""Realistic Swedish material for the demo project (fictional people and companies)."""

from __future__ import annotations

HALLAND_MUNICIPALITIES = ("Halmstad", "Laholm", "Hylte", "Falkenberg", "Varberg", "Kungsbacka")

# (name, actor type, municipality)
ACTORS: tuple[tuple[str, str, str], ...] = (
    ("Halmstads kommun", "municipality", "Halmstad"),
    ("Laholms kommun", "municipality", "Laholm"),
    ("Hylte kommun", "municipality", "Hylte"),
    ("Falkenbergs kommun", "municipality", "Falkenberg"),
    ("Varbergs kommun", "municipality", "Varberg"),
    ("Kungsbacka kommun", "municipality", "Kungsbacka"),
    ("Region Halland", "region", "Halmstad"),
    ("Länsstyrelsen i Hallands län", "county_board", "Halmstad"),
    ("Högskolan i Halmstad", "university", "Halmstad"),
    ("Forskargruppen Hållbar samhällsplanering", "researcher", "Halmstad"),
    ("Trafikverket Region Väst", "agency", "Göteborg"),
    ("Kattegattkustens Logistik AB", "company", "Halmstad"),
    ("Nissadalens Trä AB", "company", "Hylte"),
    ("Ätradalens Livsmedel AB", "company", "Falkenberg"),
    ("Kungsbacka Fastighetsutveckling AB", "company", "Kungsbacka"),
    ("Företagarna Halland", "business_org", "Halmstad"),
    ("Handelskammaren Halland", "business_org", "Varberg"),
    ("LRF Halland", "business_org", "Falkenberg"),
)

# (name, role, actor name, consent: store, quote, name organisation)
PEOPLE: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Anna Lindqvist", "Översiktsplanerare", "Halmstads kommun", "given", "given", "given"),
    ("Erik Johansson", "Samhällsbyggnadschef", "Laholms kommun", "given", "refused", "given"),
    ("Maria Svensson", "Planarkitekt", "Hylte kommun", "given", "given", "given"),
    ("Johan Berg", "Planeringschef", "Falkenbergs kommun", "given", "given", "refused"),
    ("Sara Nilsson", "Strateg", "Varbergs kommun", "given", "unknown", "given"),
    ("Lars Ekström", "Översiktsplanerare", "Kungsbacka kommun", "given", "given", "given"),
    (
        "Karin Åberg",
        "Regional samhällsplaneringsstrateg",
        "Region Halland",
        "given",
        "given",
        "given",
    ),
    ("Peter Öberg", "Näringslivsstrateg", "Region Halland", "given", "given", "given"),
    (
        "Emma Karlsson",
        "Handläggare fysisk planering",
        "Länsstyrelsen i Hallands län",
        "given",
        "given",
        "given",
    ),
    ("Mikael Håkansson", "Lektor i planering", "Högskolan i Halmstad", "given", "given", "given"),
    (
        "Ingrid Persson",
        "Forskare",
        "Forskargruppen Hållbar samhällsplanering",
        "given",
        "refused",
        "refused",
    ),
    ("Oskar Lund", "Samhällsplanerare", "Trafikverket Region Väst", "given", "given", "given"),
    ("Fatima Hassan", "VD", "Kattegattkustens Logistik AB", "given", "given", "refused"),
    ("Jonas Wikström", "Platschef", "Nissadalens Trä AB", "unknown", "unknown", "unknown"),
    ("Helena Sjöberg", "Verksamhetschef", "Ätradalens Livsmedel AB", "given", "given", "given"),
    (
        "Ahmed Yilmaz",
        "Projektutvecklare",
        "Kungsbacka Fastighetsutveckling AB",
        "given",
        "refused",
        "given",
    ),
    ("Birgitta Holm", "Regionchef", "Företagarna Halland", "given", "given", "given"),
    (
        "Gustav Engström",
        "Näringspolitisk expert",
        "Handelskammaren Halland",
        "given",
        "given",
        "given",
    ),
    ("Lena Fransson", "Ordförande", "LRF Halland", "given", "given", "given"),
)

# Sentences per default theme; "{m}" is replaced by a municipality.
NOTES: dict[str, tuple[str, ...]] = {
    "opportunities": (
        "Västkustbanans dubbelspår gör att {m} kan växa med pendling mot Göteborg.",
        "Högskolans forskning om energisystem kan kopplas till näringslivet i {m}.",
        "Hamnen är en tillgång för logistik och nya gröna industrier.",
        "Kustnära turism kan bli en året-runt-näring om kollektivtrafiken byggs ut.",
        "Det finns mark nära stationen i {m} som kan förtätas med bostäder.",
        "Vindkraft till havs ger nya jobb i service och underhåll.",
        "Samverkan kring vattenförsörjning mellan kommunerna sparar pengar.",
        "Landsbygden i {m} lockar distansarbetare sedan pandemin.",
        "Livsmedelsklustret kan växa om jordbruksmarken skyddas långsiktigt.",
        "Digital infrastruktur gör det möjligt att bo i mindre orter.",
        "Gemensamma kunskapsunderlag minskar dubbelarbete mellan kommunerna.",
        "Cirkulära flöden av massor mellan byggprojekt i regionen.",
    ),
    "challenges": (
        "Bostadsbristen i {m} gör det svårt att rekrytera till vård och skola.",
        "Jordbruksmark tas i anspråk när tätorterna växer.",
        "Stigande havsnivåer hotar bebyggelse längs kusten i {m}.",
        "Kollektivtrafiken i inlandet är för gles för att ersätta bilen.",
        "Små kommuner saknar planeringskapacitet och kompetens.",
        "Konkurrens om vatten mellan jordbruk, industri och nya bostäder.",
        "Tunga transporter genom centrum i {m} skapar buller och otrygghet.",
        "Riksintressen överlappar och ger målkonflikter i detaljplaneringen.",
        "Elnätet räcker inte till för nya etableringar i {m}.",
        "Svårt att få företag att delta i långsiktig planering.",
        "Befolkningen åldras snabbare i inlandet än vid kusten.",
        "Kunskapsunderlag är spridda och svåra att hitta för handläggare.",
    ),
    "strategy_today": (
        "{m} arbetar med en ny översiktsplan som ska antas om två år.",
        "Den regionala utvecklingsstrategin styr men är svår att omsätta i fysisk planering.",
        "Länsstyrelsen lyfter klimatanpassning i varje samråd.",
        "Vi har en gemensam bostadsmarknadsanalys men ingen gemensam markstrategi.",
        "Näringslivsfrågorna hanteras i en annan förvaltning än planeringen.",
        "Kommunerna samarbetar kring VA men inte kring grönstruktur.",
        "Strategiska frågor tas upp i kommunchefsnätverket två gånger per år.",
        "Planeringen i {m} utgår mycket från stationsnära lägen.",
        "Dialog med medborgare sker främst i samrådsskedet.",
        "GIS-underlag delas mellan kommunerna via regionen.",
    ),
    "change_over_time": (
        "För tio år sedan planerade {m} mest för villaområden, nu för förtätning.",
        "Klimatfrågan har gått från sidospår till kärnfråga i planeringen.",
        "Pendlingen över kommungränserna har ökat kraftigt sedan 2015.",
        "Regionen har fått en tydligare roll sedan regionplaneringen infördes.",
        "Handeln har flyttat från centrum till externa lägen och delvis tillbaka.",
        "Fler företag efterfrågar mark nära E6:an än tidigare.",
        "Distansarbete har ändrat hur vi ser på service på landsbygden.",
        "Samarbetet med länsstyrelsen har blivit tidigare och mer dialoginriktat.",
        "Befolkningen i {m} har vuxit mer än prognoserna sagt.",
    ),
    "priorities": (
        "Prioritera bostäder nära kollektivtrafik i {m}.",
        "Säkra jordbruksmarken som en nationell resurs.",
        "Klimatanpassa kusten innan nya områden planläggs.",
        "Bygg ut laddinfrastruktur för tunga transporter.",
        "Gemensam regional vattenplan senast 2028.",
        "Stärk kopplingen mellan högskolan och kommunernas planering.",
        "Utveckla stationsorterna längs Halmstad–Nässjö-banan.",
        "Ta fram ett gemensamt kunskapsunderlag för grönstruktur.",
        "Avsätt mark för nya industrietableringar nära hamnen.",
        "Tidig dialog med näringslivet i varje översiktsplan.",
    ),
}

INSIGHTS: tuple[tuple[str, str, str], ...] = (
    (
        "opportunities",
        "Pendlingsstråken är regionens starkaste tillväxtmotor",
        "Kommunerna längs Västkustbanan ser stationsnära förtätning som den viktigaste möjligheten.",
    ),
    (
        "challenges",
        "Jordbruksmarken är under tryck från flera håll",
        "Både kommuner, LRF och länsstyrelsen beskriver målkonflikten mellan tillväxt och jordbruksmark.",
    ),
    (
        "challenges",
        "Inlandskommunerna saknar planeringskapacitet",
        "Små kommuner behöver stöd med kunskapsunderlag och kompetens.",
    ),
    (
        "priorities",
        "Vatten är en gemensam regional fråga",
        "Flera aktörer prioriterar en regional plan för vattenförsörjning.",
    ),
)

LESSONS: tuple[tuple[str, str], ...] = (
    (
        "Börja intervjuerna tidigt",
        "Intervjuerna tog längre tid att boka än planerat; starta planeringen minst två månader innan.",
    ),
    (
        "Förankra internt innan externa möten",
        "Näringslivsstrategen och samhällsplaneringsstrategen behöver vara med från början.",
    ),
    (
        "Bredda deltagandet",
        "Företag och forskare deltog mer när vi bjöd in dem personligen.",
    ),
)
