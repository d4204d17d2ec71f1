"""UI-free reports: KPI queries, Excel writers, chart figures, PDF documents."""
