<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="145"/>
        <source>Add remote model</source>
        <translation>Añadir modelo remoto</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="148"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="152"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>List models</source>
        <translation>Listar modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="158"/>
        <source>It reads images</source>
        <translation>Lee imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads audio</source>
        <translation>Lee audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="164"/>
        <source>The key is kept in your system keychain.</source>
        <translation>La clave se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="166"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>No hay llavero del sistema: la clave se guarda en memoria hasta que salgas de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="178"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="182"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Name in Hearth</source>
        <translation>Nombre en Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="199"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>Introduce primero la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="209"/>
        <source>Asking {server} for its models…</source>
        <translation>Consultando los modelos de {server}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="221"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>El servidor ofrece %n modelo.</numerusform>
            <numerusform>El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="223"/>
        <source>The server lists no models.</source>
        <translation>El servidor no ofrece ningún modelo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="248"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>Elige un nombre con letras, números, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="253"/>
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
        <location filename="../../app/ui/attachment_strip.py" line="44"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="49"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="50"/>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="51"/>
        <source>{name}, preparing</source>
        <translation>{name}, preparando</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="82"/>
        <source>{name} cannot be attached</source>
        <translation>{name} no se puede adjuntar</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="94"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="103"/>
        <source>This model</source>
        <translation>Este modelo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="125"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: un mensaje puede llevar como máximo %n archivo.</numerusform>
            <numerusform>{name}: un mensaje puede llevar como máximo %n archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="24"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>leído como %n fragmento de hasta 30 s</numerusform>
            <numerusform>leído como %n fragmentos de hasta 30 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="26"/>
        <source>no sound</source>
        <translation>sin sonido</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="32"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="34"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="35"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>It reads {kinds}.</source>
        <translation>Lee: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>It reads text only.</source>
        <translation>Solo lee texto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="54"/>
        <source>{model} cannot read images.</source>
        <translation>{model} no puede leer imágenes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="55"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>Carga Gemma 4 para adjuntar imágenes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="58"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} no puede leer audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="59"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>Carga Gemma 4 para adjuntar audio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="64"/>
        <source>{model} cannot read video.</source>
        <translation>{model} no puede leer vídeos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="65"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>Carga Gemma 4 para adjuntar vídeos.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="54"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>No se ha encontrado ningún altavoz ni auricular, así que la grabación no se puede reproducir aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="70"/>
        <source>the recording</source>
        <translation>la grabación</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="71"/>
        <source>unsupported or damaged file</source>
        <translation>archivo no compatible o dañado</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>No se ha podido reproducir {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="32"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="33"/>
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
        <location filename="../../app/ui/controller.py" line="43"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>Esperando a que el modelo termine de cargarse…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="40"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="45"/>
        <source>Start a conversation</source>
        <translation>Empieza una conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>Todo se queda en este ordenador: sin cuenta, sin nube.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>Los mensajes de este chat; los enlaces ejecutan, copian o abren lo que indican</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>Ejecutar</translation>
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
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="88"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensaje para Hearth…  (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>Adjunta imágenes, audio o vídeo (o suéltalos / pégalos aquí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109"/>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="111"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>Deja que el modelo razone antes de responder (en los modelos que lo admiten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Cancel edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} (or drop / paste them here)</source>
        <translation>Adjunta {kinds} (o suéltalos / pégalos aquí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>{name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>{name} solo lee texto: carga Gemma 4 para adjuntar imágenes, audio o vídeo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="166"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="168"/>
        <source>Media ({patterns})</source>
        <translation>Multimedia ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>Enviar (Intro o ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="193"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>Editando un mensaje anterior: al enviarlo, se sustituyen ese mensaje y todo lo posterior.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="233"/>
        <source>Sent without {reasons}</source>
        <translation>Enviado sin {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="80"/>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="88"/>
        <source>Could not export: {error}</source>
        <translation>No se ha podido exportar: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="35"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="37"/>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="40"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="43"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} de {total} GB ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="49"/>
        <source>Paused · {progress}</source>
        <translation>En pausa · {progress}</translation>
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
            <numerusform>Queda %n min</numerusform>
            <numerusform>Quedan %n min</numerusform>
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
        <location filename="../../app/main.py" line="106"/>
        <source>Something went wrong: {problem}</source>
        <translation>Algo ha fallado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>New Chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Find Chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Visualización</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Actual Text Size</source>
        <translation>Tamaño de texto real</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Previous Message</source>
        <translation>Mensaje anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Next Message</source>
        <translation>Mensaje siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Copy Last Reply</source>
        <translation>Copiar última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Regenerate Last Reply</source>
        <translation>Regenerar última respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Run Waiting Code</source>
        <translation>Ejecutar código en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Skip Waiting Code</source>
        <translation>Omitir código en espera</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Manage Models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Benchmark…</source>
        <translation>Prueba de rendimiento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>Sirviendo el modelo cargado a otras apps en {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>This chat has no messages yet.</source>
        <translation>Este chat aún no tiene mensajes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>There is no reply to copy yet.</source>
        <translation>Aún no hay ninguna respuesta que copiar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Last reply copied.</source>
        <translation>Última respuesta copiada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>No code is waiting for approval.</source>
        <translation>No hay código esperando aprobación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Text size: system default.</source>
        <translation>Tamaño de texto: el del sistema.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Text size: {size} points.</source>
        <translation>Tamaño de texto: {size} puntos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Model may not fit</source>
        <translation>Puede que el modelo no quepa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Load it anyway?</source>
        <translation>¿Cargarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>{name} · ready</source>
        <translation>{name} · listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>The model could not be loaded: {message}</source>
        <translation>No se ha podido cargar el modelo: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>El modelo quiere ejecutar {name}. Ejecútalo u omítelo en la conversación.</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="36"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>Recordar lo que pido a Hearth que recuerde y usarlo en los chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="40"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>Di «recuerda que …» en un chat y Hearth lo guarda aquí; de otro modo no se recuerda nada. Las instrucciones de cada chat incluyen los datos más recientes que caben. El menú Chat desactiva la memoria en un solo chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="52"/>
        <source>Remembered facts</source>
        <translation>Datos recordados</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>Los más recientes primero. Pulsa F2 para editar el dato seleccionado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="65"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="67"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="69"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="150"/>
        <source>Nothing is remembered yet.</source>
        <translation>Todavía no se recuerda nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="153"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>El dato más antiguo no cabe en las instrucciones de un chat y se deja fuera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="157"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>El dato más antiguo (%n) no cabe en las instrucciones de un chat y se deja fuera.</numerusform>
            <numerusform>Los %n datos más antiguos no caben en las instrucciones de un chat y se dejan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
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
        <location filename="../../app/ui/message_html.py" line="22"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="23"/>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="33"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>Interrumpida: Hearth se cerró antes de que terminara esta respuesta. Lo escrito se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="36"/>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="53"/>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="57"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="59"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Unpin</source>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="74"/>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="75"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n palabra)</numerusform>
            <numerusform>(%n palabras)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="96"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>Parte de este mensaje no se ha podido leer del archivo de historial.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="104"/>
        <source>the reply failed.</source>
        <translation>la respuesta ha fallado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="105"/>
        <source>Error: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="109"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>La respuesta alcanzó su límite de longitud (Máx. tokens de respuesta en Ajustes, o el final del contexto). Pídele que continúe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="120"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>Detenida aquí: la respuesta se repetía una y otra vez. Los modelos pequeños caen en bucles; reformula la pregunta o prueba un modelo más grande.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="139"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>Para caber en el contexto de {size} tokens, %n mensaje (el más antiguo) no se envió con esta respuesta (el prompt del sistema y los mensajes fijados siempre se envían). Fija un mensaje para conservarlo o aumenta la longitud del contexto en Ajustes.</numerusform>
            <numerusform>Para caber en el contexto de {size} tokens, los %n mensajes más antiguos no se enviaron con esta respuesta (el prompt del sistema y los mensajes fijados siempre se envían). Fija un mensaje para conservarlo o aumenta la longitud del contexto en Ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="152"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s hasta el primer token</translation>
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
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="161"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} tokens del prompt en caché</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="168"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: {accepted}/{drafted} borradores aceptados</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="217"/>
        <source>Run this Python code</source>
        <translation>Ejecutar este código Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="219"/>
        <source>Run Python block {number}</source>
        <translation>Ejecutar el bloque de Python {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="21"/>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>The model that answers</source>
        <translation>El modelo que responde</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="24"/>
        <source>Models…</source>
        <translation>Modelos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="33"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
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
        <location filename="../../app/ui/model_manager.py" line="47"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="50"/>
        <source>Model sources</source>
        <translation>Fuentes de modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <location filename="../../app/ui/model_manager.py" line="68"/>
        <source>Your models</source>
        <translation>Tus modelos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="54"/>
        <source>Remote</source>
        <translation>Remotos</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="71"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="90"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import MLX folder…</source>
        <translation>Importar carpeta MLX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="120"/>
        <source>Broken: {problem}</source>
        <translation>Dañado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="122"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="123"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="145"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>Estimación de memoria no disponible: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="163"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="164"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>Cambia a otro modelo antes de eliminar este.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="170"/>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="171"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>¿Eliminar «{name}» ({size} GB)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="184"/>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="186"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="193"/>
        <source>Import an MLX model folder</source>
        <translation>Importar una carpeta de modelo MLX</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="200"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Imported as “{name}”.</source>
        <translation>Importado como «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Import failed: {error}</source>
        <translation>La importación ha fallado: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="240"/>
        <source>Hugging Face model to download</source>
        <translation>Modelo de Hugging Face que descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="241"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Cualquier modelo MLX, por ejemplo mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="244"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Cualquier modelo MLX de Hugging Face, p. ej. mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="246"/>
        <location filename="../../app/ui/model_manager.py" line="264"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <source>Models to download</source>
        <translation>Modelos para descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="265"/>
        <source>Enter a repository as owner/name.</source>
        <translation>Introduce un repositorio como propietario/nombre.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="38"/>
        <source>Preparing {model}…</source>
        <translation>Preparando {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="53"/>
        <source>Checking the server of {model}…</source>
        <translation>Comprobando el servidor de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="55"/>
        <source>Loading {model}…</source>
        <translation>Cargando {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="73"/>
        <source>{name} is ready</source>
        <translation>{name} está listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="83"/>
        <source>the bundled model</source>
        <translation>el modelo incluido</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="91"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (incluido)</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="22"/>
        <source>Use Memory in This Chat</source>
        <translation>Usar la memoria en este chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="47"/>
        <source>Memory is off in this chat.</source>
        <translation>La memoria está desactivada en este chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="49"/>
        <source>Memory is on in this chat.</source>
        <translation>La memoria está activada en este chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="54"/>
        <source>Remembered: {fact}</source>
        <translation>Recordado: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="56"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="61"/>
        <source>Forgotten: {fact}</source>
        <translation>Olvidado: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="65"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>La memoria está desactivada en este chat, así que «{fact}» no se ha recordado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="67"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>La memoria está desactivada en Ajustes, así que «{fact}» no se ha recordado.</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="47"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>Chatea con un modelo servido por un Mac más potente o una máquina con GPU: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio u Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="59"/>
        <source>Remote models</source>
        <translation>Modelos remotos</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="62"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="73"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Add remote model…</source>
        <translation>Añadir modelo remoto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="124"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>Cambia a otro modelo antes de olvidar este.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="131"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>¿Olvidar «{name}» y su clave de API?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>System voice (Qt speech)</source>
        <translation>Voz del sistema (Qt speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>Voz integrada (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Off: show text only</source>
        <translation>Desactivado: solo texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Model default</source>
        <translation>Predeterminado del modelo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>Optional instructions for every chat</source>
        <translation>Instrucciones opcionales para cada chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>Guardar el muestreo como predeterminado para {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>{count}K tokens</source>
        <translation>{count}K tokens</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>Pensar antes de responder (si el modelo lo admite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>Decodificación especulativa (MTP) si el modelo tiene un modelo de borrador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>Mismas respuestas, normalmente más rápidas: un pequeño modelo de borrador adivina unos tokens y el modelo los comprueba de una pasada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>{model} no tiene un modelo de borrador al lado, así que esto no tiene efecto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139"/>
        <source>Show speed figures under replies</source>
        <translation>Mostrar cifras de velocidad bajo las respuestas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>Dejar que el modelo escriba y ejecute Python (en un entorno aislado) cuando pueda usar herramientas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Ask before running code</source>
        <translation>Preguntar antes de ejecutar código</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source> ms of silence</source>
        <translation> ms de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>La pausa que haces antes de que Hearth responda. Una más larga va mejor si hablas despacio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Servir el modelo cargado a otras apps de este ordenador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="162"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>Una API compatible con OpenAI en 127.0.0.1 (sin clave; nada fuera de este ordenador puede acceder a ella). Usa `hearth serve --host 0.0.0.0` para servir a otras máquinas, con una clave.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>El idioma de los menús, botones y mensajes de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Max reply tokens</source>
        <translation>Máx. tokens de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="208"/>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Thinking budget</source>
        <translation>Presupuesto de razonamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Voice: answer after</source>
        <translation>Voz: responder tras</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Spoken replies</source>
        <translation>Respuestas habladas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <source>API for other apps</source>
        <translation>API para otras apps</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="224"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="225"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="229"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="246"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth usará {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>Carga un modelo para ver cuánta memoria necesita este contexto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>Servido por {address}: la memoria es la de esa máquina.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
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
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="26"/>
        <source>Wants to run this code</source>
        <translation>Quiere ejecutar este código</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="27"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="28"/>
        <source>Ran</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="29"/>
        <source>Ran, with an error</source>
        <translation>Ejecutado, con un error</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="30"/>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="42"/>
        <source>Your Python run</source>
        <translation>Tu ejecución de Python</translation>
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
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="51"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="67"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="15"/>
        <source>Chart {name}</source>
        <translation>Gráfico {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="19"/>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="23"/>
        <location filename="../../app/ui/voice_bar.py" line="52"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>Habla con Hearth sin usar las manos; habla mientras responde para interrumpirlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="26"/>
        <source>Hold to talk</source>
        <translation>Mantén para hablar</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="28"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>Mantén pulsado este botón (o la tecla F5) mientras hablas</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="31"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="54"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} no puede oír: carga Gemma 4 (entiende tu voz directamente) para hablar con él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="73"/>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <source>Hold to talk</source>
        <translation>Mantén para hablar</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <location filename="../../app/ui/voice_bridge.py" line="154"/>
        <location filename="../../app/ui/voice_bridge.py" line="227"/>
        <source>Listening…</source>
        <translation>Escuchando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="132"/>
        <source>Recording…</source>
        <translation>Grabando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="152"/>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="163"/>
        <source>Hearing you…</source>
        <translation>Te oigo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="166"/>
        <source>Interrupted: listening…</source>
        <translation>Interrumpido: escuchando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="171"/>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <source>Voice stopped</source>
        <translation>Voz detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>El modelo cargado no puede oír. Carga Gemma 4 para hablar con Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="208"/>
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
        <location filename="../../app/ui/welcome.py" line="27"/>
        <location filename="../../app/ui/welcome.py" line="51"/>
        <source>Welcome to Hearth</source>
        <translation>Te damos la bienvenida a Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth ejecuta modelos de IA en este ordenador. Tus chats, imágenes y grabaciones nunca salen de él: sin cuenta, sin nube y sin uso de la red salvo las descargas de modelos que inicies tú.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="37"/>
        <source>Voice.</source>
        <translation>Voz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>Con un modelo que oye (Gemma 4), haz clic en &lt;i&gt;Voz&lt;/i&gt; debajo del cuadro de mensaje para hablar con Hearth. Te pedirá permiso para usar el micrófono la primera vez que lo hagas, no antes. El modelo integrado solo lee texto, así que Voz permanece desactivada hasta que cargues Gemma 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="57"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>Preparando el modelo integrado (Gemma 3 270M) desde la instalación…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="65"/>
        <source>Download {title}</source>
        <translation>Descargar {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="85"/>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="106"/>
        <source>Recommended: {title}</source>
        <translation>Recomendado: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="108"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>Recomendado para este ordenador (Gemma 4 12B necesita más memoria): {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>About {size} GB to download.</source>
        <translation>Unos {size} GB de descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="112"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>Puedes seguir chateando con el modelo integrado mientras se descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="122"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>Preparando el modelo integrado (Gemma 3 270M): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="128"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} está listo: un modelo pequeño para preguntas rápidas, totalmente sin conexión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="135"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>No se ha podido preparar el modelo integrado: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="153"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} está en tu biblioteca. Elígelo en el menú Modelo de arriba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="159"/>
        <source>(Models… shows it too.)</source>
        <translation>(También aparece en «Modelos…».)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="163"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="285"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="298"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="300"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="316"/>
        <source>About {size} GB to download.</source>
        <translation>Unos {size} GB de descarga.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="329"/>
        <source>In your library</source>
        <translation>En tu biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="334"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
</TS>
