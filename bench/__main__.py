"""Run every bench_*.py module's main(), or only those named on the command line, then print one
table of all their rows (measure, Huikuan time, floor time, ratio), also written to
var/bench/table.md (or BENCH_TABLE)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import bench
from bench import Row

TABLE_PATH = Path(os.environ.get("BENCH_TABLE") or Path(__file__).resolve().parent.parent / "var" / "bench" / "table.md")


def _ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:,.1f} ms"


def table(rows: list[tuple[str, Row]]) -> str:
    """The rows as one aligned Markdown table: module, measure, Huikuan, floor, ratio."""
    head = ("benchmark", "measure", "Huikuan", "floor", "ratio")
    cells = [
        (module, measure, _ms(huikuan), _ms(floor), "—" if not floor else f"{huikuan / floor:.2f}×")
        for module, (measure, huikuan, floor) in rows
    ]
    widths = [max(len(r[i]) for r in [head, *cells]) for i in range(len(head))]
    right = (False, False, True, True, True)

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.rjust(w) if r else v.ljust(w) for v, w, r in zip(values, widths, right, strict=True)) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if r else ("-" * (w + 2)) for w, r in zip(widths, right, strict=True)) + "|"
    return "\n".join([line(head), rule, *(line(c) for c in cells)])


def main(argv: list[str]) -> list[tuple[str, Row]]:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name.startswith("bench_"))
    rows: list[tuple[str, Row]] = []
    for name in names:
        if argv and name not in argv:
            continue
        print(f"== {name}", flush=True)
        rows.extend((name, row) for row in importlib.import_module(f"bench.{name}").main())
    load = os.getloadavg()
    text = table(rows)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"\n== table ({stamp}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}{', BENCH_QUICK' if bench.QUICK else ''})")
    print(text)
    TABLE_PATH.parent.mkdir(parents=True, exist_ok=True)
    TABLE_PATH.write_text(f"Run of {stamp}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
                          f"{' (BENCH_QUICK: sizes too small to mean anything)' if bench.QUICK else ''}\n\n{text}\n")
    return rows


if __name__ == "__main__":
    main(sys.argv[1:])
