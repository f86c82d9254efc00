"""MCP server settings and the ``mcpServers`` JSON other desktop apps use."""

from __future__ import annotations

import pytest

from app.mcp.config import ConfigError, ServerConfig, import_mcp_servers, parse_servers

CLAUDE_DESKTOP = """{
  "mcpServers": {
    "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
    "My Git": {"command": "uvx", "args": ["mcp-server-git"], "env": {"GIT_PAGER": "cat"}, "disabled": true},
    "remote": {"type": "http", "url": "https://example.com/mcp", "headers": {"Authorization": "Bearer x"}}
  }
}"""


def test_an_mcp_servers_document_imports() -> None:
    fs, git, remote = import_mcp_servers(CLAUDE_DESKTOP)
    assert (fs.name, fs.command, fs.args, fs.enabled) == (
        "filesystem",
        "npx",
        ("-y", "@modelcontextprotocol/server-filesystem", "/tmp"),
        True,
    )
    assert (git.prefix, git.env, git.enabled) == ("my_git", {"GIT_PAGER": "cat"}, False)
    assert (remote.transport, remote.url, remote.headers) == (
        "http",
        "https://example.com/mcp",
        {"Authorization": "Bearer x"},
    )


def test_settings_round_trip_and_bad_entries_are_skipped_with_a_reason() -> None:
    servers = import_mcp_servers(CLAUDE_DESKTOP)
    stored = [s.to_dict() for s in servers] + [{"name": "x", "args": ["a"]}, "junk", servers[0].to_dict()]
    back, problems = parse_servers(stored)
    assert back == servers
    assert len(problems) == 3 and "give a “command”" in problems[0] and "already has this name" in problems[2]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{nope", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"mcpServers": {}}', "at least one server"),
        ('{"mcpServers": {"a": {"command": "x", "url": "http://h/mcp"}}}', "not both"),
        ('{"mcpServers": {"a": {"url": "ftp://h"}}}', "http:// or https://"),
        ('{"mcpServers": {"a": {"type": "sse", "url": "http://h/sse"}}}', "not supported"),
        ('{"mcpServers": {"a": {"command": "x", "args": "-y"}}}', "list of strings"),
        ('{"mcpServers": {"a": {"command": "x", "env": {"K": 1}}}}', "map names to strings"),
        ('{"mcpServers": {"a-b": {"command": "x"}, "a b": {"command": "y"}}}', "same name"),
        ('{"mcpServers": {"???": {"command": "x"}}}', "letter or digit"),
    ],
)
def test_bad_input_gets_a_clear_message(text: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        import_mcp_servers(text)


def test_json_nested_too_deeply_is_refused_with_a_message() -> None:
    with pytest.raises(ConfigError, match="nested too deeply"):
        import_mcp_servers('{"mcpServers": ' + "[" * 200_000 + "]" * 200_000 + "}")


def test_a_bare_table_without_the_wrapper_imports() -> None:
    (server,) = import_mcp_servers('{"time": {"command": "uvx", "args": ["mcp-server-time"]}}')
    assert server == ServerConfig("time", command="uvx", args=("mcp-server-time",))


def test_a_server_typed_in_the_settings() -> None:
    from app.mcp.config import server_from_form

    typed = server_from_form("Time", "uvx mcp-server-time --local-timezone 'Europe/Paris'", "", "TZ=UTC\n\n")
    assert typed == ServerConfig(
        "Time", command="uvx", args=("mcp-server-time", "--local-timezone", "Europe/Paris"), env={"TZ": "UTC"}
    )
    remote = server_from_form("r", "", "https://h/mcp", "Authorization=Bearer abc")
    assert remote.headers == {"Authorization": "Bearer abc"} and remote.transport == "http"
    with pytest.raises(ConfigError, match="not a NAME=value line"):
        server_from_form("x", "cmd", "", "just words")
    with pytest.raises(ConfigError, match="give a “command”"):
        server_from_form("x", "", "", "")


def test_a_preset_names_its_tool_servers() -> None:
    from app.presets import PresetError, preset_from_json

    preset = preset_from_json({"name": "Clock", "tool_servers": ["time", "git"]})
    assert preset.tool_servers == ("time", "git") and preset.to_json()["tool_servers"] == ["time", "git"]
    assert preset_from_json({"name": "All"}).tool_servers is None
    with pytest.raises(PresetError, match="tool_servers"):
        preset_from_json({"name": "Bad", "tool_servers": "time"})
