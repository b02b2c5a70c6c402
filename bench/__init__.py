"""Benchmarks: ingest, write, query and API figures against their limits (issue 6)."""
