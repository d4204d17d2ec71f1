"""The widgets of the public pool screen (公海): the pool list, the dead leads list, the assign
dialog, the assignment rule form, and the translated names of rule kinds."""
