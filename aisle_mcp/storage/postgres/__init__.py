"""Storage on PostgreSQL (``AISLE_DATABASE_URL``), for replicas on several machines. Needs the ``postgres`` extra
(psycopg 3 and its pool); nothing here is imported unless the setting is given."""
