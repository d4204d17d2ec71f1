"""The payments screen's parts (回款): aging tables, overdue instalments, the payment list and
choosing an order."""
