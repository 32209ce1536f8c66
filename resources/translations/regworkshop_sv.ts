<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>My project</source>
        <translation>Mitt projekt</translation>
    </message>
    <message>
        <source>The file {0} does not exist. It may have been moved or renamed.</source>
        <translation>Filen {0} finns inte. Den kan ha flyttats eller bytt namn.</translation>
    </message>
    <message>
        <source>A file named {0} already exists. Choose another name.</source>
        <translation>Det finns redan en fil som heter {0}. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>{0} was saved by a newer version of RegWorkshop ({1}). Update RegWorkshop to open it; the file has not been changed.</source>
        <translation>{0} sparades av en nyare version av RegWorkshop ({1}). Uppdatera RegWorkshop för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>{0} is not a RegWorkshop project ({1}). The file has not been changed.</source>
        <translation>{0} är inget RegWorkshop-projekt ({1}). Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>{0} is damaged ({1}). It has not been written to. Restore a backup or ask for help.</source>
        <translation>{0} är skadad ({1}). Ingenting har skrivits till den. Återställ en säkerhetskopia eller be om hjälp.</translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation>{0} kan inte öppnas: {1}</translation>
    </message>
    <message>
        <source>The theme holds {0} notes. Choose a theme to move them to.</source>
        <translation>Temat har {0} lappar. Välj ett tema att flytta dem till.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Något gick fel: {0}</translation>
    </message>
    <message>
        <source>This is not a RegWorkshop bundle ({0}).</source>
        <translation>Det här är ingen RegWorkshop-bunt ({0}).</translation>
    </message>
    <message>
        <source>The bundle was refused as unsafe: {0}. Nothing was changed.</source>
        <translation>Bunten avvisades som osäker: {0}. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer RegWorkshop; version {0} or later is needed to read it.</source>
        <translation>Bunten skapades av en nyare RegWorkshop; version {0} eller senare behövs för att läsa den.</translation>
    </message>
    <message>
        <source>The bundle comes from another project (“{0}”).</source>
        <translation>Bunten kommer från ett annat projekt (”{0}”).</translation>
    </message>
    <message>
        <source>The bundle is damaged or does not match this version of RegWorkshop: {0}. Nothing was changed.</source>
        <translation>Bunten är skadad eller passar inte den här versionen av RegWorkshop: {0}. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>This is not a REFI-QDA project file ({0}).</source>
        <translation>Det här är ingen REFI-QDA-projektfil ({0}).</translation>
    </message>
    <message>
        <source>The file was refused as unsafe: {0}</source>
        <translation>Filen avvisades som osäker: {0}</translation>
    </message>
    <message>
        <source>The file does not follow the REFI-QDA standard: {0}</source>
        <translation>Filen följer inte REFI-QDA-standarden: {0}</translation>
    </message>
    <message>
        <source>The file is damaged: {0}</source>
        <translation>Filen är skadad: {0}</translation>
    </message>
    <message>
        <source>RegWorkshop projects (*{0});;All files (*)</source>
        <translation>RegWorkshop-projekt (*{0});;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Kalkylark (*.csv *.xlsx *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation>Exportera intressenter</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
    </message>
    <message>
        <source>Declaration of intent</source>
        <translation>Avsiktsförklaring</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Uppföljningsrapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <source>Writing {0}… {1} %</source>
        <translation>Skriver {0}… {1} %</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Klart: {0}</translation>
    </message>
    <message>
        <source>Stakeholder analysis; meet each municipality to anchor the project.</source>
        <translation>Intressentanalys; träffa kommunerna för att förankra projektet.</translation>
    </message>
    <message>
        <source>Reference group, kickoff, workshops and many interviews.</source>
        <translation>Referensgrupp, uppstartsmöte, workshoppar och många intervjuer.</translation>
    </message>
    <message>
        <source>Summarise the insights in a knowledge base.</source>
        <translation>Sammanfatta insikterna i ett kunskapsunderlag.</translation>
    </message>
    <message>
        <source>Commitments, declaration of intent, a new stakeholder analysis.</source>
        <translation>Åtaganden, avsiktsförklaring och en ny intressentanalys.</translation>
    </message>
    <message>
        <source>Internal evaluations compiled into lessons for the next round.</source>
        <translation>Interna utvärderingar sammanställda till lärdomar inför nästa omgång.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Actors assessed</source>
        <translation>Bedömda aktörer</translation>
    </message>
    <message>
        <source>Municipality meetings</source>
        <translation>Kommunmöten</translation>
    </message>
    <message>
        <source>Reference group meetings</source>
        <translation>Möten i referensgruppen</translation>
    </message>
    <message>
        <source>Kickoffs</source>
        <translation>Uppstartsmöten</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Keep the work going: a collaboration platform, a declaration of intent listing what each party commits to, and a new round of the stakeholder analysis to see whether interests have changed and how engaged each actor has been.</source>
        <translation>Håll arbetet vid liv: en samverkansplattform, en avsiktsförklaring med vad varje part åtar sig, och en ny omgång av intressentanalysen för att se om intressena har ändrats och hur engagerad varje aktör har varit.</translation>
    </message>
    <message>
        <source>Start follow-up round…</source>
        <translation>Starta uppföljningsomgång…</translation>
    </message>
    <message>
        <source>Follow-up report (PDF)…</source>
        <translation>Uppföljningsrapport (PDF)…</translation>
    </message>
    <message>
        <source>Declaration of intent…</source>
        <translation>Avsiktsförklaring…</translation>
    </message>
    <message>
        <source>Lessons learned (PDF)…</source>
        <translation>Lärdomar (PDF)…</translation>
    </message>
    <message>
        <source>Collaboration platform</source>
        <translation>Samverkansplattform</translation>
    </message>
    <message>
        <source>Forum:</source>
        <translation>Forum:</translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation>Möts:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Medlemmar:</translation>
    </message>
    <message>
        <source>e.g. Hallands planeringsforum</source>
        <translation>t.ex. Hallands planeringsforum</translation>
    </message>
    <message>
        <source>e.g. four times a year</source>
        <translation>t.ex. fyra gånger per år</translation>
    </message>
    <message>
        <source>Choose members…</source>
        <translation>Välj medlemmar…</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Lägg till åtagande…</translation>
    </message>
    <message>
        <source>Commitments ({0})</source>
        <translation>Åtaganden ({0})</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>inga valda ännu</translation>
    </message>
    <message>
        <source>Which organisations are members of the platform?</source>
        <translation>Vilka organisationer är medlemmar i plattformen?</translation>
    </message>
    <message>
        <source>Add the actors to the stakeholder register first.</source>
        <translation>Lägg först in aktörerna i intressentregistret.</translation>
    </message>
    <message>
        <source>Which actor commits?</source>
        <translation>Vilken aktör åtar sig något?</translation>
    </message>
    <message>
        <source>What does it commit to?</source>
        <translation>Vad åtar sig aktören?</translation>
    </message>
    <message>
        <source>Start follow-up round</source>
        <translation>Starta uppföljningsomgång</translation>
    </message>
    <message>
        <source>Name of the new round of the stakeholder analysis:</source>
        <translation>Namn på den nya omgången av intressentanalysen:</translation>
    </message>
    <message>
        <source>(no interviewee)</source>
        <translation>(ingen intervjuperson)</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Intervjuperson</translation>
    </message>
    <message>
        <source>Outside the guide</source>
        <translation>Utanför intervjuguiden</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Inflytande</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagemang</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Sessions attended {0} of {1} invited · notes {2} · commitments {3}</source>
        <translation>Deltog i {0} av {1} möten som aktören bjöds in till · lappar {2} · åtaganden {3}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Teman…</translation>
    </message>
    <message>
        <source>Add an item after the current one (Ctrl+Enter, Insert)</source>
        <translation>Lägg till en punkt efter den markerade (Ctrl+Enter, Insert)</translation>
    </message>
    <message>
        <source>Choose the themes the current item feeds</source>
        <translation>Välj vilka teman den markerade punkten ger underlag till</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Flytta upp punkten (Ctrl+Uppåtpil)</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Flytta ned punkten (Ctrl+Nedåtpil)</translation>
    </message>
    <message>
        <source>Delete the item (Delete)</source>
        <translation>Ta bort punkten (Delete)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Notes for the facilitator about the current item</source>
        <translation>Anteckningar till processledaren om punkten</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds an item · Tab moves between title, framing question and minutes · drag rows or press Ctrl+Up/Down to reorder · Delete removes</source>
        <translation>Ctrl+Enter lägger till en punkt · Tabb flyttar mellan rubrik, fokusfråga och minuter · dra rader eller tryck Ctrl+Uppåt/Nedåt för att ändra ordning · Delete tar bort</translation>
    </message>
    <message>
        <source>No items yet. Press Ctrl+Enter to add one, or apply a template.</source>
        <translation>Inga punkter ännu. Tryck Ctrl+Enter för att lägga till en, eller använd en mall.</translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation>Totalt {0}</translation>
    </message>
    <message>
        <source>{0} past the planned end {1}</source>
        <translation>{0} efter planerat slut {1}</translation>
    </message>
    <message>
        <source>ends exactly at the planned end</source>
        <translation>slutar precis vid planerat slut</translation>
    </message>
    <message>
        <source>{0} to spare before {1}</source>
        <translation>{0} kvar till planerat slut {1}</translation>
    </message>
    <message>
        <source>{0} over the planned length</source>
        <translation>{0} över planerad längd</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Which themes does “{0}” feed?</source>
        <translation>Vilka teman ger ”{0}” underlag till?</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>Analysomgångar</translation>
    </message>
    <message>
        <source>Internal evaluations</source>
        <translation>Interna utvärderingar</translation>
    </message>
    <message>
        <source>{0} notes · {1} actors · {2} actor types · {3} sessions</source>
        <translation>{0} anteckningar · {1} aktörer · {2} aktörstyper · {3} möten</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation>Lärdom: {0}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <source>Notes · distinct actors · distinct actor types · sessions</source>
        <translation>Anteckningar · olika aktörer · olika aktörstyper · möten</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>Inget avsnitt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>Vid öppning</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Under redigering</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Tagen manuellt</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Före en sammanslagning</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <source>Before an erasure</source>
        <translation>Före en radering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Backups are taken when you open the project (once a day), every 30 minutes while you edit, and before upgrades, merges, imports and erasures. They are kept in {0}, not beside the project, and thinned to recent, daily and weekly copies.</source>
        <translation>Säkerhetskopior tas när du öppnar projektet (en gång per dygn), var 30:e minut medan du redigerar och före uppgraderingar, sammanslagningar, importer och raderingar. De sparas i {0}, inte bredvid projektet, och gallras till senaste, dagliga och veckovisa kopior.</translation>
    </message>
    <message>
        <source>Take a backup now</source>
        <translation>Ta en säkerhetskopia nu</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Återställ vald säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the project with the backup from {0} ({1} notes)? What the project holds now is backed up first, so this can be reversed.</source>
        <translation>Ersätta projektet med säkerhetskopian från {0} ({1} lappar)? Det projektet innehåller nu säkerhetskopieras först, så det går att ångra.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Internal resources on board: process leader, business strategist, regional planning strategist</source>
        <translation>Interna resurser med från start: processledare, näringslivsstrateg, regional planeringsstrateg</translation>
    </message>
    <message>
        <source>Map the actors: kommuner, region, länsstyrelse, academia, business</source>
        <translation>Kartlägg aktörerna: kommuner, region, länsstyrelse, akademi, näringsliv</translation>
    </message>
    <message>
        <source>Actors mapped: {0} actors of {1} kinds</source>
        <translation>Aktörer kartlagda: {0} aktörer av {1} slag</translation>
    </message>
    <message>
        <source>Stakeholder analysis: {0} of {1} actors assessed</source>
        <translation>Intressentanalys: {0} av {1} aktörer bedömda</translation>
    </message>
    <message>
        <source>Involvement plan (when, where, how): {0} of {1} actors</source>
        <translation>Involveringsplan (när, var, hur): {0} av {1} aktörer</translation>
    </message>
    <message>
        <source>Municipality meetings: {0} of {1} kommuner met</source>
        <translation>Kommunmöten: {0} av {1} kommuner träffade</translation>
    </message>
    <message>
        <source>Reference group formed ({0} meetings)</source>
        <translation>Referensgrupp bildad ({0} möten)</translation>
    </message>
    <message>
        <source>Kickoff held</source>
        <translation>Uppstartsmöte hållet</translation>
    </message>
    <message>
        <source>Each organisation has said how it anchors the project internally</source>
        <translation>Varje organisation har berättat hur den förankrar projektet internt</translation>
    </message>
    <message>
        <source>Workshops held: {0}</source>
        <translation>Workshoppar hållna: {0}</translation>
    </message>
    <message>
        <source>Interviews: {0} done across {1} actor types (aim: {2} across {3})</source>
        <translation>Intervjuer: {0} gjorda med {1} aktörstyper (mål: {2} med {3})</translation>
    </message>
    <message>
        <source>Insights written: {0}</source>
        <translation>Insikter skrivna: {0}</translation>
    </message>
    <message>
        <source>Insights backed by notes: {0} of {1}</source>
        <translation>Insikter med stöd i anteckningar: {0} av {1}</translation>
    </message>
    <message>
        <source>Knowledge base discussed with the reference group</source>
        <translation>Kunskapsunderlaget diskuterat med referensgruppen</translation>
    </message>
    <message>
        <source>Collaboration platform recorded: forum, members ({0}), cadence</source>
        <translation>Samverkansplattform beskriven: forum, medlemmar ({0}), mötesfrekvens</translation>
    </message>
    <message>
        <source>Commitments recorded: {0} from {1} actors</source>
        <translation>Åtaganden registrerade: {0} från {1} aktörer</translation>
    </message>
    <message>
        <source>Declaration of intent agreed by the parties</source>
        <translation>Avsiktsförklaringen godkänd av parterna</translation>
    </message>
    <message>
        <source>Stakeholder analysis redone in a follow-up round ({0} rounds)</source>
        <translation>Intressentanalysen gjord om i en uppföljningsomgång ({0} omgångar)</translation>
    </message>
    <message>
        <source>Internal evaluation held</source>
        <translation>Intern utvärdering genomförd</translation>
    </message>
    <message>
        <source>Key people interviewed about the process</source>
        <translation>Nyckelpersoner intervjuade om processen</translation>
    </message>
    <message>
        <source>Lessons written: {0}</source>
        <translation>Lärdomar skrivna: {0}</translation>
    </message>
    <message>
        <source>Lessons shared with the next planning round and other regions</source>
        <translation>Lärdomarna delade med nästa planeringsomgång och andra regioner</translation>
    </message>
    <message>
        <source>Interviews booked less than {1} weeks ahead: {0}. Start planning early, especially for interviews and procured services.</source>
        <translation>Intervjuer bokade mindre än {1} veckor i förväg: {0}. Börja planera tidigt, särskilt intervjuer och upphandlade tjänster.</translation>
    </message>
    <message>
        <source>Start planning early, especially for interviews and procured services.</source>
        <translation>Börja planera tidigt, särskilt intervjuer och upphandlade tjänster.</translation>
    </message>
    <message>
        <source>Involve internal resources: a process leader, a business strategist and a regional planning strategist.</source>
        <translation>Involvera interna resurser: en processledare, en näringslivsstrateg och en regional planeringsstrateg.</translation>
    </message>
    <message>
        <source>Widen the view of who matters. Not heard yet: actor types {0}, municipalities {1} (see Gaps below).</source>
        <translation>Vidga synen på vilka som är viktiga. Inte hörda ännu: aktörstyper {0}, kommuner {1} (se Luckor nedan).</translation>
    </message>
    <message>
        <source>Widen the view of who matters. Kinds of actor not heard yet: {0} (see Gaps below).</source>
        <translation>Vidga synen på vilka som är viktiga. Slags aktörer som inte hörts ännu: {0} (se Luckor nedan).</translation>
    </message>
    <message>
        <source>Widen the view of who matters. Municipalities not heard yet: {0} (see Gaps below).</source>
        <translation>Vidga synen på vilka som är viktiga. Kommuner som inte hörts ännu: {0} (se Luckor nedan).</translation>
    </message>
    <message>
        <source>Widen the view of who matters: invite beyond the usual actors.</source>
        <translation>Vidga synen på vilka som är viktiga: bjud in fler än de vanliga aktörerna.</translation>
    </message>
    <message>
        <source>Up to {0} interviews in one week: give the interviewer time (at most {1} a week).</source>
        <translation>Upp till {0} intervjuer på en vecka: ge intervjuaren tid (högst {1} i veckan).</translation>
    </message>
    <message>
        <source>Give the consultant time for the interviews and for writing them up.</source>
        <translation>Ge konsulten tid för intervjuerna och för att skriva ut dem.</translation>
    </message>
    <message>
        <source>No interviews planned yet: book them now, they take long to arrange.</source>
        <translation>Inga intervjuer planerade ännu: boka dem nu, de tar lång tid att ordna.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Intressenter</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kunskapsbas</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Documents to send and to print. Names of people appear only where they consented; quotes only where quoting was allowed.</source>
        <translation>Dokument att skicka ut och skriva ut. Personers namn visas bara där de har gett sitt samtycke, och citat bara där citering är tillåten.</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Dokumentets språk:</translation>
    </message>
    <message>
        <source>Workshop summary (PDF)</source>
        <translation>Sammanfattning av workshop (PDF)</translation>
    </message>
    <message>
        <source>For the participants after a session: agenda with planned and actual times, organisations, clusters and votes per theme, charts and photos of the walls.</source>
        <translation>Till deltagarna efter ett möte: dagordning med planerade och faktiska tider, organisationer, kluster och röster per tema, diagram och foton av väggarna.</translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation>Exportera sammanfattning…</translation>
    </message>
    <message>
        <source>Kunskapsunderlag</source>
        <translation>Kunskapsunderlag</translation>
    </message>
    <message>
        <source>The whole project: method, insights with their evidence and quotes, lessons, commitments, the stakeholder map and the list of sessions.</source>
        <translation>Hela projektet: metod, insikter med underlag och citat, lärdomar, åtaganden, intressentkartan och listan över aktiviteter.</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportera som PDF…</translation>
    </message>
    <message>
        <source>Export as Word…</source>
        <translation>Exportera som Word…</translation>
    </message>
    <message>
        <source>The declaration of intent with the parties&apos; commitments, the follow-up report (changes between assessment rounds, engagement) and the lessons learned.</source>
        <translation>Avsiktsförklaringen med parternas åtaganden, uppföljningsrapporten (förändringar mellan bedömningsomgångar, engagemang) och lärdomarna.</translation>
    </message>
    <message>
        <source>Declaration (PDF)…</source>
        <translation>Avsiktsförklaring (PDF)…</translation>
    </message>
    <message>
        <source>Declaration (Word)…</source>
        <translation>Avsiktsförklaring (Word)…</translation>
    </message>
    <message>
        <source>Follow-up report…</source>
        <translation>Uppföljningsrapport…</translation>
    </message>
    <message>
        <source>Lessons learned…</source>
        <translation>Lärdomar…</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV)</source>
        <translation>Kalkylblad (CSV)</translation>
    </message>
    <message>
        <source>For Excel: UTF-8 with BOM, so å, ä and ö come out right; cells that would run as formulas are kept as text.</source>
        <translation>För Excel: UTF-8 med BOM så att å, ä och ö blir rätt; celler som skulle köras som formler behålls som text.</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Lappar…</translation>
    </message>
    <message>
        <source>Insights and lessons…</source>
        <translation>Insikter och lärdomar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alla aktiviteter</translation>
    </message>
    <message>
        <source>Export workshop summary</source>
        <translation>Exportera sammanfattning av workshop</translation>
    </message>
    <message>
        <source>Export kunskapsunderlag</source>
        <translation>Exportera kunskapsunderlag</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportera lappar</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>lappar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export insights</source>
        <translation>Exportera insikter</translation>
    </message>
    <message>
        <source>insights</source>
        <translation>insikter</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Sparad: {0}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; ingenting skrevs.</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} kunde inte skrivas: {1}</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(inga senaste projekt)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Ångra {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gör om {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Stäng projekt</translation>
    </message>
    <message>
        <source>Create &amp;demo project…</source>
        <translation>Skapa &amp;demoprojekt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;About RegWorkshop</source>
        <translation>&amp;Om RegWorkshop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Inget projekt öppet</translation>
    </message>
    <message>
        <source>Every edit is stored as you make it · {0}</source>
        <translation>Varje ändring sparas direkt · {0}</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>RegWorkshop uses Qt {0} through PySide6 {1} (Qt for Python), both under the GNU Lesser General Public License version 3. The Qt and PySide6 libraries are separate files in the installation folder; you may replace them with your own build of a compatible version. Their source code is available from https://download.qt.io and https://code.qt.io.</source>
        <translation>RegWorkshop använder Qt {0} via PySide6 {1} (Qt for Python), båda under GNU Lesser General Public License version 3. Qt- och PySide6-biblioteken är separata filer i installationsmappen; du får ersätta dem med en egen byggd version som är kompatibel. Källkoden finns på https://download.qt.io och https://code.qt.io.</translation>
    </message>
    <message>
        <source>About RegWorkshop</source>
        <translation>Om RegWorkshop</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Programvara från tredje part</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Licenstexter</translation>
    </message>
    <message>
        <source>Workshops, interviews and the knowledge base of a regionalt planeringsunderlag — offline.</source>
        <translation>Workshoppar, intervjuer och kunskapsbasen för ett regionalt planeringsunderlag – offline.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({0}). You may share and change it under those terms; it comes with no warranty.</source>
        <translation>Licens: GNU General Public License, version 3 eller senare ({0}). Du får dela och ändra programmet på de villkoren; det levereras utan garantier.</translation>
    </message>
    <message>
        <source>Qt {0} · PySide6 {1}</source>
        <translation>Qt {0} · PySide6 {1}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>PDF exports embed the DejaVu Sans font (Bitstream Vera licence; DejaVu changes are in the public domain). Its licence text is under Licence texts.</source>
        <translation>PDF-exporter bäddar in typsnittet DejaVu Sans (Bitstream Vera-licens; DejaVus ändringar är allmän egendom). Licenstexten finns under Licenstexter.</translation>
    </message>
    <message>
        <source>The method, phase by phase</source>
        <translation>Metoden, steg för steg</translation>
    </message>
    <message>
        <source>⚠ {0} documents have reached their retention date and are due for review (see Privacy).</source>
        <translation>⚠ {0} handlingar har nått sitt bevarandedatum och är dags för översyn (se Integritet).</translation>
    </message>
    <message>
        <source>{0} sessions, {1} notes</source>
        <translation>{0} möten, {1} lappar</translation>
    </message>
    <message>
        <source>Every step of the method is done.</source>
        <translation>Alla steg i metoden är klara.</translation>
    </message>
    <message>
        <source>Now: {0} · {1} of {2} steps done. Follow → to where the work is done.</source>
        <translation>Nu: {0} · {1} av {2} steg klara. Följ → till där arbetet görs.</translation>
    </message>
    <message>
        <source>Add theme “{0}”</source>
        <translation>Lägg till temat ”{0}”</translation>
    </message>
    <message>
        <source>Rename theme to “{0}”</source>
        <translation>Byt namn på temat till ”{0}”</translation>
    </message>
    <message>
        <source>Change theme colour</source>
        <translation>Byt färg på tema</translation>
    </message>
    <message>
        <source>Hide theme</source>
        <translation>Dölj tema</translation>
    </message>
    <message>
        <source>Show theme</source>
        <translation>Visa tema</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>Reorder themes</source>
        <translation>Ändra ordning på teman</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} lappar</translation>
    </message>
    <message>
        <source>{0} chars</source>
        <translation>{0} tecken</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (dolt)</translation>
    </message>
    <message>
        <source>Notes are captured under these themes. The defaults are the workshop&apos;s framing questions from the method; add your own as needed.</source>
        <translation>Lapparna samlas under dessa teman. Standardtemana är workshopens frågeställningar från metoden; lägg till egna vid behov.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <source>Hide/show</source>
        <translation>Dölj/visa</translation>
    </message>
    <message>
        <source>Insights and lessons</source>
        <translation>Insikter och lärdomar</translation>
    </message>
    <message>
        <source>Lessons (internal evaluation)</source>
        <translation>Lärdomar (intern utvärdering)</translation>
    </message>
    <message>
        <source>&amp;New from selection…</source>
        <translation>&amp;Ny insikt…</translation>
    </message>
    <message>
        <source>&amp;Link as evidence</source>
        <translation>&amp;Koppla som underlag</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Visa &amp;underlag</translation>
    </message>
    <message>
        <source>Section…</source>
        <translation>Avsnitt…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Drag an insight to move it within its section. Drop notes from the results on an insight to link them as evidence.</source>
        <translation>Dra en insikt för att flytta den inom sitt avsnitt. Släpp anteckningar från träfflistan på en insikt för att koppla dem som underlag.</translation>
    </message>
    <message>
        <source>Insights and lessons matching the search: {0}</source>
        <translation>Insikter och lärdomar som matchar sökningen: {0}</translation>
    </message>
    <message>
        <source>Select notes in the results, then write an insight.</source>
        <translation>Markera anteckningar bland träffarna och skriv sedan en insikt.</translation>
    </message>
    <message>
        <source>Link as evidence</source>
        <translation>Koppla som underlag</translation>
    </message>
    <message>
        <source>New insight</source>
        <translation>Ny insikt</translation>
    </message>
    <message>
        <source>Title of the insight ({0} notes as evidence):</source>
        <translation>Insiktens rubrik ({0} anteckningar som underlag):</translation>
    </message>
    <message>
        <source>Select notes in the results and an insight in this list first.</source>
        <translation>Markera först anteckningar bland träffarna och en insikt i listan.</translation>
    </message>
    <message>
        <source>Rename insight</source>
        <translation>Byt namn på insikt</translation>
    </message>
    <message>
        <source>Section of the kunskapsunderlag (empty: the insight&apos;s theme):</source>
        <translation>Avsnitt i kunskapsunderlaget (tomt: insiktens tema):</translation>
    </message>
    <message>
        <source>Set section</source>
        <translation>Ange avsnitt</translation>
    </message>
    <message>
        <source>Move insight</source>
        <translation>Flytta insikt</translation>
    </message>
    <message>
        <source>Delete insight</source>
        <translation>Ta bort insikt</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Only sessions from this date</source>
        <translation>Bara möten från och med detta datum</translation>
    </message>
    <message>
        <source>Only sessions up to and including this date</source>
        <translation>Bara möten till och med detta datum</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Add a session (Ctrl+Shift+N)</source>
        <translation>Lägg till ett möte (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0} möten</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Redigera (F2)</translation>
    </message>
    <message>
        <source>Said by… (A)</source>
        <translation>Sagt av… (A)</translation>
    </message>
    <message>
        <source>Add a dot (+)</source>
        <translation>Lägg till en prick (+)</translation>
    </message>
    <message>
        <source>Remove a dot (−)</source>
        <translation>Ta bort en prick (−)</translation>
    </message>
    <message>
        <source>Group selected… (Ctrl+G)</source>
        <translation>Gruppera markerade… (Ctrl+G)</translation>
    </message>
    <message>
        <source>Ungroup (Ctrl+Shift+G)</source>
        <translation>Lös upp grupp (Ctrl+Skift+G)</translation>
    </message>
    <message>
        <source>Rename cluster (F2)</source>
        <translation>Byt namn på grupp (F2)</translation>
    </message>
    <message>
        <source>Collapse or expand (Space)</source>
        <translation>Fäll ihop eller ut (blanksteg)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Ta bort (Del)</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Byt namn på grupp</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera lapp</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Ta bort lappar</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Gruppera lappar</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>Sagt av</translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation>Vem sa det?</translation>
    </message>
    <message>
        <source>Set who said it</source>
        <translation>Ange vem som sa det</translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation>Gruppens namn:</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Lös upp grupp</translation>
    </message>
    <message>
        <source>Collapse or expand cluster</source>
        <translation>Fäll ihop eller ut grupp</translation>
    </message>
    <message>
        <source>Start a voting round to give notes dots.</source>
        <translation>Starta en röstningsomgång för att ge lappar prickar.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Rösta</translation>
    </message>
    <message>
        <source>End voting</source>
        <translation>Avsluta röstningen</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Starta röstning</translation>
    </message>
    <message>
        <source>Name of the round:</source>
        <translation>Omgångens namn:</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Omgång {0}</translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation>Prickar per deltagare:</translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Inga prickar än.</translation>
    </message>
    <message>
        <source>Results of “{0}”</source>
        <translation>Resultat för ”{0}”</translation>
    </message>
    <message>
        <source>Add theme…</source>
        <translation>Lägg till tema…</translation>
    </message>
    <message>
        <source>Show “{0}” again</source>
        <translation>Visa ”{0}” igen</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Flytta åt vänster</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Flytta åt höger</translation>
    </message>
    <message>
        <source>Hide from the board</source>
        <translation>Dölj på tavlan</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Lägg till tema</translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation>Namn på det nya temat:</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Ett tema behöver ett namn.</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Add another theme first: the notes need somewhere to go.</source>
        <translation>Lägg först till ett annat tema: lapparna behöver hamna någonstans.</translation>
    </message>
    <message>
        <source>Delete the theme “{0}”?</source>
        <translation>Ta bort temat ”{0}”?</translation>
    </message>
    <message>
        <source>“{0}” holds notes and is the only theme; add another theme to move them to first.</source>
        <translation>”{0}” har lappar och är det enda temat; lägg först till ett tema att flytta dem till.</translation>
    </message>
    <message>
        <source>“{0}” holds {1} notes. Move them to:</source>
        <translation>”{0}” har {1} lappar. Flytta dem till:</translation>
    </message>
    <message>
        <source>Delete the theme “{0}”? You can undo this.</source>
        <translation>Ta bort temat ”{0}”? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Welcome to RegWorkshop</source>
        <translation>Välkommen till RegWorkshop</translation>
    </message>
    <message>
        <source>Each planning project is one file you can copy, back up and send. Everything you type is stored the moment you type it.</source>
        <translation>Varje planeringsprojekt är en fil som du kan kopiera, säkerhetskopiera och skicka. Allt du skriver sparas i samma stund.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nytt projekt…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Öppna projekt…</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Prova demoprojektet</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Senaste projekt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citera</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke lämnat</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Lagra</translation>
    </message>
    <message>
        <source>Name org.</source>
        <translation>Namnge org.</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>Namngiven i</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Bevara till</translation>
    </message>
    <message>
        <source>Allmän handling</source>
        <translation>Allmän handling</translation>
    </message>
    <message>
        <source>Arbetsmaterial</source>
        <translation>Arbetsmaterial</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Aktörstyp</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Typ av möte</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Votes at least</source>
        <translation>Minst antal röster</translation>
    </message>
    <message>
        <source>Quotes only</source>
        <translation>Endast citat</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Inget tema</translation>
    </message>
    <message>
        <source>No actor type</source>
        <translation>Ingen aktörstyp</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insikt</translation>
    </message>
    <message>
        <source>(due for review)</source>
        <translation>(dags för översyn)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportera bunt…</translation>
    </message>
    <message>
        <source>&amp;Merge bundles…</source>
        <translation>Slå &amp;ihop buntar…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts ({0})…</source>
        <translation>Lös &amp;konflikter ({0})…</translation>
    </message>
    <message>
        <source> Note: {0} notes have people&apos;s names typed in their text; pseudonyms do not change free text.</source>
        <translation> Observera: {0} lappar har personnamn skrivna i texten; pseudonymer ändrar inte fritext.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportera bunt</translation>
    </message>
    <message>
        <source>People in the bundle are shown as stable pseudonyms unless you include their names.</source>
        <translation>Personer i bunten visas med beständiga pseudonymer om du inte tar med deras namn.</translation>
    </message>
    <message>
        <source>Pseudonyms (recommended)</source>
        <translation>Pseudonymer (rekommenderas)</translation>
    </message>
    <message>
        <source>Include names and contact details (only for the project team)</source>
        <translation>Ta med namn och kontaktuppgifter (bara för projektgruppen)</translation>
    </message>
    <message>
        <source>Wrote {0}. Send it to the colleague who merges the project.</source>
        <translation>Skrev {0}. Skicka den till kollegan som slår ihop projektet.</translation>
    </message>
    <message>
        <source>Note in “{0}”</source>
        <translation>Lapp i ”{0}”</translation>
    </message>
    <message>
        <source>Insight title</source>
        <translation>Insiktens rubrik</translation>
    </message>
    <message>
        <source>Insight “{0}”</source>
        <translation>Insikten ”{0}”</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Lös konflikt</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Lös konflikter</translation>
    </message>
    <message>
        <source>The same text was changed on two laptops before they were merged. Both versions are kept until you choose one, or write a combined text.</source>
        <translation>Samma text ändrades på två datorer innan de slogs ihop. Båda versionerna sparas tills du väljer en av dem eller skriver en sammanvägd text.</translation>
    </message>
    <message>
        <source>No conflicts left to resolve.</source>
        <translation>Inga konflikter kvar att lösa.</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Visas nu</translation>
    </message>
    <message>
        <source>Other version {0}</source>
        <translation>Annan version {0}</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Behåll den här versionen</translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation>Sammanvägd text</translation>
    </message>
    <message>
        <source>Keep the combined text</source>
        <translation>Behåll den sammanvägda texten</translation>
    </message>
    <message>
        <source>RegWorkshop bundles (*{0});;All files (*)</source>
        <translation>RegWorkshop-buntar (*{0});;Alla filer (*)</translation>
    </message>
    <message>
        <source>Merge bundles</source>
        <translation>Slå ihop buntar</translation>
    </message>
    <message>
        <source>Open the project the bundle belongs to first, then merge {0}.</source>
        <translation>Öppna först projektet som bunten hör till och slå sedan ihop {0}.</translation>
    </message>
    <message>
        <source>Bundles carry the work of other laptops. Merging adds what is new, applies later edits, keeps both versions of a text edited on two laptops, and never doubles anything: a bundle can be merged any number of times, in any order.</source>
        <translation>Buntar bär med sig arbetet från andra datorer. Sammanslagningen lägger till det som är nytt, tar med senare ändringar, behåller båda versionerna av en text som ändrats på två datorer och dubblerar aldrig något: en bunt kan slås ihop hur många gånger som helst, i vilken ordning som helst.</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Lägg till buntar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Also merge bundles that come from another project</source>
        <translation>Slå även ihop buntar som kommer från ett annat projekt</translation>
    </message>
    <message>
        <source>Open as a new project…</source>
        <translation>Öppna som nytt projekt…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <source>From another project (“{0}”)</source>
        <translation>Från ett annat projekt (”{0}”)</translation>
    </message>
    <message>
        <source>Add the bundles to merge.</source>
        <translation>Lägg till de buntar som ska slås ihop.</translation>
    </message>
    <message>
        <source>Nothing here can be merged.</source>
        <translation>Det finns inget här som kan slås ihop.</translation>
    </message>
    <message>
        <source>Merging will add {0}, update {1} and delete {2} rows, and flag {3} new conflicts to resolve. A backup of the project is taken first.</source>
        <translation>Sammanslagningen lägger till {0}, uppdaterar {1} och tar bort {2} rader, och markerar {3} nya konflikter att lösa. En säkerhetskopia av projektet tas först.</translation>
    </message>
    <message>
        <source>Some bundles come from another project. Their sessions, notes and actors will become part of this project. Merge them anyway?</source>
        <translation>Några buntar kommer från ett annat projekt. Deras möten, lappar och aktörer blir en del av det här projektet. Vill du slå ihop dem ändå?</translation>
    </message>
    <message>
        <source>Merged: {0} added, {1} updated, {2} deleted; {3} conflicts open. Backup: {4}</source>
        <translation>Sammanslaget: {0} tillagda, {1} uppdaterade, {2} borttagna; {3} öppna konflikter. Säkerhetskopia: {4}</translation>
    </message>
    <message>
        <source>Open as a new project</source>
        <translation>Öppna som nytt projekt</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bunt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Commits to</source>
        <translation>Åtar sig</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(ingen aktör)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sammanslagen</translation>
    </message>
    <message>
        <source>Already imported: nothing to do</source>
        <translation>Redan importerad: inget att göra</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Inget nytt</translation>
    </message>
    <message>
        <source>Ready to merge</source>
        <translation>Klar att slå ihop</translation>
    </message>
    <message>
        <source>Influence A → B</source>
        <translation>Inflytande A → B</translation>
    </message>
    <message>
        <source>Interest A → B</source>
        <translation>Intresse A → B</translation>
    </message>
    <message>
        <source>Quadrant A → B</source>
        <translation>Kvadrant A → B</translation>
    </message>
    <message>
        <source>Sessions · notes · commitments</source>
        <translation>Möten · lappar · åtaganden</translation>
    </message>
    <message>
        <source>{0} of {1} · {2} · {3}</source>
        <translation>{0} av {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>Round A:</source>
        <translation>Omgång A:</translation>
    </message>
    <message>
        <source>Round B:</source>
        <translation>Omgång B:</translation>
    </message>
    <message>
        <source>Engagement (0–100) is computed from what happened: up to 50 points for the share of invited sessions attended, 1 point per note attributed to the actor (at most 30) and 10 per commitment not dropped (at most 20).</source>
        <translation>Engagemanget (0–100) räknas fram ur det som faktiskt hänt: upp till 50 poäng för andelen möten aktören deltog i av dem den bjöds in till, 1 poäng per lapp som knutits till aktören (högst 30) och 10 poäng per åtagande som inte strukits (högst 20).</translation>
    </message>
    <message>
        <source>Start a second assessment round on the grid to compare rounds.</source>
        <translation>Starta en andra bedömningsomgång i rutnätet för att kunna jämföra omgångar.</translation>
    </message>
    <message>
        <source>{0} of {1} actors moved; {2} changed quadrant.</source>
        <translation>{0} av {1} aktörer har flyttats; {2} bytte kvadrant.</translation>
    </message>
    <message>
        <source>Influence {0} · interest {1}</source>
        <translation>Inflytande {0} · intresse {1}</translation>
    </message>
    <message>
        <source>Not assessed in this round</source>
        <translation>Inte bedömd i den här omgången</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Intresse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Inflytande →</translation>
    </message>
    <message>
        <source>{0} in the earlier round</source>
        <translation>{0} i den tidigare omgången</translation>
    </message>
    <message>
        <source>Not assessed in this round — drag onto the grid:</source>
        <translation>Inte bedömda i den här omgången – dra in dem i rutnätet:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Omgång:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Ny omgång…</translation>
    </message>
    <message>
        <source>Drag an actor to set its influence (up) and interest (right) in the round shown; Ctrl+Z undoes. Markers on the same spot fan out; hover one to bring it forward.</source>
        <translation>Dra en aktör för att ange dess inflytande (uppåt) och intresse (åt höger) i den visade omgången; Ctrl+Z ångrar. Markörer på samma ställe sprids ut; håll muspekaren över en för att lyfta fram den.</translation>
    </message>
    <message>
        <source>Assess actor</source>
        <translation>Bedöm aktör</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>Ny bedömningsomgång</translation>
    </message>
    <message>
        <source>Name of the new round (it starts with the current values):</source>
        <translation>Namn på den nya omgången (den börjar med de nuvarande värdena):</translation>
    </message>
    <message>
        <source>Follow-up {0}</source>
        <translation>Uppföljning {0}</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>inget (en kolumn)</translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation>Importera intressenter</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fil: {0}</translation>
    </message>
    <message>
        <source>Columns (change if a column was not recognised)</source>
        <translation>Kolumner (ändra om en kolumn inte kändes igen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>{0} to create · {1} to update · {2} skipped · {3} with errors</source>
        <translation>{0} att skapa · {1} att uppdatera · {2} hoppas över · {3} med fel</translation>
    </message>
    <message>
        <source>Fix the rows with errors in the file (or the column choice) to import.</source>
        <translation>Rätta raderna med fel i filen (eller kolumnvalet) för att kunna importera.</translation>
    </message>
    <message>
        <source>Nothing to import: the project already holds all of it.</source>
        <translation>Inget att importera: projektet innehåller redan allt.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan inte importeras.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Excel workbook · {0} rows</source>
        <translation>Excel-arbetsbok · {0} rader</translation>
    </message>
    <message>
        <source>CSV · encoding {0} · delimiter {1} · {2} rows</source>
        <translation>CSV · teckenkodning {0} · avgränsare {1} · {2} rader</translation>
    </message>
    <message>
        <source>Row {0}: </source>
        <translation>Rad {0}: </translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Inget importerades. {0}</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Aktörens namn</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>new actor</source>
        <translation>ny aktör</translation>
    </message>
    <message>
        <source>new contact person {0}</source>
        <translation>ny kontaktperson {0}</translation>
    </message>
    <message>
        <source>changes {0}</source>
        <translation>ändrar {0}</translation>
    </message>
    <message>
        <source>changes {0} of {1}</source>
        <translation>ändrar {0} för {1}</translation>
    </message>
    <message>
        <source>sets influence {0} and interest {1}</source>
        <translation>sätter inflytande {0} och intresse {1}</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>finns redan i projektet</translation>
    </message>
    <message>
        <source>no actor name</source>
        <translation>inget aktörsnamn</translation>
    </message>
    <message>
        <source>repeats row {0}</source>
        <translation>upprepar rad {0}</translation>
    </message>
    <message>
        <source>type “{0}” not recognised; stored as {1}</source>
        <translation>typen ”{0}” känns inte igen; sparas som {1}</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters</source>
        <translation>{0} är längre än {1} tecken</translation>
    </message>
    <message>
        <source>{0} must be a number from 1 to 5, not “{1}”</source>
        <translation>{0} ska vara ett tal från 1 till 5, inte ”{1}”</translation>
    </message>
    <message>
        <source>not an e-mail address: {0}</source>
        <translation>inte en e-postadress: {0}</translation>
    </message>
    <message>
        <source>not a phone number: {0}</source>
        <translation>inte ett telefonnummer: {0}</translation>
    </message>
    <message>
        <source>row {0} gives this actor another {1}</source>
        <translation>rad {0} ger den här aktören en annan {1}</translation>
    </message>
    <message>
        <source>row {0} gives this name another type</source>
        <translation>rad {0} ger samma namn en annan typ</translation>
    </message>
    <message>
        <source>No column holds the actor&apos;s name. Choose it below. Columns found: {0}</source>
        <translation>Ingen kolumn innehåller aktörens namn. Välj den nedan. Kolumner i filen: {0}</translation>
    </message>
    <message>
        <source>Column “{0}” is chosen for two fields.</source>
        <translation>Kolumnen ”{0}” är vald för två fält.</translation>
    </message>
    <message>
        <source>There is no column {0}.</source>
        <translation>Det finns ingen kolumn {0}.</translation>
    </message>
    <message>
        <source>The file does not look like a table: no line has ; , or tab between columns.</source>
        <translation>Filen ser inte ut som en tabell: ingen rad har ; , eller tabb mellan kolumnerna.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is larger than {0} MB.</source>
        <translation>Filen är större än {0} MB.</translation>
    </message>
    <message>
        <source>The file is not a table ({0}).</source>
        <translation>Filen är ingen tabell ({0}).</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Det här är en äldre Excel-fil (.xls). Spara den som .xlsx eller CSV i Excel och importera den i stället.</translation>
    </message>
    <message>
        <source>Unknown text encoding: the file is neither UTF-8 nor Windows-1252. Save it as “CSV UTF-8” in Excel and try again.</source>
        <translation>Okänd teckenkodning: filen är varken UTF-8 eller Windows-1252. Spara den som ”CSV UTF-8” i Excel och försök igen.</translation>
    </message>
    <message>
        <source>Row {0} has a cell longer than {1} characters.</source>
        <translation>Rad {0} har en cell som är längre än {1} tecken.</translation>
    </message>
    <message>
        <source>The file has more than {0} rows (it has {1}). Split it into smaller files.</source>
        <translation>Filen har fler än {0} rader (den har {1}). Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>Row {0} has more than {1} columns.</source>
        <translation>Rad {0} har fler än {1} kolumner.</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Filen innehåller inga rader.</translation>
    </message>
    <message>
        <source>The .xlsx file declares XML entities (an XML bomb?) and was refused.</source>
        <translation>.xlsx-filen deklarerar XML-entiteter (en XML-bomb?) och avvisades.</translation>
    </message>
    <message>
        <source>The .xlsx file would unpack to more than {0} MB and was refused.</source>
        <translation>.xlsx-filen skulle packas upp till mer än {0} MB och avvisades.</translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or not a workbook ({0}).</source>
        <translation>.xlsx-filen är skadad eller ingen arbetsbok ({0}).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Arbetsboken har inget kalkylblad.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Contact people hold personal data: record whether they consent to it being stored.</source>
        <translation>Kontaktpersoner är personuppgifter: anteckna om de samtycker till att uppgifterna sparas.</translation>
    </message>
    <message>
        <source>Contact people of {0}</source>
        <translation>Kontaktpersoner hos {0}</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Redigera kontaktperson</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lägg till kontakt</translation>
    </message>
    <message>
        <source>Name of the contact person:</source>
        <translation>Kontaktpersonens namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Typ av organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Consent to store data</source>
        <translation>Samtycke till lagring</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>Move “{0}” on the grid</source>
        <translation>Flytta ”{0}” i rutnätet</translation>
    </message>
    <message>
        <source>New assessment round “{0}”</source>
        <translation>Ny bedömningsomgång ”{0}”</translation>
    </message>
    <message>
        <source>Plan involvement</source>
        <translation>Planera medverkan</translation>
    </message>
    <message>
        <source>Edit involvement</source>
        <translation>Redigera medverkan</translation>
    </message>
    <message>
        <source>Delete involvement</source>
        <translation>Ta bort medverkan</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Alla former</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Plan involvement…</source>
        <translation>Planera medverkan…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>{0} planned involvements</source>
        <translation>{0} planerade tillfällen</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Aktör:</translation>
    </message>
    <message>
        <source>Form of involvement:</source>
        <translation>Form för medverkan:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Filter by name, municipality or notes</source>
        <translation>Filtrera på namn, kommun eller anteckningar</translation>
    </message>
    <message>
        <source>Add actor…</source>
        <translation>Lägg till aktör…</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>Redigera aktör</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Lägg till aktör</translation>
    </message>
    <message>
        <source>Name of the actor:</source>
        <translation>Aktörens namn:</translation>
    </message>
    <message>
        <source>Type of actor:</source>
        <translation>Typ av aktör:</translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation>Ta bort aktörer</translation>
    </message>
    <message>
        <source>Add actor “{0}”</source>
        <translation>Lägg till aktören ”{0}”</translation>
    </message>
    <message>
        <source>Delete {0} actors</source>
        <translation>Ta bort {0} aktörer</translation>
    </message>
    <message>
        <source>Add contact person “{0}”</source>
        <translation>Lägg till kontaktpersonen ”{0}”</translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation>Ta bort kontaktperson</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importera {0}</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Rutnät</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Jämför omgångar</translation>
    </message>
    <message>
        <source>Contact people are personal data. Include them in the list?</source>
        <translation>Kontaktpersoner är personuppgifter. Ska de tas med i listan?</translation>
    </message>
    <message>
        <source>Organisations only (recommended)</source>
        <translation>Bara organisationer (rekommenderas)</translation>
    </message>
    <message>
        <source>Include contact people&apos;s names and details</source>
        <translation>Ta med kontaktpersonernas namn och uppgifter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exporterat till {0}</translation>
    </message>
    <message>
        <source>Add agenda item “{0}”</source>
        <translation>Lägg till dagordningspunkten ”{0}”</translation>
    </message>
    <message>
        <source>Delete agenda item “{0}”</source>
        <translation>Ta bort dagordningspunkten ”{0}”</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Ändra dagordningspunkt</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Ändra ordning i dagordningen</translation>
    </message>
    <message>
        <source>Choose themes for an agenda item</source>
        <translation>Välj teman för en dagordningspunkt</translation>
    </message>
    <message>
        <source>Apply template “{0}”</source>
        <translation>Använd mallen ”{0}”</translation>
    </message>
    <message>
        <source>Save agenda as template “{0}”</source>
        <translation>Spara dagordningen som mallen ”{0}”</translation>
    </message>
    <message>
        <source>Extend by {0} minutes</source>
        <translation>Förläng med {0} minuter</translation>
    </message>
    <message>
        <source>Reset run</source>
        <translation>Nollställ genomförandet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Framing question</source>
        <translation>Fokusfråga</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk tid</translation>
    </message>
    <message>
        <source>Time the item actually took in run mode</source>
        <translation>Den tid punkten faktiskt tog när mötet genomfördes</translation>
    </message>
    <message>
        <source>This item ends after the session&apos;s planned end.</source>
        <translation>Punkten slutar efter mötets planerade slut.</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <source>Add a participant on the spot</source>
        <translation>Lägg till en deltagare på plats</translation>
    </message>
    <message>
        <source>The person is added to the stakeholder register. A new organisation is added with the kind you choose.</source>
        <translation>Personen läggs till i intressentregistret. En ny organisation läggs till med den typ du väljer.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Kind of organisation:</source>
        <translation>Typ av organisation:</translation>
    </message>
    <message>
        <source>Invite people and organisations from the stakeholder register, or add someone new on the spot. Record attendance by double-clicking it (or F2).</source>
        <translation>Bjud in personer och organisationer från intressentregistret, eller lägg till någon ny på plats. Ange närvaro genom att dubbelklicka på den (eller F2).</translation>
    </message>
    <message>
        <source>No participants yet: invite people from the stakeholder register.</source>
        <translation>Inga deltagare ännu: bjud in personer från intressentregistret.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Bjud in…</translation>
    </message>
    <message>
        <source>Invite people and organisations from the register</source>
        <translation>Bjud in personer och organisationer från registret</translation>
    </message>
    <message>
        <source>Add on the spot…</source>
        <translation>Lägg till på plats…</translation>
    </message>
    <message>
        <source>Add someone who is not in the register yet</source>
        <translation>Lägg till någon som inte finns i registret än</translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>Deltagare ({0})</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>{0} (the organisation)</source>
        <translation>{0} (organisationen)</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Bjud in</translation>
    </message>
    <message>
        <source>Everyone in the stakeholder register is already invited.</source>
        <translation>Alla i intressentregistret är redan inbjudna.</translation>
    </message>
    <message>
        <source>Who takes part in this session?</source>
        <translation>Vilka deltar i mötet?</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>RegWorkshop — projector</source>
        <translation>RegWorkshop – projektor</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Enligt tidsplanen</translation>
    </message>
    <message>
        <source>{0} behind schedule</source>
        <translation>{0} efter tidsplanen</translation>
    </message>
    <message>
        <source>{0} ahead of schedule</source>
        <translation>{0} före tidsplanen</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Dagordningen är tom</translation>
    </message>
    <message>
        <source>Add agenda items to run the session.</source>
        <translation>Lägg till punkter på dagordningen för att genomföra mötet.</translation>
    </message>
    <message>
        <source>The agenda is done.</source>
        <translation>Dagordningen är genomförd.</translation>
    </message>
    <message>
        <source>Next: {0} ({1})</source>
        <translation>Härnäst: {0} ({1})</translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation>Härnäst: mötet avslutas</translation>
    </message>
    <message>
        <source>Ended {0}</source>
        <translation>Slutade {0}</translation>
    </message>
    <message>
        <source>Ends about {0}</source>
        <translation>Slutar omkring {0}</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Punkt {0} av {1}</translation>
    </message>
    <message>
        <source>{0}  {1}  ({2} planned, {3} taken)</source>
        <translation>{0}  {1}  ({2} planerat, {3} använt)</translation>
    </message>
    <message>
        <source>{0}  {1}  ({2})</source>
        <translation>{0}  {1}  ({2})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Filter notes… (Ctrl+F)</source>
        <translation>Filtrera lappar… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Themes ▾</source>
        <translation>Teman ▾</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foton</translation>
    </message>
    <message>
        <source>Photos of paper walls, shown beside the board</source>
        <translation>Foton av pappersväggar, visade bredvid tavlan</translation>
    </message>
    <message>
        <source>All kinds of actor</source>
        <translation>Alla aktörstyper</translation>
    </message>
    <message>
        <source>Voting “{0}”: {1}{2} dots (+/− on a note)</source>
        <translation>Röstning ”{0}”: {1}{2} prickar (+/− på en lapp)</translation>
    </message>
    <message>
        <source>Start voting…</source>
        <translation>Starta röstning…</translation>
    </message>
    <message>
        <source>Last round: “{0}”</source>
        <translation>Senaste omgången: ”{0}”</translation>
    </message>
    <message>
        <source>Add a theme first: notes are captured under a theme.</source>
        <translation>Lägg först till ett tema: lappar skrivs in under ett tema.</translation>
    </message>
    <message>
        <source>“{0}” matches no participant or kind of actor.</source>
        <translation>”{0}” matchar ingen deltagare eller aktörstyp.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till lapp</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Nollställ…</translation>
    </message>
    <message>
        <source>Back to the previous item (Left, Page Up)</source>
        <translation>Tillbaka till föregående punkt (Vänsterpil, Page Up)</translation>
    </message>
    <message>
        <source>Close this item and start the next (Right, Page Down)</source>
        <translation>Avsluta punkten och starta nästa (Högerpil, Page Down)</translation>
    </message>
    <message>
        <source>Give the current item five more minutes (+)</source>
        <translation>Ge punkten fem minuter till (+)</translation>
    </message>
    <message>
        <source>Forget the recorded times and run the agenda again</source>
        <translation>Glöm de registrerade tiderna och genomför dagordningen på nytt</translation>
    </message>
    <message>
        <source>Start, pause or resume the clock (Space)</source>
        <translation>Starta, pausa eller fortsätt klockan (Mellanslag)</translation>
    </message>
    <message>
        <source>Show the current item full screen for the room (F5; Escape closes it)</source>
        <translation>Visa punkten i helskärm för rummet (F5; Esc stänger)</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · Right or Page Down next · Left or Page Up previous · + five more minutes · F5 projector</source>
        <translation>Tangenter: Mellanslag start/paus · Högerpil eller Page Down nästa · Vänsterpil eller Page Up föregående · + fem minuter till · F5 projektor</translation>
    </message>
    <message>
        <source>Choose a session to run</source>
        <translation>Välj ett möte att genomföra</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Forget the recorded times of this run and start again? You can undo this.</source>
        <translation>Glöm tiderna som registrerats och börja om? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Add session “{0}”</source>
        <translation>Lägg till mötet ”{0}”</translation>
    </message>
    <message>
        <source>Delete session “{0}”</source>
        <translation>Ta bort mötet ”{0}”</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Ändra möte</translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation>Bjud in deltagare</translation>
    </message>
    <message>
        <source>Add participant “{0}”</source>
        <translation>Lägg till deltagaren ”{0}”</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Ändra närvaro</translation>
    </message>
    <message>
        <source>Remove participant “{0}”</source>
        <translation>Ta bort deltagaren ”{0}”</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Börjar:</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Planerat slut:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Processledare:</translation>
    </message>
    <message>
        <source>Note-taker:</source>
        <translation>Antecknare:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Syfte:</translation>
    </message>
    <message>
        <source>The session has a date and time</source>
        <translation>Mötet har datum och tid</translation>
    </message>
    <message>
        <source>(next day)</source>
        <translation>(dagen efter)</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Använd mall…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Spara som mall…</translation>
    </message>
    <message>
        <source>Export handout…</source>
        <translation>Exportera dagordning…</translation>
    </message>
    <message>
        <source>Run mode ▶</source>
        <translation>Genomför ▶</translation>
    </message>
    <message>
        <source>A one-page PDF of the agenda for printing</source>
        <translation>Dagordningen som PDF på en sida, för utskrift</translation>
    </message>
    <message>
        <source>Run the agenda with a countdown for the room</source>
        <translation>Genomför dagordningen med nedräkning för rummet</translation>
    </message>
    <message>
        <source>Choose a session in the list, or create one with New session.</source>
        <translation>Välj ett möte i listan, eller skapa ett med Nytt möte.</translation>
    </message>
    <message>
        <source>Details &amp;&amp; agenda</source>
        <translation>Uppgifter &amp;&amp; dagordning</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Genomför</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>Använd mall</translation>
    </message>
    <message>
        <source>Add the items of which template after the agenda?</source>
        <translation>Vilken mall ska punkterna läggas till från, efter dagordningen?</translation>
    </message>
    <message>
        <source>Which kind of actor is interviewed?</source>
        <translation>Vilken typ av aktör intervjuas?</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Spara som mall</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Namn på den nya mallen:</translation>
    </message>
    <message>
        <source>Saved as the template “{0}”</source>
        <translation>Sparad som mallen ”{0}”</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportera dagordning</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Skriver dagordningen…</translation>
    </message>
    <message>
        <source>Handout saved: {0}</source>
        <translation>Dagordningen sparad: {0}</translation>
    </message>
    <message>
        <source>The handout could not be written: {0}</source>
        <translation>Dagordningen kunde inte skrivas: {0}</translation>
    </message>
    <message>
        <source>{0} participants, {1} agenda items</source>
        <translation>{0} deltagare, {1} punkter på dagordningen</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Delete the session “{0}” with its agenda and notes? You can undo this.</source>
        <translation>Ta bort mötet ”{0}” med dess dagordning och anteckningar? Du kan ångra det.</translation>
    </message>
    <message>
        <source>Consent of {0}</source>
        <translation>Samtycke från {0}</translation>
    </message>
    <message>
        <source>May we store the name?</source>
        <translation>Får vi lagra namnet?</translation>
    </message>
    <message>
        <source>May we quote?</source>
        <translation>Får vi citera?</translation>
    </message>
    <message>
        <source>May the organisation be named?</source>
        <translation>Får organisationen namnges?</translation>
    </message>
    <message>
        <source>e.g. by e-mail, orally at the interview</source>
        <translation>t.ex. via e-post, muntligt vid intervjun</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Document status of “{0}”</source>
        <translation>Handlingsstatus för ”{0}”</translation>
    </message>
    <message>
        <source>Arbetsmaterial (working material)</source>
        <translation>Arbetsmaterial</translation>
    </message>
    <message>
        <source>Allmän handling (public record)</source>
        <translation>Allmän handling</translation>
    </message>
    <message>
        <source>e.g. RS 2026/123</source>
        <translation>t.ex. RS 2026/123</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Ses över den</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Set document status</source>
        <translation>Ange handlingsstatus</translation>
    </message>
    <message>
        <source>Personal data and records</source>
        <translation>Personuppgifter och handlingar</translation>
    </message>
    <message>
        <source>Interview notes hold personal data. Exports and bundles show stable pseudonyms unless you include names. Erasing a person removes them everywhere, also from backups, and cannot be undone. An allmän handling can only be disposed of by a gallringsbeslut.</source>
        <translation>Intervjuanteckningar innehåller personuppgifter. Exporter och buntar visar beständiga pseudonymer om du inte tar med namnen. Att radera en person tar bort personen överallt, även i säkerhetskopior, och kan inte ångras. En allmän handling kan bara gallras efter ett gallringsbeslut.</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Personer och samtycke</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Handlingar</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Samtycke…</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Radera person…</translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation>Ange status…</translation>
    </message>
    <message>
        <source>{0} documents are due for review.</source>
        <translation>{0} handlingar är dags för översyn.</translation>
    </message>
    <message>
        <source>No documents are due for review.</source>
        <translation>Inga handlingar är dags för översyn.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Radera person</translation>
    </message>
    <message>
        <source>Erase {0} ({1}) everywhere: their contact details, their place in {2} sessions, the attribution of {3} notes, and their name where it is typed in {4} notes. Backups are scrubbed too. This cannot be undone. Erase?</source>
        <translation>Radera {0} ({1}) överallt: kontaktuppgifterna, deltagandet i {2} möten, kopplingen till {3} lappar och namnet där det står i {4} lappar. Säkerhetskopiorna rensas också. Det går inte att ångra. Radera?</translation>
    </message>
    <message>
        <source>Erased. {0} notes had the name replaced; {1} backups were scrubbed.</source>
        <translation>Raderad. Namnet ersattes i {0} lappar; {1} säkerhetskopior rensades.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Check &amp;project…</source>
        <translation>Kontrollera &amp;projektet…</translation>
    </message>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: {0}</translation>
    </message>
    <message>
        <source>Check project</source>
        <translation>Kontrollera projektet</translation>
    </message>
    <message>
        <source>The project file is sound: SQLite&apos;s integrity check passed and nothing links to rows that are missing.</source>
        <translation>Projektfilen är hel: SQLites integritetskontroll gick igenom och inget pekar på rader som saknas.</translation>
    </message>
    <message>
        <source>Problems were found:
{0}

Restore a backup (File → Backups…) or ask for help.</source>
        <translation>Problem hittades:
{0}

Återställ en säkerhetskopia (Arkiv → Säkerhetskopior…) eller be om hjälp.</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>en nätverksmapp</translation>
    </message>
    <message>
        <source>a folder synced by {0}</source>
        <translation>en mapp som synkas av {0}</translation>
    </message>
    <message>
        <source>{0} is in {1}. SQLite cannot lock files safely there, and edits can be lost or the file damaged. Work on a copy on this computer instead?</source>
        <translation>{0} ligger i {1}. Där kan SQLite inte låsa filer säkert, och ändringar kan gå förlorade eller filen skadas. Vill du arbeta med en kopia på den här datorn i stället?</translation>
    </message>
    <message>
        <source>Work on a local copy</source>
        <translation>Arbeta med en lokal kopia</translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>Working on a copy: {0}. Send a bundle, or copy the file back, when you are done.</source>
        <translation>Du arbetar med en kopia: {0}. Skicka en bunt, eller kopiera tillbaka filen, när du är klar.</translation>
    </message>
    <message>
        <source>Restore the newest backup ({0})</source>
        <translation>Återställ den senaste säkerhetskopian ({0})</translation>
    </message>
    <message>
        <source>Salvage what can be read into a new file</source>
        <translation>Rädda det som går att läsa till en ny fil</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Vad vill du göra?</translation>
    </message>
    <message>
        <source>Saved {0} rows into {1}; {2} could not be read. The damaged file is unchanged.</source>
        <translation>Räddade {0} rader till {1}; {2} gick inte att läsa. Den skadade filen är oförändrad.</translation>
    </message>
    <message>
        <source>Name stored:</source>
        <translation>Namnet sparas:</translation>
    </message>
    <message>
        <source>May be quoted:</source>
        <translation>Får citeras:</translation>
    </message>
    <message>
        <source>Organisation named:</source>
        <translation>Organisationen namnges:</translation>
    </message>
    <message>
        <source>Ctrl+Return new note · Ctrl+1…9 theme (Ctrl+0 none) · Ctrl+Shift+Q quote · Ctrl+T time stamp · Alt+↑/↓ question · every keystroke is saved</source>
        <translation>Ctrl+Retur ny anteckning · Ctrl+1…9 tema (Ctrl+0 inget) · Ctrl+Skift+Q citat · Ctrl+T tidsstämpel · Alt+↑/↓ fråga · varje tangenttryckning sparas</translation>
    </message>
    <message>
        <source>Choose an interview</source>
        <translation>Välj en intervju</translation>
    </message>
    <message>
        <source>interviewer {0}</source>
        <translation>intervjuare {0}</translation>
    </message>
    <message>
        <source>notes by {0}</source>
        <translation>antecknat av {0}</translation>
    </message>
    <message>
        <source>No quotes: the interviewee has not agreed to be quoted.</source>
        <translation>Inga citat: intervjupersonen har inte gått med på att citeras.</translation>
    </message>
    <message>
        <source>Consent not complete: ask before anything is shown outside the project.</source>
        <translation>Samtycket är inte komplett: fråga innan något visas utanför projektet.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Type note</source>
        <translation>Skriv anteckning</translation>
    </message>
    <message>
        <source>Mark as quote</source>
        <translation>Markera som citat</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Tidsstämpel</translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation>Ange tema</translation>
    </message>
    <message>
        <source>Interview status</source>
        <translation>Intervjuns läge</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>All actor types</source>
        <translation>Alla aktörstyper</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla lägen</translation>
    </message>
    <message>
        <source>Search notes: words, prefix* or &quot;a phrase&quot; (Ctrl+F)</source>
        <translation>Sök i anteckningar: ord, början* eller &quot;en fras&quot; (Ctrl+F)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Theme × actor type</source>
        <translation>Tema × aktörstyp</translation>
    </message>
    <message>
        <source>This search could not be run; try simpler words.</source>
        <translation>Sökningen kunde inte köras; prova enklare ord.</translation>
    </message>
    <message>
        <source>Type letters or digits to search for.</source>
        <translation>Skriv bokstäver eller siffror att söka efter.</translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation>Inga anteckningar matchar.</translation>
    </message>
    <message>
        <source>{0} notes shown</source>
        <translation>{0} anteckningar visas</translation>
    </message>
    <message>
        <source>Evidence of &quot;{0}&quot; — &lt;a href=&quot;clear&quot;&gt;show all notes&lt;/a&gt;</source>
        <translation>Underlag för &quot;{0}&quot; — &lt;a href=&quot;clear&quot;&gt;visa alla anteckningar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} notes — click to show them</source>
        <translation>{0} anteckningar — klicka för att visa dem</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>Ingen aktör</translation>
    </message>
    <message>
        <source>{0} votes</source>
        <translation>{0} röster</translation>
    </message>
    <message>
        <source>Click for the theme&apos;s menu: rename, colour, hide, move, delete</source>
        <translation>Klicka för temats meny: byt namn, färg, dölj, flytta, ta bort</translation>
    </message>
    <message>
        <source>Add note “{0}”</source>
        <translation>Lägg till lappen ”{0}”</translation>
    </message>
    <message>
        <source>Edit note “{0}”</source>
        <translation>Redigera lappen ”{0}”</translation>
    </message>
    <message>
        <source>Move {0} note(s)</source>
        <translation>Flytta {0} lapp(ar)</translation>
    </message>
    <message>
        <source>Delete {0} note(s)</source>
        <translation>Ta bort {0} lapp(ar)</translation>
    </message>
    <message>
        <source>Group {0} notes</source>
        <translation>Gruppera {0} lappar</translation>
    </message>
    <message>
        <source>Start voting round “{0}”</source>
        <translation>Starta röstningsomgången ”{0}”</translation>
    </message>
    <message>
        <source>End voting round</source>
        <translation>Avsluta röstningsomgång</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Lägg till en prick</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>Ta bort en prick</translation>
    </message>
    <message>
        <source>Add photo “{0}”</source>
        <translation>Lägg till fotot ”{0}”</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Ta bort foto</translation>
    </message>
    <message>
        <source>RegWorkshop — board on the projector</source>
        <translation>RegWorkshop — tavlan på projektorn</translation>
    </message>
    <message>
        <source>Type a note and press Enter (Shift+Enter: new line; N or Ctrl+Enter: back here)</source>
        <translation>Skriv en lapp och tryck Enter (Skift+Enter: ny rad; N eller Ctrl+Enter: tillbaka hit)</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Sa&amp;id by:</source>
        <translation>&amp;Sagt av:</translation>
    </message>
    <message>
        <source>Organisation or kind (Alt+A)</source>
        <translation>Organisation eller aktörstyp (Alt+A)</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 pick the theme</source>
        <translation>Alt+1 … Alt+9 väljer tema</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Lägg till foto…</translation>
    </message>
    <message>
        <source>Photos of paper walls appear here.</source>
        <translation>Foton av pappersväggar visas här.</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Lägg till foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>Filen kunde inte läsas: {0}</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*{0});;All files (*)</source>
        <translation>REFI-QDA-projekt (*{0});;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export for &amp;QDA programs (.qdpx)…</source>
        <translation>Exportera till &amp;analysprogram (.qdpx)…</translation>
    </message>
    <message>
        <source>&amp;Import from a QDA program (.qdpx)…</source>
        <translation>&amp;Importera från analysprogram (.qdpx)…</translation>
    </message>
    <message>
        <source>Export for QDA programs</source>
        <translation>Exportera till analysprogram</translation>
    </message>
    <message>
        <source>A .qdpx opens in NVivo, ATLAS.ti, MAXQDA and QualCoder. People are shown as stable pseudonyms unless you include the names of those who consented; organisations and quotes follow each interviewee&apos;s consent.</source>
        <translation>En .qdpx-fil kan öppnas i NVivo, ATLAS.ti, MAXQDA och QualCoder. Personer visas med fasta pseudonymer om du inte tar med namnen på dem som har samtyckt; organisationer och citat följer varje intervjupersons samtycke.</translation>
    </message>
    <message>
        <source>Names of people who consented (only for the project team)</source>
        <translation>Namn på personer som har samtyckt (endast för projektgruppen)</translation>
    </message>
    <message>
        <source>Wrote {0}: {1} sessions as text sources with {2} coded notes.</source>
        <translation>Skrev {0}: {1} sessioner som textkällor med {2} kodade anteckningar.</translation>
    </message>
    <message>
        <source>Import from a QDA program</source>
        <translation>Importera från analysprogram</translation>
    </message>
    <message>
        <source>Text sources become sessions of kind:</source>
        <translation>Textkällor blir sessioner av typen:</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Läser {0}…</translation>
    </message>
    <message>
        <source>{0}, exported by {1}. Codes become themes, coded selections notes, cases actors and memos insights. What has no place in RegWorkshop is listed as not imported.</source>
        <translation>{0}, exporterad från {1}. Koder blir teman, kodade textavsnitt anteckningar, fall aktörer och memon insikter. Det som saknar motsvarighet i RegWorkshop listas som inte importerat.</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>ett okänt program</translation>
    </message>
    <message>
        <source>Importing adds {0} sessions with {1} notes, {2} themes and {3} actors in one step. A backup of the project is taken first.</source>
        <translation>Importen lägger till {0} sessioner med {1} anteckningar, {2} teman och {3} aktörer i ett steg. Först tas en säkerhetskopia av projektet.</translation>
    </message>
    <message>
        <source>Nothing in this file is new to the project.</source>
        <translation>Inget i filen är nytt för projektet.</translation>
    </message>
    <message>
        <source>{0} cannot be imported.</source>
        <translation>{0} kan inte importeras.</translation>
    </message>
    <message>
        <source>{0}

The project has not been changed.</source>
        <translation>{0}

Projektet har inte ändrats.</translation>
    </message>
    <message>
        <source>Imported {0} sessions with {1} notes, {2} new themes, {3} new actors and {4} insights. Backup: {5}</source>
        <translation>Importerade {0} sessioner med {1} anteckningar, {2} nya teman, {3} nya aktörer och {4} insikter. Säkerhetskopia: {5}</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: {0}</source>
        <translation>Importen misslyckades och ändrade ingenting: {0}</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> och {0} till</translation>
    </message>
    <message>
        <source>People (cases of persons): not imported; add people in the register</source>
        <translation>Personer (fall som är personer): importeras inte; lägg till personer i registret</translation>
    </message>
    <message>
        <source>Cases without a name</source>
        <translation>Fall utan namn</translation>
    </message>
    <message>
        <source>Codes attached to whole cases</source>
        <translation>Koder kopplade till hela fall</translation>
    </message>
    <message>
        <source>Case variables other than actor type and municipality</source>
        <translation>Fallvariabler utöver aktörstyp och kommun</translation>
    </message>
    <message>
        <source>Sources already in this project (skipped)</source>
        <translation>Källor som redan finns i projektet (hoppas över)</translation>
    </message>
    <message>
        <source>Text sources whose text is not inside the file</source>
        <translation>Textkällor vars text inte finns i filen</translation>
    </message>
    <message>
        <source>Picture sources</source>
        <translation>Bildkällor</translation>
    </message>
    <message>
        <source>PDF sources</source>
        <translation>PDF-källor</translation>
    </message>
    <message>
        <source>Audio sources</source>
        <translation>Ljudkällor</translation>
    </message>
    <message>
        <source>Video sources</source>
        <translation>Videokällor</translation>
    </message>
    <message>
        <source>Codings of whole sources</source>
        <translation>Kodningar av hela källor</translation>
    </message>
    <message>
        <source>Memos attached to whole sources</source>
        <translation>Memon kopplade till hela källor</translation>
    </message>
    <message>
        <source>Variable values of sources</source>
        <translation>Variabelvärden för källor</translation>
    </message>
    <message>
        <source>Characters of source text outside any selection (headings, uncoded text)</source>
        <translation>Tecken i källtexten utanför alla textavsnitt (rubriker, okodad text)</translation>
    </message>
    <message>
        <source>Selections outside their source&apos;s text</source>
        <translation>Textavsnitt utanför källans text</translation>
    </message>
    <message>
        <source>Empty selections</source>
        <translation>Tomma textavsnitt</translation>
    </message>
    <message>
        <source>Codings beyond the first of a selection (a note has one theme)</source>
        <translation>Kodningar utöver den första i ett textavsnitt (en anteckning har ett tema)</translation>
    </message>
    <message>
        <source>Codings that refer to no code</source>
        <translation>Kodningar som inte hänvisar till någon kod</translation>
    </message>
    <message>
        <source>Selections already in this project as notes (skipped)</source>
        <translation>Textavsnitt som redan finns i projektet som anteckningar (hoppas över)</translation>
    </message>
    <message>
        <source>Memos already in this project as insights (skipped)</source>
        <translation>Memon som redan finns i projektet som insikter (hoppas över)</translation>
    </message>
    <message>
        <source>Descriptions of codes, cases, sources and selections</source>
        <translation>Beskrivningar av koder, fall, källor och textavsnitt</translation>
    </message>
    <message>
        <source>Memos attached to codes</source>
        <translation>Memon kopplade till koder</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Mängder</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Grafer</translation>
    </message>
    <message>
        <source>Users (coders); RegWorkshop records the device that wrote a row instead</source>
        <translation>Användare (kodare); RegWorkshop registrerar i stället vilken dator som skrev en rad</translation>
    </message>
    <message>
        <source>New themes (from codes)</source>
        <translation>Nya teman (från koder)</translation>
    </message>
    <message>
        <source>Existing themes used</source>
        <translation>Befintliga teman som används</translation>
    </message>
    <message>
        <source>New actors (from cases)</source>
        <translation>Nya aktörer (från fall)</translation>
    </message>
    <message>
        <source>Existing actors used</source>
        <translation>Befintliga aktörer som används</translation>
    </message>
    <message>
        <source>Sessions of kind {0} (from text sources)</source>
        <translation>Sessioner av typen {0} (från textkällor)</translation>
    </message>
    <message>
        <source>Notes (from coded selections)</source>
        <translation>Anteckningar (från kodade textavsnitt)</translation>
    </message>
    <message>
        <source>Clusters (from sub-codes)</source>
        <translation>Kluster (från underkoder)</translation>
    </message>
    <message>
        <source>Insights and lessons (from memos)</source>
        <translation>Insikter och lärdomar (från memon)</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>Tick checklist item</source>
        <translation>Bocka av punkt i checklistan</translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation>Ta bort bock i checklistan</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Lägg till åtagande</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Ändra åtagande</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Ta bort åtagande</translation>
    </message>
    <message>
        <source>Edit collaboration platform</source>
        <translation>Ändra samverkansplattform</translation>
    </message>
    <message>
        <source>Start follow-up round “{0}”</source>
        <translation>Starta uppföljningsomgång ”{0}”</translation>
    </message>
    <message>
        <source>Gaps at a glance: who has not been heard yet</source>
        <translation>Luckor i korthet: vilka har inte hörts ännu</translation>
    </message>
    <message>
        <source>Open the stakeholder register →</source>
        <translation>Öppna intressentregistret →</translation>
    </message>
    <message>
        <source>The stakeholder register is empty: map the actors first, then see who is heard.</source>
        <translation>Intressentregistret är tomt: kartlägg aktörerna först, sedan syns vilka som hörts.</translation>
    </message>
    <message>
        <source>Every actor type and every municipality in the register has been heard.</source>
        <translation>Alla aktörstyper och alla kommuner i registret har hörts.</translation>
    </message>
    <message>
        <source>Heard means: someone attended a session or a note is attributed to them. Heard so far: {0} actor types, {1} municipalities.</source>
        <translation>Hörd betyder: någon har deltagit i ett möte eller en anteckning är knuten till aktören. Hörda hittills: {0} aktörstyper, {1} kommuner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actor types not heard:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Aktörstyper som inte hörts:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Municipalities not heard:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Kommuner som inte hörts:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;No actor of these types in the register:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ingen aktör av dessa typer i registret:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Öppna {0}</translation>
    </message>
    <message>
        <source>Tick when done (by hand)</source>
        <translation>Bocka av när det är gjort (för hand)</translation>
    </message>
    <message>
        <source>Ticks itself from what the project holds</source>
        <translation>Bockas av automatiskt utifrån det som finns i projektet</translation>
    </message>
    <message>
        <source>Done: ticked from what the project holds</source>
        <translation>Klart: avbockat utifrån det som finns i projektet</translation>
    </message>
    <message>
        <source>{0} of {1} steps done</source>
        <translation>{0} av {1} steg klara</translation>
    </message>
</context>
</TS>
