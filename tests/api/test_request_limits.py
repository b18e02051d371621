"""Request bodies, cursors, signed links and query shapes that once reached a 500 or blocked the
process: each is refused quickly with a structured error, and every response has a request id."""

from __future__ import annotations

import base64
import json
import uuid

import httpx
import pytest
from graphql import get_introspection_query

from backend.api.schema import build_schema
from backend.app import create_app
from backend.config import Settings, get_settings
from backend.customers.models import Customer
from tests.fixtures.api import member
from tests.invoices.factories import create_customer


async def post(client, content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return await client.post("/graphql", content=content, headers={"content-type": "application/json", **(headers or {})})


# --- request bodies ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "body",
    [b"null", b"1", b'"x"', b"[]", b"\xff\xfe{}", b"[" * 100_000 + b"]" * 100_000,
     b'{"query": "{ __typename }", "variables": {"a": ' + b"[" * 500 + b"]" * 500 + b"}}",
     b'{"query": "{ __typename }", "variables": {"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
     b'{"query": "{ __typename }", "variables": {"n": ' + b"9" * 5000 + b"}}"],
    ids=["null", "number", "string", "list", "not-utf8", "nested-100000", "variables-nested-500", "variables-nested-100000",
         "json-int-5000-digits"],
)
async def test_bodies_that_are_not_a_graphql_request_are_400(client, body):
    response = await post(client, body)
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["message"]
    assert response.headers["x-request-id"]


async def test_an_integer_literal_of_5000_digits_is_a_graphql_error(client, gql):
    owner = await member(gql)
    query = "{ customers(first: %s) { totalCount } }" % ("9" * 5000)
    response = await gql.raw(query, token=owner.token, org=owner.org.id)
    assert response.status_code < 500
    assert response.json()["errors"] and "INTERNAL_SERVER_ERROR" not in response.text


async def test_a_body_declared_larger_than_the_limit_is_refused_before_it_is_read(db):
    app = create_app(get_settings())
    received = 0

    async def call(scope_headers: list[tuple[bytes, bytes]], chunks: int) -> tuple[int, dict[str, str]]:
        nonlocal received
        sent: list[dict] = []
        remaining = chunks

        async def receive() -> dict:
            nonlocal remaining, received
            remaining -= 1
            received += 1
            return {"type": "http.request", "body": b"x" * 65536, "more_body": remaining > 0}

        async def send(message: dict) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "POST", "path": "/graphql", "raw_path": b"/graphql", "query_string": b"",
                 "headers": [(b"content-type", b"application/json"), *scope_headers], "client": ("1.2.3.4", 1), "server": ("t", 80),
                 "scheme": "http", "http_version": "1.1", "root_path": ""}
        await app(scope, receive, send)
        start = next(m for m in sent if m["type"] == "http.response.start")
        return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}

    status, headers = await call([(b"content-length", str(300 * 1024 * 1024).encode())], chunks=300 * 16)
    assert status == 413 and headers["x-request-id"]
    assert received == 0, "a declared 300 MB body must be refused without reading it"

    received = 0
    status, _ = await call([(b"transfer-encoding", b"chunked")], chunks=300 * 16)
    assert status == 413
    # The chunked body stops being read as soon as it passes the 1 MB limit.
    assert received <= get_settings().max_body_bytes // 65536 + 1


async def test_only_a_signed_in_caller_may_send_an_upload_sized_body(client, gql):
    owner = await member(gql)
    csv = b"\xef\xbb\xbf" + "客户编码,客户名称\n".encode() + b"".join(f"U{i},公司{i}\n".encode() for i in range(60_000))
    assert len(csv) > get_settings().max_body_bytes
    variables = {"input": {"kind": "CUSTOMERS", "fileName": "big.csv", "contentBase64": base64.b64encode(csv).decode()}}
    query = "mutation($input: ImportStartInput!) { importStart(input: $input) { job { state } errors { code } } }"
    body = json.dumps({"query": query, "variables": variables}).encode()
    anonymous = await post(client, body)
    assert anonymous.status_code == 413 and anonymous.json()["errors"][0]["extensions"]["code"] == "BODY_TOO_LARGE"
    signed_in = await post(client, body, {"authorization": f"Bearer {owner.token}", "x-organization": str(owner.org.id)})
    assert signed_in.status_code == 200, signed_in.text[:300]
    assert signed_in.json()["data"]["importStart"]["job"]["state"] == "PENDING"


async def test_every_response_carries_a_request_id(client):
    for response in [
        await client.get("/no-such-file.js"),
        await client.get("/healthz"),
        await client.get("/"),
        await client.post("/webhooks/nobody/x", content=b"{}"),
        await client.put("/graphql"),
        await post(client, b"null"),
    ]:
        assert response.headers.get("x-request-id"), (response.status_code, response.text)


# --- query shapes ----------------------------------------------------------------------------

def fan_out(levels: int = 25) -> str:
    """Each fragment spreads the next twice: 2^25 fields once expanded, about 1.1 KB written."""
    fragments = [f"fragment F{i} on Query {{ me {{ id }} ...F{i + 1} ...F{i + 1} }}" for i in range(levels - 1)]
    fragments.append(f"fragment F{levels - 1} on Query {{ me {{ id }} }}")
    return "query { ...F0 }\n" + "\n".join(fragments)


