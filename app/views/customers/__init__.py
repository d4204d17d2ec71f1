"""The widgets of the customer list screen and the customer form: filter bar, search box,
contacts editor, duplicate warning, timeline, and the translated names of customer values."""
