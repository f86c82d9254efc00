"""Run Python written by the model in an OS-level sandbox (separate process, limits). No Qt.

sandbox = Sandbox()              # keeps one child warmed up (numpy, pandas, matplotlib)
result = sandbox.run("print(1 + 1)")
result.ok, result.stdout, result.error, result.figures
"""

from typing import TYPE_CHECKING, Any

from .errors import SandboxUnavailable
from .result import Limits, Result
from .runner import Sandbox, data_view

if TYPE_CHECKING:
    from .policy import check

__all__ = ["Limits", "Result", "Sandbox", "SandboxUnavailable", "check", "data_view"]


def __getattr__(name: str) -> Any:
    # The policy (RestrictedPython) runs in the child: the app's side loads it only if asked.
    if name == "check":
        from .policy import check

        return check
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
