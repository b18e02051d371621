"""Letters: a collection letter (催款函) and a lawyer's-letter draft (律师函) per customer, as PDF with
Chinese text (reportlab's CID font, registered once by backend/reconciliation/exports.py).

Generating a letter records a collection action (LETTER, or LEGAL for the lawyer's letter) linked
to the overdue invoices it lists; the PDF is rendered from that action — its invoices, as of its
local day — behind a short-lived signed link, so the SPA can open it in a new tab."""

from __future__ import annotations

import io
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..config import Settings
from ..customers.models import Customer
from ..invoices.balances import PARTS_AS_OF_SQL
from ..kit.errors import DomainError
from ..kit.signing import link_query, link_valid
from ..kit.time import local_today, utcnow
from ..kit.uow import unit_of_work
from ..reconciliation.exports import FONT
from .errors import CollectionsErrorCode as Code
from .models import ActionChannel, CollectionAction, CollectionActionInvoice, Direction, Outcome
from .service import assigned_customer

LINK_SECONDS = 15 * 60


class LetterKind(str, Enum):
    COLLECTION = "collection"  # 催款函
    LAWYER = "lawyer"  # 律师函 (draft, for the firm to finish)


TITLES = {LetterKind.COLLECTION: "催款函", LetterKind.LAWYER: "律师函（草稿）"}
# The note of the action a letter records: a code the SPA renders in the reader's language
# (collections.notes.* in the i18n files), with the number of invoices listed.
NOTE_CODES = {LetterKind.COLLECTION: "COLLECTION_LETTER", LetterKind.LAWYER: "LAWYER_LETTER"}
CHANNELS = {LetterKind.COLLECTION: ActionChannel.LETTER, LetterKind.LAWYER: ActionChannel.LEGAL}

# The overdue parts of a customer as of a day ($1 organization, $2 the day, $3 invoice ids or null,
# $4 the customer), by the one definition, with the invoice numbers.
OVERDUE_SQL = f"""
SELECT p.id AS invoice_id, i.number, i.currency, p.sequence, p.due_date, p.open, p.days_past_due
FROM ({PARTS_AS_OF_SQL}) p JOIN invoices i ON i.id = p.id
WHERE p.overdue
ORDER BY p.due_date, i.number, p.sequence
"""


@dataclass(frozen=True)
class LetterLine:
    invoice_id: uuid.UUID
    number: str
    currency: str
    sequence: int
    due_date: date
    open: Decimal
    days_past_due: int


