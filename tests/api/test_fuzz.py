"""Schema-driven fuzzing: every query and mutation of the schema, signed in as the owner of an
organization with some data, called with arguments drawn by hypothesis from strategies built
from the schema itself (graphql-core's types), hostile values included: NUL bytes, lone
surrogates, strings longer than any column, NaN and 1e1000000, dates in year 1 and 9999, odd
cursors, explicit nulls. No call may answer a 5xx or an INTERNAL_SERVER_ERROR.

Hypothesis draws the variables with a fixed seed (`derandomize`) and a bounded number of examples
per field; the requests are then sent through the real app on the test's event loop."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
    get_named_type,
)
from graphql.pyutils import Undefined
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from backend.accounts.models import Membership
from backend.alerts.models import AlertRule
from backend.api.schema import schema
from backend.customers.models import Contact, Customer
from backend.invoices import service as invoices
from backend.invoices.models import CreditNote, Invoice
from backend.payments.models import Payment
from tests.fixtures.api import login, member
from tests.invoices.factories import create_customer, issued_invoice, one_line, received, staff

EXAMPLES_PER_FIELD = 8
# Fields that end the caller's own session: fuzzed last, then signed in again.
SESSION_ENDING = {"tokenRevoke", "memberRemove"}

HOSTILE_STRINGS = [
    "", " ", "x", "光", "a\u0000b", "a\ud800b", "\udfff", "x" * 65, "x" * 300, "x" * 10_001, "0001-01-01", "NaN",
    "1e1000000", "<script>", "' OR 1=1 --", "INV-000001", "CNY", "Asia/Shanghai", "a@b.cn",
]
ODD_CURSORS = [
    base64.urlsafe_b64encode(json.dumps(v).encode()).decode()
    for v in (1, {"a": 1}, [[1]], [str(10**20), str(uuid.uuid4())], ["abc", "def"], [None, None], [True, 1.5])
] + [base64.urlsafe_b64encode(b"[" * 3000 + b"]" * 3000).decode(), "%%%", "光标"]
DECIMALS = ["NaN", "sNaN", "Infinity", "-Infinity", "1e1000000", "1e30", "-1", "0", "0.001", "12.34", "100", 12.34, 1, "abc", ""]
DATES = ["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "1969-12-31", "2026-01-31", "2099-12-31", "2100-01-01", "2026-02-30", "x"]
DATETIMES = ["2030-01-01T00:00:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2030-01-01T00:00:00+08:00", "2027-01-01T00:00:00Z", "x"]
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10, 10), st.sampled_from(HOSTILE_STRINGS[:8])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(["a", "b\u0000"]), inner, max_size=2)),
    max_leaves=6,
)


def _scalar(type_: GraphQLScalarType, ids: list[str], argument: str) -> st.SearchStrategy[Any]:
    name = type_.name
    if name == "ID":
        return st.one_of(st.sampled_from(ids), st.sampled_from(["not-a-uuid", "a\u0000", str(uuid.UUID(int=0))]))
    if name == "String":
        if argument == "after":
            return st.sampled_from(ODD_CURSORS)
        return st.one_of(st.sampled_from(HOSTILE_STRINGS), st.text(max_size=12))
    if name == "Int":
        return st.one_of(st.sampled_from([0, -1, 1, 20, 100, 101, 2**31 - 1, -(2**31)]), st.integers(-1000, 1000))
    if name == "Float":
        return st.floats(allow_nan=False, allow_infinity=False)
    if name == "Boolean":
        return st.booleans()
    if name == "Decimal":
        return st.sampled_from(DECIMALS)
    if name == "Date":
        return st.sampled_from(DATES)
    if name == "DateTime":
        return st.sampled_from(DATETIMES)
    if name == "JSON":
        return JSON_VALUES
    return st.sampled_from(HOSTILE_STRINGS)


def value_strategy(type_: GraphQLInputType, ids: list[str], argument: str = "", depth: int = 0) -> st.SearchStrategy[Any]:
    if isinstance(type_, GraphQLNonNull):
        return _non_null(type_.of_type, ids, argument, depth)
    return st.one_of(st.none(), _non_null(type_, ids, argument, depth))


def _non_null(type_: Any, ids: list[str], argument: str, depth: int) -> st.SearchStrategy[Any]:
    if isinstance(type_, GraphQLList):
        return st.lists(value_strategy(type_.of_type, ids, argument, depth + 1), max_size=3)
    if isinstance(type_, GraphQLEnumType):
        return st.sampled_from(list(type_.values))
    if isinstance(type_, GraphQLScalarType):
        return _scalar(type_, ids, argument)
    assert isinstance(type_, GraphQLInputObjectType)
    required = {n: value_strategy(f.type, ids, n, depth + 1) for n, f in type_.fields.items() if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined}
    optional = {n: value_strategy(f.type, ids, n, depth + 1) for n, f in type_.fields.items() if n not in required} if depth < 3 else {}
    return st.fixed_dictionaries(required, optional=optional)


def selection(type_: Any, depth: int = 0) -> str:
    """A small selection: the scalar fields, payload errors, a connection's total count."""
    named = get_named_type(type_)
    if isinstance(named, (GraphQLScalarType, GraphQLEnumType)):
        return ""
    if isinstance(named, GraphQLUnionType):
        return "{ __typename }"
    assert isinstance(named, (GraphQLObjectType, GraphQLInterfaceType))
    parts = []
    for name, field in named.fields.items():
        inner = get_named_type(field.type)
        if field.args and any(isinstance(a.type, GraphQLNonNull) for a in field.args.values()):
            continue
        if isinstance(inner, (GraphQLScalarType, GraphQLEnumType)):
            parts.append(name)
        elif depth < 1 and (name in ("errors", "pageInfo") or name.endswith("Count") or (depth == 0 and not field.args)):
            parts.append(f"{name} {selection(field.type, depth + 1)}")
    return "{ " + (" ".join(parts) or "__typename") + " }"


