"""Models served by another machine over the OpenAI chat API (hearth serve, mlx_lm.server,
mlx_vlm.server, vLLM, LM Studio, Ollama). Imported only when a remote model is loaded."""

from .backend import RemoteBackend
from .http import Timeouts, api_root, list_models

__all__ = ["RemoteBackend", "Timeouts", "api_root", "list_models"]
