"""Benchmarks, each runnable as ``python bench/NAME.py``; seeding.py is shared."""
