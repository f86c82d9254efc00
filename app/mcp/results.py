"""An MCP tool's result, made safe to show and to hand back to the model. Qt-free.

Everything a server returns is untrusted: text is capped (a server that answers with 5 MB
must not flood the window or the prompt), Gemma's control markers are defused so the text
cannot close the tool response and forge a turn, images are re-encoded as PNG by Pillow
(anything it cannot read is dropped with a note) and resources become text.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
from typing import TYPE_CHECKING, Any

from sandbox import Result

SHOWN_CHARS = 100_000  # what a card keeps of a long result
MODEL_CHARS = 4_000  # what the model reads back of it
MAX_IMAGES = 4
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 25_000_000  # a few KB of PNG can decode to gigabytes: refused before decoding
IMAGE_ALT = "An image the tool returned."

# Gemma's turn and tool markers (<|turn>, <turn|>, <|tool_call>, <|"|>...): in untrusted text
# they would be read as structure. A space between bracket and bar keeps them readable as text.
_MARKER = re.compile(r"<\|([^<>\s]{0,40})>|<([^<>\s]{0,40})\|>")
# Gemma's special tokens without a bar (and Gemma 3's turn markers): the tokenizer reads them
# in plain text too; "<eos>" would end the prompt. A space after the bracket defuses them.
_PLAIN = re.compile(r"<(pad|eos|bos|unk|mask|start_of_turn|end_of_turn|start_of_image|end_of_image)>")


def defuse(text: str) -> str:
    text = _MARKER.sub(lambda m: f"< |{m.group(1)}>" if m.group(1) is not None else f"<{m.group(2)}| >", text)
    return _PLAIN.sub(r"< \1>", text)


def capped(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[... {len(text) - limit} more characters not shown]"


if TYPE_CHECKING:
    import mcp_types as types


def to_result(result: types.CallToolResult, duration_s: float) -> Result:
    """The server's answer as a tool run: text, PNG images, and whether it reported an error."""
    import mcp_types as types  # the SDK's types load on first use, not with the window

    parts: list[str] = []
    images: list[bytes] = []
    for block in result.content:
        if isinstance(block, types.TextContent):
            parts.append(block.text)
        elif isinstance(block, types.ImageContent):
            png = _png(block.data) if len(images) < MAX_IMAGES else None
            if png is None:
                parts.append(f"[An image ({block.mime_type}) that could not be shown.]")
            else:
                images.append(png)
        elif isinstance(block, types.EmbeddedResource):
            res = block.resource
            if isinstance(res, types.TextResourceContents):
                parts.append(f"[Resource {res.uri}]\n{res.text}")
            else:
                parts.append(f"[Resource {res.uri}: {res.mime_type or 'binary data'}, not shown]")
        elif isinstance(block, types.ResourceLink):
            parts.append(f"[Link to resource {block.uri}: {block.name}]")
        else:
            parts.append(f"[{getattr(block, 'type', 'content')} content, not shown]")
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False, indent=2))
    text = defuse("\n".join(parts))
    shown = capped(text, SHOWN_CHARS)
    error = (capped(text, 2_000) or "The tool reported an error.") if result.is_error else None
    return Result(
        ok=not result.is_error,
        stdout="" if result.is_error else shown,
        error=error,
        figures=tuple(images),
        figure_alts=(IMAGE_ALT,) * len(images),  # not "Chart …": a screen reader says what it is
        duration_s=duration_s,
        limit_hit="output" if len(text) > SHOWN_CHARS else None,
    )


def failure(message: str, duration_s: float, limit: str | None = None) -> Result:
    return Result(ok=False, error=message, duration_s=duration_s, limit_hit=limit)


def model_view(result: Result) -> dict[str, Any]:
    """What the model reads back: the text (shortened), how many images, the error.

    Defused again here, whatever made it: an error can quote the server (a JSON-RPC error's
    message, why it could not start)."""
    view: dict[str, Any] = {"output": defuse(capped(result.stdout, MODEL_CHARS))}
    if result.figures:
        view["images"] = len(result.figures)
    if result.error:
        view["error"] = defuse(capped(result.error, MODEL_CHARS))
    return view


def _png(data: str) -> bytes | None:
    from PIL import Image, UnidentifiedImageError

    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) > MAX_IMAGE_BYTES:
        return None
    try:
        with Image.open(io.BytesIO(raw)) as im:
            if im.width * im.height > MAX_IMAGE_PIXELS:  # only the header is read so far
                return None
            im.thumbnail((2048, 2048))
            out = io.BytesIO()
            im.convert("RGBA" if im.mode in ("RGBA", "LA", "P") else "RGB").save(out, "PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
