"""The parts of the workbench screen (工作台): the salesperson's panel, the monitoring panel of
supervisors and managers, and the titled tables (with row buttons) both are made of."""
