<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="145"/>
        <source>Add remote model</source>
        <translation>Entferntes Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="148"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="152"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>List models</source>
        <translation>Modelle abrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="158"/>
        <source>It reads images</source>
        <translation>Liest Bilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads audio</source>
        <translation>Liest Audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="164"/>
        <source>The key is kept in your system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="166"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel bleibt im Speicher, bis Hearth beendet wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="178"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="182"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Name in Hearth</source>
        <translation>Name in Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="199"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="209"/>
        <source>Asking {server} for its models…</source>
        <translation>{server} wird nach seinen Modellen gefragt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="221"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="223"/>
        <source>The server lists no models.</source>
        <translation>Der Server bietet keine Modelle an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="248"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>Wählen Sie einen Namen aus Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="253"/>
        <source>A model in your library is already named “{name}”.</source>
        <translation>Ein Modell in Ihrer Bibliothek heißt bereits „{name}“.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../app/ui/a11y.py" line="55"/>
        <source>Reply stopped. {text}</source>
        <translation>Antwort gestoppt. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="57"/>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="58"/>
        <source>Reply finished. {text}</source>
        <translation>Antwort fertig. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="68"/>
        <source>waiting for Run or Skip</source>
        <translation>wartet auf Ausführen oder Überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="69"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="70"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="71"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="72"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="75"/>
        <source>Tool {name}, {state}.</source>
        <translation>Werkzeug {name}, {state}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>Hearth:</source>
        <translation>Hearth:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="78"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="79"/>
        <source>Attached {files}.</source>
        <translation>{files} angehängt.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/ui/api_service.py" line="47"/>
        <source>The API for other apps could not start on {address} ({reason}).</source>
        <translation>Die API für andere Apps konnte auf {address} nicht starten ({reason}).</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="44"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="49"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="50"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="51"/>
        <source>{name}, preparing</source>
        <translation>{name}, wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="82"/>
        <source>{name} cannot be attached</source>
        <translation>{name} kann nicht angehängt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="94"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="103"/>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="125"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: Eine Nachricht kann höchstens %n Datei enthalten.</numerusform>
            <numerusform>{name}: Eine Nachricht kann höchstens %n Dateien enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="24"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>gelesen als %n Abschnitt von bis zu 30 s</numerusform>
            <numerusform>gelesen als %n Abschnitte von bis zu 30 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="26"/>
        <source>no sound</source>
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="32"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="34"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="35"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>It reads {kinds}.</source>
        <translation>Es liest {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>It reads text only.</source>
        <translation>Es liest nur Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="54"/>
        <source>{model} cannot read images.</source>
        <translation>{model} kann keine Bilder lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="55"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>Laden Sie Gemma 4, um Bilder anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="58"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} kann kein Audio lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="59"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>Laden Sie Gemma 4, um Audio anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="64"/>
        <source>{model} cannot read video.</source>
        <translation>{model} kann keine Videos lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="65"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>Laden Sie Gemma 4, um Videos anzuhängen.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="54"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>Kein Lautsprecher oder Kopfhörer gefunden, daher kann die Aufnahme hier nicht abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="70"/>
        <source>the recording</source>
        <translation>die Aufnahme</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="71"/>
        <source>unsupported or damaged file</source>
        <translation>nicht unterstützte oder beschädigte Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>{name} konnte nicht abgespielt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="32"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="33"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="24"/>
        <source>Time to first token (s)</source>
        <translation>Zeit bis zum ersten Token (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="25"/>
        <source>Prefill (tok/s)</source>
        <translation>Prefill (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="26"/>
        <source>Decode (tok/s)</source>
        <translation>Decode (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="29"/>
        <source>raw {backend}</source>
        <translation>{backend} direkt</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="30"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="31"/>
        <source>Peak memory (GB)</source>
        <translation>Spitzenspeicher (GB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="32"/>
        <source>Conversation with cache reuse: turn 1 first token in {first} s, turn {last_turn} in {last} s ({factor}×).</source>
        <translation>Unterhaltung mit Cache-Wiederverwendung: erstes Token in Runde 1 nach {first} s, in Runde {last_turn} nach {last} s ({factor}×).</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="53"/>
        <source>Speculative decoding: this model has no MTP drafter next to it.</source>
        <translation>Spekulatives Decoding: Neben diesem Modell liegt kein MTP-Entwurfsmodell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="56"/>
        <source>Output: the same text as plain decoding.</source>
        <translation>Ausgabe: derselbe Text wie beim normalen Decoding.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="58"/>
        <source>Output: different text from plain decoding.</source>
        <translation>Ausgabe: anderer Text als beim normalen Decoding.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="59"/>
        <source>Speculative decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); {acceptance}% of drafted tokens accepted.</source>
        <translation>Spekulatives Decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); {acceptance} % der Entwurfs-Token angenommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="77"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="85"/>
        <source>Run benchmark</source>
        <translation>Benchmark starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="88"/>
        <source>Measures the loaded model through Hearth and through the raw library, alternating, on the same prompt. Chat waits while it runs.</source>
        <translation>Misst das geladene Modell abwechselnd über Hearth und direkt über die Bibliothek, mit demselben Prompt. Der Chat wartet währenddessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="96"/>
        <source>Tokens to decode</source>
        <translation>Zu erzeugende Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="97"/>
        <source>Conversation turns</source>
        <translation>Runden der Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="109"/>
        <source>Load a model first.</source>
        <translation>Laden Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="118"/>
        <source>Running: {step}…</source>
        <translation>Läuft: {step} …</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="125"/>
        <source>Benchmark failed: {error}</source>
        <translation>Benchmark fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="43"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>Warten, bis das Modell geladen ist …</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="40"/>
        <source>Working…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="45"/>
        <source>Start a conversation</source>
        <translation>Unterhaltung beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>Alles bleibt auf diesem Computer: kein Konto, keine Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>Die Nachrichten dieses Chats; Links führen aus, kopieren oder öffnen, was sie nennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="37"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="88"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Hearth …  (Enter zum Senden, Shift+Enter für neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sendet, Shift+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Attach…</source>
        <translation>Anhängen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>Bilder, Audio oder Video anhängen (oder hier ablegen / einfügen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109"/>
        <source>Think</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="111"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>Das Modell vor der Antwort nachdenken lassen (wenn das Modell es unterstützt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} (or drop / paste them here)</source>
        <translation>{kinds} anhängen (oder hier ablegen / einfügen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>{name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>{name} liest nur Text: Laden Sie Gemma 4, um Bilder, Audio oder Video anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="166"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="168"/>
        <source>Media ({patterns})</source>
        <translation>Medien ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>Senden (Enter oder ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="193"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>Sie bearbeiten eine frühere Nachricht: Senden ersetzt sie und alles danach.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="233"/>
        <source>Sent without {reasons}</source>
        <translation>Gesendet ohne: {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="80"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="88"/>
        <source>Could not export: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="35"/>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="37"/>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="40"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="43"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} von {total} GB ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="49"/>
        <source>Paused · {progress}</source>
        <translation>Angehalten · {progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="52"/>
        <source>{speed} MB/s</source>
        <translation>{speed} MB/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/downloads.py" line="58"/>
        <source>%n min left</source>
        <translation>
            <numerusform>Noch %n Min.</numerusform>
            <numerusform>Noch %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="29"/>
        <source>This chart could not be shown ({reason}).</source>
        <translation>Dieses Diagramm konnte nicht angezeigt werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="37"/>
        <source>Chart {name}</source>
        <translation>Diagramm {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="40"/>
        <source>Save PNG…</source>
        <translation>Als PNG sichern …</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="42"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="60"/>
        <source>Save chart</source>
        <translation>Diagramm sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="62"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="106"/>
        <source>Something went wrong: {problem}</source>
        <translation>Etwas ist schiefgelaufen: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Find Chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Larger Text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Smaller Text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Actual Text Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Previous Message</source>
        <translation>Vorherige Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Next Message</source>
        <translation>Nächste Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Copy Last Reply</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Regenerate Last Reply</source>
        <translation>Letzte Antwort neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Run Waiting Code</source>
        <translation>Wartenden Code ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Skip Waiting Code</source>
        <translation>Wartenden Code überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Manage Models…</source>
        <translation>Modelle verwalten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Benchmark…</source>
        <translation>Benchmark …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturkurzbefehle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>Das geladene Modell wird anderen Apps unter {url} bereitgestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>This chat has no messages yet.</source>
        <translation>Dieser Chat enthält noch keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>There is no reply to copy yet.</source>
        <translation>Es gibt noch keine Antwort zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Last reply copied.</source>
        <translation>Letzte Antwort kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>No code is waiting for approval.</source>
        <translation>Kein Code wartet auf Freigabe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Text size: system default.</source>
        <translation>Schriftgröße: Systemstandard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Text size: {size} points.</source>
        <translation>Schriftgröße: {size} Punkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Model may not fit</source>
        <translation>Modell passt evtl. nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Load it anyway?</source>
        <translation>Trotzdem laden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>{name} · ready</source>
        <translation>{name} · bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>The model could not be loaded: {message}</source>
        <translation>Das Modell konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>Das Modell möchte {name} ausführen. Wählen Sie in der Unterhaltung „Ausführen“ oder „Überspringen“.</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="36"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>Merken, worum ich Hearth bitte, und in Chats verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="40"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>Sagen Sie in einem Chat „Merk dir, dass …“, und Hearth bewahrt es hier auf; sonst merkt sich Hearth nichts. Die Anweisungen jedes Chats enthalten die neuesten Fakten, die hineinpassen. Im Menü „Chat“ lässt sich das Gedächtnis für einzelne Chats ausschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="52"/>
        <source>Remembered facts</source>
        <translation>Gemerkte Fakten</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>Neueste zuerst. Mit F2 bearbeiten Sie den ausgewählten Fakt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="65"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="67"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="69"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="150"/>
        <source>Nothing is remembered yet.</source>
        <translation>Noch ist nichts gemerkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="153"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>Der älteste Fakt passt nicht mehr in die Anweisungen eines Chats und wird weggelassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="157"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>Der älteste Fakt (%n) passt nicht mehr in die Anweisungen eines Chats und wird weggelassen.</numerusform>
            <numerusform>Die %n ältesten Fakten passen nicht mehr in die Anweisungen eines Chats und werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Every fact fits in a chat&apos;s instructions.</source>
        <translation>Alle Fakten passen in die Anweisungen eines Chats.</translation>
    </message>
</context>
<context>
    <name>MemorySummary</name>
    <message>
        <location filename="../../app/ui/memory_text.py" line="18"/>
        <source>Needs about {total} GB ({weights} GB weights + {kv} GB for a {context}-token context); this computer has {memory} GB of memory, ~{usable} GB usable for models.</source>
        <translation>Benötigt etwa {total} GB ({weights} GB Gewichte + {kv} GB für einen Kontext von {context} Token); dieser Computer hat {memory} GB Arbeitsspeicher, davon ~{usable} GB für Modelle nutzbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="31"/>
        <source>Fits comfortably.</source>
        <translation>Passt problemlos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="33"/>
        <source>Fits, but little memory will be left for other apps.</source>
        <translation>Passt, aber für andere Apps bleibt wenig Speicher übrig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="35"/>
        <source>Too big: expect heavy swapping or a failed load. Pick a smaller model or context.</source>
        <translation>Zu groß: Rechnen Sie mit starkem Auslagern oder einem fehlgeschlagenen Laden. Wählen Sie ein kleineres Modell oder einen kürzeren Kontext.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="40"/>
        <source>But this computer has no GPU that MLX can use: a model this size runs on the CPU and will answer slowly (a few words a second at best).</source>
        <translation>Dieser Computer hat jedoch keine GPU, die MLX nutzen kann: Ein Modell dieser Größe läuft auf der CPU und antwortet langsam (bestenfalls ein paar Wörter pro Sekunde).</translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../../app/ui/message_html.py" line="22"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="23"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="33"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>Unterbrochen: Hearth wurde beendet, bevor diese Antwort fertig war. Der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="36"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="53"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="57"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="59"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="74"/>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="75"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n Wort)</numerusform>
            <numerusform>(%n Wörter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="96"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>Ein Teil dieser Nachricht konnte nicht aus der Verlaufsdatei gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="104"/>
        <source>the reply failed.</source>
        <translation>die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="105"/>
        <source>Error: {reason}</source>
        <translation>Fehler: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="109"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>Die Antwort hat ihre Längengrenze erreicht („Max. Antwort-Token“ in den Einstellungen oder das Ende des Kontexts). Bitten Sie um Fortsetzung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="120"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>Hier gestoppt: Die Antwort wiederholte sich ständig. Kleine Modelle geraten in Schleifen; formulieren Sie die Frage um oder versuchen Sie ein größeres Modell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="139"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>Um in den Kontext von {size} Token zu passen, wurde %n ältere Nachricht nicht mit dieser Antwort gesendet (Systemprompt und angeheftete Nachrichten immer). Heften Sie eine Nachricht an, um sie zu behalten, oder erhöhen Sie die Kontextlänge in den Einstellungen.</numerusform>
            <numerusform>Um in den Kontext von {size} Token zu passen, wurden die %n ältesten Nachrichten nicht mit dieser Antwort gesendet (Systemprompt und angeheftete Nachrichten immer). Heften Sie eine Nachricht an, um sie zu behalten, oder erhöhen Sie die Kontextlänge in den Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="152"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="154"/>
        <source>{rate} tok/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="157"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="161"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} Prompt-Token im Cache</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="168"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: {accepted}/{drafted} Entwürfe angenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="217"/>
        <source>Run this Python code</source>
        <translation>Diesen Python-Code ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="219"/>
        <source>Run Python block {number}</source>
        <translation>Python-Block {number} ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="21"/>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>The model that answers</source>
        <translation>Das Modell, das antwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="24"/>
        <source>Models…</source>
        <translation>Modelle …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="33"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="13"/>
        <source>Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.</source>
        <translation>Text, Bilder, Audio und Video in einem Modell; Denken und Werkzeuge. Am besten auf einem Mac mit 16 GB oder mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="17"/>
        <source>Higher fidelity than 4-bit; needs a Mac with 24 GB or more.</source>
        <translation>Genauer als 4-Bit; braucht einen Mac mit 24 GB oder mehr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="20"/>
        <source>Smaller and faster; images and audio. Good on 8 GB Macs.</source>
        <translation>Kleiner und schneller; Bilder und Audio. Gut auf Macs mit 8 GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="23"/>
        <source>The smallest Gemma 4; quick answers on any Apple-silicon Mac.</source>
        <translation>Das kleinste Gemma 4; schnelle Antworten auf jedem Mac mit Apple-Chip.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="47"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="50"/>
        <source>Model sources</source>
        <translation>Modellquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <location filename="../../app/ui/model_manager.py" line="68"/>
        <source>Your models</source>
        <translation>Ihre Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="54"/>
        <source>Remote</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="71"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="90"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Import GGUF…</source>
        <translation>GGUF importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import MLX folder…</source>
        <translation>MLX-Ordner importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="120"/>
        <source>Broken: {problem}</source>
        <translation>Defekt: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="122"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="123"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="145"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Speicherschätzung nicht verfügbar: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="163"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="164"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>Wechseln Sie zu einem anderen Modell, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="170"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="171"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>„{name}“ ({size} GB) löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="184"/>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="186"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="193"/>
        <source>Import an MLX model folder</source>
        <translation>MLX-Modellordner importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="200"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Imported as “{name}”.</source>
        <translation>Als „{name}“ importiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Import failed: {error}</source>
        <translation>Import fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="240"/>
        <source>Hugging Face model to download</source>
        <translation>Hugging Face-Modell zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="241"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Jedes MLX-Modell, zum Beispiel mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="244"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Jedes MLX-Modell auf Hugging Face, z. B. mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="246"/>
        <location filename="../../app/ui/model_manager.py" line="264"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <source>Models to download</source>
        <translation>Modelle zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="265"/>
        <source>Enter a repository as owner/name.</source>
        <translation>Geben Sie ein Repository als Besitzer/Name ein.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="38"/>
        <source>Preparing {model}…</source>
        <translation>{model} wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="53"/>
        <source>Checking the server of {model}…</source>
        <translation>Server von {model} wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="55"/>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="73"/>
        <source>{name} is ready</source>
        <translation>{name} ist bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="83"/>
        <source>the bundled model</source>
        <translation>das mitgelieferte Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="91"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (mitgeliefert)</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="22"/>
        <source>Use Memory in This Chat</source>
        <translation>Gedächtnis in diesem Chat verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="47"/>
        <source>Memory is off in this chat.</source>
        <translation>Das Gedächtnis ist in diesem Chat aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="49"/>
        <source>Memory is on in this chat.</source>
        <translation>Das Gedächtnis ist in diesem Chat an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="54"/>
        <source>Remembered: {fact}</source>
        <translation>Gemerkt: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="56"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="61"/>
        <source>Forgotten: {fact}</source>
        <translation>Vergessen: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="65"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>Das Gedächtnis ist in diesem Chat aus, daher wurde „{fact}“ nicht gemerkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="67"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>Das Gedächtnis ist in den Einstellungen aus, daher wurde „{fact}“ nicht gemerkt.</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="47"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>Chatten Sie mit einem Modell, das ein größerer Mac oder ein GPU-Rechner bereitstellt: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio oder Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="59"/>
        <source>Remote models</source>
        <translation>Entfernte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="73"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Forget…</source>
        <translation>Vergessen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Add remote model…</source>
        <translation>Entferntes Modell hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="124"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>Wechseln Sie zu einem anderen Modell, bevor Sie dieses vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="131"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>„{name}“ und seinen API-Schlüssel vergessen?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>System voice (Qt speech)</source>
        <translation>Systemstimme (Qt Speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>Integrierte Stimme (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Off: show text only</source>
        <translation>Aus: nur Text anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>Optional instructions for every chat</source>
        <translation>Optionale Anweisungen für jeden Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>Sampling als Standard für {model} sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>{count}K tokens</source>
        <translation>{count}K Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>Vor der Antwort nachdenken (wenn das Modell es unterstützt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>Spekulatives Decoding (MTP), wenn ein Entwurfsmodell vorhanden ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>Gleiche Antworten, meist schneller: Ein kleines Entwurfsmodell rät einige Token voraus, und das Modell prüft sie in einem Durchgang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>Neben {model} liegt kein Entwurfsmodell, daher hat dies keine Wirkung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139"/>
        <source>Show speed figures under replies</source>
        <translation>Geschwindigkeit unter Antworten anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>Das Modell Python schreiben und ausführen lassen (in einer Sandbox), wenn es Werkzeuge aufrufen kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Ask before running code</source>
        <translation>Vor dem Ausführen von Code fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source> ms of silence</source>
        <translation> ms Stille</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>Wie lange Sie pausieren, bevor Hearth antwortet. Länger passt zu langsameren Sprechern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Das geladene Modell anderen Apps auf diesem Computer bereitstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="162"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>Eine OpenAI-kompatible API auf 127.0.0.1 (kein Schlüssel nötig; von außerhalb dieses Computers nicht erreichbar). Mit `hearth serve --host 0.0.0.0` bedienen Sie andere Rechner, mit Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>Die Sprache der Menüs, Tasten und Meldungen von Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="196"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="197"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="198"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="199"/>
        <source>Repetition penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Max reply tokens</source>
        <translation>Max. Antwort-Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="208"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Thinking budget</source>
        <translation>Denkbudget</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Voice: answer after</source>
        <translation>Stimme: antworten nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Spoken replies</source>
        <translation>Gesprochene Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <source>API for other apps</source>
        <translation>API für andere Apps</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="224"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="225"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="229"/>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="246"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth verwendet {language} beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>Laden Sie ein Modell, um zu sehen, wie viel Speicher dieser Kontext braucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>Bereitgestellt von {address}: Der Speicher ist der dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Speicherschätzung nicht verfügbar: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="30"/>
        <location filename="../../app/ui/keyboard.py" line="32"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="31"/>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="33"/>
        <source>Stop the reply, or cancel an edit</source>
        <translation>Antwort stoppen oder Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>F5 (hold)</source>
        <translation>F5 (halten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>Talk while held (voice)</source>
        <translation>Sprechen, solange gedrückt (Stimme)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="37"/>
        <source>Move between the chat list, the conversation and the message box</source>
        <translation>Zwischen Chatliste, Unterhaltung und Nachrichtenfeld wechseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="51"/>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="63"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturkurzbefehle</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturkurzbefehle</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Your conversations, newest first</source>
        <translation>Ihre Unterhaltungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="103"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="104"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="113"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="114"/>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>„{title}“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="115"/>
        <source>this chat</source>
        <translation>diesen Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="127"/>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="128"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="129"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="26"/>
        <source>Wants to run this code</source>
        <translation>Möchte diesen Code ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="27"/>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="28"/>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="29"/>
        <source>Ran, with an error</source>
        <translation>Ausgeführt, mit Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="30"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="42"/>
        <source>Your Python run</source>
        <translation>Ihre Python-Ausführung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="46"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="50"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="51"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="67"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="15"/>
        <source>Chart {name}</source>
        <translation>Diagramm {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="19"/>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="23"/>
        <location filename="../../app/ui/voice_bar.py" line="52"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>Freihändig mit Hearth sprechen; sprechen Sie in eine Antwort hinein, um sie zu unterbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="26"/>
        <source>Hold to talk</source>
        <translation>Zum Sprechen halten</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="28"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>Halten Sie diese Taste (oder F5) gedrückt, während Sie sprechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="31"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="54"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} kann nicht hören: Laden Sie Gemma 4 (es versteht Ihre Stimme direkt), um damit zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="73"/>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <source>Hold to talk</source>
        <translation>Zum Sprechen halten</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <location filename="../../app/ui/voice_bridge.py" line="154"/>
        <location filename="../../app/ui/voice_bridge.py" line="227"/>
        <source>Listening…</source>
        <translation>Hört zu …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="132"/>
        <source>Recording…</source>
        <translation>Nimmt auf …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="152"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="163"/>
        <source>Hearing you…</source>
        <translation>Hört Sie …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="166"/>
        <source>Interrupted: listening…</source>
        <translation>Unterbrochen: hört zu …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="171"/>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <source>Voice stopped</source>
        <translation>Stimme gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>Das geladene Modell kann nicht hören. Laden Sie Gemma 4, um mit Hearth zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="208"/>
        <source>The recording could not be saved, so it was not sent: {error}</source>
        <translation>Die Aufnahme konnte nicht gespeichert werden und wurde daher nicht gesendet: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_notice.py" line="16"/>
        <source>No voice for {language} is installed; replies in it are read in {fallback}.</source>
        <translation>Für {language} ist keine Stimme installiert; Antworten in dieser Sprache werden auf {fallback} vorgelesen.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="27"/>
        <location filename="../../app/ui/welcome.py" line="51"/>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth führt KI-Modelle auf diesem Computer aus. Ihre Chats, Bilder und Aufnahmen verlassen ihn nie: kein Konto, keine Cloud und kein Netzwerkzugriff außer den Modell-Downloads, die Sie selbst starten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="37"/>
        <source>Voice.</source>
        <translation>Stimme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>Mit einem Modell, das hören kann (Gemma 4), klicken Sie unter dem Nachrichtenfeld auf &lt;i&gt;Stimme&lt;/i&gt;, um mit Hearth zu sprechen. Hearth fragt erst beim ersten Mal nach dem Mikrofon, nicht vorher. Das integrierte Modell liest nur Text, daher bleibt die Stimme aus, bis Sie Gemma 4 laden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="57"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>Das integrierte Modell (Gemma 3 270M) wird aus der Installation vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="65"/>
        <source>Download {title}</source>
        <translation>{title} herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="85"/>
        <source>Start chatting</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="106"/>
        <source>Recommended: {title}</source>
        <translation>Empfohlen: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="108"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>Empfohlen für diesen Computer (Gemma 4 12B braucht mehr Speicher): {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>About {size} GB to download.</source>
        <translation>Etwa {size} GB zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="112"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>Während des Downloads können Sie mit dem integrierten Modell weiterchatten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="122"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>Integriertes Modell (Gemma 3 270M) wird vorbereitet: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="128"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} ist bereit: ein kleines Modell für schnelle Fragen, komplett offline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="135"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>Das integrierte Modell konnte nicht vorbereitet werden: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="153"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} ist in Ihrer Bibliothek. Wählen Sie es oben im Menü „Modell“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="159"/>
        <source>(Models… shows it too.)</source>
        <translation>(Auch unter „Modelle …“ zu finden.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="163"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="285"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="298"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="300"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="316"/>
        <source>About {size} GB to download.</source>
        <translation>Etwa {size} GB zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="329"/>
        <source>In your library</source>
        <translation>In Ihrer Bibliothek</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="334"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
</TS>
