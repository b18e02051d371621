"""A mutation that loses a real deadlock to another transaction is run again when it had committed
nothing, and answers TRY_AGAIN (nothing saved twice) when it had (api/retry.py)."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from backend.accounts.models import Role
from backend.customers import service
from backend.customers.models import Customer
from backend.kit.uow import unit_of_work
from tests.fixtures.api import member

CREATE = """
mutation($input: CustomerCreateInput!) {
  customerCreate(input: $input) { customer { code } errors { field code } }
}
"""


_other_sides: list[asyncio.Task[None]] = []


# Two advisory locks no code of the project takes.
FIRST, SECOND = 9_100_001, 9_100_002


async def _lose_a_deadlock(connection, database_url: str) -> None:  # type: ignore[no-untyped-def]
    """In the caller's transaction: a real deadlock with another connection (each holds one
    lock and waits for the other's), which the caller's transaction loses: it checks for
    deadlocks after 100 ms, the other one after 10 s."""
    other = await asyncpg.connect(database_url)
    await other.execute("SET deadlock_timeout = '10s'")
    await other.execute("BEGIN")
    await other.execute("SELECT pg_advisory_xact_lock($1)", SECOND)
    await connection.execute_query("SET LOCAL deadlock_timeout = '100ms'")
    await connection.execute_query(f"SELECT pg_advisory_xact_lock({FIRST})")

    async def other_side() -> None:
        try:
            # Waits until the caller's transaction is rolled back.
            await other.execute("SELECT pg_advisory_xact_lock($1)", FIRST)
        finally:
            await other.execute("ROLLBACK")
            await other.close()

    _other_sides.append(asyncio.create_task(other_side()))
    await asyncio.sleep(0.2)
    await connection.execute_query(f"SELECT pg_advisory_xact_lock({SECOND})")


async def test_a_mutation_that_lost_a_deadlock_is_run_again_and_saves_once(gql, database_url, monkeypatch):
    m = await member(gql, Role.FINANCE)
    original, attempts = service.create_customer, []

    async def create_customer(actor, data):  # type: ignore[no-untyped-def]
        attempts.append(1)
        async with unit_of_work() as connection:
            created = await original(actor, data)
            if len(attempts) == 1:
                await _lose_a_deadlock(connection, database_url)
        return created

    monkeypatch.setattr(service, "create_customer", create_customer)
    result = await gql(CREATE, {"input": {"code": "R-1", "legalName": "重试贸易有限公司"}}, token=m.token, org=m.org.id)

    assert "errors" not in result, result
    assert result["data"]["customerCreate"] == {"customer": {"code": "R-1"}, "errors": []}
    assert len(attempts) == 2
    assert await Customer.filter(organization_id=m.org.id, code="R-1").count() == 1
    await _other_sides.pop()


async def test_a_mutation_that_committed_part_of_its_work_is_not_run_again(gql, database_url, monkeypatch):
    m = await member(gql, Role.FINANCE)
    original, attempts = service.create_customer, []

    async def create_customer(actor, data):  # type: ignore[no-untyped-def]
        attempts.append(1)
        await original(actor, {**data, "code": "DONE-1", "legal_name": "已提交贸易有限公司"})
        async with unit_of_work() as connection:
            created = await original(actor, data)
            await _lose_a_deadlock(connection, database_url)
        return created

    monkeypatch.setattr(service, "create_customer", create_customer)
    result = await gql(CREATE, {"input": {"code": "R-2", "legalName": "冲突贸易有限公司"}}, token=m.token, org=m.org.id)

    (error,) = result["errors"]
    assert error["extensions"]["code"] == "TRY_AGAIN"
    assert "deadlock" not in error["message"]
    assert len(attempts) == 1
    assert await Customer.filter(organization_id=m.org.id, code="DONE-1").count() == 1
    assert not await Customer.filter(organization_id=m.org.id, code="R-2").exists()
    await _other_sides.pop()


@pytest.fixture(autouse=True)
def _short_pauses(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("backend.api.retry.PAUSE", (0.001, 0.002))
