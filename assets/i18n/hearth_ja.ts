<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddRemoteDialog</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="145"/>
        <source>Add remote model</source>
        <translation>リモートモデルを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="148"/>
        <source>Server address</source>
        <translation>サーバアドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="152"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="153"/>
        <source>List models</source>
        <translation>モデルを一覧表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="158"/>
        <source>It reads images</source>
        <translation>画像を読み取れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="159"/>
        <source>It reads audio</source>
        <translation>オーディオを読み取れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="164"/>
        <source>The key is kept in your system keychain.</source>
        <translation>キーはシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="166"/>
        <source>No system keychain here: the key is kept in memory until Hearth quits.</source>
        <translation>システムのキーチェーンがないため、キーは Hearth を終了するまでメモリ内に保持されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="178"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="179"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="182"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="183"/>
        <source>Name in Hearth</source>
        <translation>Hearth での名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="199"/>
        <source>Enter the server&apos;s address first.</source>
        <translation>先にサーバのアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="209"/>
        <source>Asking {server} for its models…</source>
        <translation>{server} にモデルを問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/remote_models_tab.py" line="221"/>
        <source>The server lists %n model(s).</source>
        <translation>
            <numerusform>サーバには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="223"/>
        <source>The server lists no models.</source>
        <translation>サーバにモデルがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="248"/>
        <source>Pick a name of letters, digits, dots, dashes or underscores.</source>
        <translation>英字、数字、ピリオド、ハイフン、アンダースコアで名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="253"/>
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
        <location filename="../../app/ui/attachment_strip.py" line="44"/>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="49"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="50"/>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="51"/>
        <source>{name}, preparing</source>
        <translation>{name}、準備中</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="82"/>
        <source>{name} cannot be attached</source>
        <translation>{name} は添付できません</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="94"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_strip.py" line="103"/>
        <source>This model</source>
        <translation>このモデル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_strip.py" line="125"/>
        <source>{name}: one message can carry at most %n files.</source>
        <translation>
            <numerusform>{name}: 1 件のメッセージに添付できるファイルは最大 %n 個です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message numerus="yes">
        <location filename="../../app/ui/attachment_text.py" line="24"/>
        <source>read as %n clips of up to 30 s</source>
        <translation>
            <numerusform>最大 30 秒の %n 個のクリップとして読み取り</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="26"/>
        <source>no sound</source>
        <translation>音声なし</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="32"/>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="34"/>
        <source>audio</source>
        <translation>音声</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="35"/>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="47"/>
        <source>It reads {kinds}.</source>
        <translation>読み取れるもの：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="49"/>
        <source>It reads text only.</source>
        <translation>テキストのみ読み取れます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="54"/>
        <source>{model} cannot read images.</source>
        <translation>{model} は画像を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="55"/>
        <source>Load Gemma 4 to attach images.</source>
        <translation>画像を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="58"/>
        <source>{model} cannot read audio.</source>
        <translation>{model} は音声を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="59"/>
        <source>Load Gemma 4 to attach audio.</source>
        <translation>音声を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="64"/>
        <source>{model} cannot read video.</source>
        <translation>{model} は動画を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachment_text.py" line="65"/>
        <source>Load Gemma 4 to attach video.</source>
        <translation>動画を添付するには Gemma 4 を読み込んでください。</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../../app/ui/audio_player.py" line="54"/>
        <source>No speaker or headphones found, so the recording cannot be played here.</source>
        <translation>スピーカーやヘッドフォンが見つからないため、ここでは録音を再生できません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="70"/>
        <source>the recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="71"/>
        <source>unsupported or damaged file</source>
        <translation>対応していないか、破損したファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/audio_player.py" line="72"/>
        <source>Could not play {name}: {reason}.</source>
        <translation>{name} を再生できませんでした: {reason}。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/banner.py" line="32"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/banner.py" line="33"/>
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
        <location filename="../../app/ui/controller.py" line="43"/>
        <source>Waiting for the model to finish loading…</source>
        <translation>モデルの読み込みが終わるのを待っています…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="40"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="45"/>
        <source>Start a conversation</source>
        <translation>チャットを始めましょう</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>Everything stays on this computer: no account, no cloud.</source>
        <translation>すべてこのコンピュータ内に保存されます。アカウントもクラウドも不要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="79"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="80"/>
        <source>The messages of this chat; links run, copy or open what they name</source>
        <translation>このチャットのメッセージ。リンクから、示された内容を実行、コピー、または開けます</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="98"/>
        <source>Copy</source>
        <comment>link: copy the code</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="99"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>実行</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="37"/>
        <source>audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="38"/>
        <source>images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="39"/>
        <source>video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="88"/>
        <source>Message Hearth…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Hearth にメッセージ…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Attach images, audio or video (or drop / paste them here)</source>
        <translation>画像、オーディオ、ビデオを添付（ここにドロップまたはペーストも可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="109"/>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="111"/>
        <source>Let the model reason before it answers (models that support it)</source>
        <translation>回答の前にモデルに推論させます（対応モデルのみ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Cancel edit</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="152"/>
        <source>Attach {kinds} (or drop / paste them here)</source>
        <translation>{kinds} を添付（ここにドロップまたはペーストも可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="154"/>
        <source>{name} reads text only: load Gemma 4 to attach images, audio or video.</source>
        <translation>{name} はテキストのみ読み取れます。画像、オーディオ、ビデオを添付するには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="166"/>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="168"/>
        <source>Media ({patterns})</source>
        <translation>メディア（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="181"/>
        <source>Stop</source>
        <comment>button: stop the reply</comment>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Stop the reply (Esc)</source>
        <translation>返答を停止（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="184"/>
        <source>Send (Enter or ⌘↩)</source>
        <translation>送信（Enter または ⌘↩）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="193"/>
        <source>Editing an earlier message: sending replaces it and everything after it.</source>
        <translation>以前のメッセージを編集中: 送信すると、そのメッセージとそれ以降がすべて置き換えられます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="233"/>
        <source>Sent without {reasons}</source>
        <translation>{reasons} なしで送信しました</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../app/ui/conversations.py" line="80"/>
        <source>Export chat</source>
        <translation>チャットを書き出す</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="88"/>
        <source>Could not export: {error}</source>
        <translation>書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversations.py" line="90"/>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../../app/ui/downloads.py" line="35"/>
        <source>Failed: {error}</source>
        <translation>失敗: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="37"/>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="40"/>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="41"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="43"/>
        <source>{done} of {total} GB ({percent}%)</source>
        <translation>{done} / {total} GB（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/downloads.py" line="49"/>
        <source>Paused · {progress}</source>
        <translation>一時停止中 · {progress}</translation>
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
            <numerusform>残り %n 分</numerusform>
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
        <location filename="../../app/main.py" line="106"/>
        <source>Something went wrong: {problem}</source>
        <translation>問題が発生しました: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>New Chat</source>
        <translation>新規チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>Export as Markdown…</source>
        <translation>Markdown として書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Export as JSON…</source>
        <translation>JSON として書き出す…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Find Chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>Actual Text Size</source>
        <translation>実際の文字サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Previous Message</source>
        <translation>前のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Next Message</source>
        <translation>次のメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Copy Last Reply</source>
        <translation>最後の返答をコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Regenerate Last Reply</source>
        <translation>最後の返答を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>Run Waiting Code</source>
        <translation>待機中のコードを実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>Skip Waiting Code</source>
        <translation>待機中のコードをスキップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>Manage Models…</source>
        <translation>モデルを管理…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Benchmark…</source>
        <translation>ベンチマーク…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Serving the loaded model to other apps at {url}</source>
        <translation>読み込んだモデルを {url} で他のアプリに提供中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>This chat has no messages yet.</source>
        <translation>このチャットにはまだメッセージがありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>There is no reply to copy yet.</source>
        <translation>コピーできる返答はまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Last reply copied.</source>
        <translation>最後の返答をコピーしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>No code is waiting for approval.</source>
        <translation>承認待ちのコードはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>Text size: system default.</source>
        <translation>文字サイズ: システムのデフォルト。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Text size: {size} points.</source>
        <translation>文字サイズ: {size} ポイント。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352"/>
        <source>Model may not fit</source>
        <translation>モデルが収まらない可能性があります</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353"/>
        <source>Load it anyway?</source>
        <translation>このまま読み込みますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>{name} · ready</source>
        <translation>{name} · 準備完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <source>The model could not be loaded: {message}</source>
        <translation>モデルを読み込めませんでした: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="423"/>
        <source>The model wants to run {name}. Run or Skip it in the conversation.</source>
        <translation>モデルが {name} を実行しようとしています。会話内で「実行」または「スキップ」を選んでください。</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="36"/>
        <source>Remember what I ask Hearth to remember, and use it in chats</source>
        <translation>覚えるよう頼んだことを記憶し、チャットで使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="40"/>
        <source>Say “remember that …” in a chat and Hearth keeps it here; nothing is remembered otherwise. Each chat&apos;s instructions include the newest facts that fit. The Chat menu turns memory off for one chat.</source>
        <translation>チャットで「…と覚えておいて」と言うと、Hearth はここに記憶します。それ以外に記憶されることはありません。各チャットの指示には、収まる範囲で新しい順に事実が含まれます。チャット メニューで、チャットごとに記憶をオフにできます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="52"/>
        <source>Remembered facts</source>
        <translation>記憶した事実</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="53"/>
        <source>Newest first. Press F2 to edit the selected fact.</source>
        <translation>新しい順。F2 キーで選択した事実を編集できます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="65"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="67"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="69"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="150"/>
        <source>Nothing is remembered yet.</source>
        <translation>まだ何も記憶していません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="153"/>
        <source>The oldest fact does not fit in a chat&apos;s instructions and is left out.</source>
        <translation>最も古い事実はチャットの指示に収まらないため、含まれません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/memory_editor.py" line="157"/>
        <source>The %n oldest facts do not fit in a chat&apos;s instructions and are left out.</source>
        <translation>
            <numerusform>古い %n 件の事実はチャットの指示に収まらないため、含まれません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/memory_editor.py" line="165"/>
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
        <location filename="../../app/ui/message_html.py" line="22"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="23"/>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="24"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="25"/>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="33"/>
        <source>Interrupted: Hearth closed before this reply finished. What was written is kept.</source>
        <translation>中断: この返答が終わる前に Hearth が終了しました。書かれた部分は保持されています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="36"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="53"/>
        <source>pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="57"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="59"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="61"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Unpin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="63"/>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="74"/>
        <source>Thoughts</source>
        <translation>思考</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="75"/>
        <source>(%n words)</source>
        <translation>
            <numerusform>（%n 語）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="96"/>
        <source>Part of this message could not be read from the history file.</source>
        <translation>このメッセージの一部を履歴ファイルから読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="104"/>
        <source>the reply failed.</source>
        <translation>返答に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="105"/>
        <source>Error: {reason}</source>
        <translation>エラー: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="109"/>
        <source>The reply reached its length limit (Max reply tokens in Settings, or the end of the context). Ask it to continue.</source>
        <translation>返答が長さの上限（設定の「最大返答トークン数」、またはコンテキストの終わり）に達しました。続きを書くよう頼んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="120"/>
        <source>Stopped here: the reply kept repeating itself. Small models fall into loops; rephrase the question, or try a larger model.</source>
        <translation>ここで停止: 返答が同じ内容を繰り返していました。小さいモデルはループに陥りがちです。質問を言い換えるか、より大きいモデルを試してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_html.py" line="139"/>
        <source>To fit the {size}-token context, the %n oldest messages were not sent with this reply (the system prompt and pinned messages always are). Pin a message to keep it, or raise the context length in Settings.</source>
        <translation>
            <numerusform>{size} トークンのコンテキストに収めるため、古いメッセージ %n 件はこの返答に送信されませんでした（システムプロンプトとピン留めしたメッセージは常に送信されます）。残したいメッセージはピン留めするか、設定でコンテキスト長を増やしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="152"/>
        <source>{seconds} s to first token</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
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
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="161"/>
        <source>{cached}/{prompt} prompt tokens cached</source>
        <translation>プロンプトトークン {cached}/{prompt} をキャッシュ済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="168"/>
        <source>MTP: {accepted}/{drafted} drafts accepted</source>
        <translation>MTP: 下書き {accepted}/{drafted} を採用</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="217"/>
        <source>Run this Python code</source>
        <translation>この Python コードを実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="219"/>
        <source>Run Python block {number}</source>
        <translation>Python ブロック {number} を実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_html.py" line="241"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../app/ui/model_bar.py" line="21"/>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>The model that answers</source>
        <translation>返答するモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="22"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="24"/>
        <source>Models…</source>
        <translation>モデル…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_bar.py" line="33"/>
        <source>Model:</source>
        <translation>モデル:</translation>
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
        <location filename="../../app/ui/model_manager.py" line="47"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="50"/>
        <source>Model sources</source>
        <translation>モデルの入手先</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="51"/>
        <location filename="../../app/ui/model_manager.py" line="68"/>
        <source>Your models</source>
        <translation>マイモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="52"/>
        <source>Download</source>
        <comment>tab</comment>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="54"/>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="55"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="71"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="72"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="73"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="74"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="90"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="91"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="92"/>
        <source>Import GGUF…</source>
        <translation>GGUF をインポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="93"/>
        <source>Import MLX folder…</source>
        <translation>MLX フォルダをインポート…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="120"/>
        <source>Broken: {problem}</source>
        <translation>破損: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="122"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="123"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="145"/>
        <source>Memory estimate unavailable: {error}</source>
        <translation>メモリの見積もりを取得できません: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="163"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="164"/>
        <source>Switch to another model before deleting this one.</source>
        <translation>このモデルを削除する前に、別のモデルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="170"/>
        <source>Delete model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="171"/>
        <source>Delete “{name}” ({size} GB)?</source>
        <translation>「{name}」（{size} GB）を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="184"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="186"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="193"/>
        <source>Import an MLX model folder</source>
        <translation>MLX モデルフォルダをインポート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="200"/>
        <source>Importing {name}…</source>
        <translation>{name} をインポート中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="205"/>
        <source>Imported as “{name}”.</source>
        <translation>「{name}」としてインポートしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="209"/>
        <source>Import failed: {error}</source>
        <translation>インポートに失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="240"/>
        <source>Hugging Face model to download</source>
        <translation>ダウンロードする Hugging Face モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="241"/>
        <source>Any MLX model, for example mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>任意の MLX モデル（例: mlx-community/gemma-4-e2b-it-4bit）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="244"/>
        <source>Any MLX model on Hugging Face, e.g. mlx-community/gemma-4-e2b-it-4bit</source>
        <translation>Hugging Face 上の任意の MLX モデル（例: mlx-community/gemma-4-e2b-it-4bit）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="246"/>
        <location filename="../../app/ui/model_manager.py" line="264"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="253"/>
        <source>Models to download</source>
        <translation>ダウンロードできるモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="265"/>
        <source>Enter a repository as owner/name.</source>
        <translation>リポジトリを「所有者/名前」の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>ModelService</name>
    <message>
        <location filename="../../app/ui/model_service.py" line="38"/>
        <source>Preparing {model}…</source>
        <translation>{model} を準備中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="53"/>
        <source>Checking the server of {model}…</source>
        <translation>{model} のサーバを確認中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="55"/>
        <source>Loading {model}…</source>
        <translation>{model} を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="73"/>
        <source>{name} is ready</source>
        <translation>{name} の準備ができました</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="83"/>
        <source>the bundled model</source>
        <translation>内蔵モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_service.py" line="91"/>
        <source>Gemma 3 270M (bundled)</source>
        <translation>Gemma 3 270M（内蔵）</translation>
    </message>
