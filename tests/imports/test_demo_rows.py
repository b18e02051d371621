"""The demo data brings a webhook endpoint and bank lines to match, and loading it twice changes nothing."""

from __future__ import annotations

from backend.accounts.models import Organization
from backend.demo import DEMO_BANK_LINES, DEMO_ORGANIZATIONS, load_demo
from backend.imports.models import BankStatementLine
from backend.webhooks.models import WebhookEndpoint


async def test_demo_intake_rows_are_idempotent(db):
    await load_demo()
    await load_demo()
    org = await Organization.filter(name=DEMO_ORGANIZATIONS[0]).order_by("created_at").first()
    assert await WebhookEndpoint.filter(organization_id=org.id).count() == 1
    assert await BankStatementLine.filter(organization_id=org.id).count() == len(DEMO_BANK_LINES)
