"""Hearth as a server: an OpenAI-compatible HTTP API over the runtime's Engine. Qt-free.

``create_app(engine, options)`` (api.py) serves an Engine that is already running, so the
command line (`hearth serve`) and the desktop app share one way in. The modules:

- schema.py: the request body (pydantic); convert.py: request -> runtime Messages/params;
- media_input.py: data: URLs, input_audio and allowed local files -> checked MediaRefs;
- formatting.py: chunks -> chat.completion JSON and SSE; errors.py: OpenAI-style errors;
- admission.py: the queue policy (one running, a bounded number waiting, then 429);
- bridge.py: a Generation seen from the event loop; keys.py: which API key, and where it lives.
"""

from .api import MAX_BODY_BYTES, ServerOptions, create_app
from .keys import KeyChoice, KeyRefused, choose_key, is_loopback

__all__ = ["MAX_BODY_BYTES", "KeyChoice", "KeyRefused", "ServerOptions", "choose_key", "create_app", "is_loopback"]
