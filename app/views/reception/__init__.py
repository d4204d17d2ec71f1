"""The front desk's widgets: the visitor and call forms, the matches list, the routing result,
today's registrations, the duty rotation editor and the reception report's parts."""