</context>
<context>
    <name>RememberedFacts</name>
    <message>
        <location filename="../../app/ui/remembered.py" line="22"/>
        <source>Use Memory in This Chat</source>
        <translation>このチャットで記憶を使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="47"/>
        <source>Memory is off in this chat.</source>
        <translation>このチャットでは記憶がオフです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="49"/>
        <source>Memory is on in this chat.</source>
        <translation>このチャットでは記憶がオンです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="54"/>
        <source>Remembered: {fact}</source>
        <translation>記憶しました: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="56"/>
        <source>Forget</source>
        <translation>忘れる</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="61"/>
        <source>Forgotten: {fact}</source>
        <translation>忘れました: {fact}</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="65"/>
        <source>Memory is off in this chat, so “{fact}” was not remembered.</source>
        <translation>このチャットでは記憶がオフのため、「{fact}」は記憶されませんでした。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remembered.py" line="67"/>
        <source>Memory is off in Settings, so “{fact}” was not remembered.</source>
        <translation>設定で記憶がオフのため、「{fact}」は記憶されませんでした。</translation>
    </message>
</context>
<context>
    <name>RemoteModelsTab</name>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="47"/>
        <source>Chat with a model served by a bigger Mac or a GPU machine: &lt;code&gt;hearth serve&lt;/code&gt;, &lt;code&gt;mlx_lm.server&lt;/code&gt;, &lt;code&gt;mlx_vlm.server&lt;/code&gt;, vLLM, LM Studio or Ollama.</source>
        <translation>より大きな Mac や GPU マシンが提供するモデルとチャットできます: &lt;code&gt;hearth serve&lt;/code&gt;、&lt;code&gt;mlx_lm.server&lt;/code&gt;、&lt;code&gt;mlx_vlm.server&lt;/code&gt;、vLLM、LM Studio、Ollama。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="59"/>
        <source>Remote models</source>
        <translation>リモートモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="62"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="63"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="64"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="73"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="74"/>
        <source>Forget…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="75"/>
        <source>Add remote model…</source>
        <translation>リモートモデルを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="124"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="125"/>
        <source>Switch to another model before forgetting this one.</source>
        <translation>このモデルを削除する前に、別のモデルに切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="131"/>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_models_tab.py" line="132"/>
        <source>Forget “{name}” and its API key?</source>
        <translation>「{name}」とその API キーを削除しますか？</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>System voice (Qt speech)</source>
        <translation>システムの音声（Qt speech）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Built-in voice (say / espeak-ng)</source>
        <translation>内蔵の音声（say / espeak-ng）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42"/>
        <source>Off: show text only</source>
        <translation>オフ: テキストのみ表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <source>Model default</source>
        <translation>モデルのデフォルト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>Optional instructions for every chat</source>
        <translation>すべてのチャットに適用する指示（任意）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="106"/>
        <source>Save sampling as defaults for {model}</source>
        <translation>サンプリング設定を {model} のデフォルトとして保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="112"/>
        <source>{count}K tokens</source>
        <translation>{count}K トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Think before answering (when the model supports it)</source>
        <translation>回答の前に思考する（モデルが対応している場合）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Speculative decoding (MTP) when the model has a drafter</source>
        <translation>ドラフターがあるモデルで投機的デコーディング（MTP）を使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>Same replies, usually faster: a small drafter guesses a few tokens and the model checks them in one pass.</source>
        <translation>返答は同じで、通常はより高速: 小さなドラフターが数トークンを予測し、モデルが 1 回でそれらを検証します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>{model} has no drafter next to it, so this has no effect.</source>
        <translation>{model} の隣にドラフターがないため、この設定は効果がありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="139"/>
        <source>Show speed figures under replies</source>
        <translation>返答の下に速度を表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>Let the model write and run Python (in a sandbox) when it can call tools</source>
        <translation>ツールを呼び出せるモデルに Python の作成と実行を許可（サンドボックス内）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Ask before running code</source>
        <translation>コードを実行する前に確認</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source> ms of silence</source>
        <translation> ms の無音</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>How long you pause before Hearth answers. Longer suits slower speakers.</source>
        <translation>Hearth が答えるまでの間の長さです。ゆっくり話す人には長めが適しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>読み込んだモデルをこのコンピュータの他のアプリに提供</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="162"/>
        <source>An OpenAI-compatible API on 127.0.0.1 (no key needed; nothing outside this computer can reach it). Use `hearth serve --host 0.0.0.0` to serve other machines, with a key.</source>
        <translation>127.0.0.1 上の OpenAI 互換 API（キー不要。このコンピュータの外からはアクセスできません）。他のマシンに提供するには、キーを設定して `hearth serve --host 0.0.0.0` を使用します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>System ({language})</source>
        <translation>システム（{language}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="184"/>
        <source>The language of Hearth&apos;s menus, buttons and messages</source>
        <translation>Hearth のメニュー、ボタン、メッセージの言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="191"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="193"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="195"/>
        <source>Temperature</source>
        <translation>温度</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="200"/>
        <source>Max reply tokens</source>
        <translation>最大返答トークン数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="201"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="208"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Thinking budget</source>
        <translation>思考の予算</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="212"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="214"/>
        <source>Voice: answer after</source>
        <translation>音声: 返答までの間</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="215"/>
        <source>Spoken replies</source>
        <translation>読み上げ返答</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <source>API for other apps</source>
        <translation>他のアプリ用 API</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="224"/>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="225"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="229"/>
        <source>Memory</source>
        <translation>記憶</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="246"/>
        <source>Hearth will use {language} the next time it starts.</source>
        <translation>Hearth は次回の起動時から{language}を使用します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Load a model to see how much memory this context needs.</source>
        <translation>このコンテキストに必要なメモリを確認するには、モデルを読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="258"/>
        <source>Served by {address}: its memory is that machine&apos;s.</source>
        <translation>{address} が提供: メモリはそのマシンのものです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="266"/>
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
    <name>ToolCard</name>
    <message>
        <location filename="../../app/ui/tool_card.py" line="26"/>
        <source>Wants to run this code</source>
        <translation>このコードを実行しようとしています</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="27"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="28"/>
        <source>Ran</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="29"/>
        <source>Ran, with an error</source>
        <translation>実行済み（エラーあり）</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="30"/>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="42"/>
        <source>Your Python run</source>
        <translation>あなたの Python 実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="46"/>
        <source>{status} in {seconds} s</source>
        <translation>{status}（{seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="50"/>
        <source>Run</source>
        <comment>link: run the code</comment>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="51"/>
        <source>Skip</source>
        <comment>link: do not run the code</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_card.py" line="67"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../app/ui/figure_alt.py" line="15"/>
        <source>Chart {name}</source>
        <translation>グラフ {name}</translation>
    </message>
</context>
<context>
    <name>VoiceBar</name>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="19"/>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="23"/>
        <location filename="../../app/ui/voice_bar.py" line="52"/>
        <source>Talk with Hearth hands-free; speak over a reply to interrupt it</source>
        <translation>ハンズフリーで Hearth と話します。返答中に話すと中断できます</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="26"/>
        <source>Hold to talk</source>
        <translation>押して話す</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="28"/>
        <source>Hold this button (or the F5 key) while you speak</source>
        <translation>話している間、このボタン（または F5 キー）を押し続けてください</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="31"/>
        <source>Mute</source>
        <translation>消音</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="54"/>
        <source>{name} cannot hear: load Gemma 4 (it takes your voice directly) to talk with it.</source>
        <translation>{name} は音声を聞けません。話すには Gemma 4 を読み込んでください（音声を直接受け取れます）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="65"/>
        <source>Voice on</source>
        <translation>音声オン</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bar.py" line="73"/>
        <source>No microphone</source>
        <translation>マイクなし</translation>
    </message>
</context>
<context>
    <name>VoiceBridge</name>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <source>Hold to talk</source>
        <translation>押して話す</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="111"/>
        <location filename="../../app/ui/voice_bridge.py" line="154"/>
        <location filename="../../app/ui/voice_bridge.py" line="227"/>
        <source>Listening…</source>
        <translation>聞き取り中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="132"/>
        <source>Recording…</source>
        <translation>録音中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="152"/>
        <source>Muted</source>
        <translation>消音中</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="163"/>
        <source>Hearing you…</source>
        <translation>聞いています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="166"/>
        <source>Interrupted: listening…</source>
        <translation>中断: 聞き取り中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="171"/>
        <source>No microphone</source>
        <translation>マイクなし</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="173"/>
        <source>Voice stopped</source>
        <translation>音声を停止しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="182"/>
        <source>The loaded model cannot hear. Load Gemma 4 to talk with Hearth.</source>
        <translation>読み込まれたモデルは音声を聞けません。Hearth と話すには Gemma 4 を読み込んでください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="186"/>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/voice_bridge.py" line="208"/>
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
        <location filename="../../app/ui/welcome.py" line="27"/>
        <location filename="../../app/ui/welcome.py" line="51"/>
        <source>Welcome to Hearth</source>
        <translation>Hearth へようこそ</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="28"/>
        <source>Hearth runs AI models on this computer. Your chats, pictures and recordings never leave it: no account, no cloud, and no network use except the model downloads you start.</source>
        <translation>Hearth はこのコンピュータ上で AI モデルを実行します。チャット、写真、録音がこのコンピュータの外に出ることはありません。アカウントもクラウドも不要で、ネットワークを使うのはあなたが開始したモデルのダウンロードだけです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="37"/>
        <source>Voice.</source>
        <translation>音声。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>With a model that hears (Gemma 4), click &lt;i&gt;Voice&lt;/i&gt; under the message box to talk with Hearth. It asks to use the microphone the first time you do, not before. The built-in model reads text only, so Voice stays off until you load Gemma 4.</source>
        <translation>音声を聞けるモデル（Gemma 4）では、メッセージ欄の下の&lt;i&gt;音声&lt;/i&gt;をクリックすると Hearth と話せます。マイクの使用許可は、初めて使うときに求められます。内蔵モデルはテキストしか読み取れないため、Gemma 4 を読み込むまで音声はオフのままです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="57"/>
        <source>Preparing the built-in model (Gemma 3 270M) from the install…</source>
        <translation>インストールされた内蔵モデル（Gemma 3 270M）を準備中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="65"/>
        <source>Download {title}</source>
        <translation>{title} をダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="85"/>
        <source>Start chatting</source>
        <translation>チャットを始める</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="106"/>
        <source>Recommended: {title}</source>
        <translation>おすすめ: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="108"/>
        <source>Recommended for this computer (Gemma 4 12B needs more memory): {title}</source>
        <translation>このコンピュータにおすすめ（Gemma 4 12B にはより多くのメモリが必要です）: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="109"/>
        <source>About {size} GB to download.</source>
        <translation>ダウンロードサイズは約 {size} GB です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="112"/>
        <source>You can keep chatting with the built-in model while it downloads.</source>
        <translation>ダウンロード中も内蔵モデルでチャットを続けられます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="122"/>
        <source>Preparing the built-in model (Gemma 3 270M): {message}</source>
        <translation>内蔵モデル（Gemma 3 270M）を準備中: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="128"/>
        <source>{name} is ready: a small model for quick questions, fully offline.</source>
        <translation>{name} の準備ができました。すばやい質問に向いた小さなモデルで、完全にオフラインで動作します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="135"/>
        <source>The built-in model could not be prepared: {message}</source>
        <translation>内蔵モデルを準備できませんでした: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="153"/>
        <source>{title} is in your library. Pick it in the Model menu above.</source>
        <translation>{title} がライブラリに追加されました。上の「モデル」メニューで選択してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="159"/>
        <source>(Models… shows it too.)</source>
        <translation>（「モデル…」にも表示されます。）</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="163"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../app/ui/model_manager.py" line="285"/>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="295"/>
        <location filename="../../app/ui/model_manager.py" line="336"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="298"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="300"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="316"/>
        <source>About {size} GB to download.</source>
        <translation>ダウンロードサイズは約 {size} GB です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="329"/>
        <source>In your library</source>
        <translation>ライブラリにあります</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_manager.py" line="334"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
</TS>
