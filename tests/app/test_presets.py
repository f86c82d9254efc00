"""Presets: built-ins, the user's own (saved, exported, imported), hostile files, and a chat that uses one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.chat import Problem
from app.commands.cli import main
from app.commands.lag_bench import tool_call_reply
from app.presets import BUILTIN, MAX_PROMPT_CHARS, Preset, PresetError, PresetLibrary, with_preset
from app.settings import Settings
from app.store import HistoryStore
from tests.app.test_chat_session import engine, idle, rows, script, session  # noqa: F401  (fixtures)


def test_the_built_in_presets_are_the_ones_people_expect(tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path / "presets.json")
    names = [p.name for p in library.all()]
    assert names == ["Writing editor", "Python data analyst", "Translator", "Voice companion"]
    assert all(p.builtin and p.system_prompt for p in BUILTIN)
    assert library.get("Python data analyst").allow_code is True and library.get("Translator").allow_code is False


def test_a_saved_preset_survives_a_restart_and_can_be_renamed_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    library = PresetLibrary(path)
    library.save(Preset("Poet", "Answer in verse.", sampling={"temperature": 1.1}, thinking=False))
    again = PresetLibrary(path)
    assert again.get("Poet") == Preset("Poet", "Answer in verse.", sampling={"temperature": 1.1}, thinking=False)
    again.save(Preset("Bard", "Answer in verse."), replacing="Poet")
    assert [p.name for p in PresetLibrary(path).all()][-1] == "Bard" and PresetLibrary(path).get("Poet") is None
    with pytest.raises(PresetError, match="already a preset"):
        again.save(Preset("Translator"))  # a built-in name
    again.remove("Bard")
    assert PresetLibrary(path).all() == list(BUILTIN)


def test_export_and_import_round_trip_with_names_kept_apart(tmp_path: Path) -> None:
    mine = PresetLibrary(tmp_path / "a.json")
    mine.save(Preset("Coach", "Be encouraging.", model="gemma-4-e4b", sampling={"top_p": 0.9, "seed": 7}))
    mine.export(["Coach", "Translator"], tmp_path / "shared.json")
    theirs = PresetLibrary(tmp_path / "b.json")
    theirs.save(Preset("Coach", "Something else."))
    added = theirs.import_file(tmp_path / "shared.json")
    assert sorted(p.name for p in added) == ["Coach (2)", "Translator (2)"]
    coach = theirs.get("Coach (2)")
    assert coach is not None and (coach.model, coach.sampling, coach.builtin) == (
        "gemma-4-e4b",
        {"top_p": 0.9, "seed": 7},
        False,
    )
    assert PresetLibrary(tmp_path / "b.json").get("Translator (2)") is not None  # saved


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe not json", "could not be read"),
        (b"[1, 2]", "must be a JSON object"),
        (json.dumps({"presets": [{"name": ""}]}).encode(), "needs a name"),
        (json.dumps([{"name": "x", "system_prompt": "a" * (MAX_PROMPT_CHARS + 1)}]).encode(), "longer than"),
        (json.dumps([{"name": "x", "sampling": {"temperature": -1}}]).encode(), "out of range"),
        (json.dumps([{"name": "x", "sampling": {"temperature": True}}]).encode(), "not a usable number"),
        (b'[{"name": "x", "sampling": {"top_p": NaN}}]', "not a usable number"),
        (json.dumps([{"name": "x", "sampling": {"top_k": 2.5}}]).encode(), "not a usable number"),
        (json.dumps([{"name": "x", "sampling": {"rm": 1}}]).encode(), "does not know"),
        (json.dumps([{"name": "x", "thinking": "yes"}]).encode(), "true, false or null"),
        (json.dumps([{"name": "x\n\x1b[2J"}]).encode(), "printable"),
        (json.dumps({"presets": "everything"}).encode(), "list of presets"),
    ],
)
def test_an_unusable_file_is_refused_whole_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    library = PresetLibrary(tmp_path / "presets.json")
    library.save(Preset("Kept"))
    with pytest.raises(PresetError, match=reason):
        library.import_file(bad)
    assert [p.name for p in PresetLibrary(tmp_path / "presets.json").all() if not p.builtin] == ["Kept"]


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    huge.write_bytes(b"[" + b" " * (2 << 20) + b"]")
    with pytest.raises(PresetError, match="too large"):
        PresetLibrary(tmp_path / "p.json").import_file(huge)


def test_a_damaged_presets_file_leaves_the_built_ins_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "presets.json"
    path.write_text("{ damaged")
    library = PresetLibrary(path)
    assert library.problem and "could not be read" in library.problem and library.all() == list(BUILTIN)


def test_a_preset_overrides_the_global_and_the_models_own_choices_only_where_it_says() -> None:
    settings = Settings(
        system_prompt="Global.", temperature=0.7, top_p=0.5, thinking=True, per_model={"tiny": {"temperature": 0.3}}
    )
    chosen = with_preset(settings, Preset("P", "Mine.", sampling={"temperature": 0.1}, allow_code=False))
    assert chosen.system_prompt == "Mine." and chosen.sampling("tiny") == {"temperature": 0.1, "top_p": 0.5}
    assert chosen.thinking is True and chosen.allow_code is False  # thinking not set: the global choice
    assert settings.temperature == 0.7 and settings.per_model == {"tiny": {"temperature": 0.3}}  # untouched


def test_a_chat_uses_its_presets_prompt_and_tools(session, tmp_path: Path) -> None:  # noqa: F811
    session.presets = PresetLibrary(tmp_path / "presets.json")
    session.settings.system_prompt = "Global prompt."
    cid = session.new_conversation(preset="Translator")
    assert session.store.preset(cid) == "Translator"
    script(session, tool_call_reply("print(1)"))
    session.send("Bonjour")
    events = idle(session)
    system = session.history_for(cid)[0]
    assert system.role == "system" and system.content.startswith("You are a translator.")
    assert "Global prompt." not in system.content
    problems = [e.text for e in events if isinstance(e, Problem)]
    assert problems == ["The model asked to run code, but running code is turned off for this chat's preset."]
    assert [r.role for r in rows(session)] == ["user", "assistant"]  # the call was not run
    session.set_preset(cid, None)
    assert session.history_for(cid)[0].content == "Global prompt."


def test_a_chats_preset_is_kept_in_the_history_file(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    cid = store.create_conversation().id
    store.set_preset(cid, "Poet")
    store.close()
    reopened = HistoryStore(tmp_path / "history.db")
    try:
        assert reopened.preset(cid) == "Poet" and reopened.preset(cid + 1) is None
    finally:
        reopened.close()


def test_the_presets_command_lists_exports_and_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "shared.json"
    shared.write_text(json.dumps({"presets": [{"name": "Haiku", "system_prompt": "Answer in haiku."}]}))
    assert main(["presets", "import", str(shared)]) == 0
    assert "Added: Haiku" in capsys.readouterr().out
    assert main(["presets", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Writing editor  (built-in)" in listed and "Haiku  (yours)" in listed
    assert main(["presets", "export", str(tmp_path / "out.json")]) == 0
    assert [p["name"] for p in json.loads((tmp_path / "out.json").read_text())["presets"]] == ["Haiku"]
    assert main(["presets", "export", str(tmp_path / "x.json"), "Nope"]) == 2
    shared.write_text("[{}]")
    assert main(["presets", "import", str(shared)]) == 1 and "needs a name" in capsys.readouterr().err


def test_chat_with_an_unknown_preset_says_so_before_loading(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="no preset named 'Nope'. Presets: 'Writing editor'"):
        main(["chat", "--model", "nope", "--preset", "Nope", "-p", "hi"])


CITY = {
    "type": "object",
    "properties": {"city": {"type": "string", "maxLength": 12}, "rain": {"type": "boolean"}},
    "required": ["city", "rain"],
    "additionalProperties": False,
}


def test_a_presets_reply_format_makes_every_reply_match_its_schema(session, tmp_path: Path) -> None:  # noqa: F811
    import jsonschema

    session.presets = PresetLibrary(tmp_path / "presets.json")
    session.presets.save(Preset("Weather JSON", "Answer as JSON.", json_schema=CITY, sampling={"temperature": 1.0}))
    session.new_conversation(preset="Weather JSON")
    session.send("Will it rain in Oslo?")  # no script: the tiny random model samples, constrained
    idle(session)
    reply = rows(session)[-1]
    assert reply.status == "complete"
    jsonschema.validate(json.loads(reply.content), CITY)


@pytest.mark.parametrize(
    ("schema", "says"),
    [([1], "must be an object"), ({"type": "no-such-type"}, "cannot be used"), ({"a": float("nan")}, "not valid")],
)
def test_a_reply_format_that_cannot_be_used_is_refused(schema, says: str) -> None:
    from app.presets import preset_from_json

    with pytest.raises(PresetError, match="reply format that cannot be used") as caught:
        preset_from_json({"name": "x", "json_schema": schema})
    assert says in str(caught.value)


def test_deeply_nested_json_is_refused_with_a_reason(tmp_path: Path) -> None:
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(PresetError, match="could not be read"):
        PresetLibrary(tmp_path / "p.json").import_file(nested)


def test_a_preset_cannot_turn_code_on_when_settings_has_it_off() -> None:
    analyst = next(p for p in BUILTIN if p.name == "Python data analyst")
    assert analyst.allow_code is True
    assert with_preset(Settings(allow_code=False), analyst).allow_code is False
    assert with_preset(Settings(allow_code=True), analyst).allow_code is True
