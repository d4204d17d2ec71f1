"""Who may do what: the role matrix of DOMAIN.md, checked by every service."""

from __future__ import annotations

from app.models.user import ROLES, User
from app.services.errors import PermissionDenied

# permission -> roles that hold it. Later areas add their permissions here, nowhere else.
PERMISSIONS: dict[str, frozenset[str]] = {
    "users.manage": frozenset({"admin"}),
    "teams.manage": frozenset({"admin"}),
    "settings.manage": frozenset({"admin"}),
    "audit.view": frozenset({"admin", "manager"}),
    "account.change_password": frozenset(ROLES),
    "backup.run": frozenset({"admin"}),
    "customers.view": frozenset({"sales", "supervisor", "manager"}),
    "customers.edit": frozenset({"sales", "supervisor", "manager"}),
    "customers.merge": frozenset({"manager"}),
    "customers.import": frozenset({"manager", "admin"}),
    "customers.export": frozenset({"sales", "supervisor", "manager"}),
    "reception.register": frozenset({"frontdesk", "sales", "supervisor", "manager"}),
    "reception.lookup": frozenset({"frontdesk", "sales", "supervisor", "manager"}),
    "reception.report": frozenset({"frontdesk", "supervisor", "manager"}),
    "reception.rotation": frozenset({"admin", "supervisor", "manager"}),
    "pool.view": frozenset({"sales", "supervisor", "manager"}),
    "pool.claim": frozenset({"sales", "supervisor"}),
    "pool.assign": frozenset({"supervisor", "manager"}),
    "pool.rules": frozenset({"manager"}),
    "follow_ups.record": frozenset({"sales", "supervisor", "manager"}),
    "opportunities.edit": frozenset({"sales", "supervisor", "manager"}),
    "monitoring.view": frozenset({"supervisor", "manager"}),
    "products.view": frozenset({"sales", "supervisor", "manager", "admin"}),  # admins maintain products
    "products.manage": frozenset({"manager", "admin"}),
    "quotations.view": frozenset({"sales", "supervisor", "manager"}),
    "quotations.edit": frozenset({"sales", "supervisor", "manager"}),
    "quotations.approve": frozenset({"supervisor", "manager"}),
    "orders.view": frozenset({"sales", "supervisor", "manager"}),
    "orders.edit": frozenset({"sales", "supervisor", "manager"}),
    "orders.approve": frozenset({"supervisor", "manager"}),
    "shipments.edit": frozenset({"sales", "supervisor", "manager"}),
    "payments.record": frozenset({"sales", "supervisor", "manager"}),
    "kpi.view": frozenset({"sales", "supervisor", "manager"}),  # scoped: own, team's, all
    "targets.view": frozenset({"sales", "supervisor", "manager"}),  # scoped like kpi.view
    "targets.edit": frozenset({"supervisor", "manager"}),  # supervisors: their team's salespeople only
    "commissions.view": frozenset({"sales", "supervisor", "manager"}),  # scoped: own, team's, all
    "commissions.manage": frozenset({"manager"}),  # rules, generate, approve, mark paid
}


def can(user: User | None, permission: str) -> bool:
    """True when `user` is active and their role holds `permission`."""
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return bool(user is not None and user.active and user.role in PERMISSIONS[permission])


def require(user: User | None, permission: str) -> None:
    """Raise PermissionDenied unless `user` holds `permission`."""
    if not can(user, permission):
        role = user.role if user is not None else "nobody"
        raise PermissionDenied(f"Role {role!r} may not do {permission!r}.")
