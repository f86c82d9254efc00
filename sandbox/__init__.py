"""Run Python written by the model in an OS-level sandbox (separate process, limits). No Qt."""
