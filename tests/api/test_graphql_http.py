"""GraphQL over HTTP: media types and status codes, GET for queries only, abuse limits, masking."""

from __future__ import annotations

import json

import pytest

from tests.fixtures.api import member

GQL_JSON = "application/graphql-response+json"


async def _post(client, body, accept=GQL_JSON, content_type="application/json"):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return await client.post("/graphql", content=data, headers={"accept": accept, "content-type": content_type})


async def test_well_formed_request_gets_the_negotiated_media_type(client):
    response = await _post(client, {"query": "{ __typename }"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(GQL_JSON)
    assert response.json() == {"data": {"__typename": "Query"}}
    legacy = await _post(client, {"query": "{ __typename }"}, accept="application/json")
    assert legacy.headers["content-type"].startswith("application/json")
    anything = await _post(client, {"query": "{ __typename }"}, accept="*/*")
    assert anything.status_code == 200


@pytest.mark.parametrize("query", ["{", "{ noSuchField }", "query { me { email } } query { me { email } }"])
async def test_parse_and_validation_failures_are_400_without_data(client, query):
    response = await _post(client, {"query": query})
    assert response.status_code == 400
    body = response.json()
    assert "data" not in body and body["errors"]
    legacy = await _post(client, {"query": query}, accept="application/json")
    assert legacy.status_code == 200 and legacy.json()["errors"]


async def test_field_errors_are_200_with_data(client):
    response = await _post(client, {"query": "{ me { email } }"})
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize(
    "body", ["{not json", json.dumps({"query": 1}), json.dumps({"query": "{ __typename }", "variables": "x"}), json.dumps([])]
)
async def test_malformed_requests_are_4xx(client, body):
    response = await _post(client, body)
    assert 400 <= response.status_code < 500
    assert response.json()["errors"]


async def test_unsupported_accept_is_406(client):
    response = await _post(client, {"query": "{ __typename }"}, accept="text/html")
    assert response.status_code == 406


async def test_get_allows_queries_but_not_mutations(client):
    ok = await client.get("/graphql", params={"query": "{ __typename }"}, headers={"accept": GQL_JSON})
    assert ok.status_code == 200 and ok.json() == {"data": {"__typename": "Query"}}
    mutation = await client.get(
        "/graphql", params={"query": 'mutation { tokenRevoke(refreshToken: "x") { revoked } }'}, headers={"accept": GQL_JSON}
    )
    assert mutation.status_code == 405
    assert "POST" in mutation.headers["allow"]


async def test_variables_as_a_map(client):
    response = await _post(
        client, {"query": "query($s: String!) { __type(name: $s) { name } }", "variables": {"s": "Query"}}
    )
    assert response.json() == {"data": {"__type": {"name": "Query"}}}


async def test_depth_limit():
    from backend.api.schema import build_schema
    from backend.config import Settings

    schema = build_schema(Settings(GRAPHQL_MAX_DEPTH=3))
    shallow = await schema.execute("{ me { organizations { name } } }")
    assert not shallow.errors or "depth" not in shallow.errors[0].message
    deep = await schema.execute("{ me { organizations { members { nodes { id } } } } }")
    assert deep.data is None
    assert "exceeds maximum operation depth of 3" in deep.errors[0].message


async def test_alias_limit(client):
    aliases = " ".join(f"a{i}: __typename" for i in range(31))
    response = await _post(client, {"query": f"{{ {aliases} }}"})
    assert response.status_code == 400
    assert "aliases" in response.json()["errors"][0]["message"]


async def test_token_limit(client):
    fields = " ".join("__typename" for _ in range(3100))
    response = await _post(client, {"query": f"{{ {fields} }}"})
    assert response.status_code == 400
    assert "token" in response.json()["errors"][0]["message"].lower()


async def test_page_size_is_capped(gql):
    m = await member(gql)
    result = await gql("{ organization { members(first: 1000) { totalCount } } }", token=m.token, org=m.org.id)
    assert result["errors"][0]["extensions"]["code"] == "PAGE_SIZE_EXCEEDED"
    bad_cursor = await gql('{ organization { members(after: "%%%") { totalCount } } }', token=m.token, org=m.org.id)
    assert bad_cursor["errors"][0]["extensions"]["code"] == "INVALID_CURSOR"


async def test_unexpected_errors_are_masked(gql, monkeypatch):
    from backend.accounts import schema as accounts_schema

    async def explode(*args, **kwargs):
        raise RuntimeError("SELECT secret FROM somewhere")

    m = await member(gql)
    monkeypatch.setattr(accounts_schema.models.Organization, "get", explode)
    response = await gql.raw("{ organization { name } }", token=m.token, org=m.org.id)
    body = response.json()
    assert "SELECT" not in response.text and "Traceback" not in response.text
    assert body["errors"][0]["message"] == "Internal server error."
    assert body["errors"][0]["extensions"]["requestId"] == response.headers["x-request-id"]
