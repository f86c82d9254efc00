<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="145"/>
        <source>Add remote model</source>
        <translation>Ajouter un modèle distant</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="148"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="152"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>List models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="158"/>
        <source>It reads images</source>
        <translation>Lit les images</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads audio</source>
        <translation>Lit l’audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="164"/>
        <source>The key is kept in your system keychain.</source>
        <translation>La clé est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="166"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>Aucun trousseau système ici&#xa0;: la clé reste en mémoire jusqu’à ce que Hearth quitte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="178"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="182"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Name in Hearth</source>
        <translation>Nom dans Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="199"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>Saisissez d’abord l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="209"/>
        <source>Asking {server} for its models…</source>
        <translation>Interrogation de {server} sur ses modèles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="221"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>Le serveur propose %n modèle.</numerusform>
            <numerusform>Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="223"/>
        <source>The server lists no models.</source>
        <translation>Le serveur ne propose aucun modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="248"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>Choisissez un nom fait de lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="253"/>
        <source>A model in your library is already named “{name}”.</source>
        <translation>Un modèle de votre bibliothèque s’appelle déjà «&#xa0;{name}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../app/ui/a11y.py" line="55"/>
        <source>Reply stopped. {text}</source>
        <translation>Réponse arrêtée. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="57"/>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="58"/>
        <source>Reply finished. {text}</source>
        <translation>Réponse terminée. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="68"/>
        <source>waiting for Run or Skip</source>
        <translation>en attente&#xa0;: Exécuter ou Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="69"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="70"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="71"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="72"/>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="75"/>
        <source>Tool {name}, {state}.</source>
        <translation>Outil {name}, {state}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>You:</source>
        <translation>Vous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>Hearth:</source>
        <translation>Hearth&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="78"/>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="79"/>
        <source>Attached {files}.</source>
        <translation>Fichiers joints&#xa0;: {files}.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/ui/api_service.py" line="47"/>
        <source>The API for other apps could not start on {address} ({reason}).</source>
        <translation>L’API pour les autres apps n’a pas pu démarrer sur {address} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="44"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="49"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="50"/>
        <source>Remove {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="51"/>
        <source>{name}, preparing</source>
        <translation>{name}, en préparation</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="82"/>
        <source>{name} cannot be attached</source>
        <translation>{name} ne peut pas être joint</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="94"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="103"/>
        <source>This model</source>
        <translation>Ce modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="125"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}&#xa0;: un message peut contenir au plus %n fichier.</numerusform>
            <numerusform>{name}&#xa0;: un message peut contenir au plus %n fichiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="24"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>lu en %n extrait de 30 s au plus</numerusform>
            <numerusform>lu en %n extraits de 30 s au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="26"/>
        <source>no sound</source>
        <translation>sans son</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="32"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="34"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="35"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>It reads {kinds}.</source>
        <translation>Il lit : {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>It reads text only.</source>
        <translation>Il ne lit que du texte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="54"/>
        <source>{model} cannot read images.</source>
        <translation>{model} ne peut pas lire les images.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="55"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>Chargez Gemma 4 pour joindre des images.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="58"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} ne peut pas lire l’audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="59"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>Chargez Gemma 4 pour joindre de l’audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="64"/>
        <source>{model} cannot read video.</source>
        <translation>{model} ne peut pas lire les vidéos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="65"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>Chargez Gemma 4 pour joindre des vidéos.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="54"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>Aucun haut-parleur ni casque trouvé&#xa0;: l’enregistrement ne peut pas être lu ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="70"/>
        <source>the recording</source>
        <translation>l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="71"/>
        <source>unsupported or damaged file</source>
        <translation>fichier non pris en charge ou endommagé</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="32"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="33"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="24"/>
        <source>Time to first token (s)</source>
        <translation>Délai du premier jeton (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="25"/>
        <source>Prefill (tok/s)</source>
        <translation>Prefill (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="26"/>
        <source>Decode (tok/s)</source>
        <translation>Décodage (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="29"/>
        <source>raw {backend}</source>
        <translation>{backend} brut</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="30"/>
        <source>ratio</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="31"/>
        <source>Peak memory (GB)</source>
        <translation>Mémoire max. (Go)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="32"/>
        <source>Conversation with cache reuse: turn 1 first token in {first} s, turn {last_turn} in {last} s ({factor}×).</source>
        <translation>Conversation avec réutilisation du cache&#xa0;: premier jeton du tour 1 en {first}&#xa0;s, du tour {last_turn} en {last}&#xa0;s ({factor}×).</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="53"/>
        <source>Speculative decoding: this model has no MTP drafter next to it.</source>
        <translation>Décodage spéculatif&#xa0;: ce modèle n’a pas de modèle brouillon MTP à côté de lui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="56"/>
        <source>Output: the same text as plain decoding.</source>
        <translation>Sortie&#xa0;: même texte qu’avec le décodage normal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="58"/>
        <source>Output: different text from plain decoding.</source>
        <translation>Sortie&#xa0;: texte différent du décodage normal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="59"/>
        <source>Speculative decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); {acceptance}% of drafted tokens accepted.</source>
        <translation>Décodage spéculatif (MTP, {drafter})&#xa0;: {off} → {on} tok/s ({speedup}×)&#xa0;; {acceptance}&#xa0;% des jetons proposés acceptés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="77"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="85"/>
        <source>Run benchmark</source>
        <translation>Lancer le benchmark</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="88"/>
        <source>Measures the loaded model through Hearth and through the raw library, alternating, on the same prompt. Chat waits while it runs.</source>
        <translation>Mesure le modèle chargé via Hearth et via la bibliothèque brute, en alternance, sur le même prompt. La discussion attend pendant la mesure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="96"/>
        <source>Tokens to decode</source>
        <translation>Jetons à décoder</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="97"/>
        <source>Conversation turns</source>
        <translation>Tours de conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="109"/>
        <source>Load a model first.</source>
        <translation>Chargez d’abord un modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="118"/>
        <source>Running: {step}…</source>
        <translation>En cours&#xa0;: {step}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="125"/>
        <source>Benchmark failed: {error}</source>
        <translation>Échec du benchmark&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="43"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>En attente de la fin du chargement du modèle…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="40"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="45"/>
        <source>Start a conversation</source>
        <translation>Commencer une conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>Tout reste sur cet ordinateur&#xa0;: pas de compte, pas de cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>Les messages de cette discussion&#xa0;; les liens exécutent, copient ou ouvrent ce qu’ils désignent</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Exécuter</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="37"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="88"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message à Hearth…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>Joindre des images, de l’audio ou de la vidéo (ou les déposer / coller ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109"/>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="111"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>Laisser le modèle réfléchir avant de répondre (modèles compatibles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} (or drop / paste them here)</source>
        <translation>Joindre&#xa0;: {kinds} (ou les déposer / coller ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>{name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>{name} ne lit que du texte&#xa0;: chargez Gemma 4 pour joindre des images, de l’audio ou de la vidéo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="166"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="168"/>
        <source>Media ({patterns})</source>
        <translation>Médias ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>Envoyer (Entrée ou ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="193"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>Modification d’un message précédent&#xa0;: l’envoi le remplace, ainsi que tout ce qui suit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="233"/>
        <source>Sent without {reasons}</source>
        <translation>Envoyé sans&#xa0;: {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="80"/>
        <source>Export chat</source>
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="88"/>
        <source>Could not export: {error}</source>
        <translation>Exportation impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="35"/>
        <source>Failed: {error}</source>
        <translation>Échec&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="37"/>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="40"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="43"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} sur {total}&#xa0;Go ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="49"/>
        <source>Paused · {progress}</source>
        <translation>En pause · {progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="52"/>
        <source>{speed} MB/s</source>
        <translation>{speed}&#xa0;Mo/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/downloads.py" line="58"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="29"/>
        <source>This chart could not be shown ({reason}).</source>
        <translation>Ce graphique n’a pas pu être affiché ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="37"/>
        <source>Chart {name}</source>
        <translation>Graphique {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="40"/>
        <source>Save PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="42"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="60"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="62"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="106"/>
        <source>Something went wrong: {problem}</source>
        <translation>Un problème est survenu&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>New Chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Find Chats</source>
        <translation>Rechercher des discussions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Larger Text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Smaller Text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Actual Text Size</source>
        <translation>Taille réelle du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Chat</source>
        <translation>Dis&amp;cussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Previous Message</source>
        <translation>Message précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Next Message</source>
        <translation>Message suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Copy Last Reply</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Regenerate Last Reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Run Waiting Code</source>
        <translation>Exécuter le code en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Skip Waiting Code</source>
        <translation>Ignorer le code en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Manage Models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Benchmark…</source>
        <translation>Benchmark…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>Le modèle chargé est servi aux autres apps à l’adresse {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>This chat has no messages yet.</source>
        <translation>Cette discussion ne contient encore aucun message.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>There is no reply to copy yet.</source>
        <translation>Il n’y a encore aucune réponse à copier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Last reply copied.</source>
        <translation>Dernière réponse copiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>No code is waiting for approval.</source>
        <translation>Aucun code n’attend d’autorisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Text size: system default.</source>
        <translation>Taille du texte&#xa0;: réglage du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Text size: {size} points.</source>
        <translation>Taille du texte&#xa0;: {size} points.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Model may not fit</source>
        <translation>Le modèle risque de ne pas tenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Load it anyway?</source>
        <translation>Le charger quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>{name} · ready</source>
        <translation>{name} · prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>The model could not be loaded: {message}</source>
        <translation>Le modèle n’a pas pu être chargé&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>Le modèle veut exécuter {name}. Choisissez Exécuter ou Ignorer dans la conversation.</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="36"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>Retenir ce que je demande à Hearth de retenir, et l’utiliser dans les discussions</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="40"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>Dites « souviens-toi que … » dans une discussion et Hearth le garde ici ; rien n’est retenu autrement. Les instructions de chaque discussion comprennent les faits les plus récents qui y tiennent. Le menu Discussion désactive la mémoire pour une seule discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="52"/>
        <source>Remembered facts</source>
        <translation>Faits retenus</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>Les plus récents d’abord. Appuyez sur F2 pour modifier le fait sélectionné.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="65"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="67"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="69"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="150"/>
        <source>Nothing is remembered yet.</source>
        <translation>Rien n’est encore retenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="153"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>Le fait le plus ancien ne tient pas dans les instructions d’une discussion et est laissé de côté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="157"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>Le plus ancien fait (%n) ne tient pas dans les instructions d’une discussion et est laissé de côté.</numerusform>
            <numerusform>Les %n faits les plus anciens ne tiennent pas dans les instructions d’une discussion et sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Every fact fits in a chat&apos;s instructions.</source>
        <translation>Tous les faits tiennent dans les instructions d’une discussion.</translation>
    </message>
</context>
<context>
    <name>MemorySummary</name>
    <message>
        <location filename="../../app/ui/memory_text.py" line="18"/>
        <source>Needs about {total} GB ({weights} GB weights + {kv} GB for a {context}-token context); this computer has {memory} GB of memory, ~{usable} GB usable for models.</source>
        <translation>Nécessite environ {total} Go ({weights} Go de poids + {kv} Go pour un contexte de {context} jetons)&#xa0;; cet ordinateur a {memory} Go de mémoire, dont ~{usable} Go utilisables pour les modèles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="31"/>
        <source>Fits comfortably.</source>
        <translation>Tient sans problème.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="33"/>
        <source>Fits, but little memory will be left for other apps.</source>
        <translation>Tient, mais il restera peu de mémoire pour les autres apps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="35"/>
        <source>Too big: expect heavy swapping or a failed load. Pick a smaller model or context.</source>
        <translation>Trop gros&#xa0;: attendez-vous à une forte pagination ou à un échec du chargement. Choisissez un modèle ou un contexte plus petit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="40"/>
        <source>But this computer has no GPU that MLX can use: a model this size runs on the CPU and will answer slowly (a few words a second at best).</source>
        <translation>Mais cet ordinateur n’a pas de GPU utilisable par MLX&#xa0;: un modèle de cette taille tourne sur le CPU et répondra lentement (quelques mots par seconde au mieux).</translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../../app/ui/message_html.py" line="22"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="23"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="33"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>Interrompu&#xa0;: Hearth a été fermé avant la fin de cette réponse. Le texte déjà écrit est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="36"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="53"/>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="57"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="59"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="74"/>
        <source>Thoughts</source>
        <translation>Réflexions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="75"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n mot)</numerusform>
            <numerusform>(%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="96"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>Une partie de ce message n’a pas pu être lue dans le fichier d’historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="104"/>
        <source>the reply failed.</source>
        <translation>la réponse a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="105"/>
        <source>Error: {reason}</source>
        <translation>Erreur&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="109"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>La réponse a atteint sa limite de longueur (Jetons max. par réponse dans les Réglages, ou la fin du contexte). Demandez-lui de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="120"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>Arrêté ici&#xa0;: la réponse se répétait sans fin. Les petits modèles tombent dans des boucles&#xa0;; reformulez la question ou essayez un modèle plus grand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="139"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>Pour tenir dans le contexte de {size} jetons, %n message plus ancien n’a pas été envoyé avec cette réponse (le prompt système et les messages épinglés le sont toujours). Épinglez un message pour le garder, ou augmentez la longueur du contexte dans les Réglages.</numerusform>
            <numerusform>Pour tenir dans le contexte de {size} jetons, les %n messages les plus anciens n’ont pas été envoyés avec cette réponse (le prompt système et les messages épinglés le sont toujours). Épinglez un message pour le garder, ou augmentez la longueur du contexte dans les Réglages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="152"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s avant le premier jeton</translation>
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
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="161"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} jetons du prompt en cache</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="168"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP&#xa0;: {accepted}/{drafted} ébauches acceptées</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="217"/>
        <source>Run this Python code</source>
        <translation>Exécuter ce code Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="219"/>
        <source>Run Python block {number}</source>
        <translation>Exécuter le bloc Python {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="21"/>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>The model that answers</source>
        <translation>Le modèle qui répond</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="24"/>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="33"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="13"/>
        <source>Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.</source>
        <translation>Texte, images, audio et vidéo dans un seul modèle ; réflexion et outils. Idéal sur un Mac avec 16 Go ou plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="17"/>
        <source>Higher fidelity than 4-bit; needs a Mac with 24 GB or more.</source>
        <translation>Plus fidèle que la version 4 bits ; nécessite un Mac avec 24 Go ou plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="20"/>
        <source>Smaller and faster; images and audio. Good on 8 GB Macs.</source>
        <translation>Plus petit et plus rapide ; images et audio. Convient aux Mac avec 8 Go.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="23"/>
        <source>The smallest Gemma 4; quick answers on any Apple-silicon Mac.</source>
        <translation>Le plus petit Gemma 4 ; des réponses rapides sur tout Mac avec puce Apple.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="47"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="50"/>
        <source>Model sources</source>
        <translation>Sources de modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <location filename="../../app/ui/model_manager.py" line="68"/>
        <source>Your models</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="54"/>
        <source>Remote</source>
        <translation>Distants</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="71"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="90"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Import GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import MLX folder…</source>
        <translation>Importer un dossier MLX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="120"/>
        <source>Broken: {problem}</source>
        <translation>Endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="122"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="123"/>
        <source>{size} GB</source>
        <translation>{size}&#xa0;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="145"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Estimation de la mémoire indisponible&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="163"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="164"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>Passez à un autre modèle avant de supprimer celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="170"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="171"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» ({size}&#xa0;Go)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="184"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="186"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="193"/>
        <source>Import an MLX model folder</source>
        <translation>Importer un dossier de modèle MLX</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="200"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Imported as “{name}”.</source>
        <translation>Importé sous le nom «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Import failed: {error}</source>
        <translation>Échec de l’importation&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="240"/>
        <source>Hugging Face model to download</source>
        <translation>Modèle Hugging Face à télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="241"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>N’importe quel modèle MLX, par exemple mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="244"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>N’importe quel modèle MLX sur Hugging Face, p. ex. mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="246"/>
        <location filename="../../app/ui/model_manager.py" line="264"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <source>Models to download</source>
        <translation>Modèles à télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="265"/>
        <source>Enter a repository as owner/name.</source>
        <translation>Saisissez un dépôt sous la forme propriétaire/nom.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="38"/>
        <source>Preparing {model}…</source>
        <translation>Préparation de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="53"/>
        <source>Checking the server of {model}…</source>
        <translation>Vérification du serveur de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="55"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="73"/>
        <source>{name} is ready</source>
        <translation>{name} est prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="83"/>
        <source>the bundled model</source>
        <translation>le modèle intégré</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="91"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (intégré)</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="22"/>
        <source>Use Memory in This Chat</source>
        <translation>Utiliser la mémoire dans cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="47"/>
        <source>Memory is off in this chat.</source>
        <translation>La mémoire est désactivée dans cette discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="49"/>
        <source>Memory is on in this chat.</source>
        <translation>La mémoire est activée dans cette discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="54"/>
        <source>Remembered: {fact}</source>
        <translation>Retenu : {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="56"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="61"/>
        <source>Forgotten: {fact}</source>
        <translation>Oublié : {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="65"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>La mémoire est désactivée dans cette discussion : « {fact} » n’a pas été retenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="67"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>La mémoire est désactivée dans les réglages : « {fact} » n’a pas été retenu.</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="47"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>Discutez avec un modèle servi par un Mac plus puissant ou une machine avec GPU&#xa0;: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio ou Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="59"/>
        <source>Remote models</source>
        <translation>Modèles distants</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="62"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="73"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Add remote model…</source>
        <translation>Ajouter un modèle distant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="124"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>Passez à un autre modèle avant d’oublier celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="131"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>Oublier «&#xa0;{name}&#xa0;» et sa clé d’API&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>System voice (Qt speech)</source>
        <translation>Voix du système (Qt Speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>Voix intégrée (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Off: show text only</source>
        <translation>Désactivé&#xa0;: texte seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Model default</source>
        <translation>Valeur du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>Optional instructions for every chat</source>
        <translation>Instructions facultatives pour chaque discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>Enregistrer l’échantillonnage comme réglage par défaut de {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>{count}K tokens</source>
        <translation>{count}K jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>Réfléchir avant de répondre (si le modèle le permet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>Décodage spéculatif (MTP) si un modèle brouillon est disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>Mêmes réponses, en général plus vite&#xa0;: un petit modèle brouillon devine quelques jetons et le modèle les vérifie en une passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>{model} n’a pas de modèle brouillon à côté de lui&#xa0;: ce réglage n’a aucun effet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139"/>
        <source>Show speed figures under replies</source>
        <translation>Afficher la vitesse sous les réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>Laisser le modèle écrire et exécuter du Python (dans un bac à sable) s’il peut appeler des outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Ask before running code</source>
        <translation>Demander avant d’exécuter du code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source> ms of silence</source>
        <translation> ms de silence</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>Durée de votre pause avant que Hearth réponde. Plus longue pour qui parle lentement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Servir le modèle chargé aux autres apps de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="162"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>Une API compatible OpenAI sur 127.0.0.1 (sans clé&#xa0;; rien hors de cet ordinateur ne peut y accéder). Utilisez `hearth serve --host 0.0.0.0` pour servir d’autres machines, avec une clé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>La langue des menus, boutons et messages de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Max reply tokens</source>
        <translation>Jetons max. par réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="208"/>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Thinking budget</source>
        <translation>Budget de réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Voice: answer after</source>
        <translation>Voix&#xa0;: répondre après</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Spoken replies</source>
        <translation>Réponses parlées</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <source>API for other apps</source>
        <translation>API pour les autres apps</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="224"/>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="225"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="229"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="246"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth utilisera la langue {language} au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>Chargez un modèle pour voir la mémoire nécessaire à ce contexte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>Servi par {address}&#xa0;: la mémoire est celle de cette machine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Estimation de la mémoire indisponible&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="30"/>
        <location filename="../../app/ui/keyboard.py" line="32"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="31"/>
        <source>New line in the message</source>
        <translation>Nouvelle ligne dans le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="33"/>
        <source>Stop the reply, or cancel an edit</source>
        <translation>Arrêter la réponse ou annuler une modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>F5 (hold)</source>
        <translation>F5 (maintenir)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>Talk while held (voice)</source>
        <translation>Parler en maintenant la touche (voix)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="37"/>
        <source>Move between the chat list, the conversation and the message box</source>
        <translation>Passer de la liste des discussions à la conversation et au champ de message</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="51"/>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="63"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38"/>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Search chats</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Your conversations, newest first</source>
        <translation>Vos conversations, les plus récentes en premier</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="103"/>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="104"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="113"/>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="114"/>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="115"/>
        <source>this chat</source>
        <translation>cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="127"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="128"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="129"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="26"/>
        <source>Wants to run this code</source>
        <translation>Veut exécuter ce code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="27"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="28"/>
        <source>Ran</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="29"/>
        <source>Ran, with an error</source>
        <translation>Exécuté, avec une erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="30"/>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="42"/>
        <source>Your Python run</source>
        <translation>Votre exécution Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="46"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="50"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="51"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="67"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="15"/>
        <source>Chart {name}</source>
        <translation>Graphique {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="19"/>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="23"/>
        <location filename="../../app/ui/voice_bar.py" line="52"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>Parlez à Hearth sans les mains&#xa0;; parlez pendant une réponse pour l’interrompre</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="26"/>
        <source>Hold to talk</source>
        <translation>Maintenir pour parler</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="28"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>Maintenez ce bouton (ou la touche F5) pendant que vous parlez</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="31"/>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="54"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} ne peut pas entendre&#xa0;: chargez Gemma 4 (il comprend directement votre voix) pour lui parler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice on</source>
        <translation>Voix activée</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="73"/>
        <source>No microphone</source>
        <translation>Aucun micro</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <source>Hold to talk</source>
        <translation>Maintenir pour parler</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <location filename="../../app/ui/voice_bridge.py" line="154"/>
        <location filename="../../app/ui/voice_bridge.py" line="227"/>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="132"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="152"/>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="163"/>
        <source>Hearing you…</source>
        <translation>Je vous entends…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="166"/>
        <source>Interrupted: listening…</source>
        <translation>Interrompu&#xa0;: écoute…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="171"/>
        <source>No microphone</source>
        <translation>Aucun micro</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <source>Voice stopped</source>
        <translation>Voix arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>Le modèle chargé ne peut pas entendre. Chargez Gemma 4 pour parler avec Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="208"/>
        <source>The recording could not be saved, so it was not sent: {error}</source>
        <translation>L’enregistrement n’a pas pu être sauvegardé, il n’a donc pas été envoyé&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_notice.py" line="16"/>
        <source>No voice for {language} is installed; replies in it are read in {fallback}.</source>
        <translation>Aucune voix n’est installée pour la langue {language}&#xa0;; les réponses dans cette langue sont lues en {fallback}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="27"/>
        <location filename="../../app/ui/welcome.py" line="51"/>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth exécute des modèles d’IA sur cet ordinateur. Vos discussions, images et enregistrements ne le quittent jamais&#xa0;: pas de compte, pas de cloud, et aucun accès au réseau hormis les téléchargements de modèles que vous lancez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="37"/>
        <source>Voice.</source>
        <translation>Voix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>Avec un modèle qui entend (Gemma 4), cliquez sur &lt;i&gt;Voix&lt;/i&gt; sous le champ de message pour parler avec Hearth. L’accès au micro est demandé la première fois, pas avant. Le modèle intégré ne lit que du texte&#xa0;: la voix reste donc désactivée tant que vous n’avez pas chargé Gemma 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="57"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>Préparation du modèle intégré (Gemma 3 270M) à partir de l’installation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="65"/>
        <source>Download {title}</source>
        <translation>Télécharger {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="85"/>
        <source>Start chatting</source>
        <translation>Commencer à discuter</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="106"/>
        <source>Recommended: {title}</source>
        <translation>Recommandé&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="108"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>Recommandé pour cet ordinateur (Gemma 4 12B demande plus de mémoire)&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>About {size} GB to download.</source>
        <translation>Environ {size}&#xa0;Go à télécharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="112"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>Vous pouvez continuer à discuter avec le modèle intégré pendant le téléchargement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="122"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>Préparation du modèle intégré (Gemma 3 270M)&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="128"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} est prêt&#xa0;: un petit modèle pour les questions rapides, entièrement hors ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="135"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>Le modèle intégré n’a pas pu être préparé&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="153"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} est dans votre bibliothèque. Choisissez-le dans le menu Modèle ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="159"/>
        <source>(Models… shows it too.)</source>
        <translation>(Modèles… l’affiche aussi.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="163"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="285"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="298"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="300"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="316"/>
        <source>About {size} GB to download.</source>
        <translation>Environ {size}&#xa0;Go à télécharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="329"/>
        <source>In your library</source>
        <translation>Dans votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="334"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
</TS>
