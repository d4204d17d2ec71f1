"""Qt item models and table helpers shared by the screens."""
