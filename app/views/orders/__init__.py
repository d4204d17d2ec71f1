"""The contract / order screens (合同): list filters, the order editor for drafts with its payment
plan, the order window (lines shipped and remaining, plan, payments, documents, history, actions)."""
