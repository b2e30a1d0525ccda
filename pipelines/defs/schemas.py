"""Column schemas for the Dagster UI, derived from the pandera models by dagster-pandera.

The same pandera models validate the data (pipelines/stages/validate.py), so
what the catalog shows cannot drift from what the pipeline enforces.
"""

import dagster as dg
import pandera.polars as pa
from dagster_pandera import pandera_schema_to_dagster_type


def column_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    schema = pandera_schema_to_dagster_type(model).metadata["schema"]
    assert isinstance(schema, dg.TableSchemaMetadataValue)
    return schema.schema
