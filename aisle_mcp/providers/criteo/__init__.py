"""Criteo Retail Media: brand and seller catalog exports."""
