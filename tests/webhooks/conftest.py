import pytest
from tortoise import connections


@pytest.fixture(autouse=True)
async def fresh_refusal_counters(db: str) -> None:
    """Every test starts with no refusals counted: they all come from the test client's one address."""
    await connections.get("default").execute_query("DELETE FROM webhook_rate_limits")
