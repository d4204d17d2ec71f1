"""psycopg2 loaded when a PostgreSQL database is opened, not when peewee is imported.

peewee (and playhouse.postgres_ext, which playhouse.migrate pulls in) import psycopg2 at their own
import, with ssl and socket: about 14 ms of a start that opens a SQLite file and never uses it.
The GUI's start imports them inside `psycopg2_hidden()`, which makes `import psycopg2` fail there
as if the driver were not installed; `give_peewee_psycopg2()` then does, before a PostgreSQL
database is made, what those imports would have done. It does nothing when peewee already has
the driver (any other way in: the command line's commands, the tests).

tests/unit/test_deferred_psycopg2.py checks, in fresh interpreters, that every name peewee and
playhouse bind to psycopg2 is the same after `give_peewee_psycopg2()` as after a plain import,
so a peewee upgrade that binds more fails there rather than on a user's server.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

DRIVER = "psycopg2"


@contextmanager
def psycopg2_hidden() -> Iterator[None]:
    """Within this block `import psycopg2` raises ImportError, unless psycopg2 is loaded already."""
    if DRIVER in sys.modules:
        yield
        return
    sys.modules[DRIVER] = None  # the import system's "known to be missing"
    try:
        yield
    finally:
        if sys.modules.get(DRIVER, 0) is None:
            del sys.modules[DRIVER]


def give_peewee_psycopg2() -> None:
    """Bind psycopg2 into peewee (and playhouse.postgres_ext) where it was imported without it,
    as their own imports do when the driver is there. Call before making a PostgresqlDatabase."""
    peewee = sys.modules.get("peewee")
    if peewee is None or peewee.psycopg2 is not None:
        return
    import psycopg2
    from psycopg2 import extensions
    from psycopg2.extras import Json, register_hstore, register_uuid

    register_uuid()
    peewee.psycopg2 = psycopg2
    peewee.pg_extensions = extensions
    peewee.pg_register_uuid = register_uuid
    peewee.Json_pg2 = Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    postgres_ext = sys.modules.get("playhouse.postgres_ext")
    if postgres_ext is not None:
        postgres_ext.register_hstore = register_hstore
