"""Demo data: a bookkeeping agency's login with two client organizations. Later domains add
their rows here. Idempotent: running it twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass

from .accounts.models import Membership, Organization, Role
from .accounts.service import create_user_with_membership
from .invoices.demo import load_demo_ledger

DEMO_EMAIL = "demo@huikuan.local"
DEMO_PASSWORD = "huikuan-demo-2026"
DEMO_ORGANIZATIONS = ("上海澄明机电设备有限公司", "杭州青禾食品贸易有限公司")
DEMO_STAFF = (
    ("collector@huikuan.local", "王晓雯", Role.COLLECTOR),
    ("auditor@huikuan.local", "李审计", Role.AUDITOR),
)


@dataclass(frozen=True)
class DemoLogin:
    email: str
    password: str
    organizations: tuple[str, ...]


async def has_demo_data() -> bool:
    return await Organization.filter(name=DEMO_ORGANIZATIONS[0]).exists()


async def load_demo() -> DemoLogin:
    for name in DEMO_ORGANIZATIONS:
        await create_user_with_membership(
            email=DEMO_EMAIL, password=DEMO_PASSWORD, organization_name=name, role=Role.OWNER, full_name="陈会计"
        )
    for email, full_name, role in DEMO_STAFF:
        await create_user_with_membership(
            email=email, password=DEMO_PASSWORD, organization_name=DEMO_ORGANIZATIONS[0], role=role, full_name=full_name
        )
    assert await Membership.filter(user__email=DEMO_EMAIL).count() == len(DEMO_ORGANIZATIONS)
    await load_demo_ledger(await Organization.get(name=DEMO_ORGANIZATIONS[0]))
    return DemoLogin(DEMO_EMAIL, DEMO_PASSWORD, DEMO_ORGANIZATIONS)
