"""The widgets of the opportunities screen (商机): the stage columns with their cards, the
opportunity form, the lost-reason dialog, and the translated stage names."""
