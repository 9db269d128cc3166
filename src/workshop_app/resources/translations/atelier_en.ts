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
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../../ui/export_runner.py" line="368"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_runner.py" line="370"/>
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
        <location filename="../../ui/feedback/panel.py" line="126"/>
        <source>%n response(s) from participants.</source>
        <translation>
            <numerusform>%n response from participants.</numerusform>
            <numerusform>%n responses from participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="147"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/prepare/roster.py" line="259"/>
        <source>%n person(s) on the roster</source>
        <translation>
            <numerusform>%n person on the roster</numerusform>
            <numerusform>%n people on the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prepare/roster.py" line="262"/>
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
        <location filename="../../ui/search_dialog.py" line="103"/>
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
        <location filename="../../ui/workshop_page.py" line="448"/>
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
