<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>WorksheetsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/worksheets_dialog.py" line="185" />
        <source>%n worksheet(s) written:</source>
        <translation>
            <numerusform>%n worksheet written:</numerusform>
            <numerusform>%n worksheets written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worksheets_dialog.py" line="196" />
        <source>Nothing was saved: %n problem(s) in the worksheets.</source>
        <translation>
            <numerusform>Nothing was saved: %n problem in the worksheets.</numerusform>
            <numerusform>Nothing was saved: %n problems in the worksheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/worksheets_dialog.py" line="203" />
        <source>%n change(s) saved.</source>
        <translation>
            <numerusform>%n change saved.</numerusform>
            <numerusform>%n changes saved.</numerusform>
        </translation>
    </message>
</context>
</TS>