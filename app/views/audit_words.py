"""Translated words of the audit log: what was changed (entity), how (action), which field, and
the recorded values as users know them (codes such as "high" or "sales" become 很大 / 销售).

The services record English codes (entity "customer", action "assign_on_duty", field
"interest"); the tables hold their English titles (QT_TRANSLATE_NOOP puts them in the .ts file,
context "AuditWords") and they are translated when shown. Unknown codes are shown as recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views.customers.words import follow_up_kind_title, interest_title, kind_title, scale_title, source_title
from app.views.i18n import code_title, role_title
from app.views.orders.words import method_title, shipment_state_title
from app.views.orders.words import state_title as order_state_title
from app.views.pipeline.words import stage_title
from app.views.pool.words import rule_kind_title
from app.views.quotations.words import state_title as quotation_state_title
from app.views.reception.words import direction_title, route_title

CONTEXT = "AuditWords"

ENTITY_TITLES = {
    "customer": QT_TRANSLATE_NOOP("AuditWords", "Customer"),
    "opportunity": QT_TRANSLATE_NOOP("AuditWords", "Opportunity"),
    "follow_up": QT_TRANSLATE_NOOP("AuditWords", "Follow-up"),
    "visit": QT_TRANSLATE_NOOP("AuditWords", "Visitor"),
    "call": QT_TRANSLATE_NOOP("AuditWords", "Phone call"),
    "assignment_rule": QT_TRANSLATE_NOOP("AuditWords", "Assignment rule"),
    "user": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "team": QT_TRANSLATE_NOOP("AuditWords", "Team"),
    "settings": QT_TRANSLATE_NOOP("AuditWords", "Settings"),
    "database": QT_TRANSLATE_NOOP("AuditWords", "Database"),
    "product": QT_TRANSLATE_NOOP("AuditWords", "Product"),
    "product_line": QT_TRANSLATE_NOOP("AuditWords", "Product line"),
    "bundle": QT_TRANSLATE_NOOP("AuditWords", "Bundle"),
    "quotation": QT_TRANSLATE_NOOP("AuditWords", "Quotation"),
    "order": QT_TRANSLATE_NOOP("AuditWords", "Contract"),
    "shipment": QT_TRANSLATE_NOOP("AuditWords", "Shipment"),
    "payment": QT_TRANSLATE_NOOP("AuditWords", "Payment"),
}
ACTION_TITLES = {
    "create": QT_TRANSLATE_NOOP("AuditWords", "Create"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "Update"),
    "delete": QT_TRANSLATE_NOOP("AuditWords", "Delete"),
    "reset_password": QT_TRANSLATE_NOOP("AuditWords", "Reset password"),
    "change_password": QT_TRANSLATE_NOOP("AuditWords", "Change password"),
    "contacts": QT_TRANSLATE_NOOP("AuditWords", "Change contacts"),
    "merge": QT_TRANSLATE_NOOP("AuditWords", "Merge"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "Import"),
    "reorder": QT_TRANSLATE_NOOP("AuditWords", "Reorder"),
    "claim": QT_TRANSLATE_NOOP("AuditWords", "Claim"),
    "assign": QT_TRANSLATE_NOOP("AuditWords", "Assign"),
    "release": QT_TRANSLATE_NOOP("AuditWords", "Release to the pool"),
    "assign_by_rule": QT_TRANSLATE_NOOP("AuditWords", "Assign by rule"),
    "assign_on_duty": QT_TRANSLATE_NOOP("AuditWords", "Assign to the salesperson on duty"),
    "return_to_pool": QT_TRANSLATE_NOOP("AuditWords", "Return to the pool"),
    "done": QT_TRANSLATE_NOOP("AuditWords", "Done"),
    "lines": QT_TRANSLATE_NOOP("AuditWords", "Change lines"),
    "revise": QT_TRANSLATE_NOOP("AuditWords", "Make a revision"),
    "expire": QT_TRANSLATE_NOOP("AuditWords", "Expire"),
    "convert": QT_TRANSLATE_NOOP("AuditWords", "Made from a quotation"),
    "plan": QT_TRANSLATE_NOOP("AuditWords", "Change payment plan"),
    "first_order": QT_TRANSLATE_NOOP("AuditWords", "First confirmed order"),
    "bulk_insert": QT_TRANSLATE_NOOP("AuditWords", "Bulk load"),
}
FIELD_TITLES = {
    # customers and contacts
    "code": QT_TRANSLATE_NOOP("AuditWords", "Code"),
    "name": QT_TRANSLATE_NOOP("AuditWords", "Name"),
    "name_key": QT_TRANSLATE_NOOP("AuditWords", "Name for duplicate check"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "Kind"),
    "industry": QT_TRANSLATE_NOOP("AuditWords", "Industry"),
    "scale": QT_TRANSLATE_NOOP("AuditWords", "Scale"),
    "region": QT_TRANSLATE_NOOP("AuditWords", "Region"),
    "city": QT_TRANSLATE_NOOP("AuditWords", "City"),
    "address": QT_TRANSLATE_NOOP("AuditWords", "Address"),
    "source": QT_TRANSLATE_NOOP("AuditWords", "Source"),
    "tags": QT_TRANSLATE_NOOP("AuditWords", "Tags"),
    "owner": QT_TRANSLATE_NOOP("AuditWords", "Owner"),
    "interest": QT_TRANSLATE_NOOP("AuditWords", "Interest"),
    "is_lead": QT_TRANSLATE_NOOP("AuditWords", "Lead"),
    "notes": QT_TRANSLATE_NOOP("AuditWords", "Notes"),
    "contacts": QT_TRANSLATE_NOOP("AuditWords", "Contacts"),
    "created_at": QT_TRANSLATE_NOOP("AuditWords", "Created"),
    "last_follow_up_at": QT_TRANSLATE_NOOP("AuditWords", "Last follow-up"),
    "owner_since": QT_TRANSLATE_NOOP("AuditWords", "Owner since"),
    "last_touch_at": QT_TRANSLATE_NOOP("AuditWords", "Last follow-up by the owner"),
    "pool_warned_at": QT_TRANSLATE_NOOP("AuditWords", "Pool warning sent"),
    "returned_to_pool_at": QT_TRANSLATE_NOOP("AuditWords", "Returned to the pool"),
    "previous_owner_id": QT_TRANSLATE_NOOP("AuditWords", "Previous owner"),
    "version": QT_TRANSLATE_NOOP("AuditWords", "Version"),
    "updated_at": QT_TRANSLATE_NOOP("AuditWords", "Updated"),
    "updated_by": QT_TRANSLATE_NOOP("AuditWords", "Updated by"),
    "merged": QT_TRANSLATE_NOOP("AuditWords", "Merged"),
    "merged_into": QT_TRANSLATE_NOOP("AuditWords", "Merged into"),
    "moved": QT_TRANSLATE_NOOP("AuditWords", "Records moved"),
    # imports
    "file": QT_TRANSLATE_NOOP("AuditWords", "File"),
    "customers": QT_TRANSLATE_NOOP("AuditWords", "Customers"),
    "codes": QT_TRANSLATE_NOOP("AuditWords", "Codes"),
    "placed_by_rules": QT_TRANSLATE_NOOP("AuditWords", "Assigned by rules"),
    "seed": QT_TRANSLATE_NOOP("AuditWords", "Seed"),
    # opportunities and follow-ups
    "customer": QT_TRANSLATE_NOOP("AuditWords", "Customer"),
    "title": QT_TRANSLATE_NOOP("AuditWords", "Title"),
    "amount": QT_TRANSLATE_NOOP("AuditWords", "Amount"),
    "expected_close_on": QT_TRANSLATE_NOOP("AuditWords", "Expected close"),
    "stage": QT_TRANSLATE_NOOP("AuditWords", "Stage"),
    "lost_reason": QT_TRANSLATE_NOOP("AuditWords", "Lost reason"),
    "closed_at": QT_TRANSLATE_NOOP("AuditWords", "Closed"),
    "route": QT_TRANSLATE_NOOP("AuditWords", "Route"),
    # users, teams, rules
    "username": QT_TRANSLATE_NOOP("AuditWords", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditWords", "Name"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "Role"),
    "team": QT_TRANSLATE_NOOP("AuditWords", "Team"),
    "grade": QT_TRANSLATE_NOOP("AuditWords", "Grade"),
    "discount_limit": QT_TRANSLATE_NOOP("AuditWords", "Discount limit %"),
    "active": QT_TRANSLATE_NOOP("AuditWords", "Active"),
    "value": QT_TRANSLATE_NOOP("AuditWords", "Matches"),
    "user_ids": QT_TRANSLATE_NOOP("AuditWords", "People"),
    "position": QT_TRANSLATE_NOOP("AuditWords", "Position"),
    "order": QT_TRANSLATE_NOOP("AuditWords", "Order"),
    # settings
    "company_name": QT_TRANSLATE_NOOP("AuditWords", "Company name"),
    "company_address": QT_TRANSLATE_NOOP("AuditWords", "Company address"),
    "company_phone": QT_TRANSLATE_NOOP("AuditWords", "Company phone"),
    "company_logo": QT_TRANSLATE_NOOP("AuditWords", "Logo"),
    "currency": QT_TRANSLATE_NOOP("AuditWords", "Currency"),
    "tax_rate": QT_TRANSLATE_NOOP("AuditWords", "Tax rate %"),
    "pool_return_days": QT_TRANSLATE_NOOP("AuditWords", "Return to pool after (days)"),
    "pool_warning_days": QT_TRANSLATE_NOOP("AuditWords", "Warning before the return (days)"),
    "claim_limit_per_day": QT_TRANSLATE_NOOP("AuditWords", "Pool claims per day"),
    "renewal_reminder_days": QT_TRANSLATE_NOOP("AuditWords", "Renewal reminder (days)"),
    "monitor_days": QT_TRANSLATE_NOOP("AuditWords", "Monitoring period (days)"),
    "reception_rotation": QT_TRANSLATE_NOOP("AuditWords", "Reception duty rotation"),
    "demo": QT_TRANSLATE_NOOP("AuditWords", "Demo database"),
    # products, quotations, orders, shipments, payments
    "unit": QT_TRANSLATE_NOOP("AuditWords", "Unit"),
    "line": QT_TRANSLATE_NOOP("AuditWords", "Product line"),
    "list_price": QT_TRANSLATE_NOOP("AuditWords", "List price"),
    "floor_price": QT_TRANSLATE_NOOP("AuditWords", "Floor price"),
    "items": QT_TRANSLATE_NOOP("AuditWords", "Products"),
    "products": QT_TRANSLATE_NOOP("AuditWords", "Products"),
    "quotations": QT_TRANSLATE_NOOP("AuditWords", "Quotations"),
    "orders": QT_TRANSLATE_NOOP("AuditWords", "Contracts"),
    "payments": QT_TRANSLATE_NOOP("AuditWords", "Payments"),
    "shipments": QT_TRANSLATE_NOOP("AuditWords", "Shipments"),
    "order_lines": QT_TRANSLATE_NOOP("AuditWords", "Contract lines"),
    "targets": QT_TRANSLATE_NOOP("AuditWords", "Targets"),
    "rules": QT_TRANSLATE_NOOP("AuditWords", "Commission rules"),
    "statements": QT_TRANSLATE_NOOP("AuditWords", "Commission statements"),
    "created": QT_TRANSLATE_NOOP("AuditWords", "Created"),
    "updated": QT_TRANSLATE_NOOP("AuditWords", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditWords", "Unchanged"),
    "new_lines": QT_TRANSLATE_NOOP("AuditWords", "New product lines"),
    "customers_won": QT_TRANSLATE_NOOP("AuditWords", "Leads become customers"),
    "number": QT_TRANSLATE_NOOP("AuditWords", "Number"),
    "numbers": QT_TRANSLATE_NOOP("AuditWords", "Numbers"),
    "revision_of": QT_TRANSLATE_NOOP("AuditWords", "Revision of"),
    "lines": QT_TRANSLATE_NOOP("AuditWords", "Lines"),
    "plan": QT_TRANSLATE_NOOP("AuditWords", "Payment plan"),
    "state": QT_TRANSLATE_NOOP("AuditWords", "State"),
    "contact": QT_TRANSLATE_NOOP("AuditWords", "Contact"),
    "salesperson": QT_TRANSLATE_NOOP("AuditWords", "Salesperson"),
    "quotation": QT_TRANSLATE_NOOP("AuditWords", "Quotation"),
    "quote_date": QT_TRANSLATE_NOOP("AuditWords", "Quotation date"),
    "valid_until": QT_TRANSLATE_NOOP("AuditWords", "Valid until"),
    "terms": QT_TRANSLATE_NOOP("AuditWords", "Terms"),
    "net_total": QT_TRANSLATE_NOOP("AuditWords", "Net total"),
    "tax_total": QT_TRANSLATE_NOOP("AuditWords", "Tax total"),
    "total": QT_TRANSLATE_NOOP("AuditWords", "Total"),
    "paid_total": QT_TRANSLATE_NOOP("AuditWords", "Paid"),
    "needs_approval": QT_TRANSLATE_NOOP("AuditWords", "Needs approval"),
    "approval_discount": QT_TRANSLATE_NOOP("AuditWords", "Discount to approve %"),
    "approved_by": QT_TRANSLATE_NOOP("AuditWords", "Decided by"),
    "approved_at": QT_TRANSLATE_NOOP("AuditWords", "Decided at"),
    "decision_comment": QT_TRANSLATE_NOOP("AuditWords", "Decision comment"),
    "sent_at": QT_TRANSLATE_NOOP("AuditWords", "Sent"),
    "sign_date": QT_TRANSLATE_NOOP("AuditWords", "Sign date"),
    "start_date": QT_TRANSLATE_NOOP("AuditWords", "Service start"),
    "end_date": QT_TRANSLATE_NOOP("AuditWords", "Service end"),
    "confirmed_at": QT_TRANSLATE_NOOP("AuditWords", "Confirmed"),
    "cancel_reason": QT_TRANSLATE_NOOP("AuditWords", "Reason for cancelling"),
    "renewal_reminded_at": QT_TRANSLATE_NOOP("AuditWords", "Renewal reminder sent"),
    "ship_date": QT_TRANSLATE_NOOP("AuditWords", "Shipping date"),
    "carrier": QT_TRANSLATE_NOOP("AuditWords", "Carrier"),
    "tracking_no": QT_TRANSLATE_NOOP("AuditWords", "Tracking number"),
    "freight": QT_TRANSLATE_NOOP("AuditWords", "Freight"),
    "packaging": QT_TRANSLATE_NOOP("AuditWords", "Packaging"),
    "is_return": QT_TRANSLATE_NOOP("AuditWords", "Return"),
    "shipped_at": QT_TRANSLATE_NOOP("AuditWords", "Shipped"),
    "delivered_at": QT_TRANSLATE_NOOP("AuditWords", "Delivered"),
    "pay_date": QT_TRANSLATE_NOOP("AuditWords", "Payment date"),
    "method": QT_TRANSLATE_NOOP("AuditWords", "Method"),
    "reference": QT_TRANSLATE_NOOP("AuditWords", "Reference"),
    "is_prepayment": QT_TRANSLATE_NOOP("AuditWords", "Prepayment or overpayment"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "Reason"),
}
# Records named by a word instead of a number.
RECORD_TITLES = {
    "company": QT_TRANSLATE_NOOP("AuditWords", "Company"),
    "demo": QT_TRANSLATE_NOOP("AuditWords", "Demo data"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "Import"),
    "all": QT_TRANSLATE_NOOP("AuditWords", "All"),
}
# Fields whose recorded value is a code with a title of its own.
CODE_TITLES: dict[str, Callable[[str], str]] = {
    "interest": interest_title, "interest_after": interest_title, "source": source_title, "kind": kind_title,
    "scale": scale_title, "stage": stage_title, "route": route_title, "role": role_title,
    "direction": direction_title,
}
# Fields whose recorded value is a user id (or a list of them).
USER_FIELDS = {"owner", "user", "updated_by", "previous_owner_id", "user_ids", "reception_rotation", "salesperson",
               "approved_by"}
# A state is a code whose title depends on the kind of document.
STATE_TITLES: dict[str, Callable[[str], str]] = {
    "quotation": quotation_state_title, "order": order_state_title, "shipment": shipment_state_title,
}


TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")

# A plain name lupdate knows: translate("AuditWords", "text") is read into the .ts file.
translate = QCoreApplication.translate


def entity_title(entity: str) -> str:
    """customer 客户, follow_up 跟进记录 ...; unknown entities as recorded."""
    return code_title(CONTEXT, ENTITY_TITLES, entity)


def record_title(entity_id: str) -> str:
    """The record an audit row is about: its id, or a word (settings of the "company" -> 公司)."""
    return code_title(CONTEXT, RECORD_TITLES, entity_id)


def action_title(action: str) -> str:
    """create 新建, assign_on_duty 分配给接待轮值销售 ...; unknown actions as recorded."""
    return code_title(CONTEXT, ACTION_TITLES, action)


def field_title(field: str, entity: str = "") -> str:
    """interest 意向, company_name 公司名称 ...; a follow-up's "kind" is its way (方式)."""
    if entity == "follow_up" and field == "kind":
        return translate("AuditWords", "Way")
    return code_title(CONTEXT, FIELD_TITLES, field)


