"""Run Python written by the model in an OS-level sandbox (separate process, limits). No Qt.

sandbox = Sandbox()              # keeps one child warmed up (numpy, pandas, matplotlib)
result = sandbox.run("print(1 + 1)")
result.ok, result.stdout, result.error, result.figures
"""

from .errors import SandboxUnavailable
from .policy import check
from .result import Limits, Result
from .runner import Sandbox

__all__ = ["Limits", "Result", "Sandbox", "SandboxUnavailable", "check"]
