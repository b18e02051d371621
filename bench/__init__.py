"""Benchmarks, run by `make bench` (python -m bench). Each bench_*.py module has a main() that
prints its detail and returns its rows (measure, Huikuan seconds, floor seconds or None), which
the runner prints as one table.

BENCH_QUICK=1 runs every module with small sizes, to check that the runner works end to end (a
test does); its figures mean nothing."""

from __future__ import annotations

import os
from pathlib import Path

# One environment for every module, set before any of them imports the backend (whose settings
# are read once): the in-process app and the servers the modules start must share these keys.
os.environ.setdefault("HUIKUAN_DATA_DIR", str(Path(__file__).resolve().parent.parent / "var" / "bench"))
os.environ.setdefault("HUIKUAN_ENV", "development")
os.environ.setdefault("JWT_SECRET_KEY", "bench-jwt-secret-key-not-for-production-0123456789")
os.environ.setdefault("ENCRYPTION_KEYS", "bench-encryption-key-not-for-production-0123456789")

Row = tuple[str, float, float | None]

QUICK = os.environ.get("BENCH_QUICK") == "1"


def size(full: int, quick: int) -> int:
    """`full`, or `quick` in BENCH_QUICK mode."""
    return quick if QUICK else full


def sibling_url(url: str, suffix: str) -> str:
    """The URL of the database named like `url`'s plus `suffix`, on the same server."""
    from backend.db import credentials_from_url

    name = credentials_from_url(url)["database"]
    prefix, _, query = url.partition("?")
    return prefix[: -len(name)] + name + suffix + (f"?{query}" if query else "")
