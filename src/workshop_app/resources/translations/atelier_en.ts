<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>WorkshopHeader</name>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="36"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceTreeModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/workspace_tree.py" line="126"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
</context>
</TS>
