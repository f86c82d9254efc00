<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="145"/>
        <source>Add remote model</source>
        <translation>إضافة نموذج بعيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="148"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="152"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>List models</source>
        <translation>عرض النماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="158"/>
        <source>It reads images</source>
        <translation>يقرأ الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads audio</source>
        <translation>يقرأ الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="164"/>
        <source>The key is kept in your system keychain.</source>
        <translation>يُحفظ المفتاح في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="166"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>لا توجد سلسلة مفاتيح للنظام هنا: يُحفظ المفتاح في الذاكرة حتى إنهاء Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="178"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="182"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Name in Hearth</source>
        <translation>الاسم في Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="199"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>أدخل عنوان الخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="209"/>
        <source>Asking {server} for its models…</source>
        <translation>جارٍ طلب قائمة النماذج من {server}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="221"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>في قائمة الخادم %n نموذج.</numerusform>
            <numerusform>في قائمة الخادم %n نموذج.</numerusform>
            <numerusform>في قائمة الخادم %n نموذجان.</numerusform>
            <numerusform>في قائمة الخادم %n نماذج.</numerusform>
            <numerusform>في قائمة الخادم %n نموذجًا.</numerusform>
            <numerusform>في قائمة الخادم %n نموذج.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="223"/>
        <source>The server lists no models.</source>
        <translation>لا توجد نماذج في قائمة الخادم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="248"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>اختر اسمًا من الأحرف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="253"/>
        <source>A model in your library is already named “{name}”.</source>
        <translation>يوجد في مكتبتك نموذج باسم «{name}» بالفعل.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../app/ui/a11y.py" line="55"/>
        <source>Reply stopped. {text}</source>
        <translation>توقف الرد. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="57"/>
        <source>The reply failed.</source>
        <translation>فشل الرد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="58"/>
        <source>Reply finished. {text}</source>
        <translation>اكتمل الرد. {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="68"/>
        <source>waiting for Run or Skip</source>
        <translation>بانتظار «تشغيل» أو «تخطٍّ»</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="69"/>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="70"/>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="71"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="72"/>
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="75"/>
        <source>Tool {name}, {state}.</source>
        <translation>الأداة {name}، {state}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>You:</source>
        <translation>أنت:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>Hearth:</source>
        <translation>Hearth:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="78"/>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="79"/>
        <source>Attached {files}.</source>
        <translation>تم إرفاق {files}.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/ui/api_service.py" line="47"/>
        <source>The API for other apps could not start on {address} ({reason}).</source>
        <translation>تعذّر تشغيل واجهة API للتطبيقات الأخرى على {address} ({reason}).</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="44"/>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="49"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="50"/>
        <source>Remove {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="51"/>
        <source>{name}, preparing</source>
        <translation>{name}، جارٍ التحضير</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="82"/>
        <source>{name} cannot be attached</source>
        <translation>لا يمكن إرفاق {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="94"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="103"/>
        <source>This model</source>
        <translation>هذا النموذج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="125"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: يمكن أن تحمل الرسالة الواحدة %n ملف على الأكثر.</numerusform>
            <numerusform>{name}: يمكن أن تحمل الرسالة الواحدة %n ملف على الأكثر.</numerusform>
            <numerusform>{name}: يمكن أن تحمل الرسالة الواحدة %n ملفين على الأكثر.</numerusform>
            <numerusform>{name}: يمكن أن تحمل الرسالة الواحدة %n ملفات على الأكثر.</numerusform>
            <numerusform>{name}: يمكن أن تحمل الرسالة الواحدة %n ملفًا على الأكثر.</numerusform>
            <numerusform>{name}: يمكن أن تحمل الرسالة الواحدة %n ملف على الأكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="24"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>يُقرأ على شكل %n مقاطع مدة كل منها 30 ث كحد أقصى</numerusform>
            <numerusform>يُقرأ على شكل مقطع واحد (%n) مدته 30 ث كحد أقصى</numerusform>
            <numerusform>يُقرأ على شكل مقطعين (%n) مدة كل منهما 30 ث كحد أقصى</numerusform>
            <numerusform>يُقرأ على شكل %n مقاطع مدة كل منها 30 ث كحد أقصى</numerusform>
            <numerusform>يُقرأ على شكل %n مقطعًا مدة كل منها 30 ث كحد أقصى</numerusform>
            <numerusform>يُقرأ على شكل %n مقطع مدة كل منها 30 ث كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="26"/>
        <source>no sound</source>
        <translation>بلا صوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="32"/>
        <source>images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="34"/>
        <source>audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="35"/>
        <source>video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>It reads {kinds}.</source>
        <translation>يقرأ: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>It reads text only.</source>
        <translation>يقرأ النصوص فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="54"/>
        <source>{model} cannot read images.</source>
        <translation>لا يستطيع {model} قراءة الصور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="55"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>حمّل Gemma 4 لإرفاق الصور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="58"/>
        <source>{model} cannot read audio.</source>
        <translation>لا يستطيع {model} قراءة الصوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="59"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>حمّل Gemma 4 لإرفاق الصوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="64"/>
        <source>{model} cannot read video.</source>
        <translation>لا يستطيع {model} قراءة الفيديو.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="65"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>حمّل Gemma 4 لإرفاق الفيديو.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="54"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>لم يُعثر على مكبّر صوت أو سماعات، لذا لا يمكن تشغيل التسجيل هنا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="70"/>
        <source>the recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="71"/>
        <source>unsupported or damaged file</source>
        <translation>ملف غير مدعوم أو تالف</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>تعذّر تشغيل {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="32"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="33"/>
        <source>Dismiss message</source>
        <translation>تجاهل الرسالة</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="24"/>
        <source>Time to first token (s)</source>
        <translation>الوقت حتى أول رمز (s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="25"/>
        <source>Prefill (tok/s)</source>
        <translation>الملء المسبق (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="26"/>
        <source>Decode (tok/s)</source>
        <translation>فك الترميز (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="29"/>
        <source>raw {backend}</source>
        <translation>عبر {backend} مباشرةً</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="30"/>
        <source>ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="31"/>
        <source>Peak memory (GB)</source>
        <translation>ذروة الذاكرة (GB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="32"/>
        <source>Conversation with cache reuse: turn 1 first token in {first} s, turn {last_turn} in {last} s ({factor}×).</source>
        <translation>محادثة مع إعادة استخدام ذاكرة التخزين المؤقت: أول رمز في الجولة 1 خلال {first} s، وفي الجولة {last_turn} خلال {last} s ({factor}×).</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="53"/>
        <source>Speculative decoding: this model has no MTP drafter next to it.</source>
        <translation>فك الترميز التخميني: لا يوجد نموذج مسودات MTP بجانب هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="56"/>
        <source>Output: the same text as plain decoding.</source>
        <translation>المخرجات: النص نفسه كما في فك الترميز العادي.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="58"/>
        <source>Output: different text from plain decoding.</source>
        <translation>المخرجات: نص مختلف عن نص فك الترميز العادي.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="59"/>
        <source>Speculative decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); {acceptance}% of drafted tokens accepted.</source>
        <translation>فك الترميز التخميني (MTP، {drafter}): {off} → {on} tok/s ({speedup}×)؛ قُبل {acceptance}% من الرموز المقترحة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="77"/>
        <source>Benchmark</source>
        <translation>قياس الأداء</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="85"/>
        <source>Run benchmark</source>
        <translation>تشغيل قياس الأداء</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="88"/>
        <source>Measures the loaded model through Hearth and through the raw library, alternating, on the same prompt. Chat waits while it runs.</source>
        <translation>يقيس النموذج المحمّل عبر Hearth وعبر المكتبة مباشرةً بالتناوب، على الموجّه نفسه. تنتظر الدردشة أثناء القياس.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="96"/>
        <source>Tokens to decode</source>
        <translation>الرموز المطلوب فك ترميزها</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="97"/>
        <source>Conversation turns</source>
        <translation>جولات المحادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="109"/>
        <source>Load a model first.</source>
        <translation>حمّل نموذجًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="118"/>
        <source>Running: {step}…</source>
        <translation>جارٍ التشغيل: {step}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="125"/>
        <source>Benchmark failed: {error}</source>
        <translation>فشل قياس الأداء: {error}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="43"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>بانتظار انتهاء تحميل النموذج…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="40"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="45"/>
        <source>Start a conversation</source>
        <translation>ابدأ محادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>كل شيء يبقى على هذا الكمبيوتر: بلا حساب ولا سحابة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>رسائل هذه الدردشة؛ الروابط تشغّل ما تشير إليه أو تنسخه أو تفتحه</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>تشغيل</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="37"/>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>images</source>
        <translation>صور</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="88"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>راسل Hearth…  (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>يرسل Enter الرسالة، ويبدأ Shift+Enter سطرًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>أرفق صورًا أو صوتًا أو فيديو (أو أفلتها / الصقها هنا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109"/>
        <source>Think</source>
        <translation>تفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="111"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>دع النموذج يفكّر قبل أن يجيب (في النماذج التي تدعم ذلك)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Cancel edit</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} (or drop / paste them here)</source>
        <translation>أرفق {kinds} (أو أفلتها / الصقها هنا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>{name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>{name} يقرأ النصوص فقط: حمّل Gemma 4 لإرفاق الصور أو الصوت أو الفيديو.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="166"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="168"/>
        <source>Media ({patterns})</source>
        <translation>الوسائط ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop the reply (Esc)</source>
        <translation>إيقاف الرد (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>إرسال (Enter أو ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="193"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>تعديل رسالة سابقة: الإرسال يستبدلها ويستبدل كل ما بعدها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="233"/>
        <source>Sent without {reasons}</source>
        <translation>أُرسلت بدون {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="80"/>
        <source>Export chat</source>
        <translation>تصدير الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="88"/>
        <source>Could not export: {error}</source>
        <translation>تعذّر التصدير: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Exported to {path}</source>
        <translation>تم التصدير إلى {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="35"/>
        <source>Failed: {error}</source>
        <translation>فشل: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="37"/>
        <source>Downloaded</source>
        <translation>تم التنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="40"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="43"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} من {total} GB ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="49"/>
        <source>Paused · {progress}</source>
        <translation>متوقف مؤقتًا · {progress}</translation>
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
            <numerusform>الوقت المتبقي: %n دقيقة</numerusform>
            <numerusform>الوقت المتبقي: %n دقيقة</numerusform>
            <numerusform>الوقت المتبقي: %n دقيقتان</numerusform>
            <numerusform>الوقت المتبقي: %n دقائق</numerusform>
            <numerusform>الوقت المتبقي: %n دقيقة</numerusform>
            <numerusform>الوقت المتبقي: %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="29"/>
        <source>This chart could not be shown ({reason}).</source>
        <translation>تعذّر عرض هذا الرسم البياني ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="37"/>
        <source>Chart {name}</source>
        <translation>الرسم البياني {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="40"/>
        <source>Save PNG…</source>
        <translation>حفظ PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="42"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="60"/>
        <source>Save chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="62"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="106"/>
        <source>Something went wrong: {problem}</source>
        <translation>حدث خطأ ما: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>No model</source>
        <translation>لا يوجد نموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>New Chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Export as Markdown…</source>
        <translation>تصدير بتنسيق Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Export as JSON…</source>
        <translation>تصدير بتنسيق JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Find Chats</source>
        <translation>البحث في الدردشات</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Larger Text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Smaller Text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Actual Text Size</source>
        <translation>الحجم الفعلي للنص</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Chat</source>
        <translation>&amp;دردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Previous Message</source>
        <translation>الرسالة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Next Message</source>
        <translation>الرسالة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Copy Last Reply</source>
        <translation>نسخ آخر رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Regenerate Last Reply</source>
        <translation>إعادة إنشاء آخر رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Run Waiting Code</source>
        <translation>تشغيل الشيفرة المنتظرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Skip Waiting Code</source>
        <translation>تخطي الشيفرة المنتظرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Models</source>
        <translation>ال&amp;نماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Manage Models…</source>
        <translation>إدارة النماذج…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Benchmark…</source>
        <translation>قياس الأداء…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>يُقدَّم النموذج المحمّل للتطبيقات الأخرى على {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>This chat has no messages yet.</source>
        <translation>لا تحتوي هذه الدردشة على رسائل بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>There is no reply to copy yet.</source>
        <translation>لا يوجد رد لنسخه بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Last reply copied.</source>
        <translation>تم نسخ آخر رد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>No code is waiting for approval.</source>
        <translation>لا توجد شيفرة بانتظار الموافقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Text size: system default.</source>
        <translation>حجم النص: الافتراضي للنظام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Text size: {size} points.</source>
        <translation>حجم النص: {size} نقطة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Model may not fit</source>
        <translation>قد لا يتسع النموذج في الذاكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Load it anyway?</source>
        <translation>هل تريد تحميله على أي حال؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>{name} · ready</source>
        <translation>{name} · جاهز</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>No model loaded</source>
        <translation>لم يُحمَّل أي نموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>The model could not be loaded: {message}</source>
        <translation>تعذّر تحميل النموذج: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>يريد النموذج تشغيل {name}. اختر «تشغيل» أو «تخطٍّ» في المحادثة.</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="36"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>تذكّر ما أطلب من Hearth تذكّره، واستخدمه في الدردشات</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="40"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>قل «تذكّر أن …» في دردشة وسيحفظه Hearth هنا؛ ولا يُحفظ شيء بغير ذلك. تتضمن تعليمات كل دردشة أحدث الحقائق التي تتسع لها. ويمكن إيقاف الذاكرة لدردشة واحدة من قائمة الدردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="52"/>
        <source>Remembered facts</source>
        <translation>الحقائق المحفوظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>الأحدث أولاً. اضغط F2 لتعديل الحقيقة المحددة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="65"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="67"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="69"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="150"/>
        <source>Nothing is remembered yet.</source>
        <translation>لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="153"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>أقدم حقيقة لا تتسع لها تعليمات الدردشة، لذا تُترك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="157"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>أقدم %n حقيقة لا تتسع لها تعليمات الدردشة، لذا تُترك.</numerusform>
            <numerusform>أقدم حقيقة (%n) لا تتسع لها تعليمات الدردشة، لذا تُترك.</numerusform>
            <numerusform>أقدم حقيقتين (%n) لا تتسع لهما تعليمات الدردشة، لذا تُتركان.</numerusform>
            <numerusform>أقدم %n حقائق لا تتسع لها تعليمات الدردشة، لذا تُترك.</numerusform>
            <numerusform>أقدم %n حقيقةً لا تتسع لها تعليمات الدردشة، لذا تُترك.</numerusform>
            <numerusform>أقدم %n حقيقة لا تتسع لها تعليمات الدردشة، لذا تُترك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Every fact fits in a chat&apos;s instructions.</source>
        <translation>كل الحقائق تتسع لها تعليمات الدردشة.</translation>
    </message>
</context>
<context>
    <name>MemorySummary</name>
    <message>
        <location filename="../../app/ui/memory_text.py" line="18"/>
        <source>Needs about {total} GB ({weights} GB weights + {kv} GB for a {context}-token context); this computer has {memory} GB of memory, ~{usable} GB usable for models.</source>
        <translation>يحتاج إلى نحو {total} GB ({weights} GB للأوزان + {kv} GB لسياق من {context} رمز)؛ في هذا الكمبيوتر {memory} GB من الذاكرة، منها ~{usable} GB متاحة للنماذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="31"/>
        <source>Fits comfortably.</source>
        <translation>يتسع بسهولة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="33"/>
        <source>Fits, but little memory will be left for other apps.</source>
        <translation>يتسع، لكن ستبقى ذاكرة قليلة للتطبيقات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="35"/>
        <source>Too big: expect heavy swapping or a failed load. Pick a smaller model or context.</source>
        <translation>كبير جدًا: توقّع تبديلًا كثيفًا للذاكرة أو فشل التحميل. اختر نموذجًا أو سياقًا أصغر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="40"/>
        <source>But this computer has no GPU that MLX can use: a model this size runs on the CPU and will answer slowly (a few words a second at best).</source>
        <translation>لكن ليس في هذا الكمبيوتر وحدة GPU يمكن لـ MLX استخدامها: سيعمل نموذج بهذا الحجم على CPU وسيجيب ببطء (بضع كلمات في الثانية في أحسن الأحوال).</translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../../app/ui/message_html.py" line="22"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="23"/>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Tool</source>
        <translation>أداة</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="33"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>انقطع: أُغلق Hearth قبل اكتمال هذا الرد. ما كُتب محفوظ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="36"/>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="53"/>
        <source>pinned</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="57"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="59"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Regenerate</source>
        <translation>إعادة إنشاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="74"/>
        <source>Thoughts</source>
        <translation>الأفكار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="75"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>(%n كلمة)</numerusform>
            <numerusform>(%n كلمة)</numerusform>
            <numerusform>(%n كلمتان)</numerusform>
            <numerusform>(%n كلمات)</numerusform>
            <numerusform>(%n كلمة)</numerusform>
            <numerusform>(%n كلمة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="96"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>تعذّرت قراءة جزء من هذه الرسالة من ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="104"/>
        <source>the reply failed.</source>
        <translation>فشل الرد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="105"/>
        <source>Error: {reason}</source>
        <translation>خطأ: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="109"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>بلغ الرد حدّ طوله (الحد الأقصى لرموز الرد في الإعدادات، أو نهاية السياق). اطلب منه المتابعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="120"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>توقف هنا: ظل الرد يكرر نفسه. تقع النماذج الصغيرة في حلقات؛ أعد صياغة السؤال أو جرّب نموذجًا أكبر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="139"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>لملاءمة سياق من {size} رمز، لم تُرسَل أقدم %n رسالة مع هذا الرد (يُرسَل موجّه النظام والرسائل المثبّتة دائمًا). ثبّت رسالة للاحتفاظ بها، أو زِد طول السياق في الإعدادات.</numerusform>
            <numerusform>لملاءمة سياق من {size} رمز، لم تُرسَل أقدم رسالة (%n) مع هذا الرد (يُرسَل موجّه النظام والرسائل المثبّتة دائمًا). ثبّت رسالة للاحتفاظ بها، أو زِد طول السياق في الإعدادات.</numerusform>
            <numerusform>لملاءمة سياق من {size} رمز، لم تُرسَل أقدم رسالتين (%n) مع هذا الرد (يُرسَل موجّه النظام والرسائل المثبّتة دائمًا). ثبّت رسالة للاحتفاظ بها، أو زِد طول السياق في الإعدادات.</numerusform>
            <numerusform>لملاءمة سياق من {size} رمز، لم تُرسَل أقدم %n رسائل مع هذا الرد (يُرسَل موجّه النظام والرسائل المثبّتة دائمًا). ثبّت رسالة للاحتفاظ بها، أو زِد طول السياق في الإعدادات.</numerusform>
            <numerusform>لملاءمة سياق من {size} رمز، لم تُرسَل أقدم %n رسالة مع هذا الرد (يُرسَل موجّه النظام والرسائل المثبّتة دائمًا). ثبّت رسالة للاحتفاظ بها، أو زِد طول السياق في الإعدادات.</numerusform>
            <numerusform>لملاءمة سياق من {size} رمز، لم تُرسَل أقدم %n رسالة مع هذا الرد (يُرسَل موجّه النظام والرسائل المثبّتة دائمًا). ثبّت رسالة للاحتفاظ بها، أو زِد طول السياق في الإعدادات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="152"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s حتى أول رمز</translation>
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
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="161"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} من رموز الموجّه مخزّنة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="168"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: قُبلت {accepted}/{drafted} من المسودات</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="217"/>
        <source>Run this Python code</source>
        <translation>تشغيل شيفرة Python هذه</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="219"/>
        <source>Run Python block {number}</source>
        <translation>تشغيل كتلة Python رقم {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="21"/>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>The model that answers</source>
        <translation>النموذج الذي يجيب</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="24"/>
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="33"/>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="13"/>
        <source>Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.</source>
        <translation>نصوص وصور وصوت وفيديو في نموذج واحد؛ مع التفكير والأدوات. الأفضل على جهاز Mac بذاكرة 16 GB أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="17"/>
        <source>Higher fidelity than 4-bit; needs a Mac with 24 GB or more.</source>
        <translation>دقة أعلى من إصدار 4 بت؛ يحتاج إلى جهاز Mac بذاكرة 24 GB أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="20"/>
        <source>Smaller and faster; images and audio. Good on 8 GB Macs.</source>
        <translation>أصغر وأسرع؛ يدعم الصور والصوت. مناسب لأجهزة Mac بذاكرة 8 GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="23"/>
        <source>The smallest Gemma 4; quick answers on any Apple-silicon Mac.</source>
        <translation>أصغر نموذج Gemma 4؛ إجابات سريعة على أي جهاز Mac بشريحة Apple.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="47"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="50"/>
        <source>Model sources</source>
        <translation>مصادر النماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <location filename="../../app/ui/model_manager.py" line="68"/>
        <source>Your models</source>
        <translation>نماذجك</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="54"/>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="71"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="90"/>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Import GGUF…</source>
        <translation>استيراد GGUF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import MLX folder…</source>
        <translation>استيراد مجلد MLX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="120"/>
        <source>Broken: {problem}</source>
        <translation>تالف: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="122"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="123"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="145"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>تقدير الذاكرة غير متاح: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="163"/>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="164"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>انتقل إلى نموذج آخر قبل حذف هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="170"/>
        <source>Delete model</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="171"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>هل تريد حذف «{name}» ({size} GB)؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="184"/>
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="186"/>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="193"/>
        <source>Import an MLX model folder</source>
        <translation>استيراد مجلد نموذج MLX</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="200"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Imported as “{name}”.</source>
        <translation>تم الاستيراد باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Import failed: {error}</source>
        <translation>فشل الاستيراد: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="240"/>
        <source>Hugging Face model to download</source>
        <translation>نموذج Hugging Face المراد تنزيله</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="241"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>أي نموذج MLX، مثل mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="244"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>أي نموذج MLX على Hugging Face، مثل mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="246"/>
        <location filename="../../app/ui/model_manager.py" line="264"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <source>Models to download</source>
        <translation>النماذج المتاحة للتنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="265"/>
        <source>Enter a repository as owner/name.</source>
        <translation>أدخل مستودعًا بصيغة المالك/الاسم.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="38"/>
        <source>Preparing {model}…</source>
        <translation>جارٍ تحضير {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="53"/>
        <source>Checking the server of {model}…</source>
        <translation>جارٍ التحقق من خادم {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="55"/>
        <source>Loading {model}…</source>
        <translation>جارٍ تحميل {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="73"/>
        <source>{name} is ready</source>
        <translation>أصبح {name} جاهزًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="83"/>
        <source>the bundled model</source>
        <translation>النموذج المضمَّن</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="91"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (مضمَّن)</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="22"/>
        <source>Use Memory in This Chat</source>
        <translation>استخدام الذاكرة في هذه الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="47"/>
        <source>Memory is off in this chat.</source>
        <translation>الذاكرة متوقفة في هذه الدردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="49"/>
        <source>Memory is on in this chat.</source>
        <translation>الذاكرة مفعّلة في هذه الدردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="54"/>
        <source>Remembered: {fact}</source>
        <translation>تم الحفظ: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="56"/>
        <source>Forget</source>
        <translation>انسَ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="61"/>
        <source>Forgotten: {fact}</source>
        <translation>تم النسيان: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="65"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>الذاكرة متوقفة في هذه الدردشة، لذا لم يُحفظ «{fact}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="67"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>الذاكرة متوقفة في الإعدادات، لذا لم يُحفظ «{fact}».</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="47"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>دردش مع نموذج يقدّمه جهاز Mac أقوى أو جهاز مزوّد بوحدة GPU: &lt;code&gt;hearth serve&lt;/code&gt;، &lt;code&gt;mlx_lm.server&lt;/code&gt;، &lt;code&gt;mlx_vlm.server&lt;/code&gt;، vLLM، LM Studio أو Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="59"/>
        <source>Remote models</source>
        <translation>النماذج البعيدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="62"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="73"/>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Forget…</source>
        <translation>نسيان…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Add remote model…</source>
        <translation>إضافة نموذج بعيد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="124"/>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>انتقل إلى نموذج آخر قبل نسيان هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="131"/>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>هل تريد نسيان «{name}» ومفتاح API الخاص به؟</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>System voice (Qt speech)</source>
        <translation>صوت النظام (Qt speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>الصوت المدمج (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Off: show text only</source>
        <translation>إيقاف: عرض النص فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Model default</source>
        <translation>الإعداد الافتراضي للنموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>Optional instructions for every chat</source>
        <translation>تعليمات اختيارية لكل دردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>حفظ إعدادات أخذ العينات كافتراضية لـ {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>{count}K tokens</source>
        <translation>{count}K رمز</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>التفكير قبل الإجابة (عندما يدعمه النموذج)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Unlimited</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>فك الترميز التخميني (MTP) عندما يكون للنموذج نموذج مسودات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>الردود نفسها، وعادةً أسرع: يخمّن نموذج مسودات صغير بضعة رموز ويتحقق منها النموذج في تمريرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>لا يوجد نموذج مسودات بجانب {model}، لذا لا أثر لهذا الخيار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139"/>
        <source>Show speed figures under replies</source>
        <translation>عرض أرقام السرعة أسفل الردود</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>السماح للنموذج بكتابة Python وتشغيلها (في بيئة معزولة) عندما يمكنه استدعاء الأدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Ask before running code</source>
        <translation>السؤال قبل تشغيل الشيفرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source> ms of silence</source>
        <translation> ‏ms من الصمت</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>مدة توقفك قبل أن يجيب Hearth. المدة الأطول تناسب من يتحدثون ببطء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>تقديم النموذج المحمّل للتطبيقات الأخرى على هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="162"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>واجهة API متوافقة مع OpenAI على 127.0.0.1 (بلا مفتاح؛ لا يمكن لأي شيء خارج هذا الكمبيوتر الوصول إليها). استخدم `hearth serve --host 0.0.0.0` لخدمة أجهزة أخرى، مع مفتاح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>System ({language})</source>
        <translation>النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>لغة قوائم Hearth وأزراره ورسائله</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
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
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Max reply tokens</source>
        <translation>الحد الأقصى لرموز الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Context length</source>
        <translation>طول السياق</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="208"/>
        <source>Thinking</source>
        <translation>التفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Thinking budget</source>
        <translation>ميزانية التفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Code</source>
        <translation>الشيفرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Voice: answer after</source>
        <translation>الصوت: الإجابة بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Spoken replies</source>
        <translation>الردود المنطوقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <source>API for other apps</source>
        <translation>واجهة API للتطبيقات الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>API address</source>
        <translation>عنوان API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="224"/>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="225"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="229"/>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="246"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>سيستخدم Hearth {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>حمّل نموذجًا لمعرفة مقدار الذاكرة الذي يحتاجه هذا السياق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>يقدّمه {address}: ذاكرته هي ذاكرة ذلك الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>تقدير الذاكرة غير متاح: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="30"/>
        <location filename="../../app/ui/keyboard.py" line="32"/>
        <source>Send the message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="31"/>
        <source>New line in the message</source>
        <translation>سطر جديد في الرسالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="33"/>
        <source>Stop the reply, or cancel an edit</source>
        <translation>إيقاف الرد أو إلغاء التعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>F5 (hold)</source>
        <translation>F5 (مع الاستمرار)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>Talk while held (voice)</source>
        <translation>التحدث أثناء الضغط (الصوت)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="37"/>
        <source>Move between the chat list, the conversation and the message box</source>
        <translation>التنقل بين قائمة الدردشات والمحادثة ومربع الرسالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="51"/>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="63"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Does</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38"/>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Search chats</source>
        <translation>البحث في الدردشات</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Chats</source>
        <translation>الدردشات</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Your conversations, newest first</source>
        <translation>محادثاتك، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="103"/>
        <source>Rename chat</source>
        <translation>إعادة تسمية الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="104"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="113"/>
        <source>Delete chat</source>
        <translation>حذف الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="114"/>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>هل تريد حذف «{title}»؟ لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="115"/>
        <source>this chat</source>
        <translation>هذه الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="127"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="128"/>
        <source>Export as Markdown…</source>
        <translation>تصدير بتنسيق Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="129"/>
        <source>Export as JSON…</source>
        <translation>تصدير بتنسيق JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="26"/>
        <source>Wants to run this code</source>
        <translation>يريد تشغيل هذه الشيفرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="27"/>
        <source>Running…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="28"/>
        <source>Ran</source>
        <translation>تم التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="29"/>
        <source>Ran, with an error</source>
        <translation>تم التشغيل، مع خطأ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="30"/>
        <source>Not run</source>
        <translation>لم يُشغَّل</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="42"/>
        <source>Your Python run</source>
        <translation>تشغيل Python الخاص بك</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="46"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} خلال {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="50"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="51"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="67"/>
        <source>Output</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="15"/>
        <source>Chart {name}</source>
        <translation>الرسم البياني {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="19"/>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="23"/>
        <location filename="../../app/ui/voice_bar.py" line="52"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>تحدّث مع Hearth دون استخدام يديك؛ تحدّث أثناء الرد لمقاطعته</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="26"/>
        <source>Hold to talk</source>
        <translation>اضغط مطولًا للتحدث</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="28"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>اضغط مع الاستمرار على هذا الزر (أو مفتاح F5) أثناء التحدث</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="31"/>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="54"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>لا يستطيع {name} السماع: حمّل Gemma 4 (يفهم صوتك مباشرة) للتحدث معه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice on</source>
        <translation>الصوت مفعّل</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="73"/>
        <source>No microphone</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <source>Hold to talk</source>
        <translation>اضغط مطولًا للتحدث</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <location filename="../../app/ui/voice_bridge.py" line="154"/>
        <location filename="../../app/ui/voice_bridge.py" line="227"/>
        <source>Listening…</source>
        <translation>جارٍ الاستماع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="132"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="152"/>
        <source>Muted</source>
        <translation>مكتوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="163"/>
        <source>Hearing you…</source>
        <translation>أسمعك…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="166"/>
        <source>Interrupted: listening…</source>
        <translation>تمت المقاطعة: جارٍ الاستماع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="171"/>
        <source>No microphone</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <source>Voice stopped</source>
        <translation>توقف الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>لا يستطيع النموذج المحمّل السماع. حمّل Gemma 4 للتحدث مع Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>Thinking…</source>
        <translation>جارٍ التفكير…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="208"/>
        <source>The recording could not be saved, so it was not sent: {error}</source>
        <translation>تعذّر حفظ التسجيل، لذا لم يُرسَل: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_notice.py" line="16"/>
        <source>No voice for {language} is installed; replies in it are read in {fallback}.</source>
        <translation>لا يوجد صوت مثبّت للغة {language}؛ تُقرأ الردود بها بلغة {fallback}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="27"/>
        <location filename="../../app/ui/welcome.py" line="51"/>
        <source>Welcome to Hearth</source>
        <translation>مرحبًا بك في Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>يشغّل Hearth نماذج الذكاء الاصطناعي على هذا الكمبيوتر. لا تغادره دردشاتك وصورك وتسجيلاتك أبدًا: بلا حساب ولا سحابة، ولا استخدام للشبكة إلا لتنزيلات النماذج التي تبدأها أنت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="37"/>
        <source>Voice.</source>
        <translation>الصوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>مع نموذج يسمع (Gemma 4)، انقر على &lt;i&gt;الصوت&lt;/i&gt; أسفل مربع الرسالة للتحدث مع Hearth. سيطلب إذن استخدام الميكروفون في المرة الأولى التي تفعل فيها ذلك، لا قبلها. النموذج المدمج يقرأ النصوص فقط، لذا يبقى الصوت متوقفًا حتى تحمّل Gemma 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="57"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>جارٍ تحضير النموذج المدمج (Gemma 3 270M) من ملفات التثبيت…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="65"/>
        <source>Download {title}</source>
        <translation>تنزيل {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="85"/>
        <source>Start chatting</source>
        <translation>ابدأ الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="106"/>
        <source>Recommended: {title}</source>
        <translation>موصى به: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="108"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>موصى به لهذا الكمبيوتر (يحتاج Gemma 4 12B إلى ذاكرة أكبر): {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>About {size} GB to download.</source>
        <translation>حجم التنزيل نحو {size} GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="112"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>يمكنك مواصلة الدردشة مع النموذج المدمج أثناء التنزيل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="122"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>جارٍ تحضير النموذج المدمج (Gemma 3 270M): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="128"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>أصبح {name} جاهزًا: نموذج صغير للأسئلة السريعة، يعمل دون اتصال بالكامل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="135"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>تعذّر تحضير النموذج المدمج: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="153"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>يوجد {title} في مكتبتك. اختره من قائمة «النموذج» أعلاه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="159"/>
        <source>(Models… shows it too.)</source>
        <translation>(ويظهر أيضًا في «النماذج…».)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="163"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="285"/>
        <source>Recommended</source>
        <translation>موصى به</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="298"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="300"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="316"/>
        <source>About {size} GB to download.</source>
        <translation>حجم التنزيل نحو {size} GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="329"/>
        <source>In your library</source>
        <translation>في مكتبتك</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="334"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
</TS>
