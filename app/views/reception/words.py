"""Translated words of the front desk: routes, call directions, and the routing result sentence.

Source channels and interest levels are the customer screens' words (views.customers.words), so
the desk and the customer list say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.reception import RoutingResult

# A plain name lupdate knows: translate("ReceptionWords", "text") is read into the .ts file.
translate = QCoreApplication.translate


def route_title(route: str) -> str:
    """Where a registration went: the owner, the salesperson on duty, the pool, nowhere (survey)."""
    titles = {"owner": translate("ReceptionWords", "Owner"), "duty": translate("ReceptionWords", "On duty"),
              "pool": translate("ReceptionWords", "Public pool"),
              "survey": translate("ReceptionWords", "Market survey")}
    return titles.get(route, route)


def direction_title(direction: str) -> str:
    titles = {"in": translate("ReceptionWords", "Incoming call"), "out": translate("ReceptionWords", "Outgoing call")}
    return titles.get(direction, direction)


def registration_kind_title(kind: str, direction: str = "") -> str:
    """"Visit", or the call's direction."""
    return translate("ReceptionWords", "Visit") if kind == "visit" else direction_title(direction)


def pool_title() -> str:
    """How a missing owner or salesperson is shown (公海)."""
    return translate("ReceptionWords", "Pool")


def routing_sentence(result: RoutingResult) -> str:
    """The one line the desk reads after saving: who the visitor or caller went to."""
    if result.route == "owner":
        return translate("ReceptionWords", "Sent to {name} (owner)").format(name=result.routed_to_name)
    if result.route == "duty":
        if result.new_customer:
            return translate("ReceptionWords", "New lead {customer} assigned to {name} (on duty)").format(
                customer=result.customer_name, name=result.routed_to_name)
        return translate("ReceptionWords", "{customer} (from the pool) assigned to {name} (on duty)").format(
            customer=result.customer_name, name=result.routed_to_name)
    if result.route == "pool":
        if result.new_customer:
            return translate("ReceptionWords", "New lead {customer} left in the public pool (nobody on duty)").format(
                customer=result.customer_name)
        return translate("ReceptionWords", "{customer} stays in the public pool (nobody on duty)").format(
            customer=result.customer_name)
    return translate("ReceptionWords", "Logged as market survey")


def routing_detail(result: RoutingResult) -> str:
    """The line under the sentence: what the salesperson was told, or why nobody was."""
    if result.route in ("owner", "duty"):
        return translate("ReceptionWords", "{name} has been notified about {customer}.").format(
            name=result.routed_to_name, customer=result.customer_name)
    if result.route == "pool":
        return translate("ReceptionWords", "A manager or supervisor can assign it from the pool.")
    return translate("ReceptionWords", "No lead was created and nobody was notified.")
