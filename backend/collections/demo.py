"""Collections demo data of the first demo organization: the default dunning policy, a history of
collection actions, a promise kept and one broken, a payment plan, a dispute and a legal case, on
the demo ledger's open invoices. Idempotent: nothing is added once the policy exists."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from ..accounts.actor import Actor
from ..accounts.models import Membership, Organization
from ..invoices.balances import invoice_open_amount
from ..invoices.ledger import OPEN_STATUSES
from ..invoices.models import Invoice
from ..kit.time import local_today
from . import plans, policies, service
from .models import (
    ActionChannel,
    CollectionAction,
    CollectionActionInvoice,
    DisputeReason,
    DunningChannel,
    DunningPolicy,
    LegalStage,
    Outcome,
    PromiseInvoice,
    PromiseStatus,
    PromiseToPay,
)

POLICY_NAME = "标准催收策略"
ZH_SUBJECT = "【{organization_name}】付款提醒：{customer_name}"
ZH_BODY = "{contact_name}您好：\n贵司以下款项合计 {total_open}（最长逾期 {days_overdue} 天）：\n{invoices_table}\n付款链接：{pay_link}\n催收员：{collector_name}"
EN_SUBJECT = "[{organization_name}] Payment reminder: {customer_name}"
EN_BODY = "Dear {contact_name},\nThe following is open, total {total_open} ({days_overdue} days overdue at most):\n{invoices_table}\nPay: {pay_link}"
SMS_ZH = "【{organization_name}】{customer_name}：您有款项 {total_open} 已逾期 {days_overdue} 天，请尽快安排付款。"
SMS_EN = "[{organization_name}] {customer_name}: {total_open} is {days_overdue} days overdue; please arrange payment."


def _templates(subject_zh: str, body_zh: str, subject_en: str, body_en: str) -> list[policies.TemplateData]:
    return [policies.TemplateData("zh-CN", subject_zh, body_zh), policies.TemplateData("en", subject_en, body_en)]


async def load_collections_demo(org: Organization, owner: Membership, collector: Membership | None) -> None:
    if await DunningPolicy.filter(organization_id=org.id, name=POLICY_NAME).exists():
        return
    actor = Actor.system(org.id)
    email = _templates(ZH_SUBJECT, ZH_BODY, EN_SUBJECT, EN_BODY)
    await policies.create_policy(actor, policies.PolicyData(
        name=POLICY_NAME, is_default=True, pay_link="https://pay.example.com/huikuan-demo",
        stages=[
            policies.StageData(-3, DunningChannel.EMAIL, email),
            policies.StageData(0, DunningChannel.EMAIL, email),
            policies.StageData(7, DunningChannel.SMS, _templates("", SMS_ZH, "", SMS_EN)),
            policies.StageData(15, DunningChannel.PHONE_TASK, []),
            policies.StageData(30, DunningChannel.LETTER, []),
            policies.StageData(60, DunningChannel.LEGAL_REFERRAL, []),
        ],
    ))
    today = local_today(org.timezone)
    tz = ZoneInfo(org.timezone)
    invoices = [i for i in await Invoice.filter(organization_id=org.id, status__in=list(OPEN_STATUSES)).order_by("due_date", "number")
                if invoice_open_amount(i) > 0]
    if len(invoices) < 3:
        return
    worker = collector or owner

    def at(days_ago: int, hour: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), time(hour, 30), tzinfo=tz)

    legal_invoice, dispute_invoice, plan_invoice = invoices[0], invoices[1], invoices[-1]
    history = [
        (plan_invoice, 20, ActionChannel.CALL, Outcome.NO_ANSWER, "上午致电财务，无人接听", None),
        (plan_invoice, 19, ActionChannel.CALL, Outcome.PROMISED, "财务王会计承诺月底前付一部分", None),
        (plan_invoice, 6, ActionChannel.VISIT, Outcome.REACHED, "上门拜访，对方资金紧张，商谈分期", None),
        (dispute_invoice, 12, ActionChannel.CALL, Outcome.DISPUTED, "客户称部分货物质量有问题", None),
        (legal_invoice, 45, ActionChannel.LETTER, Outcome.SENT, "寄出催款函", None),
        (legal_invoice, 30, ActionChannel.CALL, Outcome.REFUSED, "对方拒绝付款", None),
        (dispute_invoice, 2, ActionChannel.CALL, Outcome.LEFT_MESSAGE, "留言请回电确认争议金额", today),
    ]
    for inv, days_ago, channel, outcome, note, follow_up in history:
        action = await CollectionAction.create(
            organization_id=org.id, customer_id=inv.customer_id, channel=channel, outcome=outcome, note=note, next_follow_up_on=follow_up,
            collector_id=worker.id, author_id=worker.user_id, occurred_at=at(days_ago, 10),
        )
        await CollectionActionInvoice.create(action_id=action.id, invoice_id=inv.id)

    # A promise kept in full and one broken at a quarter, both settled in the past.
    for inv, made, due, share, status in ((plan_invoice, 19, 12, Decimal(1), PromiseStatus.KEPT),
                                          (dispute_invoice, 30, 20, Decimal("0.25"), PromiseStatus.BROKEN)):
        amount = min(invoice_open_amount(inv), Decimal("2000.00"))
        promise = await PromiseToPay.create(
            organization_id=org.id, customer_id=inv.customer_id, amount=amount, currency=inv.currency,
            made_on=today - timedelta(days=made), promised_on=today - timedelta(days=due), status=status,
            paid_amount=(amount * share).quantize(Decimal("0.01")), kept_ratio=share.quantize(Decimal("0.0001")),
            settled_on=today - timedelta(days=due - (0 if status is PromiseStatus.KEPT else 1)), collector_id=worker.id,
            created_by_id=worker.user_id, note="电话中承诺",
        )
        await PromiseInvoice.create(promise_id=promise.id, invoice_id=inv.id)

    open_amount = invoice_open_amount(plan_invoice)
    part = (open_amount / 3).quantize(Decimal("0.01"))
    await plans.create_plan(
        actor, plan_invoice.customer_id, amount=open_amount, invoice_ids=[plan_invoice.id], default_after_days=7, note="资金紧张，分三期付清",
        installments=[plans.InstallmentData(today + timedelta(days=5), part), plans.InstallmentData(today + timedelta(days=35), part),
                      plans.InstallmentData(today + timedelta(days=65), open_amount - 2 * part)],
    )
    await service.open_dispute(
        actor, dispute_invoice.customer_id, reason=DisputeReason.QUALITY, amount=min(invoice_open_amount(dispute_invoice), Decimal("1500.00")),
        invoice_ids=[dispute_invoice.id], description="客户称第二批货物有质量问题", owner_id=worker.id,
    )
    case = await plans.open_case(
        actor, legal_invoice.customer_id, invoice_ids=[legal_invoice.id],
        changes=plans.CaseChanges(
            costs=[plans.CostData("3000.00", "律师费（首期）", today - timedelta(days=10))],
            documents=[plans.DocumentData("律师函", "lawyer_letter", today - timedelta(days=10), "JD-2026-118")],
            law_firm="上海金杜律师事务所", reference="JD-2026-118",
        ),
    )
    await plans.advance_case(actor, case.id, case.version, stage=LegalStage.LITIGATION, changes=plans.CaseChanges(
        costs=[plans.CostData("1250.00", "诉讼费", today - timedelta(days=2))],
        documents=[plans.DocumentData("民事起诉状", "complaint", today - timedelta(days=2), "")],
    ))
