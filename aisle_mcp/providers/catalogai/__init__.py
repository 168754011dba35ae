"""Catalog API: product search with filters implied by the query."""
