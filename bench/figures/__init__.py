"""Every benchmark figure by its name in bench/results.json. Later issues add theirs here."""

from bench.figures.commission_month import commission_month_all_s
from bench.figures.customer_list import (
    customer_list_first_page_ms,
    customer_list_rss_mb,
    customer_list_scroll_end_ms,
)
from bench.figures.customer_search import search_phone_p95_ms, search_pinyin_p95_ms, search_zh2_p95_ms
from bench.figures.excel_export import excel_export_100k_rss_mb, excel_export_100k_s
from bench.figures.import_customers import import_10k_customers_s
from bench.figures.orders_large import (
    demo_large_build_s,
    order_list_first_page_ms,
    order_open_200_lines_ms,
    receivables_aging_ms,
)
from bench.figures.quotation_editor import quotation_open_200_lines_ms, quotation_recompute_ms
from bench.figures.quotation_pdf import quotation_pdf_200_lines_s
from bench.figures.recycle_pass import recycle_noop_ms, recycle_pass_s
from bench.figures.reports import performance_report_year_s, target_vs_actual_query_ms
from bench.figures.startup import startup_ready_ms
from bench.figures.target_chart import target_chart_paint_ms
from bench.figures.targets_screen import targets_screen_ms
from bench.figures.workbench_targets import workbench_manager_ms, workbench_sales_ms

FIGURES = {
    "startup_ready_ms": startup_ready_ms,
    "import_10k_customers_s": import_10k_customers_s,
    "search_zh2_p95_ms": search_zh2_p95_ms,
    "search_pinyin_p95_ms": search_pinyin_p95_ms,
    "search_phone_p95_ms": search_phone_p95_ms,
    "customer_list_first_page_ms": customer_list_first_page_ms,
    "customer_list_scroll_end_ms": customer_list_scroll_end_ms,
    "customer_list_rss_mb": customer_list_rss_mb,
    "workbench_sales_ms": workbench_sales_ms,
    "workbench_manager_ms": workbench_manager_ms,
    "recycle_pass_s": recycle_pass_s,
    "recycle_noop_ms": recycle_noop_ms,
    "quotation_pdf_200_lines_s": quotation_pdf_200_lines_s,
    "quotation_open_200_lines_ms": quotation_open_200_lines_ms,
    "quotation_recompute_ms": quotation_recompute_ms,
    "demo_large_build_s": demo_large_build_s,
    "order_list_first_page_ms": order_list_first_page_ms,
    "order_open_200_lines_ms": order_open_200_lines_ms,
    "receivables_aging_ms": receivables_aging_ms,
    "targets_screen_ms": targets_screen_ms,
    "commission_month_all_s": commission_month_all_s,
    "target_vs_actual_query_ms": target_vs_actual_query_ms,
    "performance_report_year_s": performance_report_year_s,
    "excel_export_100k_s": excel_export_100k_s,
    "excel_export_100k_rss_mb": excel_export_100k_rss_mb,
    "target_chart_paint_ms": target_chart_paint_ms,
}
