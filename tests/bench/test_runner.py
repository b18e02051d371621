"""`make bench` in miniature: BENCH_QUICK=1 runs every benchmark module with small sizes, on a
database next to the test database (its name + `_quickbench`, and `_quickbench_1m` for the shared dataset),
and the runner prints one table (and writes it) with a row per measure of every module."""

from __future__ import annotations

import asyncio
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import bench
from bench import sibling_url
from bench.bench_credit import create_database
from tests.fixtures import database

ROOT = Path(__file__).resolve().parent.parent.parent
ROW = re.compile(r"^\| (bench_\w+) +\| (.+?) +\| +([\d,]+\.\d) ms \| +(?:([\d,]+\.\d) ms|—) \| +(?:(\d+\.\d\d)×|—) \|$")


def test_make_bench_prints_one_table_of_every_module(tmp_path):
    base = database.test_database_url()
    url = sibling_url(base, "_quickbench")
    asyncio.run(create_database(base, url))
    table = tmp_path / "table.md"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(BENCH_QUICK="1", BENCH_DATABASE_URL=url, BENCH_TABLE=str(table))
    done = subprocess.run([sys.executable, "-m", "bench"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    printed = done.stdout[done.stdout.index("\n== table"):].strip().splitlines()[1:]
    written = table.read_text().strip().splitlines()
    assert written[0].startswith("Run of ") and "BENCH_QUICK" in written[0]
    assert written[2:] == printed
    assert re.fullmatch(r"\| benchmark +\| measure +\| +Huikuan \| +floor \| +ratio \|", printed[0])
    assert len({len(line) for line in printed}) == 1  # aligned
    rows = [ROW.match(line) for line in printed[2:]]
    assert all(rows), [line for line, m in zip(printed[2:], rows, strict=True) if not m]
    modules = {m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_")}
    assert {m.group(1) for m in rows} == modules
    measured = {m.group(2) for m in rows}
    assert any(m.startswith("InvoiceList invoices(first: 1000)") for m in measured)
    for m in rows:  # a ratio exactly when there is a floor
        assert (m.group(4) is None) == (m.group(5) is None), m.group(0)
