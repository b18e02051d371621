"""Benchmarks, run by `make bench` (python -m bench); each bench_*.py module has a main()."""
