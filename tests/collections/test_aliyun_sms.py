"""The Aliyun SMS provider against a local HTTP server that checks each request the way Alibaba
Cloud documents it (RPC signature: HMAC-SHA1 over the sorted, percent-encoded query, keyed with
the secret + "&"), written here independently of backend/notifications/sms.py. Reminders on an SMS
stage go out through it, in the contact's language's template; a refusal fails the reminder at
once, flow control is retried."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import urllib.parse
from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta, timezone

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from backend.collections.models import ClaimStatus, DunningChannel, ReminderClaim
from backend.collections.reminders import run_organization
from backend.notifications.sms import AliyunSmsSender, aliyun_signature
from tests.collections.factories import customer, invoice, org_with_owner, policy, stage, utc

KEY_ID, SECRET = "LTAI-test-key", "test-secret-不可外泄"
TEMPLATES = {"zh-CN": "SMS_100001", "en": "SMS_100002"}
DAY = date(2026, 11, 3)
NOW = utc(2026, 11, 3, 1, 5)  # 09:05 in Shanghai


def _documented_signature(params: dict[str, str], secret: str, method: str) -> str:
    """From the SMS "Signature method" page: percent-encode names and values (quote_plus, then
    + → %20, * → %2A, %7E → ~), sort, join with & and =, then method & %2F & encoded query."""
    def encode(s: str) -> str:
        return urllib.parse.quote_plus(s.encode("utf-8")).replace("+", "%20").replace("*", "%2A").replace("%7E", "~")

    query = "&".join(encode(k) + "=" + encode(params[k]) for k in sorted(params) if k != "Signature")
    to_sign = method + "&" + encode("/") + "&" + encode(query)
    return base64.b64encode(hmac.new((secret + "&").encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha1).digest()).decode()


def test_the_documented_example_signs_the_same():
    """The GET example of Alibaba Cloud's SendSms signature documentation (testId / testSecret)."""
    params = {
        "AccessKeyId": "testId", "Action": "SendSms", "Format": "XML", "OutId": "123", "PhoneNumbers": "15300000001",
        "RegionId": "cn-hangzhou", "SignName": "阿里云短信测试专用", "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "45e25e9b-0a6f-4070-8c85-2956eda1b466", "SignatureVersion": "1.0", "TemplateCode": "SMS_71390007",
        "TemplateParam": '{"customer":"test"}', "Timestamp": "2017-07-12T02:42:19Z", "Version": "2017-05-25",
    }
    assert aliyun_signature(params, "testSecret", "GET") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="
    assert _documented_signature(params, "testSecret", "GET") == "zJDF+Lrzhj/ThnlvIToysFRq6t4="


class FakeAliyun:
    def __init__(self) -> None:
        self.received: list[dict[str, str]] = []
        self.nonces: set[str] = set()

    async def handle(self, request: Request) -> JSONResponse:
        params = dict(urllib.parse.parse_qsl((await request.body()).decode(), keep_blank_values=True))
        self.received.append(params)
        stamp = datetime.strptime(params.get("Timestamp", ""), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        fresh = abs(datetime.now(timezone.utc) - stamp) < timedelta(minutes=15)
        if (params.get("AccessKeyId") != KEY_ID or not fresh or params.get("SignatureNonce") in self.nonces
                or params.get("Signature") != _documented_signature(params, SECRET, request.method)):
            return JSONResponse({"Code": "SignatureDoesNotMatch", "Message": "bad signature", "RequestId": "r0"}, status_code=400)
        self.nonces.add(params["SignatureNonce"])
        phone = params["PhoneNumbers"]
        if phone == "100":
            return JSONResponse({"Code": "isv.MOBILE_NUMBER_ILLEGAL", "Message": "非法手机号", "RequestId": "r1"})
        if phone == "13900000000":
            return JSONResponse({"Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发流控", "RequestId": "r2"})
        return JSONResponse({"Code": "OK", "Message": "OK", "BizId": "900619746936498440^0", "RequestId": "r3"})


@pytest.fixture
async def aliyun() -> AsyncIterator[tuple[FakeAliyun, str]]:
    fake = FakeAliyun()
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=[Route("/", fake.handle, methods=["POST"])]), host="127.0.0.1", port=0,
                                           log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield fake, f"http://127.0.0.1:{port}/"
    server.should_exit = True
    await task


def _sender(url: str, secret: str = SECRET) -> AliyunSmsSender:
    return AliyunSmsSender(endpoint=url, access_key_id=KEY_ID, access_key_secret=secret, sign_name="回款科技", templates=TEMPLATES)


async def test_sms_reminders_go_out_signed_in_the_contacts_language(aliyun):
    fake, url = aliyun
    org, owner = await org_with_owner()
    await policy(owner, stages=[stage(0, DunningChannel.SMS)])
    zh = await customer(org, phone="13800000000", language="zh-CN")
    en = await customer(org, phone="13800000000", language="en")
    refused = await customer(org, phone="100")
    limited = await customer(org, phone="13900000000")
    for cust in (zh, en, refused, limited):
        await invoice(org, cust, total="1000.00", due=DAY)
    await run_organization(org.id, NOW, sms=_sender(url))

    claims = {c.customer_id: c for c in await ReminderClaim.filter(organization_id=org.id)}
    assert claims[zh.id].status is ClaimStatus.SENT and claims[en.id].status is ClaimStatus.SENT
    assert claims[refused.id].status is ClaimStatus.FAILED and "isv.MOBILE_NUMBER_ILLEGAL" in claims[refused.id].last_error
    assert claims[limited.id].status is ClaimStatus.RETRY and claims[limited.id].next_attempt_at is not None
    by_out_id = {p["OutId"]: p for p in fake.received}
    zh_request, en_request = by_out_id[str(claims[zh.id].id)], by_out_id[str(claims[en.id].id)]
    assert zh_request["TemplateCode"] == "SMS_100001" and en_request["TemplateCode"] == "SMS_100002"
    assert json.loads(zh_request["TemplateParam"]) == {"content": claims[zh.id].body}
    assert zh_request["SignName"] == "回款科技" and zh_request["Action"] == "SendSms" and zh_request["Version"] == "2017-05-25"


async def test_a_wrong_secret_is_refused_for_good(aliyun):
    _, url = aliyun
    org, owner = await org_with_owner()
    await policy(owner, stages=[stage(0, DunningChannel.SMS)])
    cust = await customer(org, phone="13800000000")
    await invoice(org, cust, total="1000.00", due=DAY)
    await run_organization(org.id, NOW, sms=_sender(url, secret="wrong"))
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert claim.status is ClaimStatus.FAILED and "SignatureDoesNotMatch" in claim.last_error
