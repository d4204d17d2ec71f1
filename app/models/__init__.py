"""Peewee tables, one module per concept. Nothing here knows about Qt or about use cases."""
