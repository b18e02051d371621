import pytest


@pytest.fixture(autouse=True)
def _database(db: str) -> None:
    """Every test here talks to the migrated test database."""
