"""Aisle's errors: one small tree rooted in the SDK's ``ToolError``.

Every failure an agent can act on is an ``AisleError``; its message says what went wrong and what to do.
Messages never carry keys or tokens. Anything else that escapes a tool is a bug and reaches the agent
only as "<tool>: an unexpected error inside the server stopped this call", the traceback kept in the log.
"""

from mcp.server.mcpserver.exceptions import ToolError


class AisleError(ToolError):
    """Base of every error Aisle reports to an agent."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        """The provider's HTTP status behind this error, when a provider answered with one."""


class InvalidArgument(AisleError, ValueError):
    """The agent's arguments cannot be served as given; the message says what to send instead."""


class NotFound(AisleError, LookupError):
    """An id, job or cursor that does not exist (or belongs to someone else)."""


class ProviderNotConfigured(AisleError):
    """The named provider needs a setting (usually its key) that is not set."""


class ProviderError(AisleError):
    """A provider refused or failed the request in a way retrying will not fix."""


class ProviderUnavailable(ProviderError):
    """A provider kept failing (timeouts, 5xx, 429) after the retries that were safe."""
