<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddRemoteDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="222"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>The server lists %n model.</numerusform>
            <numerusform>The server lists %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="170"/>
        <location filename="../../app/ui/attachment_strip.py" line="265"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: one message can carry at most %n file.</numerusform>
            <numerusform>{name}: one message can carry at most %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="246"/>
        <source>{name}: no text layer; its %n pages look scanned.</source>
        <translation>
            <numerusform>{name}: no text layer; its page looks scanned.</numerusform>
            <numerusform>{name}: no text layer; its %n pages look scanned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="291"/>
        <source>{name}: its first pages were attached as images; %n pages were left out.</source>
        <translation>
            <numerusform>{name}: its first pages were attached as images; %n page was left out.</numerusform>
            <numerusform>{name}: its first pages were attached as images; %n pages were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="27"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>read as %n clip of up to 30 s</numerusform>
            <numerusform>read as %n clips of up to 30 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="36"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="37"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="38"/>
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="39"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="40"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatProjects</name>
    <message numerus="yes">
        <location filename="../../app/ui/chat_projects.py" line="84"/>
        <source>“{name}” is indexed; %n file(s) could not be read (see Projects…).</source>
        <translation>
            <numerusform>“{name}” is indexed; %n file could not be read (see Projects…).</numerusform>
            <numerusform>“{name}” is indexed; %n files could not be read (see Projects…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message numerus="yes">
        <location filename="../../app/ui/downloads.py" line="59"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureAlt</name>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="30"/>
        <source>and %n more plots</source>
        <translation>
            <numerusform>and %n more plot</numerusform>
            <numerusform>and %n more plots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="59"/>
        <source>pie chart with %n slices</source>
        <translation>
            <numerusform>pie chart with %n slice</numerusform>
            <numerusform>pie chart with %n slices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="61"/>
        <source>bar chart with %n bars</source>
        <translation>
            <numerusform>bar chart with %n bar</numerusform>
            <numerusform>bar chart with %n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="63"/>
        <source>line chart with %n lines</source>
        <translation>
            <numerusform>line chart with %n line</numerusform>
            <numerusform>line chart with %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="65"/>
        <source>scatter plot with %n points</source>
        <translation>
            <numerusform>scatter plot with %n point</numerusform>
            <numerusform>scatter plot with %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="66"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="49"/>
        <source>Running · %n tools · {note}</source>
        <translation>
            <numerusform>Running · %n tool · {note}</numerusform>
            <numerusform>Running · %n tools · {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="51"/>
        <source>Running · %n tools</source>
        <translation>
            <numerusform>Running · %n tool</numerusform>
            <numerusform>Running · %n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="172"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>The oldest fact does not fit in a chat&apos;s instructions and is left out.</numerusform>
            <numerusform>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="98"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n word)</numerusform>
            <numerusform>(%n words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="162"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>To fit the {size}-token context, the oldest message was not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</numerusform>
            <numerusform>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="180"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/presets_dialog.py" line="279"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>Imported %n preset.</numerusform>
            <numerusform>Imported %n presets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="180"/>
        <source>%n document(s) indexed.</source>
        <translation>
            <numerusform>%n document indexed.</numerusform>
            <numerusform>%n documents indexed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="182"/>
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n file could not be read:</numerusform>
            <numerusform>%n files could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="184"/>
        <source>%n file(s) changed since: re-index to read them.</source>
        <translation>
            <numerusform>%n file changed since: re-index to read it.</numerusform>
            <numerusform>%n files changed since: re-index to read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="279"/>
        <source>Read %n file(s) now.</source>
        <translation>
            <numerusform>Read %n file now.</numerusform>
            <numerusform>Read %n files now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="282"/>
        <source>%n file(s) left out (too large, outside the folder, or past the limit).</source>
        <translation>
            <numerusform>%n file left out (too large, outside the folder, or past the limit).</numerusform>
            <numerusform>%n files left out (too large, outside the folder, or past the limit).</numerusform>
        </translation>
    </message>
</context>
</TS>
