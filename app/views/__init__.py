"""Qt only: the main window, one widget per screen, item models and the worker that runs services."""
