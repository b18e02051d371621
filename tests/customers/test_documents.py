"""Customer documents (客户资料): upload and download over HTTP, the type read from the content,
the size limit at the boundary, tenant scope, roles, audit entries, metadata updates, deletion,
expiry warnings and the list through one loader query."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date, timedelta
from urllib.parse import quote

import pytest

from backend.accounts.models import Role
from backend.audit.models import AuditEntry
from backend.config import get_settings
from backend.customers import documents
from backend.customers.documents import ExpiryStatus, expiry_status
from backend.customers.models import CustomerDocument, CustomerDocumentFile
from backend.customers.service import org_today
from tests.credit.factories import customer
from tests.credit.querycount import count_queries
from tests.fixtures.api import Member, member

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

DOCUMENTS = """
query($id: ID!) {
  customer(id: $id) {
    documents { id docType number issuedOn expiresOn note fileName contentType sizeBytes sha256 expiryStatus downloadUrl }
    documentWarnings { fileName expiryStatus }
  }
}
"""
UPDATE = """
mutation($id: ID!, $input: CustomerDocumentUpdateInput!) {
  customerDocumentUpdate(id: $id, input: $input) {
    document { docType number expiresOn note expiryStatus }
    errors { field code }
  }
}
"""
DELETE = """
mutation($id: ID!) { customerDocumentDelete(id: $id) { document { id } errors { field code } } }
"""
LIST = """
query { customers(first: 20) { nodes { code documents { fileName } } } }
"""


def _office(part: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<x/>")
    return out.getvalue()


def _headers(m: Member) -> dict[str, str]:
    return {"Authorization": f"Bearer {m.token}", "X-Organization": str(m.org.id)}


async def _upload(client, m: Member, customer_id, content: bytes, name: str = "营业执照.pdf", **form: str):
    data = {"docType": "business_licence", **form}
    return await client.post(f"/documents/customers/{customer_id}", headers=_headers(m), data=data, files={"file": (name, content, "application/octet-stream")})


def test_the_type_is_read_from_the_content() -> None:
    assert documents.detect_type(PDF) == documents.PDF
    assert documents.detect_type(PNG) == documents.PNG
    assert documents.detect_type(b"\xff\xd8\xff\xe0" + b"\x00" * 16) == documents.JPEG
    assert documents.detect_type(_office("word/document.xml")) == documents.DOCX
    assert documents.detect_type(_office("xl/workbook.xml")) == documents.XLSX
    assert documents.detect_type(_office("evil.exe")) is None  # a zip, not an Office file
    assert documents.detect_type(b"PK\x03\x04 not really a zip") is None
    assert documents.detect_type(b"MZ\x90\x00 an executable named .pdf") is None
    assert documents.detect_type(b"<html><script>") is None


def test_expiry_status_counts_30_days_from_today() -> None:
    today = date(2026, 12, 1)
    assert expiry_status(None, today) is ExpiryStatus.NONE
    assert expiry_status(date(2026, 11, 30), today) is ExpiryStatus.EXPIRED
    assert expiry_status(today, today) is ExpiryStatus.EXPIRING  # valid through its last day
    assert expiry_status(date(2026, 12, 31), today) is ExpiryStatus.EXPIRING  # 1 Dec + 30 days
    assert expiry_status(date(2027, 1, 1), today) is ExpiryStatus.VALID


def test_file_names_lose_paths_and_control_characters() -> None:
    assert documents.clean_file_name("C:\\fakepath\\营业执照.pdf") == "营业执照.pdf"
    assert documents.clean_file_name("../../etc/合同\r\n.pdf") == "合同.pdf"


async def test_upload_and_download_round_trip(client, gql) -> None:
    m = await member(gql, Role.FINANCE)
    cust = await customer(m.org)
    today = await org_today(m.org.id)
    answer = await _upload(client, m, cust.id, PDF, number="91310000MA1FL0000X", issuedOn="2024-03-01",
                           expiresOn=(today + timedelta(days=10)).isoformat(), note="原件已核对")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["contentType"] == "application/pdf"
    assert body["sizeBytes"] == len(PDF)
    assert body["sha256"] == hashlib.sha256(PDF).hexdigest()

    listed = (await gql(DOCUMENTS, {"id": str(cust.id)}, token=m.token, org=m.org.id))["data"]["customer"]
    [doc] = listed["documents"]
    assert doc["docType"] == "BUSINESS_LICENCE"
    assert doc["number"] == "91310000MA1FL0000X"
    assert doc["issuedOn"] == "2024-03-01"
    assert doc["note"] == "原件已核对"
    assert doc["expiryStatus"] == "EXPIRING"
    assert listed["documentWarnings"] == [{"fileName": "营业执照.pdf", "expiryStatus": "EXPIRING"}]

    file = await client.get(doc["downloadUrl"], headers=_headers(m))
    assert file.status_code == 200
    assert file.content == PDF
    assert file.headers["content-type"] == "application/pdf"
    assert file.headers["x-content-type-options"] == "nosniff"
    assert file.headers["content-disposition"].startswith("inline;")
    assert f"filename*=UTF-8''{quote('营业执照.pdf')}" in file.headers["content-disposition"]

    entry = await AuditEntry.get(action="customer_document.upload", target_id=doc["id"])
    assert entry.target_type == "customer_document"
    assert entry.organization_id == m.org.id


async def test_office_files_download_as_attachments(client, gql) -> None:
    m = await member(gql, Role.OWNER)
    cust = await customer(m.org)
    answer = await _upload(client, m, cust.id, _office("xl/workbook.xml"), name="2025年报表.xlsx", docType="financial_statement")
    assert answer.status_code == 201, answer.text
    assert answer.json()["contentType"] == documents.XLSX
    file = await client.get(f"/documents/{answer.json()['id']}", headers=_headers(m))
    assert file.headers["content-disposition"].startswith("attachment;")


async def test_a_wrong_type_by_content_is_refused_with_a_code(client, gql) -> None:
    m = await member(gql, Role.OWNER)
    cust = await customer(m.org)
    answer = await _upload(client, m, cust.id, b"<html><script>alert(1)</script>", name="合同.pdf")
    assert answer.status_code == 400
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [("file", "FILE_TYPE_NOT_ALLOWED")]
    assert await CustomerDocument.filter(customer_id=cust.id).count() == 0


async def test_an_oversized_file_is_refused_and_nothing_is_stored(client, gql) -> None:
    m = await member(gql, Role.OWNER)
    cust = await customer(m.org)
    limit = get_settings().max_document_bytes
    # Just over the file limit but inside the body allowance: refused after reading, with the code.
    answer = await _upload(client, m, cust.id, PDF + b"0" * (limit - len(PDF) + 1))
    assert answer.status_code == 413
    assert answer.json()["errors"][0]["code"] == "FILE_TOO_LARGE"
    assert answer.json()["errors"][0]["params"] == [{"name": "megabytes", "kind": "NUMBER", "value": "10"}]
    # Far over: the shared body limit refuses it from its declared length, before reading it.
    answer = await _upload(client, m, cust.id, PDF + b"0" * (limit + 100 * 1024))
    assert answer.status_code == 413
    assert answer.json()["errors"][0]["code"] == "FILE_TOO_LARGE"
    assert await CustomerDocument.filter(customer_id=cust.id).count() == 0
    assert await CustomerDocumentFile.all().filter(document__customer_id=cust.id).count() == 0


async def test_bad_metadata_is_refused_field_by_field(client, gql) -> None:
    m = await member(gql, Role.OWNER)
    cust = await customer(m.org)
    answer = await _upload(client, m, cust.id, PDF, docType="passport", issuedOn="2024-13-01", number="x" * 65,
                           note="bad\x00note")
    assert answer.status_code == 400
    assert sorted((e["field"], e["code"]) for e in answer.json()["errors"]) == [
        ("docType", "INVALID"), ("issuedOn", "INVALID_DATE"), ("note", "INVALID"), ("number", "TOO_LONG"),
    ]
    answer = await _upload(client, m, cust.id, PDF, issuedOn="2025-01-02", expiresOn="2025-01-01")
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [("expiresOn", "INVALID_DATE")]
    assert await CustomerDocument.filter(customer_id=cust.id).count() == 0


async def test_another_organization_gets_404(client, gql) -> None:
    m = await member(gql, Role.OWNER)
    other = await member(gql, Role.OWNER)
    cust = await customer(m.org)
    doc_id = (await _upload(client, m, cust.id, PDF)).json()["id"]
    assert (await _upload(client, other, cust.id, PDF)).status_code == 404
    assert (await client.get(f"/documents/{doc_id}", headers=_headers(other))).status_code == 404
    result = await gql(DELETE, {"id": doc_id}, token=other.token, org=other.org.id)
    assert result["data"]["customerDocumentDelete"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    result = await gql(UPDATE, {"id": doc_id, "input": {"note": "x"}}, token=other.token, org=other.org.id)
    assert result["data"]["customerDocumentUpdate"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    assert await CustomerDocument.filter(id=doc_id).exists()


async def test_roles(client, gql) -> None:
    owner = await member(gql, Role.OWNER)
    cust = await customer(owner.org)
    doc_id = (await _upload(client, owner, cust.id, PDF)).json()["id"]
    auditor = await member(gql, Role.AUDITOR, org=owner.org)
    collector = await member(gql, Role.COLLECTOR, org=owner.org)
    for reader in (auditor, collector):
        refused = await _upload(client, reader, cust.id, PDF)
        assert refused.status_code == 403, refused.text
        result = await gql(DELETE, {"id": doc_id}, token=reader.token, org=owner.org.id)
        assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN", result
    # The auditor reads everything, so it may download.
    assert (await client.get(f"/documents/{doc_id}", headers=_headers(auditor))).status_code == 200
    # Without credentials: 401.
    assert (await client.get(f"/documents/{doc_id}")).status_code == 401
    assert await CustomerDocument.filter(customer_id=cust.id).count() == 1


async def test_update_and_delete_are_audited(client, gql) -> None:
    m = await member(gql, Role.OWNER)
    cust = await customer(m.org)
    doc_id = (await _upload(client, m, cust.id, PNG, name="法人身份证.png", docType="legal_representative_id")).json()["id"]
    today = await org_today(m.org.id)
    expired = (today - timedelta(days=1)).isoformat()
    result = await gql(UPDATE, {"id": doc_id, "input": {"docType": "CONTRACT", "number": "HT-2026-001", "expiresOn": expired}},
                       token=m.token, org=m.org.id)
    assert result["data"]["customerDocumentUpdate"] == {
        "document": {"docType": "CONTRACT", "number": "HT-2026-001", "expiresOn": expired, "note": "", "expiryStatus": "EXPIRED"},
        "errors": [],
    }
    entry = await AuditEntry.get(action="customer_document.update", target_id=doc_id)
    assert entry.changes["fields"]["number"] == {"from": "", "to": "HT-2026-001"}

    result = await gql(DELETE, {"id": doc_id}, token=m.token, org=m.org.id)
    assert result["data"]["customerDocumentDelete"]["errors"] == []
    assert not await CustomerDocument.filter(id=doc_id).exists()
    assert not await CustomerDocumentFile.filter(document_id=doc_id).exists()
    entry = await AuditEntry.get(action="customer_document.delete", target_id=doc_id)
    assert entry.changes["fields"]["sha256"]["from"] == hashlib.sha256(PNG).hexdigest()
    assert (await client.get(f"/documents/{doc_id}", headers=_headers(m))).status_code == 404


async def test_lists_load_documents_in_one_query_without_their_bytes(client, gql, monkeypatch: pytest.MonkeyPatch) -> None:
    m = await member(gql, Role.OWNER)
    for _ in range(3):
        cust = await customer(m.org)
        await _upload(client, m, cust.id, PDF)
    with count_queries(monkeypatch) as sent:
        result = await gql(LIST, token=m.token, org=m.org.id)
    assert [len(n["documents"]) for n in result["data"]["customers"]["nodes"]] == [1, 1, 1]
    touching = [q for q in sent if "customer_document" in q]
    assert len(touching) == 1
    assert "customer_document_files" not in touching[0]
