"""Validation: pandera schemas for every table the pipeline writes.

A schema failure raises ``TableValidationError`` carrying the offending rows,
so the Dagster asset can show them and the publish step never runs.
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.errors import SchemaErrors

from pipelines.reference import load_csv


def vocabulary(field: str) -> list[str]:
    """Closed vocabulary of ``field`` from ``seeds/reference/vocabularies.csv``."""
    return [row["value"] for row in load_csv("vocabularies") if row["field"] == field]


class TableValidationError(Exception):
    def __init__(self, table: str, failure_cases: pl.DataFrame) -> None:
        super().__init__(f"{table}: {failure_cases.height} failing checks\n{failure_cases.head(20)}")
        self.table = table
        self.failure_cases = failure_cases


class SourceFiles(pa.DataFrameModel):
    source_file: str = pa.Field(unique=True)
    content_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    n_bytes: int = pa.Field(gt=0)


class Quarantine(pa.DataFrameModel):
    source_file: str = pa.Field(unique=True)
    reason: str = pa.Field(str_length={"min_value": 1})
    detail: str


class Documents(pa.DataFrameModel):
    document_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{64}$")
    text: str
    encoding: str
    encoding_confidence: float = pa.Field(ge=0, le=1)
    doc_type: str = pa.Field(isin=vocabulary("doc_type"))
    region: str = pa.Field(str_length={"min_value": 1})
    reference_date_confidence: float = pa.Field(ge=0, le=1)
    region_confidence: float = pa.Field(ge=0, le=1)
    n_corrupted_spans: int = pa.Field(ge=0)


class Figures(pa.DataFrameModel):
    figure_id: str = pa.Field(unique=True)
    document_id: str
    indicator: str = pa.Field(str_length={"min_value": 1})
    measure: str = pa.Field(isin=vocabulary("measure"))
    value: float
    value_max: float = pa.Field(nullable=True)
    unit: str
    value_base: float
    value_base_max: float = pa.Field(nullable=True)
    base_unit: str
    qualifier: str = pa.Field(isin=vocabulary("qualifier"))
    status: str = pa.Field(isin=vocabulary("status"))
    region: str = pa.Field(str_length={"min_value": 1})
    benchmark: str = pa.Field(nullable=True)
    period_type: str = pa.Field(isin=vocabulary("period_type"))
    quote: str = pa.Field(str_length={"min_value": 1})
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(gt=0)
    confidence: float = pa.Field(ge=0, le=1)

    @pa.dataframe_check
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:  # type: ignore[misc]
        frame = data.lazyframe
        return frame.select(
            pl.col("period_start").is_null()
            | pl.col("period_end").is_null()
            | (pl.col("period_start") <= pl.col("period_end"))
        )

    @pa.dataframe_check
    def range_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:  # type: ignore[misc]
        return data.lazyframe.select(pl.col("value_max").is_null() | (pl.col("value") <= pl.col("value_max")))

    @pa.dataframe_check
    def span_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:  # type: ignore[misc]
        return data.lazyframe.select(pl.col("char_start") < pl.col("char_end"))


def validate_frame(table: str, frame: pl.DataFrame, schema: type[pa.DataFrameModel]) -> None:
    """Validate lazily (all failures at once) and raise with the failing rows."""
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as exc:
        raise TableValidationError(table, pl.DataFrame(exc.failure_cases)) from exc


class DimDocument(pa.DataFrameModel):
    document_id: str = pa.Field(unique=True)
    source_file: str
    doc_type: str = pa.Field(isin=vocabulary("doc_type"))
    n_figures: int = pa.Field(ge=0)
    n_corrupted_spans: int = pa.Field(ge=0)


class DimIndicator(pa.DataFrameModel):
    indicator_code: str = pa.Field(unique=True, str_matches=r"^[a-z0-9_]+$")
    indicator: str = pa.Field(str_length={"min_value": 1})
    catalogued: bool


class DimRegion(pa.DataFrameModel):
    region: str = pa.Field(unique=True)
    region_code: str = pa.Field(nullable=True, str_matches=r"^\d{6}$")


class DimPeriod(pa.DataFrameModel):
    period_key: str = pa.Field(unique=True)
    period_type: str = pa.Field(isin=vocabulary("period_type"))
    months_covered: int = pa.Field(nullable=True, ge=1, le=12 * 30)

    @pa.dataframe_check
    def period_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:  # type: ignore[misc]
        return data.lazyframe.select(
            pl.col("period_start").is_null()
            | pl.col("period_end").is_null()
            | (pl.col("period_start") <= pl.col("period_end"))
        )


class DimUnit(pa.DataFrameModel):
    unit: str = pa.Field(unique=True)
    base_unit: str


class FactObservation(pa.DataFrameModel):
    """One row per fact: the key must be unique and every fact backed by a mention."""

    observation_id: str = pa.Field(unique=True)
    indicator_code: str
    measure: str = pa.Field(isin=vocabulary("measure"))
    status: str = pa.Field(isin=vocabulary("status"))
    qualifier: str = pa.Field(isin=vocabulary("qualifier"))
    n_mentions: int = pa.Field(ge=1)
    has_conflict: bool
    superseded: bool


WAREHOUSE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "dim_document": DimDocument,
    "dim_indicator": DimIndicator,
    "dim_region": DimRegion,
    "dim_period": DimPeriod,
    "dim_unit": DimUnit,
    "fact_figure_mention": Figures,
    "fact_observation": FactObservation,
    "stg_source_files": SourceFiles,
    "stg_quarantine": Quarantine,
}
