"""The one error the sandbox raises: it could not run anything at all."""


class SandboxUnavailable(Exception):
    """The interpreter could not be started (missing, or the machine refuses new processes)."""
