"""Wiring: settings, the server and its lifespan, the command line."""

from aisle_mcp.server.app import build_server
from aisle_mcp.server.settings import Settings, load_settings

__all__ = ["Settings", "build_server", "load_settings"]
