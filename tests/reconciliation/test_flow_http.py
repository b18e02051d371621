"""Acceptance 2: the full flow through HTTP — send (a real SMTP server receives the mail with the PDF),
open the link, dispute two lines, resolve them, re-send, confirm — with a real Dramatiq worker."""

from __future__ import annotations

import asyncio
import base64
import io
import re
from datetime import date
from decimal import Decimal
from email.header import decode_header, make_header
from email.message import Message

import pypdf
import pytest

from backend.accounts.models import Role
from backend.invoices import service as invoices
from backend.reconciliation.models import StatementAccess
from tests.invoices.factories import staff
from tests.reconciliation import gql as q
from tests.reconciliation.factories import FEB_END, FEB_START, billing_contact, february_ledger

pytestmark = pytest.mark.worker

UA = {"user-agent": "Mozilla/5.0 (customer's accountant)"}
TINY_PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _parts(message: Message) -> tuple[str, bytes | None, str | None]:
    text, pdf, name = "", None, None
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            text = part.get_payload(decode=True).decode()
        elif part.get_content_type() == "application/pdf":
            pdf, name = part.get_payload(decode=True), part.get_filename()
    return text, pdf, name


def _subject(message: Message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _token(text: str) -> str:
    found = re.search(r"/statement/([A-Za-z0-9_\-]+)", text)
    assert found, text
    return found.group(1)


async def test_send_dispute_resolve_resend_confirm(gql, client, worker_process, smtp_server):
    inbox, _ = smtp_server
    ledger = await february_ledger(legal_name="杭州某某电子有限公司")
    await billing_contact(ledger.customer, "zh-ap@example.com", "zh-CN", "李会计")
    await billing_contact(ledger.customer, "en-ap@example.com", "en", "Jane Doe")
    token = await q.owner_token(gql, ledger)
    created = await q.call(gql, token, ledger, q.CREATE, {"input": {
        "customerId": str(ledger.customer.id), "periodStart": FEB_START.isoformat(), "periodEnd": FEB_END.isoformat(),
    }})
    statement = created["accountStatementCreate"]["statement"]
    assert (statement["status"], statement["closingBalance"]) == ("DRAFT", "500.00")

    sent = (await q.call(gql, token, ledger, q.SEND, {"id": statement["id"]}))["accountStatementSend"]
    assert sent["errors"] == [] and sent["statement"]["status"] == "SENT"

    # Each billing contact gets the mail in their language, with the PDF attached.
    zh = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "zh-ap@example.com")
    en = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == "en-ap@example.com")
    assert statement["number"] in _subject(zh) and "往来对账函" in _subject(zh) and "Statement of account" in _subject(en)
    zh_text, pdf, filename = _parts(zh)
    en_text, _, _ = _parts(en)
    assert "往来对账函" in zh_text and "500.00" in zh_text and "statement of account ST-" in en_text
    assert filename == f"{statement['number']}.pdf"
    assert "杭州某某电子有限公司" in "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    link_token = _token(zh_text)
    assert _token(en_text) == link_token

    # The customer opens the link (no account) and disputes two lines.
    opened = await client.get(f"/public/statements/{link_token}", headers=UA)
    assert opened.status_code == 200, opened.text
    body = opened.json()
    assert (body["customer"]["name"], body["closingBalance"], body["status"]) == ("杭州某某电子有限公司", "500.00", "sent")
    by_kind = {(line["kind"], line["credit"] if line["kind"] != "invoice" else line["debit"]): line["id"] for line in body["lines"]}
    invoice_b, payment = by_kind[("invoice", "800.00")], by_kind[("payment", "300.00")]
    disputed = await client.post(f"/public/statements/{link_token}/dispute", headers=UA, json={
        "name": "李会计",
        "lines": [
            {"lineId": invoice_b, "reason": "amount_differs", "amount": "780.00", "note": "我方入账 780"},
            {"lineId": payment, "reason": "missing_payment", "note": "2月10日付款 300 元另有一笔 200 元未列"},
        ],
        "attachment": {"fileName": "回单.pdf", "contentType": "application/pdf", "contentBase64": base64.b64encode(TINY_PDF).decode()},
    })
    assert (disputed.status_code, disputed.json()) == (200, {"status": "disputed", "repeated": False})

    # Staff see two discrepancies, assign one, resolve both.
    detail = (await q.call(gql, token, ledger, q.DETAIL, {"id": statement["id"]}))["accountStatement"]
    assert detail["status"] == "DISPUTED"
    found = {(d["reason"], d["customerAmount"], d["line"]["kind"]) for d in detail["discrepancies"]}
    assert found == {("AMOUNT_DIFFERS", "780.00", "INVOICE"), ("MISSING_PAYMENT", None, "PAYMENT")}
    assert {d["attachmentName"] for d in detail["discrepancies"]} == {"回单.pdf"}
    attachment = await client.get(detail["discrepancies"][0]["attachmentUrl"])
    assert (attachment.status_code, attachment.content, attachment.headers["content-type"]) == (200, TINY_PDF, "application/pdf")
    tampered = detail["discrepancies"][0]["attachmentUrl"].replace(detail["discrepancies"][0]["id"], detail["discrepancies"][1]["id"])
    assert (await client.get(tampered)).status_code == 404
    collector = await staff(ledger.org, Role.COLLECTOR)
    first, second = detail["discrepancies"]
    assigned = (await q.call(gql, token, ledger, q.ASSIGN, {"id": first["id"], "m": str(collector.membership.id)}))
    assert assigned["statementDiscrepancyAssign"]["discrepancy"]["assignedTo"]["id"] == str(collector.membership.id)
    # Finance agrees with the customer on invoice B and issues a 20.00 credit note; the payment was right.
    note = await invoices.create_credit_note(
        ledger.owner, customer_id=ledger.customer.id, currency="CNY", amount=Decimal("20.00"), reason="对账差异", issue_date=date(2026, 2, 28)
    )
    for discrepancy, resolution, document in ((first, "CREDIT_NOTE_ISSUED", str(note.id)), (second, "NO_CHANGE", None)):
        resolved = await q.call(gql, token, ledger, q.RESOLVE, {"id": discrepancy["id"], "r": resolution, "note": "", "doc": document})
        assert resolved["statementDiscrepancyResolve"]["errors"] == []
    detail = (await q.call(gql, token, ledger, q.DETAIL, {"id": statement["id"]}))["accountStatement"]
    assert detail["status"] == "RESOLVED"
    assert all(d["resolvedBy"] for d in detail["discrepancies"])

    # Re-send: a new revision and a new link; the old link no longer opens anything.
    resent = (await q.call(gql, token, ledger, q.SEND, {"id": statement["id"]}))["accountStatementSend"]["statement"]
    assert (resent["status"], resent["revision"], resent["closingBalance"]) == ("SENT", 2, "480.00")
    again = await asyncio.to_thread(
        inbox.wait_for, lambda m: m["To"] == "zh-ap@example.com" and _token(_parts(m)[0]) != link_token
    )
    new_token = _token(_parts(again)[0])
    assert (await client.get(f"/public/statements/{link_token}")).status_code == 404

    confirmed = await client.post(f"/public/statements/{new_token}/confirm", headers=UA, json={"name": "李会计"})
    assert (confirmed.status_code, confirmed.json()) == (200, {"status": "confirmed", "repeated": False})
    repeated = await client.post(f"/public/statements/{new_token}/confirm", headers=UA, json={"name": "李会计"})
    assert (repeated.status_code, repeated.json()) == (200, {"status": "confirmed", "repeated": True})

    status = (await q.call(gql, token, ledger, q.CUSTOMER_STATUS, {"id": str(ledger.customer.id)}))["customer"]["reconciliation"]
    assert (status["lastConfirmedPeriodEnd"], status["openDiscrepancies"], status["latestStatementStatus"]) == (
        date(2026, 2, 28).isoformat(), 0, "CONFIRMED"
    )
    log = await StatementAccess.filter(statement_id=statement["id"]).order_by("at", "id").values_list("action", "ip", "user_agent")
    assert [a.value for a, _, _ in log] == ["view", "dispute", "confirm", "confirm"]
    assert {(ip, ua) for _, ip, ua in log} == {("10.9.8.7", UA["user-agent"])}