async def test_fragment_fan_out_is_refused_before_it_runs(client):
    """A short document whose fragments fan out exponentially is refused by validation (400, no
    `data`), before any resolver runs."""
    document = fan_out()
    assert len(document) < 1500
    response = await client.post("/graphql", json={"query": document}, headers={"accept": "application/graphql-response+json"})
    assert response.status_code == 400
    assert "data" not in response.json()
    assert {e["extensions"]["code"] for e in response.json()["errors"]} >= {"QUERY_TOO_COMPLEX"}


async def test_introspection_has_a_depth_limit_and_graphiql_introspection_works(client):
    standard = await client.post("/graphql", json={"query": get_introspection_query(descriptions=True, input_value_deprecation=True)})
    assert standard.status_code == 200 and standard.json()["data"]["__schema"]["queryType"]["name"] == "Query"
    deep = "{ __schema { types { " + "ofType { " * 30 + "name" + " }" * 30 + " } } }"
    refused = await client.post("/graphql", json={"query": deep})
    assert refused.json()["data"] is None
    assert refused.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_DEEP"


async def test_page_sizes_multiply_the_cost():
    schema = build_schema(Settings(GRAPHQL_MAX_COST=5000))
    nested = "{ customers(first: 100) { nodes { id assessments(first: 100) { totalCount } } } }"
    refused = await schema.execute(nested)
    assert refused.errors and refused.errors[0].extensions["code"] == "QUERY_TOO_COMPLEX"
    allowed = await schema.execute("query($n: Int) { customers(first: $n) { nodes { id code } } }", variable_values={"n": 10})
    assert not allowed.errors or allowed.errors[0].extensions.get("code") != "QUERY_TOO_COMPLEX"


# --- cursors ---------------------------------------------------------------------------------

def cursor(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode()


BAD_CURSORS = {
    "int": cursor(1), "object": cursor({"a": 1}), "list-of-lists": cursor([[1], [2]]), "nested-5000": base64.urlsafe_b64encode(b"[" * 5000 + b"]" * 5000).decode(),
    "timestamp-1e20": cursor([str(10**20), str(uuid.uuid4())]), "text-for-decimal": cursor(["abc", str(uuid.uuid4())]),
    "nested-3000": base64.urlsafe_b64encode(b"[" * 3000 + b"]" * 3000).decode(), "not-base64": "%%%", "non-ascii": "光标", "long": "A" * 5000, "nul": cursor(["a\u0000", str(uuid.uuid4())]),
    "wrong-types": cursor([1, 2]), "bool": cursor([True, False]), "null-id": cursor(["x", None]),
}
CONNECTIONS = {
    "customers": "customers(after: $c) { totalCount }",
    "invoices": "invoices(after: $c) { totalCount }",
    "payments": "payments(after: $c) { totalCount }",
    "invoices-by-amount": "invoices(after: $c, sort: {field: TOTAL}) { totalCount }",
    "auditLog": "auditLog(after: $c) { totalCount }",
    "bankStatementLines": "bankStatementLines(after: $c) { totalCount }",
    "alerts": "alerts(after: $c) { totalCount }",
}


@pytest.mark.parametrize("connection", list(CONNECTIONS))
async def test_cursors_of_the_wrong_shape_are_invalid_cursor(gql, connection):
    owner = await member(gql)
    await create_customer(owner.org)
    for name, value in BAD_CURSORS.items():
        response = await gql.raw(f"query($c: String) {{ {CONNECTIONS[connection]} }}", {"c": value}, token=owner.token, org=owner.org.id)
        assert response.status_code == 200, (name, response.text)
        codes = [e["extensions"]["code"] for e in response.json().get("errors") or []]
        if name in ("long", "nul", "nested-5000"):
            assert codes in (["TOO_LONG"], ["INVALID_CURSOR"]), (name, codes)
        elif name in ("timestamp-1e20", "text-for-decimal"):
            # A well-formed string is a valid key where the first sort key is text (a code).
            assert codes in (["INVALID_CURSOR"], []), (name, codes)
        else:
            assert codes == ["INVALID_CURSOR"], (name, codes)
    # Where the first sort key is an instant or an amount, these are refused too.
    for name in ("timestamp-1e20", "text-for-decimal"):
        for query in ("invoices(after: $c, sort: {field: TOTAL}) { totalCount }", "invoices(after: $c) { totalCount }"):
            response = await gql.raw(f"query($c: String) {{ {query} }}", {"c": BAD_CURSORS[name]}, token=owner.token, org=owner.org.id)
            assert [e["extensions"]["code"] for e in response.json()["errors"]] == ["INVALID_CURSOR"], (name, query)


# --- signed links ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "query,status",
    [("expires=1&signature=%C3%A9%C3%A9", 404), ("expires=abc&signature=x", 400), ("expires=" + "9" * 5000 + "&signature=x", 400),
     ("expires=%C2%B2&signature=x", 400), ("expires=4102444000&signature=%C3%A9", 404), ("expires=4102444000&signature=%ED%A0%80", 404)],
    ids=["expired-non-ascii-signature", "letters", "5000-digits", "superscript-two", "non-ascii-signature", "surrogate-signature"],
)
async def test_signed_links_with_odd_parameters_are_refused_cleanly(client, query, status):
    response = await client.get(f"/imports/{uuid.uuid4()}/errors.csv?{query}")
    assert response.status_code == status, response.text
    assert response.headers["x-request-id"]
