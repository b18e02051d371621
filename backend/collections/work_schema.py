"""GraphQL: the collector's worklist, a customer's collection timeline, payment plans, legal cases,
and collector assignment (by hand and by rules). Resolvers only translate; the rules are in
worklist.py, timeline.py, plans.py and assignment.py."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from decimal import Decimal

import strawberry
from tortoise import fields

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.pagination import Connection, PageInfo, check_page_size, decode_cursor, encode_cursor, paginate
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import assignment, dunning_calendar, letters, models, plans, timeline, worklist
from .errors import CollectionsErrorCode
from .schema import _errors, _ids, _visible
from .types import (
    AssignmentChange,
    AssignmentRule,
    CollectionAction,
    CollectionsError,
    CollectionTimelineConnection,
    CollectionTimelineEdge,
    CollectionTimelineEntry,
    Dispute,
    DunningCalendar,
    DunningCalendarEntry,
    LegalCase,
    LegalOutcomeEnum,
    LegalStageEnum,
    LegalStatusEnum,
    PaymentPlan,
    PlanStatusEnum,
    PromiseToPay,
    Reminder,
    WorklistConnection,
    WorklistEdge,
    WorklistItem,
    WorklistReason,
)

WORKLIST_CURSOR = (fields.IntField(), fields.DecimalField(max_digits=30, decimal_places=2), fields.UUIDField())
TIMELINE_CURSOR = (fields.DatetimeField(), fields.UUIDField())
REASONS = {0: WorklistReason.PROMISED_TODAY, 1: WorklistReason.FOLLOW_UP_DUE, 2: WorklistReason.OVERDUE}
TIMELINE_TYPES = {
    timeline.TimelineKind.REMINDER: ("reminder", Reminder),
    timeline.TimelineKind.ACTION: ("action", CollectionAction),
    timeline.TimelineKind.PROMISE: ("promise", PromiseToPay),
    timeline.TimelineKind.PLAN: ("plan", PaymentPlan),
    timeline.TimelineKind.DISPUTE: ("dispute", Dispute),
    timeline.TimelineKind.LEGAL_CASE: ("legal_case", LegalCase),
}


# --- inputs -----------------------------------------------------------------------------------


@strawberry.input
class WorklistFilterInput:
    collector_id: strawberry.ID | None = strawberry.field(default=None, description="managers: this collector's list")
    all_collectors: bool = strawberry.field(default=False, description="managers: every customer's")
    grades: list[str] = strawberry.field(default_factory=list, description="'' for customers not assessed")
    regions: list[str] = strawberry.field(default_factory=list)
    min_overdue_amount: Decimal = Decimal("0")
    max_overdue_amount: Decimal | None = strawberry.field(default=None, description="upper bound of the overdue amount, exclusive")
    due_today_only: bool = strawberry.field(default=False, description="only promises due today and follow-ups due")


@strawberry.input
class InstallmentInput:
    due_date: date
    amount: Decimal


@strawberry.input
class PaymentPlanInput:
    amount: Decimal
    invoice_ids: list[strawberry.ID]
    installments: list[InstallmentInput] = strawberry.field(description="by date; they add up to the amount")
    default_after_days: int = 7
    note: str = ""


@strawberry.input
class LegalCostInput:
    amount: Decimal
    description: str
    incurred_on: date


@strawberry.input
class LegalDocumentInput:
    name: str
    kind: str = ""
    dated_on: date | None = None
    reference: str = ""


@strawberry.input
class LegalCaseInput:
    invoice_ids: list[strawberry.ID]
    stage: LegalStageEnum = models.LegalStage.LAWYER_LETTER
    law_firm: str = ""
    reference: str = ""
    costs: list[LegalCostInput] = strawberry.field(default_factory=list)
    documents: list[LegalDocumentInput] = strawberry.field(default_factory=list)


@strawberry.input
class LegalCaseAdvanceInput:
    stage: LegalStageEnum = strawberry.field(description="the same stage (to add costs or documents) or a later one")
    law_firm: str | None = None
    reference: str | None = None
    costs: list[LegalCostInput] = strawberry.field(default_factory=list)
    documents: list[LegalDocumentInput] = strawberry.field(default_factory=list)


@strawberry.input
class LegalCaseCloseInput:
    outcome: LegalOutcomeEnum
    recovered_amount: Decimal | None = None
    note: str = ""
    costs: list[LegalCostInput] = strawberry.field(default_factory=list)


@strawberry.input
class AssignmentRuleInput:
    collector_id: strawberry.ID
    region: str | None = None
    grade: str | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    enabled: bool = True


def _changes(costs: list[LegalCostInput], documents: list[LegalDocumentInput] = (), law_firm: str | None = None,  # type: ignore[assignment]
             reference: str | None = None) -> plans.CaseChanges:
    return plans.CaseChanges(
        costs=[plans.CostData(c.amount, c.description, c.incurred_on) for c in costs[: plans.MAX_COSTS + 1]],
        documents=[plans.DocumentData(d.name, d.kind, d.dated_on, d.reference) for d in documents[: plans.MAX_DOCUMENTS + 1]],
        law_firm=law_firm, reference=reference,
    )


def _uuid_or_error(value: strawberry.ID | None, field_name: str):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    parsed = parse_uuid(value)
    if parsed is None:
        raise DomainError.single(CollectionsErrorCode.NOT_FOUND, "No such member.", field_name)
    return parsed


# --- payloads ---------------------------------------------------------------------------------


LetterKindEnum = strawberry.enum(letters.LetterKind, name="CollectionLetterKind")


@strawberry.type
class CollectionLetterPayload:
    action: CollectionAction | None = strawberry.field(description="the collection action recording the letter")
    url: str | None = strawberry.field(description="the PDF, without signing in, for 15 minutes (a path under the API's origin)")
    errors: list[CollectionsError]


@strawberry.type
class PaymentPlanPayload:
    plan: PaymentPlan | None
    errors: list[CollectionsError]


@strawberry.type
class LegalCasePayload:
    legal_case: LegalCase | None
    errors: list[CollectionsError]


@strawberry.type
class AssignmentPayload:
    changes: list[AssignmentChange] = strawberry.field(description="the customers whose collector changed (or would, on a dry run)")
    errors: list[CollectionsError]


@strawberry.type
class AssignmentRulesPayload:
    rules: list[AssignmentRule]
    errors: list[CollectionsError]


def _assignment_changes(rows: list[assignment.Change]) -> list[AssignmentChange]:
    return [AssignmentChange(customer_row_id=c.customer_id, from_id=c.from_collector_id, to_id=c.to_collector_id) for c in rows]


# --- queries ----------------------------------------------------------------------------------


@strawberry.type
class CollectionsWorkQuery:
    @strawberry.field(description="The collector's worklist, ranked (promised today, follow-ups due, then by score); "
                                  "the caller's own customers by default, managers choose a collector or all.")
    async def collection_worklist(
        self, info: strawberry.Info[Context], filter: WorklistFilterInput | None = None, first: int | None = None, after: str | None = None
    ) -> WorklistConnection:
        actor = info.context.org_actor()
        size = check_page_size(first, info.context.settings.max_page_size)
        f = filter or WorklistFilterInput()
        flt = worklist.WorklistFilter(
            collector_id=_uuid_or_error(f.collector_id, "collectorId"), all_collectors=f.all_collectors,
            grades=tuple(g[:8] for g in f.grades[:10]), regions=tuple(r[:64] for r in f.regions[:50]),
            min_overdue_amount=f.min_overdue_amount, max_overdue_amount=f.max_overdue_amount, due_today_only=f.due_today_only,
        )
        cursor = tuple(decode_cursor(after, WORKLIST_CURSOR)) if after else None
        page = await worklist.worklist(actor, flt, first=size, after=cursor)  # type: ignore[arg-type]
        edges = [
            WorklistEdge(
                cursor=encode_cursor(i.cursor),
                node=WorklistItem(
                    reason=REASONS[i.priority], score=i.score, open_amount=i.open_amount, overdue_amount=i.overdue_amount,
                    worst_days_overdue=i.worst_days_overdue, promised_today=i.promised_today, next_follow_up_on=i.next_follow_up_on,
                    last_action_at=i.last_action_at, grade=i.grade, region=i.region, customer_row_id=i.customer_id,
                    collector_id=i.collector_id,
                ),
            )
            for i in page.items
        ]
        return WorklistConnection(
            edges=edges, total_count=page.total_count,
            page_info=PageInfo(has_next_page=page.has_next_page, has_previous_page=after is not None,
                               start_cursor=edges[0].cursor if edges else None, end_cursor=edges[-1].cursor if edges else None),
        )

    @strawberry.field(description="What a dunning policy would send a customer, day by day from `from` (today or later) "
                                  f"for `days` (at most {dunning_calendar.MAX_DAYS}), and why what falls due is not sent; "
                                  "by the reminder worker's own rule, as of today's ledger.")
    async def dunning_calendar(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, policy_id: strawberry.ID,
        from_: Annotated[date, strawberry.argument(name="from")], days: int = 30,
    ) -> DunningCalendar:
        result = await dunning_calendar.calendar(info.context.org_actor(), parse_uuid(customer_id), parse_uuid(policy_id), from_, days)
        return DunningCalendar(
            today=result.today, follows_policy=result.follows_policy, policy_enabled=result.policy.enabled,
            entries=[DunningCalendarEntry.from_entry(e) for e in result.entries],
        )

    @strawberry.field(description="A customer's collection timeline, newest first: reminders sent, actions, promises, "
                                  "payment plans, disputes and legal cases.")
    async def collection_timeline(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, first: int | None = None, after: str | None = None
    ) -> CollectionTimelineConnection:
        actor = info.context.org_actor()
        size = check_page_size(first, info.context.settings.max_page_size)
        cursor = tuple(decode_cursor(after, TIMELINE_CURSOR)) if after else None
        page = await timeline.timeline(actor, parse_uuid(customer_id), first=size, after=cursor)  # type: ignore[arg-type]
        edges = []
        for e in page.entries:
            name, kind_type = TIMELINE_TYPES[e.kind]
            node = CollectionTimelineEntry(kind=e.kind, at=e.at, **{name: kind_type.from_model(e.row)})
            edges.append(CollectionTimelineEdge(cursor=encode_cursor([e.at.isoformat(), str(e.id)]), node=node))
        return CollectionTimelineConnection(
            edges=edges,
            page_info=PageInfo(has_next_page=page.has_next_page, has_previous_page=after is not None,
                               start_cursor=edges[0].cursor if edges else None, end_cursor=edges[-1].cursor if edges else None),
        )

    @strawberry.field(description="Payment plans of the customers the caller sees, newest first.")
    async def payment_plans(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID | None = None, status: PlanStatusEnum | None = None,
        first: int | None = None, after: str | None = None,
    ) -> Connection[PaymentPlan]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = _visible(actor, models.PaymentPlan)
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        if status is not None:
            query = query.filter(status=status)
        return await paginate(query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
                              order=("-created_at", "-id"), to_node=PaymentPlan.from_model)

    @strawberry.field(description="Legal cases of the customers the caller sees, newest first.")
    async def legal_cases(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID | None = None, status: LegalStatusEnum | None = None,
        first: int | None = None, after: str | None = None,
    ) -> Connection[LegalCase]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = _visible(actor, models.LegalCase)
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        if status is not None:
            query = query.filter(status=status)
        return await paginate(query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
                              order=("-opened_at", "-id"), to_node=LegalCase.from_model)

    @strawberry.field(description="The organization's collector assignment rules, in the order they are tried.")
    async def assignment_rules(self, info: strawberry.Info[Context]) -> list[AssignmentRule]:
        return [AssignmentRule.from_model(r) for r in await assignment.list_rules(info.context.org_actor())]


# --- mutations --------------------------------------------------------------------------------


@strawberry.type
class CollectionsWorkMutation:
    @strawberry.mutation(description="Agree a payment plan (分期); its invoices are reminded by its installments while it is active.")
    async def payment_plan_create(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: PaymentPlanInput
    ) -> PaymentPlanPayload:
        actor = info.context.org_actor()
        try:
            row = await plans.create_plan(
                actor, parse_uuid(customer_id), amount=input.amount, invoice_ids=_ids(input.invoice_ids),
                installments=[plans.InstallmentData(i.due_date, i.amount) for i in input.installments[: plans.MAX_INSTALLMENTS + 1]],
                default_after_days=input.default_after_days, note=input.note,
            )
        except DomainError as exc:
            return PaymentPlanPayload(plan=None, errors=_errors(exc))
        return PaymentPlanPayload(plan=PaymentPlan.from_model(row), errors=[])

    @strawberry.mutation(description="Cancel an active plan; dunning of its invoices resumes on their own due dates.")
    async def payment_plan_cancel(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> PaymentPlanPayload:
        actor = info.context.org_actor()
        try:
            row = await plans.cancel_plan(actor, parse_uuid(id), note)
        except DomainError as exc:
            return PaymentPlanPayload(plan=None, errors=_errors(exc))
        return PaymentPlanPayload(plan=PaymentPlan.from_model(row), errors=[])

    @strawberry.mutation(description="Escalate invoices to legal collection; they get no normal reminders while the case is open.")
    async def legal_case_create(self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: LegalCaseInput) -> LegalCasePayload:
        actor = info.context.org_actor()
        try:
            row = await plans.open_case(
                actor, parse_uuid(customer_id), invoice_ids=_ids(input.invoice_ids), stage=models.LegalStage(input.stage),
                changes=_changes(input.costs, input.documents, input.law_firm, input.reference),
            )
        except DomainError as exc:
            return LegalCasePayload(legal_case=None, errors=_errors(exc))
        return LegalCasePayload(legal_case=LegalCase.from_model(row), errors=[])

    @strawberry.mutation(description="Move a legal case forward (律师函 → litigation → judgment → enforcement), adding costs and documents.")
    async def legal_case_advance(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: LegalCaseAdvanceInput
    ) -> LegalCasePayload:
        actor = info.context.org_actor()
        try:
            row = await plans.advance_case(
                actor, parse_uuid(id), version, stage=models.LegalStage(input.stage),
                changes=_changes(input.costs, input.documents, input.law_firm, input.reference),
            )
        except DomainError as exc:
            return LegalCasePayload(legal_case=None, errors=_errors(exc))
        return LegalCasePayload(legal_case=LegalCase.from_model(row), errors=[])

    @strawberry.mutation(description="Close a legal case with its outcome; dunning resumes on what is still open.")
    async def legal_case_close(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: LegalCaseCloseInput
    ) -> LegalCasePayload:
        actor = info.context.org_actor()
        try:
            row = await plans.close_case(
                actor, parse_uuid(id), version, outcome=models.LegalOutcome(input.outcome), recovered_amount=input.recovered_amount,
                note=input.note, changes=_changes(input.costs),
            )
        except DomainError as exc:
            return LegalCasePayload(legal_case=None, errors=_errors(exc))
        return LegalCasePayload(legal_case=LegalCase.from_model(row), errors=[])

    @strawberry.mutation(description="Generate a collection letter (催款函) or a lawyer's-letter draft (律师函) listing the customer's "
                                     "overdue invoices; records a collection action and returns a link to the PDF.")
    async def collection_letter_create(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, kind: LetterKindEnum
    ) -> CollectionLetterPayload:
        actor = info.context.org_actor()
        try:
            row = await letters.generate(actor, parse_uuid(customer_id), letters.LetterKind(kind))
        except DomainError as exc:
            return CollectionLetterPayload(action=None, url=None, errors=_errors(exc))
        url = letters.letter_path(info.context.settings, row.id, letters.LetterKind(kind))
        return CollectionLetterPayload(action=CollectionAction.from_model(row), url=url, errors=[])

    @strawberry.mutation(description="Give customers to a collector (null: nobody); returns those that changed.")
    async def customers_assign_collector(
        self, info: strawberry.Info[Context], customer_ids: list[strawberry.ID], collector_id: strawberry.ID | None = None
    ) -> AssignmentPayload:
        actor = info.context.org_actor()
        try:
            if len(customer_ids) > assignment.MAX_CUSTOMERS:
                raise DomainError.single(CollectionsErrorCode.INVALID_VALUE, f"At most {assignment.MAX_CUSTOMERS} customers at once.", "customerIds")
            ids = [parse_uuid(c) for c in customer_ids]
            if any(i is None for i in ids):
                raise DomainError.single(CollectionsErrorCode.NOT_FOUND, "Some customers do not exist.", "customerIds")
            rows = await assignment.assign_customers(actor, ids, _uuid_or_error(collector_id, "collectorId"))  # type: ignore[arg-type]
        except DomainError as exc:
            return AssignmentPayload(changes=[], errors=_errors(exc))
        return AssignmentPayload(changes=_assignment_changes(rows), errors=[])

    @strawberry.mutation(description="Replace the assignment rules, tried in this order.")
    async def assignment_rules_save(self, info: strawberry.Info[Context], rules: list[AssignmentRuleInput]) -> AssignmentRulesPayload:
        actor = info.context.org_actor()
        try:
            if len(rules) > assignment.MAX_RULES:
                raise DomainError.single(CollectionsErrorCode.INVALID_VALUE, f"At most {assignment.MAX_RULES} rules.", "rules")
            data = [
                assignment.RuleData(collector_id=parse_uuid(r.collector_id), region=r.region, grade=r.grade, min_amount=r.min_amount,
                                    max_amount=r.max_amount, enabled=r.enabled)
                for r in rules
            ]
            rows = await assignment.save_rules(actor, data)
        except DomainError as exc:
            return AssignmentRulesPayload(rules=[], errors=_errors(exc))
        return AssignmentRulesPayload(rules=[AssignmentRule.from_model(r) for r in rows], errors=[])

    @strawberry.mutation(description="Apply the assignment rules to every active customer; returns the customers whose collector "
                                     "changed (dryRun: would change, nothing written).")
    async def assignment_rules_apply(self, info: strawberry.Info[Context], dry_run: bool = False) -> AssignmentPayload:
        actor = info.context.org_actor()
        try:
            rows = await assignment.apply_rules(actor, dry_run=dry_run)
        except DomainError as exc:
            return AssignmentPayload(changes=[], errors=_errors(exc))
        return AssignmentPayload(changes=_assignment_changes(rows), errors=[])
