<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../app/ui/a11y.py" line="55"/>
        <source>Reply stopped. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="57"/>
        <source>The reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="58"/>
        <source>Reply finished. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="68"/>
        <source>waiting for Run or Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="69"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="70"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="71"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="72"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="75"/>
        <source>Tool {name}, {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>Hearth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="78"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="79"/>
        <source>Attached {files}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/ui/api_service.py" line="47"/>
        <source>The API for other apps could not start on {address} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="43"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="48"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="49"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="50"/>
        <source>{name}, preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="81"/>
        <source>{name} cannot be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="93"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="102"/>
        <source>This model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="124"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="54"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="70"/>
        <source>the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="71"/>
        <source>unsupported or damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>Could not play {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="30"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="31"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="40"/>
        <source>Waiting for the model to finish loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="40"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="45"/>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="37"/>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="88"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109"/>
        <source>Think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="111"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} (or drop / paste them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>{name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="166"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="168"/>
        <source>Media ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="193"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="233"/>
        <source>Sent without {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="80"/>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="88"/>
        <source>Could not export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="29"/>
        <source>This chart could not be shown ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="36"/>
        <source>Chart {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="39"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="41"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="59"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="61"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="106"/>
        <source>Something went wrong: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Find Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Actual Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Previous Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Next Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Copy Last Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Regenerate Last Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Run Waiting Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>Skip Waiting Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Manage Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>Benchmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>This chat has no messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259"/>
        <source>There is no reply to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>Last reply copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>No code is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>Text size: system default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Text size: {size} points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348"/>
        <source>Model may not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="349"/>
        <source>Load it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <location filename="../../app/ui/main_window.py" line="393"/>
        <source>{name} · ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395"/>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>The model could not be loaded: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../../app/ui/message_html.py" line="22"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="23"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="33"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="36"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="53"/>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="57"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="59"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="74"/>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="75"/>
        <source>(%n words)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="96"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="104"/>
        <source>the reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="105"/>
        <source>Error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="109"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="120"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="139"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="152"/>
        <source>{seconds} s to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="154"/>
        <source>{rate} tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="157"/>
        <source>%n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="161"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="168"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="217"/>
        <source>Run this Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="219"/>
        <source>Run Python block {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="21"/>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>The model that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="24"/>
        <source>Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="33"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="30"/>
        <location filename="../../app/ui/keyboard.py" line="32"/>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="31"/>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="33"/>
        <source>Stop the reply, or cancel an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>F5 (hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>Talk while held (voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="37"/>
        <source>Move between the chat list, the conversation and the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="51"/>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="63"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Your conversations, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="103"/>
        <source>Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="104"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="113"/>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="114"/>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="115"/>
        <source>this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="127"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="128"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="129"/>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="25"/>
        <source>Wants to run this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="26"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="27"/>
        <source>Ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="28"/>
        <source>Ran, with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="29"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="41"/>
        <source>Your Python run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="45"/>
        <source>{status} in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="49"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="50"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="66"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="19"/>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="23"/>
        <location filename="../../app/ui/voice_bar.py" line="52"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="26"/>
        <source>Hold to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="28"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="31"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="54"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="73"/>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="109"/>
        <source>Hold to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="109"/>
        <location filename="../../app/ui/voice_bridge.py" line="152"/>
        <location filename="../../app/ui/voice_bridge.py" line="225"/>
        <source>Listening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="130"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="150"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="161"/>
        <source>Hearing you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="164"/>
        <source>Interrupted: listening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="169"/>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="171"/>
        <source>Voice stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="180"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="184"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="206"/>
        <source>The recording could not be saved, so it was not sent: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
