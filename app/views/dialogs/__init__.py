"""Dialogs the screens open, and the small form helpers they share."""
