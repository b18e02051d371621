"""Demo data: a bookkeeping agency's login with two client organizations. Later domains add
their rows here. Idempotent: running it twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tortoise import connections

from .accounts.actor import Actor
from .accounts.models import Membership, Organization, Role
from .accounts.service import create_user_with_membership
from .collections.demo import load_collections_demo
from .credit.demo import load_credit_demo
from .imports.repository import insert_bank_lines
from .invoices.demo import load_demo_history, load_demo_ledger
from .kit.stats import analyze
from .kit.time import utcnow
from .webhooks import service as webhooks
from .webhooks.models import Provider, WebhookEndpoint

DEMO_EMAIL = "demo@huikuan.local"
DEMO_PASSWORD = "huikuan-demo-2026"
DEMO_ORGANIZATIONS = ("上海澄明机电设备有限公司", "杭州青禾食品贸易有限公司")
DEMO_BANK_ACCOUNT = "招商银行 6225 **** 0001"
DEMO_BANK_LINES = (
    ("CMB202603020001", date(2026, 3, 2), "12800.00", "杭州青禾食品贸易有限公司", "货款 2月"),
    ("CMB202603030002", date(2026, 3, 3), "4500.00", "苏州恒远精密机械有限公司", "付发票款"),
    ("CMB202603050003", date(2026, 3, 5), "980.00", "个人转账", ""),
)
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
    first = await Organization.filter(name=DEMO_ORGANIZATIONS[0]).order_by("created_at").first()
    assert first is not None
    owner = await Membership.get(organization=first, user__email=DEMO_EMAIL)
    collector = await Membership.get_or_none(organization=first, user__email=DEMO_STAFF[0][0])
    await load_credit_demo(first, owner, collector)
    await load_demo_ledger(first)
    await load_demo_history(first)
    await _intake_demo(first)
    await load_collections_demo(first, owner, collector)
    await analyze()
    return DemoLogin(DEMO_EMAIL, DEMO_PASSWORD, DEMO_ORGANIZATIONS)


async def _intake_demo(org: Organization) -> None:
    """A generic webhook endpoint (its secret is set by the user) and bank lines waiting to be matched."""
    if not await WebhookEndpoint.filter(organization_id=org.id, provider=Provider.GENERIC).exists():
        await webhooks.create_endpoint(Actor.system(org.id), provider=Provider.GENERIC)
    lines = [
        {"transaction_id": t, "booked_on": d, "amount": Decimal(a), "currency": org.base_currency, "payer_name": p, "reference": r}
        for t, d, a, p, r in DEMO_BANK_LINES
    ]
    await insert_bank_lines(connections.get("default"), org.id, DEMO_BANK_ACCOUNT, None, lines, utcnow())
