"""The normalized product model, summaries and cursors. Imports nothing else of Aisle's."""

from aisle_mcp.products.model import Availability, Money, Option, Product, Rating, Variant, stable_id, to_amount

__all__ = ["Availability", "Money", "Option", "Product", "Rating", "Variant", "stable_id", "to_amount"]