@dataclass(frozen=True)
class Letter:
    kind: LetterKind
    organization: Organization
    customer: Customer
    day: date
    lines: list[LetterLine]

    @property
    def totals(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = defaultdict(Decimal)
        for line in self.lines:
            out[line.currency] += line.open
        return dict(sorted(out.items()))


async def _lines(organization_id: uuid.UUID, customer_id: uuid.UUID, day: date, invoice_ids: list[uuid.UUID] | None) -> list[LetterLine]:
    rows = await connections.get("default").execute_query_dict(OVERDUE_SQL, [organization_id, day, invoice_ids, [customer_id], None])
    return [LetterLine(**r) for r in rows]


async def generate(actor: Actor, customer_id: uuid.UUID | None, kind: LetterKind) -> CollectionAction:
    """Record the letter as a collection action on the customer's overdue invoices (none overdue: refused)."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        org = await Organization.get(id=actor.org_id)
        today = local_today(org.timezone)
        lines = await _lines(org.id, customer.id, today, None)
        if not lines:
            raise DomainError.single(Code.INVALID_STATE, "Nothing of this customer is overdue: there is nothing to demand.", "customerId")
        invoice_ids = sorted({line.invoice_id for line in lines})
        action = await CollectionAction.create(
            organization_id=org.id, customer_id=customer.id, channel=CHANNELS[kind], direction=Direction.OUTBOUND, outcome=Outcome.SENT,
            note_code=NOTE_CODES[kind], note_params={"invoiceCount": len(invoice_ids)}, collector_id=actor.membership_id,
            author_id=actor.user_id, occurred_at=utcnow(),
        )
        await CollectionActionInvoice.bulk_create([CollectionActionInvoice(action_id=action.id, invoice_id=i) for i in invoice_ids])
        await audit.record(actor, f"collection_letter.{kind.value}", "collection_action", action.id,
                           extra={"customer_id": customer.id, "invoice_ids": invoice_ids})
    return action


async def letter_for(action: CollectionAction, kind: LetterKind) -> Letter:
    """The letter as it was on the action's local day, over the invoices it lists."""
    org = await Organization.get(id=action.organization_id)
    customer = await Customer.get(id=action.customer_id)
    day = local_today(org.timezone, action.occurred_at)
    invoice_ids = list(await CollectionActionInvoice.filter(action_id=action.id).values_list("invoice_id", flat=True))
    return Letter(kind=kind, organization=org, customer=customer, day=day, lines=await _lines(org.id, customer.id, day, invoice_ids))


# --- the signed link ----------------------------------------------------------------------------


def _parts(action_id: uuid.UUID, kind: LetterKind) -> tuple[object, ...]:
    return ("collection-letter", kind.value, action_id)


def letter_path(settings: Settings, action_id: uuid.UUID, kind: LetterKind, now: float | None = None) -> str:
    """A link to the letter's PDF that works without signing in, for 15 minutes."""
    return f"/collections/letters/{action_id}/{kind.value}.pdf?{link_query(settings.signing_key(), _parts(action_id, kind), LINK_SECONDS, now)}"


async def action_by_link(settings: Settings, action_id: uuid.UUID | None, kind: str, expires: str, signature: str) -> CollectionAction | None:
    if action_id is None or kind not in {k.value for k in LetterKind}:
        return None
    if not link_valid(settings.signing_key(), _parts(action_id, LetterKind(kind)), expires, signature):
        return None
    return await CollectionAction.get_or_none(id=action_id)


# --- the PDF ------------------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _body(letter: Letter) -> list[str]:
    org, name = letter.organization.name, letter.customer.legal_name
    totals = "；".join(f"{c} {_money(a)}" for c, a in letter.totals.items())
    if letter.kind is LetterKind.COLLECTION:
        return [
            f"{name}：",
            f"截至 {letter.day.isoformat()}，贵司尚欠我司（{org}）下列已到期款项，合计 {totals}。",
            "请于收到本函之日起七日内付清上述款项；如已付款，请将付款凭证发送给我司并忽略本函。如对金额有异议，请在同一期限内书面提出。",
        ]
    return [
        f"致：{name}",
        f"受 {org} 委托，本律师就贵司拖欠货款一事函告如下：截至 {letter.day.isoformat()}，贵司尚欠下列已到期款项，合计 {totals}。",
        "请贵司于收到本函之日起七日内付清全部欠款。逾期未付的，委托人将依法提起诉讼，并要求贵司承担逾期付款利息、诉讼费、律师费等一切费用。",
        "（草稿：由律师事务所审定后以其名义发出。）",
    ]


def render_pdf(letter: Letter) -> bytes:
    out = io.BytesIO()
    normal = ParagraphStyle("n", fontName=FONT, fontSize=10, leading=16, wordWrap="CJK")
    title = ParagraphStyle("t", parent=normal, fontSize=18, leading=26, alignment=1)
    right = ParagraphStyle("r", parent=normal, alignment=2)
    story: list = [Paragraph(TITLES[letter.kind], title), Spacer(1, 6 * mm)]
    story += [Paragraph(text, normal) for text in _body(letter)]
    story.append(Spacer(1, 4 * mm))
    rows = [["发票号", "到期日", "币种", "未付金额", "逾期天数"]] + [
        [line.number + (f" #{line.sequence}" if line.sequence > 1 else ""), line.due_date.isoformat(), line.currency, _money(line.open),
         str(line.days_past_due)]
        for line in letter.lines
    ] + [["合计", "", c, _money(a), ""] for c, a in letter.totals.items()]
    table = LongTable(rows, repeatRows=1, colWidths=[45 * mm, 30 * mm, 20 * mm, 40 * mm, 25 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke), ("ALIGN", (3, 1), (4, -1), "RIGHT"),
    ]))
    story += [table, Spacer(1, 10 * mm), Paragraph(letter.organization.name, right), Paragraph(letter.day.isoformat(), right)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                      title=f"{TITLES[letter.kind]} {letter.customer.legal_name}", author=letter.organization.name).build(story)
    return out.getvalue()
