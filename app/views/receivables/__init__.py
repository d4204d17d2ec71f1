"""The payments screen's parts (回款): aging tables, overdue instalments, the payment list, choosing
an order, and the payment methods as shown."""
