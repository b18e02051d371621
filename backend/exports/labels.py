"""The words of coded values in exported files, in the reader's language (the same words the web
app shows for them)."""

from __future__ import annotations

from enum import Enum

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "customer_status": {
        "active": ("正常", "Active"),
        "on_hold": ("信用冻结", "On hold"),
        "blocked": ("已禁用", "Blocked"),
        "archived": ("已归档", "Archived"),
    },
    "invoice_status": {
        "draft": ("草稿", "Draft"),
        "issued": ("已开具", "Issued"),
        "partially_paid": ("部分收款", "Partially paid"),
        "paid": ("已结清", "Paid"),
        "void": ("已作废", "Void"),
        "written_off": ("已核销坏账", "Written off"),
    },
    "payment_status": {"received": ("已收款", "Received"), "reversed": ("已冲回", "Reversed")},
    "payment_method": {
        "bank_transfer": ("银行转账", "Bank transfer"),
        "cheque": ("支票", "Cheque"),
        "cash": ("现金", "Cash"),
        "bank_acceptance_bill": ("银行承兑汇票", "Bank acceptance bill"),
        "alipay": ("支付宝", "Alipay"),
        "wechat_pay": ("微信支付", "WeChat Pay"),
        "card": ("银行卡", "Card"),
        "other": ("其他", "Other"),
    },
    "alert_state": {"open": ("待处理", "Open"), "acknowledged": ("已确认", "Acknowledged"), "resolved": ("已解决", "Resolved")},
    "alert_severity": {"critical": ("严重", "Critical"), "warning": ("警告", "Warning"), "info": ("提示", "Info")},
    "alert_kind": {
        "overdue_days": ("逾期天数", "Days overdue"),
        "overdue_amount": ("逾期金额", "Overdue amount"),
        "limit_utilization": ("额度使用率", "Limit utilization"),
        "grade_downgrade": ("信用等级下调", "Grade downgrade"),
        "broken_promise": ("承诺付款违约", "Broken promise"),
        "public_record": ("公共信用记录", "Public credit record"),
    },
    "actor_type": {
        "user": ("用户", "User"),
        "api_key": ("API 密钥", "API key"),
        "system": ("系统", "System"),
        "public_link": ("公开链接", "Public link"),
        "webhook": ("Webhook", "Webhook"),
    },
    "yes_no": {"true": ("是", "Yes"), "false": ("否", "No")},
}


def label(family: str, value: object, language: str) -> str:
    """The word for `value` in `language`; the value itself when it has none (a new code still exports)."""
    if value is None:
        return ""
    key = str(value.value if isinstance(value, Enum) else value).lower()
    words = LABELS[family].get(key)
    if words is None:
        return str(value.value if isinstance(value, Enum) else value)
    return words[0] if language == "zh-CN" else words[1]
