"""Boxes of the Settings screen that save on their own, outside the company settings form
(backup_box: this computer's backups of the open database)."""
