"""Where what Aisle keeps lives: the interfaces the tools and providers see, and the engines behind them.

Embedded SQLite (one file in the data directory) is the default; PostgreSQL (``AISLE_DATABASE_URL``) holds what
replicas on several machines must share. Today that is the extraction jobs, their runs and per-URL work, and the key
that signs cursors; the catalog stays in the SQLite file for now.
"""
