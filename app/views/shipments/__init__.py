"""The shipments screen's parts (发货): the list's filters and actions, the statistics tab, the line
table of the shipment dialog, and the shipment states as shown."""
