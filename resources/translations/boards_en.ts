<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>CoveragePanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/coverage.py" line="143" />
        <source>{0} · {1} · {2}: %n program(s)</source>
        <translation>
            <numerusform>{0} · {1} · {2}: %n program</numerusform>
            <numerusform>{0} · {1} · {2}: %n programs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IfasEditor</name>
    <message numerus="yes">
        <location filename="../../ui/views/ifas_editor.py" line="298" />
        <source>%n item(s) have no weight or rating yet.</source>
        <translation>
            <numerusform>%n item has no weight or rating yet.</numerusform>
            <numerusform>%n items have no weight or rating yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message numerus="yes">
        <location filename="../../ui/views/program_editor.py" line="328" />
        <source>%n SWOT item(s)</source>
        <translation>
            <numerusform>%n SWOT item</numerusform>
            <numerusform>%n SWOT items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/program_editor.py" line="329" />
        <source>%n strategy(ies)</source>
        <translation>
            <numerusform>%n strategy</numerusform>
            <numerusform>%n strategies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs.py" line="168" />
        <source>%n program(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
            <numerusform>%n programs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickWinList</name>
    <message numerus="yes">
        <location filename="../../ui/views/quickwins.py" line="111" />
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message numerus="yes">
        <location filename="../../ui/views/scores.py" line="257" />
        <source>%n program(s) in the current filter</source>
        <translation>
            <numerusform>%n program in the current filter</numerusform>
            <numerusform>%n programs in the current filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TowsEditor</name>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="248" />
        <source>from %n item(s)</source>
        <translation>
            <numerusform>from %n item</numerusform>
            <numerusform>from %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="258" />
        <source>Region-level strategies: %n</source>
        <translation>
            <numerusform>Region-level strategies: %n</numerusform>
            <numerusform>Region-level strategies: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="260" />
        <source>Strategies of the group {0}: %n</source>
        <translation>
            <numerusform>Strategies of the group {0}: %n</numerusform>
            <numerusform>Strategies of the group {0}: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tows.py" line="264" />
        <source>Strategies of {0}: %n</source>
        <translation>
            <numerusform>Strategies of {0}: %n</numerusform>
            <numerusform>Strategies of {0}: %n</numerusform>
        </translation>
    </message>
</context>
</TS>