def document(operation: str, name: str, field: GraphQLField) -> str:
    definitions = ", ".join(f"${a}: {arg.type}" for a, arg in field.args.items())
    arguments = ", ".join(f"{a}: ${a}" for a in field.args)
    head = f"{operation}({definitions})" if definitions else operation
    call = f"{name}({arguments})" if arguments else name
    return f"{head} {{ {call} {selection(field.type)} }}"


def literal(value: Any, type_: Any) -> str:
    """`value` written into the document as a GraphQL literal of `type_`."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if value is None:
        return "null"
    if isinstance(type_, GraphQLList):
        items = value if isinstance(value, list) else [value]
        return "[" + ", ".join(literal(v, type_.of_type) for v in items) + "]"
    if isinstance(type_, GraphQLInputObjectType):
        return "{" + ", ".join(f"{k}: {literal(v, type_.fields[k].type)}" for k, v in value.items()) + "}"
    if isinstance(type_, GraphQLEnumType) or isinstance(value, bool):
        return str(value).lower() if isinstance(value, bool) else str(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, dict)):
        return json.dumps(json.dumps(value))  # a JSON scalar, as text
    return json.dumps(value)


def literal_document(operation: str, name: str, field: GraphQLField, variables: dict[str, Any]) -> str:
    arguments = ", ".join(f"{a}: {literal(v, field.args[a].type)}" for a, v in variables.items())
    call = f"{name}({arguments})" if arguments else name
    return f"{operation} {{ {call} {selection(field.type)} }}"


def _required(argument: Any) -> bool:
    return isinstance(argument.type, GraphQLNonNull) and argument.default_value is Undefined


def draw_variables(field: GraphQLField, ids: list[str]) -> list[dict[str, Any]]:
    """`EXAMPLES_PER_FIELD` sets of variables, the same ones on every run."""
    strategy = st.fixed_dictionaries(
        {a: value_strategy(arg.type, ids, a) for a, arg in field.args.items() if _required(arg)},
        optional={a: value_strategy(arg.type, ids, a) for a, arg in field.args.items() if not _required(arg)},
    )
    drawn: list[dict[str, Any]] = []

    @settings(max_examples=EXAMPLES_PER_FIELD, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(strategy)
    def collect(variables: dict[str, Any]) -> None:
        drawn.append(variables)

    collect()
    return drawn


def operations() -> list[tuple[str, str, GraphQLField]]:
    found = []
    for operation, root in (("query", schema._schema.query_type), ("mutation", schema._schema.mutation_type)):
        assert root is not None
        found.extend((operation, name, field) for name, field in root.fields.items())
    return sorted(found, key=lambda o: (o[1] in SESSION_ENDING, o[0], o[1]))


async def _world(gql) -> tuple[Any, list[str]]:
    owner = await member(gql)
    actor = (await staff(owner.org)).actor
    customer = await create_customer(owner.org, grade="A")
    invoice = await issued_invoice(actor, customer, "1000.00")
    await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", exchange_rate=None, lines=one_line("50.00"))
    await received(actor, customer, "300.00")
    ids: list[str] = [str(invoice.id), str(customer.id)]
    for model in (Customer, Invoice, Payment, CreditNote, Contact, AlertRule, Membership):
        ids.extend(str(pk) for pk in await model.filter(organization_id=owner.org.id).limit(3).values_list("id", flat=True))
    return owner, ids


async def test_no_input_reaches_a_server_error(gql):
    owner, ids = await _world(gql)
    token = owner.token
    failures: list[str] = []
    calls = reached = 0
    statuses: dict[int, int] = {}
    for operation, name, field in operations():
        query = document(operation, name, field)
        for i, variables in enumerate(draw_variables(field, ids)):
            # Every other call writes the values into the document as literals.
            body = {"query": query, "variables": variables} if i % 2 == 0 else {"query": literal_document(operation, name, field, variables)}
            # json.dumps escapes lone surrogates (\ud800) as a JSON client would.
            response = await gql.http.post(
                "/graphql", content=json.dumps(body),
                headers={"content-type": "application/json", "authorization": f"Bearer {token}", "x-organization": str(owner.org.id)},
            )
            calls += 1
            text = response.text
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            reached += bool((response.json().get("data") or {}).get(name) is not None)
            if response.status_code >= 500 or "INTERNAL_SERVER_ERROR" in text:
                failures.append(f"{name} {json.dumps(variables, ensure_ascii=True)[:300]} -> {response.status_code} {text[:300]}")
            if "INVALID_TOKEN" in text or "UNAUTHENTICATED" in text:
                token = (await login(gql, owner.user))["accessToken"]
    # Most calls must get past coercion into a resolver, or the fuzzing tests little.
    assert len(operations()) >= 100 and calls > 500 and reached > calls // 3, (calls, reached, statuses)
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])
