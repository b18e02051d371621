"""One adapter per payment provider: verify a delivery and normalize its event."""

from __future__ import annotations

from ..models import Provider
from .alipay import AlipayAdapter
from .base import Credentials, Incoming, ProviderAdapter, ProviderEvent, Secret
from .generic import GenericAdapter
from .stripe import StripeAdapter
from .wechatpay import WechatPayAdapter

ADAPTERS: dict[Provider, ProviderAdapter] = {
    Provider.STRIPE: StripeAdapter(),
    Provider.ALIPAY: AlipayAdapter(),
    Provider.WECHATPAY: WechatPayAdapter(),
    Provider.GENERIC: GenericAdapter(),
}

__all__ = ["ADAPTERS", "Credentials", "Incoming", "ProviderAdapter", "ProviderEvent", "Secret"]
