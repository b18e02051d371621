"""Letters: a 催款函 and a 律师函 draft as PDF with Chinese text, listing the overdue invoices and
their total; generating one records a collection action; the link is signed and short-lived."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf

from backend.accounts.models import Role
from backend.audit.models import AuditEntry
from backend.collections.models import ActionChannel, CollectionAction
from backend.kit.time import local_today
from tests.collections.factories import customer, invoice, pay
from tests.fixtures.api import member

LETTER = """
mutation($c: ID!, $k: CollectionLetterKind!) {
  collectionLetterCreate(customerId: $c, kind: $k) {
    url action { channel outcome note noteCode noteParams invoices { number } } errors { field code }
  }
}
"""


def _text(content: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)


async def test_collection_and_lawyer_letters_as_pdf(gql):
    owner = await member(gql, Role.OWNER)
    org = owner.org
    today = local_today(org.timezone)
    cust = await customer(org, legal_name="上海欠款贸易有限公司")
    first = await invoice(org, cust, total="1200.50", due=today - timedelta(days=10), issued=today - timedelta(days=40))
    second = await invoice(org, cust, total="800.00", due=today - timedelta(days=3), issued=today - timedelta(days=40))
    await pay(second, "300.00", today - timedelta(days=1))
    await invoice(org, cust, total="5000.00", due=today + timedelta(days=10), issued=today - timedelta(days=5))  # not due: not listed

    result = await gql(LETTER, {"c": str(cust.id), "k": "COLLECTION"}, token=owner.token, org=org.id)
    payload = result["data"]["collectionLetterCreate"]
    assert payload["errors"] == []
    assert payload["action"]["channel"] == "LETTER"
    # The server writes a code and its parameters, never text, into the note: the SPA renders it.
    assert (payload["action"]["note"], payload["action"]["noteCode"], payload["action"]["noteParams"]) == (
        "", "COLLECTION_LETTER", {"invoiceCount": 2}
    )
    assert sorted(i["number"] for i in payload["action"]["invoices"]) == sorted([first.number, second.number])
    pdf = await gql.http.get(payload["url"])
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    text = _text(pdf.content)
    # 1,200.50 + (800.00 − 300.00) = 1,700.50
    assert "催款函" in text and "上海欠款贸易有限公司" in text and "1,700.50" in text
    assert first.number in text and second.number in text

    lawyer = await gql(LETTER, {"c": str(cust.id), "k": "LAWYER"}, token=owner.token, org=org.id)
    payload = lawyer["data"]["collectionLetterCreate"]
    assert (payload["action"]["noteCode"], payload["action"]["noteParams"]) == ("LAWYER_LETTER", {"invoiceCount": 2})
    text = _text((await gql.http.get(payload["url"])).content)
    assert "律师函" in text and "上海欠款贸易有限公司" in text and "1,700.50" in text
    assert await CollectionAction.filter(customer_id=cust.id, channel=ActionChannel.LEGAL).count() == 1
    assert await AuditEntry.filter(action="collection_letter.collection", organization_id=org.id).count() == 1

    tampered = payload["url"].replace("signature=", "signature=0")
    assert (await gql.http.get(tampered)).status_code == 404

    paid_up = await customer(org)
    nothing = await gql(LETTER, {"c": str(paid_up.id), "k": "COLLECTION"}, token=owner.token, org=org.id)
    assert nothing["data"]["collectionLetterCreate"]["errors"] == [{"field": "customerId", "code": "INVALID_STATE"}]
    collector = await member(gql, Role.COLLECTOR, org=org)
    refused = await gql(LETTER, {"c": str(cust.id), "k": "COLLECTION"}, token=collector.token, org=org.id)
    assert refused["data"]["collectionLetterCreate"]["errors"] == [{"field": "customerId", "code": "NOT_ASSIGNED"}]
