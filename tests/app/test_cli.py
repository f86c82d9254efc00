from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.commands.cli import main


def test_models_import_list_rm(tiny_gemma3_gguf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "import", str(tiny_gemma3_gguf), "--name", "tiny"]) == 0
    assert "Imported as 'tiny'" in capsys.readouterr().out
    assert main(["models", "list"]) == 0
    listing = capsys.readouterr().out
    assert "tiny" in listing and "gemma3_text" in listing
    assert main(["models", "rm", "tiny"]) == 0
    assert main(["models", "rm", "tiny"]) == 1
    assert "No model named 'tiny'" in capsys.readouterr().err


def test_importing_a_corrupt_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "photo.gguf"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a model")
    assert main(["models", "import", str(bad)]) == 1
    assert "not a GGUF file" in capsys.readouterr().err
    assert main(["models", "list"]) == 0
    assert "No models yet" in capsys.readouterr().out


def test_one_shot_chat_prints_the_reply(tiny_gemma4: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["chat", "--model", str(tiny_gemma4), "-p", "hello", "--max-tokens", "8", "--temperature", "0", "--stats"])
        == 0
    )
    captured = capsys.readouterr()
    assert captured.out.strip()
    assert "8 tokens" in captured.err and "decode" in captured.err


def test_chat_with_an_unknown_model_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chat", "--model", "nope", "-p", "hi"]) == 1
    assert "No model named 'nope'" in capsys.readouterr().err


def test_repl_keeps_history_and_handles_commands(
    tiny_gemma4: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = iter(["hello", "/think on", "/reset", "/bogus", "again", "/exit"])
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(lines))
    assert main(["chat", "--model", str(tiny_gemma4), "--max-tokens", "6", "--temperature", "0"]) == 0
    err = capsys.readouterr().err
    assert "(thinking on)" in err and "(new conversation)" in err and "Commands:" in err


def test_bench_reports_engine_and_raw_figures(tiny_gemma4: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["bench", "--model", str(tiny_gemma4), "--json", "--tokens", "8", "--turns", "3", "--repeats", "1"]) == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["backend"] == "mlx-vlm"
    for side in ("hearth", "raw"):
        assert result[side]["decode_tps"] > 0 and result[side]["prefill_tps"] > 0
    assert result["decode_ratio"] > 0 and len(result["turns"]) == 3
    assert result["turns"][2]["cached_tokens"] > 0
    assert result["mtp"] is None  # no drafter next to this model


def test_bench_reports_mtp_speedup_and_acceptance(tiny_gemma4_mtp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--model", str(tiny_gemma4_mtp), "--tokens", "16", "--turns", "2", "--repeats", "1"]) == 0
    out = capsys.readouterr().out
    assert "MTP (drafter): decode" in out and "drafts accepted" in out and "output identical" in out
    assert (
        main(["bench", "--model", str(tiny_gemma4_mtp), "--json", "--tokens", "16", "--turns", "2", "--repeats", "1"])
        == 0
    )
    mtp = json.loads(capsys.readouterr().out)["mtp"]
    assert mtp["identical_output"] and mtp["drafted_tokens"] > 0 and mtp["speedup"] > 0
    assert 0.0 <= mtp["acceptance"] <= 1.0


def test_installed_hearth_command_runs_with_its_blas_setup(tiny_gemma4: Path, tmp_path: Path) -> None:
    exe = shutil.which("hearth", path=str(Path(sys.executable).parent))
    assert exe, "the hearth console script is installed with the package"
    env = {k: v for k, v in os.environ.items() if k != "HEARTH_BLAS"}
    env["HEARTH_HOME"] = str(tmp_path / "home")
    out = subprocess.run(
        [exe, "chat", "--model", str(tiny_gemma4), "-p", "hi", "--max-tokens", "4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--max-tokens", "0"], "--max-tokens: must be at least 1"),
        (["--temperature", "-1"], "--temperature: must be at least 0"),
        (["--temperature", "nan"], "not a finite number"),
        (["--top-p", "0"], "--top-p: must be more than 0"),
        (["--top-p", "1.5"], "must be at most 1"),
        (["--top-k", "lots"], "'lots' is not a whole number"),
        (["--repetition-penalty", "0"], "must be more than 0"),
        (["--seed", str(2**64)], "must be at most 4294967295"),
    ],
)
def test_bad_chat_options_are_refused_before_any_model_loads(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["chat", "--model", "/no/such/model", "-p", "hi", *args])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_think_is_ignored_with_a_note_for_a_model_that_cannot_think(
    tiny_gemma3: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["chat", "--model", str(tiny_gemma3), "-p", "hi", "--max-tokens", "3", "--think"]) == 0
    assert "cannot think" in capsys.readouterr().err


def test_a_long_document_given_to_chat_is_read_through_its_sources(
    tiny_gemma4: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.app.test_documents_chat import long_manual

    manual = long_manual(tmp_path / "manual.md")
    question = "How often are the coolant pumps serviced?"
    args = ["--context-length", "2048", "--max-tokens", "4", "--temperature", "0", "-p", question]
    assert main(["chat", "--model", str(tiny_gemma4), "--file", str(manual), *args]) == 0
    out = capsys.readouterr().out
    assert "Sources:\n[1] manual.md, section Coolant\n" in out  # the best passage comes first
    assert main(["chat", "--model", str(tiny_gemma4), "--file", str(tmp_path / "none.md"), "-p", "hi"]) == 1
    assert "none.md" in capsys.readouterr().err


def test_a_documents_control_characters_do_not_reach_the_terminal(
    tiny_gemma4: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A heading that is a terminal escape (here: set the window title; OSC 52 would write the clipboard)
    is the place a source names: it is printed without its control characters."""
    from tests.app.test_documents_chat import long_manual

    manual = long_manual(tmp_path / "manual.md")
    manual.write_text(manual.read_text().replace("## Coolant", "## Coolant\x1b]0;pwned\x07"))
    question = "How often are the coolant pumps serviced?"
    args = ["--context-length", "2048", "--max-tokens", "4", "--temperature", "0", "-p", question]
    assert main(["chat", "--model", str(tiny_gemma4), "--file", str(manual), *args]) == 0
    out = capsys.readouterr().out
    assert "[1] manual.md, section Coolant]0;pwned\n" in out and "\x1b" not in out and "\x07" not in out
