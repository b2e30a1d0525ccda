"""Figures pipeline: Chinese industrial-economy documents to a DuckDB star schema."""
