"""Aisle: an MCP server for AI shopping agents."""

__version__ = "0.1.0"
