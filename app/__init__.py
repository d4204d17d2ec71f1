"""SalesDesk: the sales department of a small company in one desktop application."""

__version__ = "0.1.0"
