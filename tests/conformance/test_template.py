"""Which chat template renders a prompt, and how Hearth's own copy renders where official
Gemma 4 templates are known (runtime/templates/gemma4.jinja, used for tiny test models)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from runtime.model_folder import inspect_model_folder
from runtime.types import GenerationParams, Message
from runtime.vlm_backend import VisionBackend

from .cases import PLOT, WEATHER

pytestmark = pytest.mark.conformance


@pytest.fixture(scope="module")
def backend(tiny_gemma4: Path):
    b = VisionBackend(inspect_model_folder(tiny_gemma4))
    yield b
    b.close()


def test_a_model_folders_own_template_wins(tmp_path: Path, tiny_gemma4: Path) -> None:
    """A downloaded folder's chat_template.jinja renders, not Hearth's copy, even when
    tokenizer_config.json carries another template."""
    folder = tmp_path / "downloaded"
    shutil.copytree(tiny_gemma4, folder)
    own = "{{ bos_token }}FOLDER TEMPLATE{% for m in messages %}|{{ m['content'] }}{% endfor %}"
    (folder / "chat_template.jinja").write_text(own)
    cfg = json.loads((folder / "tokenizer_config.json").read_text())
    cfg["chat_template"] = "{{ 'TOKENIZER CONFIG TEMPLATE' }}"
    (folder / "tokenizer_config.json").write_text(json.dumps(cfg))
    b = VisionBackend(inspect_model_folder(folder))
    try:
        assert b.render([Message("user", "hi")], GenerationParams()) == "<bos>FOLDER TEMPLATE|hi"
    finally:
        b.close()


def test_a_processor_style_template_file_is_used(tmp_path: Path, tiny_gemma4: Path) -> None:
    folder = tmp_path / "downloaded"
    shutil.copytree(tiny_gemma4, folder)
    (folder / "chat_template.jinja").unlink()
    (folder / "chat_template.json").write_text(json.dumps({"chat_template": "{{ 'FROM JSON' }}"}))
    b = VisionBackend(inspect_model_folder(folder))
    try:
        assert b.render([Message("user", "hi")], GenerationParams()) == "FROM JSON"
    finally:
        b.close()


def test_thinking_switch_is_followed_by_a_newline(backend) -> None:
    prompt = backend.render([Message("user", "Hi")], GenerationParams(enable_thinking=True))
    assert prompt.startswith("<bos><|turn>system\n<|think|>\n<turn|>\n")


def test_tool_schemas_render_like_the_official_template(backend) -> None:
    prompt = backend.render([Message("user", "plot")], GenerationParams(tools=(WEATHER, PLOT)))
    q = '<|"|>'
    assert (
        f"<|tool>declaration:get_weather{{description:{q}Current weather for a city.{q},parameters:{{"
        f"properties:{{city:{{description:{q}City name{q},type:{q}STRING{q}}},"
        f"unit:{{description:{q}Temperature unit{q},enum:[{q}celsius{q},{q}fahrenheit{q}],type:{q}STRING{q}}}}},"
        f"required:[{q}city{q}],type:{q}OBJECT{q}}}}}<tool|>"
    ) in prompt
    assert "default" not in prompt  # official copies leave `default` out
    # Nested objects stay well-formed (the official copies' "{,properties" is a template bug).
    assert (
        f"style:{{properties:{{color:{{type:{q}STRING{q}}},width:{{type:{q}INTEGER{q}}}}},"
        f"required:[{q}color{q}],type:{q}OBJECT{q}}}"
    ) in prompt
