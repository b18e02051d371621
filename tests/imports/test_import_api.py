"""Imports through GraphQL and the real worker: importStart enqueues imports.run after commit, the
job's progress and error report are visible through GraphQL, the report downloads by signed link."""

from __future__ import annotations

import asyncio
import base64
import time

import pytest

from backend.accounts.models import Role
from backend.customers.models import Customer
from tests.fixtures.api import member

from .files import csv_bytes, read_report, xlsx_bytes

START = """
mutation($input: ImportStartInput!) {
  importStart(input: $input) { job { id state kind } errors { field code } }
}
"""
JOB = """
query($id: ID!) {
  importJob(id: $id) { state rowsTotal rowsValidated rowsImported errorCount message summary { code params { name value } }
    rowErrors { row column code message } errorReportCsv errorReportUrl }
}
"""


async def wait_for_job(gql, member_, job_id: str, timeout: float = 30) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = (await gql(JOB, {"id": job_id}, token=member_.token, org=member_.org.id))["data"]["importJob"]
        if job["state"] in ("SUCCEEDED", "FAILED"):
            return job
        await asyncio.sleep(0.2)
    raise AssertionError("the import job did not finish")


def b64(content: bytes) -> str:
    return base64.b64encode(content).decode()


@pytest.mark.worker
async def test_import_runs_on_the_worker_and_reports_through_graphql(client, gql, worker_process):
    finance = await member(gql, Role.FINANCE)
    good = xlsx_bytes([["客户编码", "客户名称"], ["W1", "武汉一号有限公司"], ["W2", "武汉二号有限公司"]])
    started = await gql(
        START, {"input": {"kind": "CUSTOMERS", "fileName": "客户.xlsx", "contentBase64": b64(good)}}, token=finance.token, org=finance.org.id
    )
    payload = started["data"]["importStart"]
    assert payload["errors"] == [] and payload["job"]["state"] == "PENDING"
    job = await wait_for_job(gql, finance, payload["job"]["id"])
    assert (job["state"], job["rowsTotal"], job["rowsValidated"], job["rowsImported"], job["errorCount"]) == ("SUCCEEDED", 2, 2, 2, 0)
    assert job["summary"] == {"code": "IMPORTED", "params": [{"name": "count", "value": "2"}, {"name": "skipped", "value": "0"}]}
    assert job["errorReportCsv"] is None and job["errorReportUrl"] is None
    assert await Customer.filter(organization_id=finance.org.id).count() == 2

    bad = csv_bytes([["客户编码", "客户名称"], ["W3", "武汉三号有限公司"], ["W 4", ""]])
    started = await gql(
        START, {"input": {"kind": "CUSTOMERS", "fileName": "bad.csv", "contentBase64": b64(bad)}}, token=finance.token, org=finance.org.id
    )
    job = await wait_for_job(gql, finance, started["data"]["importStart"]["job"]["id"])
    assert (job["state"], job["rowsImported"], job["errorCount"]) == ("FAILED", 0, 2)
    assert job["summary"] == {"code": "ROWS_INVALID", "params": [{"name": "count", "value": "2"}]}
    assert [(e["row"], e["column"], e["code"]) for e in job["rowErrors"]] == [(3, "客户名称", "REQUIRED"), (3, "客户编码", "INVALID_CODE")]
    assert job["errorReportCsv"].startswith("行,列,错误代码,说明")
    assert await Customer.filter(organization_id=finance.org.id).count() == 2

    link = job["errorReportUrl"].split("://", 1)[1].split("/", 1)[1]
    download = await client.get("/" + link)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    assert [(r["row"], r["code"]) for r in read_report(download.content)] == [("3", "REQUIRED"), ("3", "INVALID_CODE")]
    tampered = await client.get("/" + link.replace("signature=", "signature=0"))
    assert tampered.status_code == 404


async def test_import_start_refusals_and_permissions(client, gql):
    finance = await member(gql, Role.FINANCE)
    not_base64 = await gql(
        START, {"input": {"kind": "INVOICES", "fileName": "a.csv", "contentBase64": "***"}}, token=finance.token, org=finance.org.id
    )
    assert not_base64["data"]["importStart"]["errors"] == [{"field": "contentBase64", "code": "INVALID_FILE"}]
    wrong_type = await gql(
        START, {"input": {"kind": "INVOICES", "fileName": "a.xls", "contentBase64": b64(b"x")}}, token=finance.token, org=finance.org.id
    )
    assert wrong_type["data"]["importStart"]["errors"] == [{"field": "fileName", "code": "UNSUPPORTED_FORMAT"}]
    collector = await member(gql, Role.COLLECTOR, org=finance.org)
    denied = await gql(
        START, {"input": {"kind": "INVOICES", "fileName": "a.csv", "contentBase64": b64(b"x")}}, token=collector.token, org=finance.org.id
    )
    assert denied["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    stranger = await member(gql, Role.OWNER)
    jobs = await gql("{ importJobs { totalCount } }", token=stranger.token, org=stranger.org.id)
    assert jobs["data"]["importJobs"]["totalCount"] == 0
