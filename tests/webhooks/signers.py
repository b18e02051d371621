"""Test-side payment providers: they build and sign deliveries the way Stripe, Alipay, WeChat Pay and
a generic gateway do, with keys generated here (no network)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backend.accounts.actor import Actor
from backend.webhooks import service
from backend.webhooks.models import Provider, SecretKind, WebhookEndpoint

SHANGHAI = ZoneInfo("Asia/Shanghai")


@lru_cache(maxsize=8)
def rsa_key(name: str) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def rsa_sign(key: rsa.RSAPrivateKey, message: bytes, algorithm: hashes.HashAlgorithm | None = None) -> str:
    return base64.b64encode(key.sign(message, padding.PKCS1v15(), algorithm or hashes.SHA256())).decode()


@dataclass
class Delivery:
    headers: dict[str, str]
    body: bytes


@dataclass
class Harness:
    """One provider as seen by the tests. `age` signs as if `age` seconds ago; `variant` is one of
    "ok", "bad_signature", "wrong_algorithm"."""

    provider: Provider
    ok_status: int
    endpoint: WebhookEndpoint | None = None
    signing_secret: str = field(default_factory=lambda: "whsec_" + os.urandom(16).hex())
    api_v3_key: str = field(default_factory=lambda: os.urandom(16).hex())
    account_id: str = "2021000000000001"
    serial: str = "5157F09EFDC096DE15EBE81A47057A72"

    async def install(self, actor: Actor) -> WebhookEndpoint:
        needs_account = self.provider in (Provider.ALIPAY, Provider.WECHATPAY)
        self.endpoint = await service.create_endpoint(actor, provider=self.provider, account_id=self.account_id if needs_account else "")
        if self.provider in (Provider.STRIPE, Provider.GENERIC):
            await service.rotate_secret(actor, self.endpoint.id, kind=SecretKind.SIGNING_SECRET, value=self.signing_secret)
        elif self.provider is Provider.ALIPAY:
            await service.rotate_secret(actor, self.endpoint.id, kind=SecretKind.ALIPAY_PUBLIC_KEY, value=public_pem(rsa_key("alipay")))
        else:
            await service.rotate_secret(
                actor, self.endpoint.id, kind=SecretKind.PLATFORM_PUBLIC_KEY, value=public_pem(rsa_key("wechat")), key_id=self.serial
            )
            await service.rotate_secret(actor, self.endpoint.id, kind=SecretKind.API_V3_KEY, value=self.api_v3_key)
        return self.endpoint

    @property
    def url(self) -> str:
        assert self.endpoint is not None
        return f"/webhooks/{self.provider.value}/{self.endpoint.token}"

    # --- events ---

    def payment(
        self, *, event_id: str, payment_ref: str, amount: Decimal, invoice: str | None, currency: str = "CNY",
        customer_code: str | None = None, age: int = 0, variant: str = "ok",
    ) -> Delivery:
        return getattr(self, f"_{self.provider.value}_payment")(event_id, payment_ref, amount, invoice, currency, customer_code, age, variant)

    def refund(
        self, *, event_id: str, payment_ref: str, amount: Decimal, refund_id: str, total_refunded: Decimal | None = None,
        currency: str = "CNY",
    ) -> Delivery:
        if self.provider is Provider.GENERIC:
            return self._generic_refund(event_id, payment_ref, amount, refund_id, currency)
        return getattr(self, f"_{self.provider.value}_refund")(event_id, payment_ref, amount, refund_id, total_refunded or amount)

    def signed(self, event: dict | bytes, *, t: str | None = None) -> Delivery:
        """Stripe or generic: any body (a dict is sent as JSON, NaN and all), signed as the provider
        does, with `t` as given in the signature header (default: now)."""
        body = event if isinstance(event, bytes) else json.dumps(event).encode()
        stamp = t if t is not None else str(int(time.time()))
        mac = hmac.new(self.signing_secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
        header = "stripe-signature" if self.provider is Provider.STRIPE else "x-huikuan-signature"
        return Delivery({"content-type": "application/json", header: f"t={stamp},v1={mac}"}, body)

    # --- Stripe and generic: HMAC-SHA256 over "{t}.{body}" ---

    def _hmac_header(self, body: bytes, age: int, variant: str) -> str:
        t = int(time.time()) - age
        secret = self.signing_secret if variant != "bad_signature" else "whsec_wrong_" + os.urandom(8).hex()
        if variant == "wrong_algorithm":
            return f"t={t},v0={hmac.new(secret.encode(), f'{t}.'.encode() + body, hashlib.sha1).hexdigest()}"
        return f"t={t},v1={hmac.new(secret.encode(), f'{t}.'.encode() + body, hashlib.sha256).hexdigest()}"

    def _stripe(self, event: dict, age: int, variant: str) -> Delivery:
        body = json.dumps(event).encode()
        return Delivery({"content-type": "application/json", "stripe-signature": self._hmac_header(body, age, variant)}, body)

    def _stripe_payment(self, event_id, payment_ref, amount, invoice, currency, customer_code, age, variant) -> Delivery:
        metadata = {k: v for k, v in (("invoice_number", invoice), ("customer_code", customer_code)) if v}
        event = {
            "id": event_id, "object": "event", "type": "payment_intent.succeeded", "created": int(time.time()) - age,
            "data": {"object": {
                "id": payment_ref, "object": "payment_intent", "amount": int(amount * 100), "amount_received": int(amount * 100),
                "currency": currency.lower(), "metadata": metadata, "status": "succeeded",
            }},
        }
        return self._stripe(event, age, variant)

    def _stripe_refund(self, event_id, payment_ref, amount, refund_id, total_refunded) -> Delivery:
        event = {
            "id": event_id, "object": "event", "type": "charge.refunded", "created": int(time.time()),
            "data": {"object": {
                "id": "ch_" + payment_ref, "object": "charge", "payment_intent": payment_ref, "currency": "cny",
                "amount_refunded": int(total_refunded * 100), "refunded": True,
            }},
        }
        return self._stripe(event, 0, "ok")

    def stripe_dispute(self, *, event_id: str, payment_ref: str, amount: Decimal, dispute_id: str) -> Delivery:
        event = {
            "id": event_id, "object": "event", "type": "charge.dispute.created", "created": int(time.time()),
            "data": {"object": {
                "id": dispute_id, "object": "dispute", "charge": "ch_" + payment_ref, "payment_intent": payment_ref,
                "amount": int(amount * 100), "currency": "cny", "reason": "fraudulent", "status": "needs_response",
            }},
        }
        return self._stripe(event, 0, "ok")

    def _generic(self, event: dict, age: int, variant: str) -> Delivery:
        body = json.dumps(event).encode()
        return Delivery({"content-type": "application/json", "x-huikuan-signature": self._hmac_header(body, age, variant)}, body)

    def _generic_payment(self, event_id, payment_ref, amount, invoice, currency, customer_code, age, variant) -> Delivery:
        data = {"payment_id": payment_ref, "amount": str(amount), "currency": currency, "payer_name": "付款人"}
        if invoice:
            data["invoice_number"] = invoice
        if customer_code:
            data["customer_code"] = customer_code
        return self._generic({"id": event_id, "type": "payment.succeeded", "data": data}, age, variant)

    def _generic_refund(self, event_id, payment_ref, amount, refund_id, currency) -> Delivery:
        data = {"payment_id": payment_ref, "refund_id": refund_id, "amount": str(amount), "currency": currency}
        return self._generic({"id": event_id, "type": "payment.refunded", "data": data}, 0, "ok")

    # --- Alipay: form, RSA2 over the sorted k=v string ---

    def _alipay(self, params: dict[str, str], variant: str) -> Delivery:
        params = {**params, "app_id": self.account_id, "charset": "utf-8", "version": "1.0", "sign_type": "RSA2"}
        content = "&".join(f"{k}={params[k]}" for k in sorted(params) if k not in ("sign", "sign_type") and params[k] != "")
        if variant == "wrong_algorithm":
            params["sign_type"] = "RSA"
            params["sign"] = rsa_sign(rsa_key("alipay"), content.encode(), hashes.SHA1())
        else:
            key = rsa_key("alipay") if variant == "ok" else rsa_key("intruder")
            params["sign"] = rsa_sign(key, content.encode())
        return Delivery({"content-type": "application/x-www-form-urlencoded; charset=utf-8"}, urlencode(params).encode())

    def _alipay_time(self, age: int) -> str:
        return (datetime.now(SHANGHAI) - timedelta(seconds=age)).strftime("%Y-%m-%d %H:%M:%S")

    def _alipay_payment(self, event_id, payment_ref, amount, invoice, currency, customer_code, age, variant) -> Delivery:
        params = {
            "notify_id": event_id, "notify_time": self._alipay_time(age), "notify_type": "trade_status_sync",
            "trade_no": payment_ref, "out_trade_no": invoice or "ORDER-" + payment_ref, "trade_status": "TRADE_SUCCESS",
            "total_amount": str(amount), "receipt_amount": str(amount), "gmt_payment": self._alipay_time(age + 5),
            "buyer_logon_id": "159****5620", "subject": "货款",
        }
        return self._alipay(params, variant)

    def _alipay_refund(self, event_id, payment_ref, amount, refund_id, total_refunded) -> Delivery:
        return self.alipay_refund(event_id=event_id, trade_no=payment_ref, total_refunded=total_refunded, out_biz_no=refund_id)

    def alipay_refund(
        self, *, event_id: str, trade_no: str, total_refunded: Decimal, out_biz_no: str, total_amount: Decimal | None = None,
        closed: bool = False,
    ) -> Delivery:
        """Alipay's refund notification (异步通知 after alipay.trade.refund): `refund_fee` is the total
        refunded on the trade so far (总退款金额), `gmt_refund` is yyyy-MM-dd HH:mm:ss.S, `out_biz_no`
        the refund request's out_request_no; a full refund closes the trade (TRADE_CLOSED, with gmt_close)."""
        now = datetime.now(SHANGHAI)
        params = {
            "notify_id": event_id, "notify_time": self._alipay_time(0), "notify_type": "trade_status_sync",
            "trade_no": trade_no, "out_trade_no": "ORDER-" + trade_no, "trade_status": "TRADE_CLOSED" if closed else "TRADE_SUCCESS",
            "refund_fee": str(total_refunded), "out_biz_no": out_biz_no,
            "gmt_refund": now.strftime("%Y-%m-%d %H:%M:%S.") + f"{now.microsecond // 1000:03d}",
        }
        if total_amount is not None:
            params["total_amount"] = str(total_amount)
        if closed:
            params["gmt_close"] = now.strftime("%Y-%m-%d %H:%M:%S")
        return self._alipay(params, "ok")

    # --- WeChat Pay v3: AES-GCM resource, RSA over timestamp\\nnonce\\nbody\\n ---

    def _wechat(self, event_id: str, event_type: str, resource: dict, age: int, variant: str) -> Delivery:
        nonce = os.urandom(6).hex()
        associated = "transaction"
        ciphertext = AESGCM(self.api_v3_key.encode()).encrypt(nonce.encode(), json.dumps(resource).encode(), associated.encode())
        body = json.dumps({
            "id": event_id, "create_time": datetime.now(SHANGHAI).isoformat(timespec="seconds"), "resource_type": "encrypt-resource",
            "event_type": event_type, "summary": "支付成功",
            "resource": {
                "original_type": "transaction", "algorithm": "AEAD_AES_256_GCM", "ciphertext": base64.b64encode(ciphertext).decode(),
                "associated_data": associated, "nonce": nonce,
            },
        }).encode()
        timestamp = str(int(time.time()) - age)
        header_nonce = os.urandom(16).hex()
        key = rsa_key("wechat") if variant != "bad_signature" else rsa_key("intruder")
        signature = rsa_sign(key, f"{timestamp}\n{header_nonce}\n".encode() + body + b"\n")
        headers = {
            "content-type": "application/json", "wechatpay-timestamp": timestamp, "wechatpay-nonce": header_nonce,
            "wechatpay-serial": self.serial, "wechatpay-signature": signature,
            "wechatpay-signature-type": "WECHATPAY2-SM2-WITH-SM3" if variant == "wrong_algorithm" else "WECHATPAY2-SHA256-RSA2048",
        }
        return Delivery(headers, body)

    def _wechatpay_payment(self, event_id, payment_ref, amount, invoice, currency, customer_code, age, variant) -> Delivery:
        resource = {
            "mchid": self.account_id, "appid": "wxd678efh567hg6787", "out_trade_no": invoice or "ORDER-" + payment_ref,
            "transaction_id": payment_ref, "trade_type": "NATIVE", "trade_state": "SUCCESS", "trade_state_desc": "支付成功",
            "success_time": datetime.now(SHANGHAI).isoformat(timespec="seconds"), "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
            "amount": {"total": int(amount * 100), "payer_total": int(amount * 100), "currency": currency, "payer_currency": currency},
        }
        return self._wechat(event_id, "TRANSACTION.SUCCESS", resource, age, variant)

    def _wechatpay_refund(self, event_id, payment_ref, amount, refund_id, total_refunded) -> Delivery:
        resource = {
            "mchid": self.account_id, "out_trade_no": "ORDER-" + payment_ref, "transaction_id": payment_ref,
            "out_refund_no": "R-" + refund_id, "refund_id": refund_id, "refund_status": "SUCCESS",
            "success_time": datetime.now(SHANGHAI).isoformat(timespec="seconds"), "user_received_account": "招商银行信用卡0403",
            "amount": {"total": 100000, "refund": int(amount * 100), "payer_total": 100000, "payer_refund": int(amount * 100)},
        }
        return self._wechat(event_id, "REFUND.SUCCESS", resource, 0, "ok")


def harness(provider: Provider) -> Harness:
    return Harness(provider=provider, ok_status=204 if provider is Provider.WECHATPAY else 200)
