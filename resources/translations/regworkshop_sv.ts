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
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Förbereda</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Genomföra</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>Sammanställa</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lärdomar</translation>
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
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
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
        <source>Lessons</source>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Kickoff</source>
        <translation>Uppstartsmöte</translation>
    </message>
    <message>
        <source>Reference group</source>
        <translation>Referensgrupp</translation>
    </message>
    <message>
        <source>Municipality meeting</source>
        <translation>Kommunmöte</translation>
    </message>
    <message>
        <source>Internal evaluation</source>
        <translation>Intern utvärdering</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>County administrative board</source>
        <translation>Länsstyrelse</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitet/högskola</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Forskare</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Business organisation</source>
        <translation>Näringslivsorganisation</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
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
        <source>The stakeholder analysis: actors and contact people, the influence/interest grid, the involvement plan, import from Excel and repeated assessments.</source>
        <translation>Intressentanalysen: aktörer och kontaktpersoner, matrisen för inflytande och intresse, involveringsplanen, import från Excel och upprepade bedömningar.</translation>
    </message>
    <message>
        <source>Workshops, kickoffs, reference-group and municipality meetings: agendas with time boxes and framing questions, run mode for the projector, and the sticky-note board.</source>
        <translation>Workshoppar, uppstartsmöten, referensgrupps- och kommunmöten: dagordningar med tidsramar och frågeställningar, körläge för projektorn och lapptavlan.</translation>
    </message>
    <message>
        <source>Interview notes that follow an interview guide, tagged to themes, with quotes marked and consent always visible.</source>
        <translation>Intervjuanteckningar som följer en intervjuguide, kopplade till teman, med markerade citat och samtycket alltid synligt.</translation>
    </message>
    <message>
        <source>Every note from every session, searchable and filterable, with insights and lessons linked to their evidence.</source>
        <translation>Alla lappar från alla möten, sökbara och filtrerbara, med insikter och lärdomar kopplade till sitt underlag.</translation>
    </message>
    <message>
        <source>Workshop summaries and the kunskapsunderlag as PDF and Word, and CSV for spreadsheets.</source>
        <translation>Workshopsammanfattningar och kunskapsunderlaget som PDF och Word, och CSV för kalkylblad.</translation>
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
        <source>About RegWorkshop</source>
        <translation>Om RegWorkshop</translation>
    </message>
    <message>
        <source>RegWorkshop {0}

Workshops, interviews and the knowledge base of a regionalt planeringsunderlag — offline.</source>
        <translation>RegWorkshop {0}

Workshoppar, intervjuer och kunskapsbasen för ett regionalt planeringsunderlag — utan nätverk.</translation>
    </message>
    <message>
        <source>The method, phase by phase</source>
        <translation>Metoden, steg för steg</translation>
    </message>
    <message>
        <source>{0} sessions, {1} notes</source>
        <translation>{0} möten, {1} lappar</translation>
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
        <source>{0} notes</source>
        <translation>{0} lappar</translation>
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
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
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
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
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
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <source>Export bundle</source>
        <translation>Exportera bunt</translation>
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
        <source>Status</source>
        <translation>Status</translation>
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
</context>
</TS>
