"""What each role may do. The matrix is documented in docs/roles.md; a test keeps the two in step."""

from __future__ import annotations

from enum import Enum

from .models import ApiKeyScope, Role


class Permission(str, Enum):
    ORGANIZATION_MANAGE = "organization:manage"
    MEMBERS_READ = "members:read"
    MEMBERS_MANAGE = "members:manage"
    API_KEYS_MANAGE = "api_keys:manage"
    AUDIT_READ = "audit:read"
    CUSTOMERS_READ = "customers:read"
    CUSTOMERS_MANAGE = "customers:manage"
    CREDIT_ASSESS = "credit:assess"
    CREDIT_POLICY_MANAGE = "credit:policy"
    CREDIT_APPROVE = "credit:approve"
    CREDIT_EXCEPTION_REQUEST = "credit:exception_request"
    ALERTS_WORK = "alerts:work"
    ALERT_RULES_MANAGE = "alerts:rules"
    INVOICES_MANAGE = "invoices:manage"
    PAYMENTS_MANAGE = "payments:manage"
    WRITE_OFFS_REQUEST = "write_offs:request"
    WRITE_OFFS_APPROVE = "write_offs:approve"
    WEBHOOKS_MANAGE = "webhooks:manage"
    IMPORTS_RUN = "imports:run"
    COLLECTIONS_WORK = "collections:work"
    DUNNING_POLICIES_MANAGE = "collections:policies"
    PERFORMANCE_READ = "performance:read"
    PERFORMANCE_OWN = "performance:own"
    PERFORMANCE_MANAGE = "performance:manage"


_ALL = frozenset(Permission)

_READ = frozenset({Permission.MEMBERS_READ, Permission.CUSTOMERS_READ})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: _ALL,
    Role.ADMIN: _ALL,
    Role.FINANCE: _READ
    | {
        Permission.CUSTOMERS_MANAGE,
        Permission.CREDIT_ASSESS,
        Permission.CREDIT_EXCEPTION_REQUEST,
        Permission.ALERTS_WORK,
        Permission.INVOICES_MANAGE,
        Permission.PAYMENTS_MANAGE,
        Permission.WRITE_OFFS_REQUEST,
        Permission.IMPORTS_RUN,
        Permission.COLLECTIONS_WORK,
        Permission.PERFORMANCE_READ,
        Permission.PERFORMANCE_OWN,
    },
    Role.COLLECTOR: _READ | {Permission.ALERTS_WORK, Permission.COLLECTIONS_WORK, Permission.PERFORMANCE_OWN},
    Role.SALES: _READ | {Permission.CUSTOMERS_MANAGE, Permission.CREDIT_EXCEPTION_REQUEST},
    Role.AUDITOR: _READ | {Permission.AUDIT_READ, Permission.PERFORMANCE_READ, Permission.PERFORMANCE_OWN},
}

# Roles that may read everything but change nothing.
READ_ONLY_ROLES = frozenset({Role.AUDITOR})

# Roles that see every customer without being assigned (collectors and sales see their own
# unless their membership is granted `sees_all_customers`).
SEES_ALL_CUSTOMERS_ROLES = frozenset({Role.OWNER, Role.ADMIN, Role.FINANCE, Role.AUDITOR})

# An API key acts with the permissions of this role, limited to reads unless it has the write scope.
API_KEY_ROLE = Role.FINANCE

# Only an owner may grant or take away the owner role.
OWNER_ONLY_ROLES = frozenset({Role.OWNER})


def api_key_read_only(scopes: list[str]) -> bool:
    return ApiKeyScope.WRITE.value not in scopes
