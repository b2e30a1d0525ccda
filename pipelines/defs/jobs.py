"""The one job: materialize every asset, raw folder to published warehouse."""

import dagster as dg

materialize_all = dg.define_asset_job(
    "materialize_all",
    selection=dg.AssetSelection.all(),
    description="Ingest, normalize, extract and publish the warehouse.",
)
