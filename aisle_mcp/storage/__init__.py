"""Where what Aisle keeps lives: the interfaces the tools and providers see, and the engines behind them.

Embedded SQLite (one file in the data directory) is the default; PostgreSQL (``AISLE_DATABASE_URL``) holds what
replicas on several machines must share: the extraction jobs, their runs and per-URL work, the key that signs
cursors, and the catalog (products, owners, remembered records, and their search).
"""
