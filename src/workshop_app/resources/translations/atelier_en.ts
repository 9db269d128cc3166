<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupModel</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="194"/>
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="195"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinActions</name>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="61"/>
        <source>%n item(s) removed more than %1 days ago emptied from the bin for good.</source>
        <translation>
            <numerusform>%n item removed more than %1 days ago emptied from the bin for good.</numerusform>
            <numerusform>%n items removed more than %1 days ago emptied from the bin for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="114"/>
        <source>%n removed item(s) will be gone for good: their texts are erased from this workspace and from its backups, and no merge can bring them back.</source>
        <translation>
            <numerusform>%n removed item will be gone for good: their texts are erased from this workspace and from its backups, and no merge can bring them back.</numerusform>
            <numerusform>%n removed items will be gone for good: their texts are erased from this workspace and from its backups, and no merge can bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="170"/>
        <source>%n item(s) emptied from the bin for good.</source>
        <translation>
            <numerusform>%n item emptied from the bin for good.</numerusform>
            <numerusform>%n items emptied from the bin for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="181"/>
        <source>%n backup(s) could not be emptied.</source>
        <translation>
            <numerusform>%n backup could not be emptied.</numerusform>
            <numerusform>%n backups could not be emptied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard.py" line="240"/>
        <source>%n workshop(s) selected</source>
        <translation>
            <numerusform>%n workshop selected</numerusform>
            <numerusform>%n workshops selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard.py" line="242"/>
        <source>%n contribution(s).</source>
        <translation>
            <numerusform>%n contribution.</numerusform>
            <numerusform>%n contributions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../ui/export_runner.py" line="326"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_runner.py" line="328"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="129"/>
        <location filename="../../ui/export_dialog.py" line="325"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="134"/>
        <source>%n response(s) from participants.</source>
        <translation>
            <numerusform>%n response from participants.</numerusform>
            <numerusform>%n responses from participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="152"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="189"/>
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comments (%n)</numerusform>
            <numerusform>Comments (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message numerus="yes">
        <location filename="../../ui/monitoring/models.py" line="232"/>
        <source>%n measurement(s) no longer fit this kind: marked ⚠ in the table, kept as they were.</source>
        <translation>
            <numerusform>%n measurement no longer fits this kind: marked ⚠ in the table, kept as it was.</numerusform>
            <numerusform>%n measurements no longer fit this kind: marked ⚠ in the table, kept as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <location filename="../../ui/feedback/kiosk.py" line="483"/>
        <source>Careful: after %n more wrong PIN(s), the PIN will be locked.</source>
        <translation>
            <numerusform>Careful: after %n more wrong PIN, the PIN will be locked.</numerusform>
            <numerusform>Careful: after %n more wrong PINs, the PIN will be locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message numerus="yes">
        <location filename="../../ui/monitoring/dialog.py" line="261"/>
        <source>%n value(s) typed could not be saved (marked ⚠ in the tables). Close and drop them?</source>
        <translation>
            <numerusform>%n value typed could not be saved (marked ⚠ in the tables). Close and drop it?</numerusform>
            <numerusform>%n values typed could not be saved (marked ⚠ in the tables). Close and drop them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameReviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/name_review.py" line="129"/>
        <source>Participants&apos; names are typed in %n place(s) this export prints. Without names, each is printed as the person&apos;s role. Keep a word that is no name (“Rose”, the colour); replace a name in the workspace to correct the text for good (Edit › Undo puts it back).</source>
        <translation>
            <numerusform>Participants&apos; names are typed in %n place this export prints. Without names, each is printed as the person&apos;s role. Keep a word that is no name (“Rose”, the colour); replace a name in the workspace to correct the text for good (Edit › Undo puts it back).</numerusform>
            <numerusform>Participants&apos; names are typed in %n places this export prints. Without names, each is printed as the person&apos;s role. Keep a word that is no name (“Rose”, the colour); replace a name in the workspace to correct the text for good (Edit › Undo puts it back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/name_review.py" line="165"/>
        <source>Their name or first name stands in %n text(s). Their full name goes whatever you choose: replaced with their role, or taken out (“[…]”). A first name may be someone else&apos;s: choose for each one.</source>
        <translation>
            <numerusform>Their name or first name stands in %n text. Their full name goes whatever you choose: replaced with their role, or taken out (“[…]”). A first name may be someone else&apos;s: choose for each one.</numerusform>
            <numerusform>Their name or first name stands in %n texts. Their full name goes whatever you choose: replaced with their role, or taken out (“[…]”). A first name may be someone else&apos;s: choose for each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalWords</name>
    <message numerus="yes">
        <location filename="../../ui/monitoring/proposals.py" line="48"/>
        <source>Mean rating of “%1” (%n answer(s))</source>
        <translation>
            <numerusform>Mean rating of “%1” (%n answer)</numerusform>
            <numerusform>Mean rating of “%1” (%n answers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/monitoring/proposals.py" line="130"/>
        <source>“%1”: %n answer(s), too few for a mean (five needed)</source>
        <translation>
            <numerusform>“%1”: %n answer, too few for a mean (five needed)</numerusform>
            <numerusform>“%1”: %n answers, too few for a mean (five needed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/prepare/roster.py" line="262"/>
        <source>%n person(s) on the roster</source>
        <translation>
            <numerusform>%n person on the roster</numerusform>
            <numerusform>%n people on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prepare/roster.py" line="265"/>
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="114"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="46"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="77"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="78"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="463"/>
        <source>Removed the issue and the %n improvement(s) answering it (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Removed the issue and the improvement answering it (Ctrl+Z to undo).</numerusform>
            <numerusform>Removed the issue and the %n improvements answering it (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceTreeModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/workspace_tree.py" line="127"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
</context>
</TS>
