"""The commission screen's parts (提成): month picker, statement tables, manager actions, rules."""
