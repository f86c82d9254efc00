"""Model Context Protocol: other programs' tools in the chat, through the official SDK. Qt-free.

config.py says which servers there are (and imports the ``mcpServers`` JSON of other apps),
client.py starts and talks to them, schema.py declares their tools to the model within a
budget, results.py makes what they return safe to show and to read back.
"""

from .client import McpHub, ServerStatus
from .config import ConfigError, ServerConfig, import_mcp_servers, parse_servers
from .schema import SEPARATOR, ToolSpec

__all__ = [
    "SEPARATOR",
    "ConfigError",
    "McpHub",
    "ServerConfig",
    "ServerStatus",
    "ToolSpec",
    "import_mcp_servers",
    "parse_servers",
]
