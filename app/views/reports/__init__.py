"""The report screen's parts (报表): the picker, the table model, the chart, the drill-down dialog,
the background loader and the documents (Excel, PDF, print preview, chart image)."""
