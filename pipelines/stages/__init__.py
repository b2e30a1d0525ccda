"""Pure-Python stages, one module each, with no Dagster imports.

The Dagster assets in ``pipelines/defs`` call these; keeping them free of the
orchestrator lets tests, benchmarks and worker processes use them directly.
"""
