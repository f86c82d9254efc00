"""MCP server definitions, as stored in settings and as imported from other apps. Qt-free.

A server is a command to start (stdio) or a URL (Streamable HTTP). The ``mcpServers`` JSON
that other desktop apps use (``{"mcpServers": {"name": {"command": ..., "args": [...],
"env": {...}}}}``, or ``{"url": ..., "headers": {...}}``) imports into the same shape. Bad input
raises ``ConfigError`` with a sentence that says what is wrong and where.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_TIMEOUT_S = 60.0  # one tool call; a server that hangs is given up on after this


class ConfigError(ValueError):
    """Server settings Hearth cannot use; the message is for the user."""


@dataclass(frozen=True)
class ServerConfig:
    name: str  # the user's name; its ``prefix`` namespaces the server's tools for the model
    command: str = ""  # stdio: the program to start
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    url: str = ""  # Streamable HTTP: the endpoint
    headers: dict[str, str] = field(default_factory=dict)
    enabled: bool = True
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def transport(self) -> str:
        return "http" if self.url else "stdio"

    @property
    def prefix(self) -> str:
        """The name in a form Gemma 4's tool-call syntax accepts (letters, digits, _)."""
        return tool_prefix(self.name)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "enabled": self.enabled, "timeout_s": self.timeout_s}
        if self.url:
            data.update(url=self.url, headers=dict(self.headers))
        else:
            data.update(command=self.command, args=list(self.args), env=dict(self.env))
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str = "server") -> ServerConfig:
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: expected an object with “command” or “url”.")
        name = data.get("name")
        if not isinstance(name, str) or not tool_prefix(name):
            raise ConfigError(f"{where}: the server needs a name with at least one letter or digit.")
        return _server(name, data, where)


def kept_grants(grants: list[str], before: list[ServerConfig], after: list[ServerConfig]) -> list[str]:
    """The "Always allow" grants that still hold: a grant was given to one program (its command,
    arguments, environment, address and headers), not to whatever later takes the server's name."""

    def identity(config: ServerConfig) -> ServerConfig:
        return replace(config, enabled=True, timeout_s=DEFAULT_TIMEOUT_S)

    now = [identity(s) for s in after]
    gone = {s.prefix for s in before if identity(s) not in now}
    return [g for g in grants if g.split("__", 1)[0] not in gone]


def tool_prefix(name: str) -> str:
    """Runs of "_" become one: "__" separates the prefix from the tool's name (my__notes → my_notes)."""
    return re.sub(r"[\W_]+", "_", name, flags=re.ASCII).strip("_").lower()


def parse_servers(entries: Any) -> tuple[list[ServerConfig], list[str]]:
    """Servers as stored in settings: the usable ones, and a sentence for each one skipped."""
    servers: list[ServerConfig] = []
    problems: list[str] = []
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        try:
            server = ServerConfig.from_dict(entry, f"MCP server {i + 1}")
        except ConfigError as exc:
            problems.append(str(exc))
            continue
        if any(s.prefix == server.prefix for s in servers):
            problems.append(f"MCP server “{server.name}”: another server already has this name; it was skipped.")
            continue
        servers.append(server)
    return servers, problems


def import_mcp_servers(text: str) -> list[ServerConfig]:
    """Servers from an ``mcpServers`` JSON document (Claude Desktop, Cursor, VS Code's ``servers``)."""
    try:
        try:
            data = json.loads(text)
        except (RecursionError, MemoryError):  # pasted text nested beyond what Python's parser takes
            raise ValueError("it is nested too deeply or too large") from None
    except ValueError as exc:
        raise ConfigError(f"This is not valid JSON: {exc}.") from None
    if not isinstance(data, dict):
        raise ConfigError("Expected a JSON object with an “mcpServers” entry.")
    table = data.get("mcpServers", data.get("servers"))
    if table is None and data and all(isinstance(v, dict) and ("command" in v or "url" in v) for v in data.values()):
        table = data  # just the table, without the wrapper
    if not isinstance(table, dict) or not table:
        raise ConfigError("Expected a JSON object with an “mcpServers” entry that names at least one server.")
    servers: list[ServerConfig] = []
    for name, entry in table.items():
        where = f"Server “{name}”"
        if not tool_prefix(str(name)):
            raise ConfigError(f"{where}: the name needs at least one letter or digit.")
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected an object with “command” or “url”.")
        server = _server(str(name), {**entry, "enabled": not entry.get("disabled", False)}, where)
        if any(s.prefix == server.prefix for s in servers):
            raise ConfigError(f"{where}: two servers have the same name once punctuation is set aside.")
        servers.append(server)
    return servers


def _server(name: str, data: dict[str, Any], where: str) -> ServerConfig:
    kind = data.get("type", data.get("transport"))
    if kind in ("sse",):
        raise ConfigError(f"{where}: the old HTTP+SSE transport is not supported; use a Streamable HTTP URL.")
    if kind not in (None, "stdio", "http", "streamable-http", "streamable_http", "streamableHttp"):
        raise ConfigError(f"{where}: unknown transport {kind!r}.")
    enabled = data.get("enabled", True)
    timeout = data.get("timeout_s", DEFAULT_TIMEOUT_S)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}: “enabled” must be true or false.")
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 3600:
        raise ConfigError(f"{where}: “timeout_s” must be a number of seconds between 0 and 3600.")
    url, command = data.get("url"), data.get("command")
    if url is not None and command is not None:
        raise ConfigError(f"{where}: give either “command” or “url”, not both.")
    if url is not None:
        if not isinstance(url, str) or not re.match(r"https?://[^\s/]+", url):
            raise ConfigError(f"{where}: “url” must be an http:// or https:// address.")
        return ServerConfig(
            name, url=url, headers=_strings(data.get("headers"), where, "headers"), enabled=enabled, timeout_s=timeout
        )
    if not isinstance(command, str) or not command.strip():
        raise ConfigError(f"{where}: give a “command” to start, or a “url”.")
    args = data.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        raise ConfigError(f"{where}: “args” must be a list of strings.")
    env = _strings(data.get("env"), where, "env")
    return ServerConfig(name, command=command, args=tuple(args), env=env, enabled=enabled, timeout_s=float(timeout))


def _strings(value: Any, where: str, key: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ConfigError(f"{where}: “{key}” must map names to strings.")
    return dict(value)


def server_from_form(name: str, command_line: str, url: str, pairs: str) -> ServerConfig:
    """A server as typed in the settings: a command line (split as a shell would) or a URL,
    and ``NAME=value`` lines that are its environment (command) or its headers (URL)."""
    import shlex

    where = f"Server “{name.strip()}”" if name.strip() else "The server"
    table: dict[str, str] = {}
    for line in pairs.splitlines():
        if not line.strip():
            continue
        key, eq, value = line.partition("=")
        if not eq or not key.strip():
            raise ConfigError(f"{where}: “{line.strip()}” is not a NAME=value line.")
        table[key.strip()] = value.strip()
    data: dict[str, Any] = {"name": name.strip()}
    if url.strip():
        data.update(url=url.strip(), headers=table)
    if command_line.strip():
        try:
            words = shlex.split(command_line)
        except ValueError as exc:
            raise ConfigError(f"{where}: the command cannot be read ({exc}).") from None
        data.update(command=words[0], args=words[1:], env=table)
    return ServerConfig.from_dict(data, where)