def value_text(field: str, value: object, users: Mapping[int, str], entity: str = "") -> str:
    """A recorded value as users read it: "—" for nothing, 是/否, codes by their titles, user ids
    by the users' names (`users`), lists joined by commas."""
    if value is None or value == "" or value == [] or value == ():
        return "—"
    if isinstance(value, bool):
        return translate("AuditWords", "yes") if value else translate("AuditWords", "no")
    if isinstance(value, list | tuple):
        return ", ".join(value_text(field, item, users, entity) for item in value)
    if field in USER_FIELDS and isinstance(value, int):
        return users.get(value, str(value))
    if entity == "follow_up" and field == "kind" and isinstance(value, str):
        return follow_up_kind_title(value)
    if entity == "assignment_rule" and field == "kind" and isinstance(value, str):
        return rule_kind_title(value)
    if field == "state" and entity in STATE_TITLES and isinstance(value, str):
        return STATE_TITLES[entity](value)
    if entity == "payment" and field == "method" and isinstance(value, str):
        return method_title(value)
    title = CODE_TITLES.get(field)
    if title is not None and isinstance(value, str):
        return title(value)
    if isinstance(value, str) and TIMESTAMP.fullmatch(value):
        return value.replace("T", " ")  # a recorded timestamp, as the rest of the app writes them
    return str(value)


def change_text(field: str, old: object, new: object, users: Mapping[int, str], entity: str = "") -> str:
    """One change as "Field: old → new" (意向：一般 → 很大)."""
    return translate("AuditWords", "{field}: {old} → {new}").format(
        field=field_title(field, entity), old=value_text(field, old, users, entity),
        new=value_text(field, new, users, entity))


def list_separator() -> str:
    """What goes between the changes of one row on one line ("; ", 中文 "；")."""
    return translate("AuditWords", "; ")
