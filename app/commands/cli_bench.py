"""`hearth bench`: print the engine-vs-raw figures (text or --json)."""

from __future__ import annotations

import argparse
import json
import sys

from runtime import Engine, ModelSpec, run_bench

from ..model_refs import resolve_model
from .cli_models import terminal_progress


def _log_bench(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr)


def run_bench_cli(args: argparse.Namespace) -> int:
    engine = Engine()  # first: a first-run import then does its MLX work on the engine's thread
    path = resolve_model(args.model, terminal_progress())  # (an error here: atexit closes the engine)
    try:
        engine.load(ModelSpec(path)).result()
        result = run_bench(engine, tokens=args.tokens, turns=args.turns, repeats=args.repeats, log=_log_bench)
    finally:
        engine.close()
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    h, r = result["hearth"], result["raw"]
    print(f"model: {result['model']} ({result['backend']})")
    print(f"{'':14}{'hearth':>12}{'raw':>12}{'ratio':>8}")
    for label, key, ratio in (
        ("TTFT s", "ttft_s", "ttft_ratio"),
        ("prefill tok/s", "prefill_tps", "prefill_ratio"),
        ("decode tok/s", "decode_tps", "decode_ratio"),
    ):
        print(f"{label:14}{h[key]:12.3f}{r[key]:12.3f}{result[ratio]:8.3f}")
    print(f"{'peak GB':14}{h['peak_memory_gb']:12.3f}{r['peak_memory_gb']:12.3f}")
    mtp = result.get("mtp")
    if mtp:
        print(
            f"MTP ({mtp['drafter']}): decode {mtp['decode_tps_off']:.1f} -> {mtp['decode_tps_on']:.1f} tok/s "
            f"({mtp['speedup']:.2f}x), {mtp['accepted_tokens']}/{mtp['drafted_tokens']} drafts accepted "
            f"({mtp['acceptance']:.0%}), output {'identical' if mtp['identical_output'] else 'DIFFERENT'}"
        )
    else:
        print("MTP: no drafter next to this model")
    print(
        f"turn 1 TTFT {result['turn1_ttft_s']:.3f}s, turn {len(result['turns'])} TTFT "
        f"{result['turn_last_ttft_s']:.3f}s ({result['turn_last_over_turn1']:.2f}x)"
    )
    return 0


def run_ui_bench_cli(args: argparse.Namespace) -> int:
    from .lag_bench import run_attach_bench, run_harm_bench, run_ui_bench

    if args.attach_pdf:
        return _print_attach(run_attach_bench(args.attach_pdf), args.json)
    if args.harm:
        return _print_harm(run_harm_bench(), args.json)
    result = run_ui_bench(args.model, args.sections, args.history)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    lag = result["lag_ms"]
    print(
        f"streamed {result['reply_chars']} characters ({result['generated_tokens']} tokens) "
        f"in {result['stream_seconds']:.1f} s"
    )
    print(
        f"event-loop lag: p50 {lag['p50']:.1f} ms, p90 {lag['p90']:.1f} ms, p99 {lag['p99']:.1f} ms, "
        f"max {lag['max']:.1f} ms (goal: p99 < {result['goal_p99_ms']:.0f} ms)"
    )
    print(
        f"sending into {result['history_messages']} earlier messages took {result['send_ms']:.0f} ms on the GUI thread"
    )
    return 0


def _print_attach(result: dict, as_json: bool) -> int:
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    lag = result["lag_ms"]
    print(
        f"attached a {result['pages']}-page PDF ({result['pdf_bytes'] / 2**20:.1f} MB) in "
        f"{result['attach_seconds']:.1f} s; the chip says: {result['chip']}"
    )
    print(
        f"event-loop lag: p50 {lag['p50']:.1f} ms, p90 {lag['p90']:.1f} ms, p99 {lag['p99']:.1f} ms, "
        f"max {lag['max']:.1f} ms (goal: p99 < {result['goal_p99_ms']:.0f} ms)"
    )
    return 0


