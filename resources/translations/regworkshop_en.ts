<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>My project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} does not exist. It may have been moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named {0} already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was saved by a newer version of RegWorkshop ({1}). Update RegWorkshop to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a RegWorkshop project ({1}). The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is damaged ({1}). It has not been written to. Restore a backup or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme holds {0} notes. Choose a theme to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RegWorkshop bundle ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was refused as unsafe: {0}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made by a newer RegWorkshop; version {0} or later is needed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle comes from another project (“{0}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged or does not match this version of RegWorkshop: {0}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a REFI-QDA project file ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused as unsafe: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not follow the REFI-QDA standard: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegWorkshop projects (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}… {1} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder analysis; meet each municipality to anchor the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group, kickoff, workshops and many interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the insights in a knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments, declaration of intent, a new stakeholder analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal evaluations compiled into lessons for the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the work going: a collaboration platform, a declaration of intent listing what each party commits to, and a new round of the stakeholder analysis to see whether interests have changed and how engaged each actor has been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration of intent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hallands planeringsforum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. four times a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organisations are members of the platform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the actors to the stakeholder register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which actor commits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it commit to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new round of the stakeholder analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no interviewee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended {0} of {1} invited · notes {2} · commitments {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item after the current one (Ctrl+Enter, Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the themes the current item feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the facilitator about the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter adds an item · Tab moves between title, framing question and minutes · drag rows or press Ctrl+Up/Down to reorder · Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet. Press Ctrl+Enter to add one, or apply a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} past the planned end {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends exactly at the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to spare before {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} over the planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which themes does “{0}” feed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notes · {1} actors · {2} actor types · {3} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes · distinct actors · distinct actor types · sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are taken when you open the project (once a day), every 30 minutes while you edit, and before upgrades, merges, imports and erasures. They are kept in {0}, not beside the project, and thinned to recent, daily and weekly copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the project with the backup from {0} ({1} notes)? What the project holds now is backed up first, so this can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal resources on board: process leader, business strategist, regional planning strategist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the actors: kommuner, region, länsstyrelse, academia, business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors mapped: {0} actors of {1} kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder analysis: {0} of {1} actors assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement plan (when, where, how): {0} of {1} actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality meetings: {0} of {1} kommuner met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group formed ({0} meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kickoff held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organisation has said how it anchors the project internally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops held: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews: {0} done across {1} actor types (aim: {2} across {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights backed by notes: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base discussed with the reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration platform recorded: forum, members ({0}), cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments recorded: {0} from {1} actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration of intent agreed by the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder analysis redone in a follow-up round ({0} rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal evaluation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key people interviewed about the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons shared with the next planning round and other regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews booked less than {1} weeks ahead: {0}. Start planning early, especially for interviews and procured services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start planning early, especially for interviews and procured services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involve internal resources: a process leader, a business strategist and a regional planning strategist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the view of who matters. Not heard yet: actor types {0}, municipalities {1} (see Gaps below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the view of who matters. Kinds of actor not heard yet: {0} (see Gaps below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the view of who matters. Municipalities not heard yet: {0} (see Gaps below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the view of who matters: invite beyond the usual actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {0} interviews in one week: give the interviewer time (at most {1} a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the consultant time for the interviews and for writing them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews planned yet: book them now, they take long to arrange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to send and to print. Names of people appear only where they consented; quotes only where quoting was allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the participants after a session: agenda with planned and actual times, organisations, clusters and votes per theme, charts and photos of the walls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunskapsunderlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole project: method, insights with their evidence and quotes, lessons, commitments, the stakeholder map and the list of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration of intent with the parties&apos; commitments, the follow-up report (changes between assessment rounds, engagement) and the lessons learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration (Word)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Excel: UTF-8 with BOM, so å, ä and ö come out right; cells that would run as formulas are kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights and lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshop summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export kunskapsunderlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RegWorkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit is stored as you make it · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegWorkshop uses Qt {0} through PySide6 {1} (Qt for Python), both under the GNU Lesser General Public License version 3. The Qt and PySide6 libraries are separate files in the installation folder; you may replace them with your own build of a compatible version. Their source code is available from https://download.qt.io and https://code.qt.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RegWorkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops, interviews and the knowledge base of a regionalt planeringsunderlag — offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({0}). You may share and change it under those terms; it comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {0} · PySide6 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF exports embed the DejaVu Sans font (Bitstream Vera licence; DejaVu changes are in the public domain). Its licence text is under Licence texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method, phase by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0} documents have reached their retention date and are due for review (see Privacy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions, {1} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the method is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0} · {1} of {2} steps done. Follow → to where the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change theme colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are captured under these themes. The defaults are the workshop&apos;s framing questions from the method; add your own as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide/show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights and lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (internal evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an insight to move it within its section. Drop notes from the results on an insight to link them as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights and lessons matching the search: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select notes in the results, then write an insight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the insight ({0} notes as evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select notes in the results and an insight in this list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the kunskapsunderlag (empty: the insight&apos;s theme):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions up to and including this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said by… (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dot (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a dot (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group selected… (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse or expand (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse or expand cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a voting round to give notes dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots per participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “{0}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide from the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another theme first: the notes need somewhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” holds notes and is the only theme; add another theme to move them to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” holds {1} notes. Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme “{0}”? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to RegWorkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each planning project is one file you can copy, back up and send. Everything you type is stored the moment you type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmän handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsmaterial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(due for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts ({0})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Note: {0} notes have people&apos;s names typed in their text; pseudonyms do not change free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the bundle are shown as stable pseudonyms unless you include their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonyms (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include names and contact details (only for the project team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}. Send it to the colleague who merges the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note in “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text was changed on two laptops before they were merged. Both versions are kept until you choose one, or write a combined text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts left to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the combined text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegWorkshop bundles (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project the bundle belongs to first, then merge {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles carry the work of other laptops. Merging adds what is new, applies later edits, keeps both versions of a text edited on two laptops, and never doubles anything: a bundle can be merged any number of times, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also merge bundles that come from another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a new project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another project (“{0}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bundles to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging will add {0}, update {1} and delete {2} rows, and flag {3} new conflicts to resolve. A backup of the project is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bundles come from another project. Their sessions, notes and actors will become part of this project. Merge them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: {0} added, {1} updated, {2} deleted; {3} conflicts open. Backup: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported: nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions · notes · commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} · {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement (0–100) is computed from what happened: up to 50 points for the share of invited sessions attended, 1 point per note attributed to the actor (at most 30) and 10 per commitment not dropped (at most 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a second assessment round on the grid to compare rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} actors moved; {2} changed quadrant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence {0} · interest {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in the earlier round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed in this round — drag onto the grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an actor to set its influence (up) and interest (right) in the round shown; Ctrl+Z undoes. Markers on the same spot fan out; hover one to bring it forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new round (it starts with the current values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (change if a column was not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to create · {1} to update · {2} skipped · {3} with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows with errors in the file (or the column choice) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the project already holds all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook · {0} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV · encoding {0} · delimiter {1} · {2} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new contact person {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets influence {0} and interest {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats row {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type “{0}” not recognised; stored as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a number from 1 to 5, not “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0} gives this actor another {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0} gives this name another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the actor&apos;s name. Choose it below. Columns found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{0}” is chosen for two fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not look like a table: no line has ; , or tab between columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {0} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a table ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding: the file is neither UTF-8 nor Windows-1252. Save it as “CSV UTF-8” in Excel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0} has a cell longer than {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {0} rows (it has {1}). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0} has more than {1} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file declares XML entities (an XML bomb?) and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file would unpack to more than {0} MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file is damaged or not a workbook ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people hold personal data: record whether they consent to it being stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to store data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{0}” on the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment round “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan involvement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} planned involvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of involvement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, municipality or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add actor “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact person “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people are personal data. Include them in the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations only (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include contact people&apos;s names and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agenda item “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose themes for an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agenda as template “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by {0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the item actually took in run mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item ends after the session&apos;s planned end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is added to the stakeholder register. A new organisation is added with the kind you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people and organisations from the stakeholder register, or add someone new on the spot. Record attendance by double-clicking it (or F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet: invite people from the stakeholder register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people and organisations from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add on the spot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who is not in the register yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the stakeholder register is already invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part in this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegWorkshop — projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} behind schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ahead of schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda items to run the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1}  ({2} planned, {3} taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  {1}  ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of paper walls, shown beside the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting “{0}”: {1}{2} dots (+/− on a note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a theme first: notes are captured under a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” matches no participant or kind of actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous item (Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this item and start the next (Right, Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current item five more minutes (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recorded times and run the agenda again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume the clock (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current item full screen for the room (F5; Escape closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Space start/pause · Right or Page Down next · Left or Page Up previous · + five more minutes · F5 projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recorded times of this run and start again? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run mode ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page PDF of the agenda for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the agenda with a countdown for the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the list, or create one with New session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;&amp; agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the items of which template after the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of actor is interviewed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the template “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} participants, {1} agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “{0}” with its agenda and notes? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we store the name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we quote?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May the organisation be named?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. by e-mail, orally at the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document status of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsmaterial (working material)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmän handling (public record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RS 2026/123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes hold personal data. Exports and bundles show stable pseudonyms unless you include names. Erasing a person removes them everywhere, also from backups, and cannot be undone. An allmän handling can only be disposed of by a gallringsbeslut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} documents are due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents are due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {0} ({1}) everywhere: their contact details, their place in {2} sessions, the attribution of {3} notes, and their name where it is typed in {4} notes. Backups are scrubbed too. This cannot be undone. Erase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased. {0} notes had the name replaced; {1} backups were scrubbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is sound: SQLite&apos;s integrity check passed and nothing links to rows that are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems were found:
{0}

Restore a backup (File → Backups…) or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder synced by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is in {1}. SQLite cannot lock files safely there, and edits can be lost or the file damaged. Work on a copy on this computer instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on a copy: {0}. Send a bundle, or copy the file back, when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage what can be read into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0} rows into {1}; {2} could not be read. The damaged file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be quoted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return new note · Ctrl+1…9 theme (Ctrl+0 none) · Ctrl+Shift+Q quote · Ctrl+T time stamp · Alt+↑/↓ question · every keystroke is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes: the interviewee has not agreed to be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not complete: ask before anything is shown outside the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actor types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes: words, prefix* or &quot;a phrase&quot; (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme × actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This search could not be run; try simpler words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type letters or digits to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of &quot;{0}&quot; — &lt;a href=&quot;clear&quot;&gt;show all notes&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notes — click to show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the theme&apos;s menu: rename, colour, hide, move, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {0} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start voting round “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End voting round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegWorkshop — board on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note and press Enter (Shift+Enter: new line; N or Ctrl+Enter: back here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;id by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation or kind (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9 pick the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of paper walls appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;QDA programs (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a QDA program (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for QDA programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .qdpx opens in NVivo, ATLAS.ti, MAXQDA and QualCoder. People are shown as stable pseudonyms unless you include the names of those who consented; organisations and quotes follow each interviewee&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of people who consented (only for the project team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}: {1} sessions as text sources with {2} coded notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a QDA program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sources become sessions of kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, exported by {1}. Codes become themes, coded selections notes, cases actors and memos insights. What has no place in RegWorkshop is listed as not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing adds {0} sessions with {1} notes, {2} themes and {3} actors in one step. A backup of the project is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this file is new to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

The project has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} sessions with {1} notes, {2} new themes, {3} new actors and {4} insights. Backup: {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and changed nothing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (cases of persons): not imported; add people in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes attached to whole cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case variables other than actor type and municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources already in this project (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text sources whose text is not inside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings of whole sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos attached to whole sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable values of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of source text outside any selection (headings, uncoded text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections outside their source&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings beyond the first of a selection (a note has one theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codings that refer to no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections already in this project as notes (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos already in this project as insights (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptions of codes, cases, sources and selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos attached to codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (coders); RegWorkshop records the device that wrote a row instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New themes (from codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing themes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actors (from cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing actors used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of kind {0} (from text sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (from coded selections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters (from sub-codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights and lessons (from memos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit collaboration platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start follow-up round “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps at a glance: who has not been heard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stakeholder register →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stakeholder register is empty: map the actors first, then see who is heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every actor type and every municipality in the register has been heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard means: someone attended a session or a note is attributed to them. Heard so far: {0} actor types, {1} municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Actor types not heard:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Municipalities not heard:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No actor of these types in the register:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when done (by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks itself from what the project holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: ticked from what the project holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} steps done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
