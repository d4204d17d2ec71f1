"""app.deferred_psycopg2: the GUI's start imports peewee without psycopg2, and a PostgreSQL database
still gets everything peewee and playhouse bind to the driver when they import it themselves."""

from __future__ import annotations

import json
import subprocess
import sys

# Prints, as JSON, every module-level name of peewee and playhouse.postgres_ext, and every class
# attribute of peewee.Psycopg2Adapter, whose value comes from psycopg2 (its module and qualified
# name, or its repr for a plain value such as a transaction status constant).
DESCRIBE = """
import json, sys
import peewee, playhouse.postgres_ext

def where(value):
    module = getattr(value, "__module__", None) or getattr(value, "__name__", "")
    return module if isinstance(module, str) else ""

def describe(value):
    return f"{where(value)}:{getattr(value, '__qualname__', getattr(value, '__name__', repr(value)))}"

bound = {}
for label, space in (("peewee", vars(peewee)), ("postgres_ext", vars(playhouse.postgres_ext)),
                     ("Psycopg2Adapter", vars(peewee.Psycopg2Adapter))):
    for name, value in space.items():
        if where(value).startswith("psycopg2") or label == "Psycopg2Adapter" and name.startswith("txn_"):
            bound[f"{label}.{name}"] = describe(value) if where(value) else repr(value)
print(json.dumps(bound, sort_keys=True))
"""

HIDDEN_THEN_GIVEN = """
import sys
from app.deferred_psycopg2 import give_peewee_psycopg2, psycopg2_hidden

with psycopg2_hidden():
    import peewee, playhouse.migrate  # as app.cli does for the GUI: playhouse.migrate pulls in postgres_ext
assert "psycopg2" not in sys.modules and peewee.psycopg2 is None, "psycopg2 was loaded"
give_peewee_psycopg2()
"""


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_peewee_given_psycopg2_later_binds_what_its_own_import_binds():
    plain = _run(DESCRIBE)
    deferred = _run(HIDDEN_THEN_GIVEN + DESCRIBE)
    assert "peewee.psycopg2" in plain and "postgres_ext.register_hstore" in plain
    assert plain["Psycopg2Adapter.txn_idle"] == deferred["Psycopg2Adapter.txn_idle"] != "None"
    assert deferred == plain


def test_a_postgres_database_made_after_the_hidden_import_uses_psycopg2():
    code = HIDDEN_THEN_GIVEN + """
from app.models.connection import make_database
database = make_database("postgresql://someone@localhost:5432/salesdesk")
database._adapter.check_driver()  # raises ImproperlyConfigured without a driver
print(type(database._adapter).__name__, database._adapter.get_binary_type().__module__.split(".")[0])
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["Psycopg2Adapter", "psycopg2"]


def test_the_hidden_block_leaves_an_already_loaded_driver_alone():
    code = """
import sys
import psycopg2
from app.deferred_psycopg2 import psycopg2_hidden
with psycopg2_hidden():
    import peewee
print(peewee.psycopg2 is psycopg2, sys.modules["psycopg2"] is psycopg2)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]