def _print_harm(result: dict, as_json: bool) -> int:
    if as_json:
        print(json.dumps(result, indent=2))
        return 0
    for name, r in result["cases"].items():
        lag = r["lag_ms"]
        print(
            f"{name}: {r['seconds']:.1f} s, lag p50 {lag['p50']:.1f} ms, p99 {lag['p99']:.1f} ms, max {lag['max']:.0f} ms; "
            f"stored {r['stored_tool_row_chars']:,} chars, model reads {r['chars_the_model_reads']:,}, "
            f"{r['figures_kept']} figures kept"
        )
    print(f"worst p99 {result['worst_p99_ms']:.1f} ms (goal: < {result['goal_p99_ms']:.0f} ms)")
    return 0


def run_startup_bench_cli(args: argparse.Namespace) -> int:
    from .startup_bench import run_startup_bench

    result = run_startup_bench(args.runs, first_run=not args.no_first_run)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    goals = result["goals_s"]
    print(f"load average {result['load_average']:.1f} on {result['cpus']} CPUs (figures need a quiet machine)")
    first = result["first_run"]
    if first:
        print(
            f"first run: window {first['window_s']:.2f} s, bundled model imported and ready "
            f"{first['ready_s']:.1f} s (goal < {goals['first_ready_s']:.0f} s); "
            f"{first['progress_updates']} progress updates, bar still for at most {first['longest_still_bar_s']:.1f} s"
        )
    print(
        f"warm start, median of {len(result['warm_runs'])}: window {result['warm_window_s']:.2f} s "
        f"(goal < {goals['window_s']:.0f} s), model ready {result['warm_ready_s']:.2f} s "
        f"(goal < {goals['warm_ready_s']:.0f} s)"
    )
    return 0


def run_sandbox_bench_cli(args: argparse.Namespace) -> int:
    from sandbox.bench import run_sandbox_bench

    from ..paths import cache_dir

    result = run_sandbox_bench(args.runs, cache_dir() / "sandbox-bench")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    small, chart = result["warm_small_ms"], result["warm_chart_ms"]
    print(f"cold run (new process, imports): {result['cold_ms']:.0f} ms")
    print(
        f"warm run, print(sum(range(10))): p50 {small['p50']:.1f} ms, p90 {small['p90']:.1f} ms "
        f"(goal < {result['goal_warm_ms']} ms)"
    )
    print(f"warm run, numpy + one chart:     p50 {chart['p50']:.1f} ms, p90 {chart['p90']:.1f} ms")
    print("isolation: " + "; ".join(result["isolation"]))
    return 0


def run_voice_bench_cli(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .voice_bench import run_voice_bench

    if args.pauses:
        return _pause_voice_bench(args)
    model = resolve_model(args.model, terminal_progress()) if args.model else None
    if args.history:
        return _history_voice_bench(model, args)
    if args.speculative:
        return _speculative_voice_bench(model, args)
    if args.session:
        return _session_voice_bench([Path(w) for w in args.wavs] or None, model, args)
    result = run_voice_bench([Path(w) for w in args.wavs] or None, model)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['turns']} turns; ms after the end of speech (barge-in rows: after the interrupting voice began)")
    print(f"{'stage':18}{'p50':>9}{'p90':>9}{'n':>4}")
    for stage, row in result["stages_ms"].items():
        print(f"{stage:18}{row['p50']:9.0f}{row['p90']:9.0f}{row['n']:4}")
    return 0


