"""Jobs: the everyday one-process run, and the same work spread over processes."""

import dagster as dg

materialize_all = dg.define_asset_job(
    "materialize_all",
    selection=dg.AssetSelection.all(),
    description="Ingest, normalize, extract and publish the warehouse (one process; stages use a pool).",
)

materialize_all_multiprocess = dg.define_asset_job(
    "materialize_all_multiprocess",
    selection=dg.AssetSelection.all(),
    executor_def=dg.multiprocess_executor,
    description=(
        "The same assets with every extract batch as its own step in its own process: the "
        "shape a Kubernetes executor (dagster-k8s) spreads over machines."
    ),
)
