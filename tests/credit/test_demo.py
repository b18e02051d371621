"""The demo data: twenty customers across every grade with their file, some alerts; loading twice changes nothing."""

from __future__ import annotations

from backend.alerts.models import Alert, RuleKind
from backend.credit.models import CreditAssessment, FinancialStatement
from backend.customers.credit_code import problem
from backend.customers.models import Attachment, Contact, Customer
from backend.demo import DEMO_ORGANIZATIONS, load_demo
from backend.invoices.demo import DEMO_CUSTOMERS as LEDGER_DEMO_CUSTOMERS


async def test_demo_customers_cover_every_grade_and_load_idempotently():
    await load_demo()
    await load_demo()
    # The ledger's demo adds its own two customers (ungraded) next to the credit demo's twenty.
    customers = await Customer.filter(organization__name=DEMO_ORGANIZATIONS[0]).exclude(code__in=[c for c, _, _ in LEDGER_DEMO_CUSTOMERS])
    assert len(customers) == 20
    assert {c.grade for c in customers} == {"AAA", "AA", "A", "B", "C"}
    assert all(problem(c.credit_code) is None for c in customers)
    ids = [c.id for c in customers]
    assert await Contact.filter(customer_id__in=ids).count() == 20
    assert await Attachment.filter(customer_id__in=ids).count() == 20
    assert await FinancialStatement.filter(customer_id__in=ids).count() == 19 * 2 + 1
    assert await CreditAssessment.filter(customer_id__in=ids).count() == 21
    kinds = sorted(a.kind.value for a in await Alert.filter(customer_id__in=ids))
    assert kinds == [RuleKind.GRADE_DOWNGRADE.value, RuleKind.PUBLIC_RECORD.value, RuleKind.PUBLIC_RECORD.value]