def _history_voice_bench(model, args: argparse.Namespace) -> int:
    from pathlib import Path

    from .voice_bench import run_history_voice_bench

    result = run_history_voice_bench([Path(w) for w in args.wavs] or None, model, args.turns)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"one voice chat, {result['turns']} turns: end of speech -> first token, ms (cached tokens)")
    print(f"{'turn':>5}" + "".join(f"{way:>22}" for way in result["first_token_ms"]))
    for i in range(result["turns"]):
        cells = "".join(
            f"{ms[i]:>13.0f} ({result['cached_tokens'][way][i]:>5})" for way, ms in result["first_token_ms"].items()
        )
        print(f"{i + 1:>5}{cells}")
    ratios = result["last_over_first"]
    print(f"last turn / first turn: cold {ratios['cold']:.2f}, warm {ratios['warm']:.2f} (bar: warm <= 1.2)")
    if second := result["last_over_second"]:
        # Turn 1 has no earlier reply: from turn 2 on each turn's new part is the same size.
        print(f"last turn / second turn: cold {second['cold']:.2f}, warm {second['warm']:.2f}")
    m = result["thirty_minutes_gemma4_12b"]
    print(
        f"a {m['minutes']:.0f}-minute voice chat on Gemma 4 12B: ~{m['tokens']:,} tokens, KV cache "
        f"{m['kv_cache_gb']:.2f} GB + {m['window_checkpoint_gb']:.2f} GB sliding-window checkpoints"
    )
    print(f"load average before {result['load']['loadavg_before']}, after {result['load']['loadavg_after']}")
    return 0


def _speculative_voice_bench(model, args: argparse.Namespace) -> int:
    from pathlib import Path

    from .voice_speculative import run_speculative_voice_bench

    result = run_speculative_voice_bench([Path(w) for w in args.wavs] or None, model, args.turns)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"end of speech -> first token, ms, endpoint after {result['stop_s']} s of silence; "
        f"prefill from a {result['pause_s']} s pause in the 'pause' way (cached tokens)"
    )
    ways = result["end_of_speech_to_first_token_ms"]
    print(f"{'turn':>5}" + "".join(f"{way:>22}" for way in ways))
    for i in range(result["turns"]):
        print(f"{i + 1:>5}" + "".join(f"{ms[i]:>13.0f} ({result['cached_tokens'][w][i]:>5})" for w, ms in ways.items()))
    print("p50: " + ", ".join(f"{w} {v:.0f}" for w, v in result["p50_ms"].items()))
    print(f"load average before {result['load']['loadavg_before']}, after {result['load']['loadavg_after']}")
    return 0


def _pause_voice_bench(args: argparse.Namespace) -> int:
    from .voice_pauses import run_pause_bench

    result = run_pause_bench()
    if args.json:
        print(json.dumps(result, indent=2))
        return 0 if result["cut_offs"] == 0 else 1
    print(
        f"{result['recordings']} questions with a pause mid-sentence; the reply starts "
        f"{result['reply_after_s']:.1f} s after each endpoint"
    )
    print(f"{'pause s':>8}{'recordings':>12}{'merged':>8}{'cut off':>9}")
    for pause, row in result["by_pause"].items():
        print(f"{pause:>8}{row['recordings']:>12}{row['merges']:>8}{row['cut_offs']:>9}")
    print(f"merged {result['merged']} of {result['recordings']}; cut off {result['cut_offs']} (bar: 0)")
    return 0 if result["cut_offs"] == 0 else 1


def _session_voice_bench(wavs, model, args: argparse.Namespace) -> int:
    from .voice_bench import run_session_voice_bench

    result = run_session_voice_bench(wavs, model, turns=max(1, args.turns))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    load = result["load"]
    print(f"{result['turns']} turns each; ms from the utterance's hand-over (end of speech) to the first reply token")
    print(f"{'way':18}{'p50':>9}{'p90':>9}{'n':>4}")
    for way, row in result["handoff_to_first_token_ms"].items():
        print(f"{way:18}{row['p50']:9.1f}{row['p90']:9.1f}{row['n']:4}")
    print(
        f"load average {load['loadavg_before'][0]:.2f} before, {load['loadavg_after'][0]:.2f} after, "
        f"on {load['cpus']} CPUs"
    )
    return 0


def run_media_bench_cli(args: argparse.Namespace) -> int:
    from runtime import run_media_bench

    result = run_media_bench(args.names or None, log=lambda m: print(f"bench-media: {m}", file=sys.stderr))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0 if result["ok"] else 1
    print(f"peak memory above baseline per file (bar: < {result['budget_mb']} MB)")
    for name, r in result["files"].items():
        flag = "ok" if r["as_expected"] and r["within_budget"] else "FAIL"
        print(
            f"{name:22}{r['file_kb']:>9} KB{r['peak_mb']:>9.1f} MB{r['seconds']:>7.2f} s  {flag:4}  "
            f"{r['outcome']}: {r['detail']}"
        )
    return 0 if result["ok"] else 1


def run_crash_bench_cli(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from ..store.crash_harness import run_harness

    with tempfile.TemporaryDirectory(prefix="hearth-crash-") as tmp:
        result = run_harness(
            Path(tmp) / "history.db", args.kills, args.seed, log=lambda m: print(f"bench-crash: {m}", file=sys.stderr)
        )
    ok = not result["failures"]
    if args.json:
        print(json.dumps(result, indent=2))
        return 0 if ok else 1
    print(
        f"{result['kills']} kills over {result['steps_acknowledged']} acknowledged steps in {result['seconds']} s: "
        f"{result['integrity_failures']} integrity failures, {result['lost_acknowledged']} lost acknowledged changes, "
        f"{result['tree_failures']} broken branch trees"
    )
    for failure in result["failures"]:
        print(f"  {failure}")
    return 0 if ok else 1


def run_soak_bench_cli(args: argparse.Namespace) -> int:
    from .soak_bench import run_soak

    result = run_soak(
        args.turns,
        log=lambda m: print(f"bench-soak: {m}", file=sys.stderr),
        new_chat_every=args.new_chat_every,
        voice=not args.no_voice,
    )
    if args.json:
        print(json.dumps(result, indent=2))
        return 0 if result["passed"] else 1
    b, a, checks = result["before"], result["after"], result["checks"]
    mark = lambda ok: "ok" if ok else "FAIL"  # noqa: E731
    voice = (
        f"{result['voice_turns']} spoken ({result['voice_audio_s']:.0f} s of speech)"
        if result["voice_turns"]
        else f"none spoken ({result['voice_skipped']})"
    )
    print(
        f"{result['turns']} turns: {result['chart_turns']} with a chart, {voice}; {result['messages']} messages; "
        f"counted from turn {result['warmup_turns'] + 1}"
    )
    trim = result["rss_after_malloc_trim_mb"]
    print(
        f"resident memory: {b['rss_mb']:.0f} -> {a['rss_mb']:.0f} MB ({result['rss_growth_mb']:+.1f} MB; "
        f"bar < {result['rss_bar_mb']:.0f} MB) {mark(checks['rss'])}"
        + (f"; {trim:.0f} MB once the allocator returns freed heap" if trim is not None else "")
    )
    mlx = result["mlx_memory_mb"]
    print(
        f"MLX memory: active {mlx['before']['active']} -> {mlx['after']['active']} MB, "
        f"cache {mlx['before']['cache']} -> {mlx['after']['cache']} MB"
    )
    for c in result["conversations"]:
        print(f"  new conversation at turn {c['at_turn']}: {c['rss_before_mb']:.0f} -> {c['rss_after_mb']:.0f} MB")
    print(f"after the turns and {result['settled_in_s']:.1f} s of settling (bar: back to the baseline):")
    for key in ("fds", "threads", "children"):
        print(f"  {key}: {b[key]:.0f} -> {a[key]:.0f} {mark(checks[key])}")
    print(
        f"  python threads: {len(b['python_threads'])} -> {len(a['python_threads'])} {mark(checks['python_threads'])}"
    )
    print("turn latency, s (p50 / p90):")
    print(f"{'turns':>10} {'RSS MB':>7} {'text':>13} {'chart':>13} {'voice':>13}")
    for d in result["deciles"]:
        cells = [f"{d[k]['p50']:.2f} / {d[k]['p90']:.2f}" if d[k] else "-" for k in ("text", "chart", "voice")]
        print(f"{d['turns']:>10} {d['rss_end_mb']:7.0f} " + " ".join(f"{c:>13}" for c in cells))
    if result["voice_turns"]:
        print("  (a voice turn includes its question, played in real time, and the spoken reply)")
    print("PASS" if result["passed"] else "FAIL")
    return 0 if result["passed"] else 1
