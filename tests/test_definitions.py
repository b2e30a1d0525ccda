"""The code location loads, and its schedule and sensor behave, through Dagster's test APIs."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.definitions import defs
from pipelines.defs.resources import PipelineConfig
from pipelines.defs.schedules import daily_refresh
from pipelines.defs.sensors import raw_folder_sensor


def test_definitions_load_every_stage_with_owners_and_descriptions() -> None:
    loaded = defs()
    graph = loaded.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == {"raw_files", "normalized_documents", "figure_mentions", "warehouse", "report"}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description and node.owners and node.group_name != "default", key
    assert loaded.resolve_job_def("materialize_all") is not None
    assert loaded.resolve_schedule_def("daily_refresh").cron_schedule == "0 6 * * *"
    assert loaded.resolve_sensor_def("raw_folder_sensor") is not None


def test_sensor_requests_a_run_only_when_the_folder_changes(config: PipelineConfig, raw_dir: Path) -> None:
    first = raw_folder_sensor(dg.build_sensor_context(cursor=None, resources={"pipeline": config}))
    assert isinstance(first, dg.SensorResult) and len(first.run_requests or []) == 1

    unchanged = raw_folder_sensor(
        dg.build_sensor_context(cursor=first.cursor, resources={"pipeline": config})
    )
    assert not unchanged.run_requests and unchanged.cursor == first.cursor

    (raw_dir / "new.txt").write_text("2024年全省地区生产总值增长6%。", encoding="utf-8")
    changed = raw_folder_sensor(dg.build_sensor_context(cursor=first.cursor, resources={"pipeline": config}))
    assert len(changed.run_requests or []) == 1 and changed.cursor != first.cursor


def test_schedule_requests_the_full_job() -> None:
    context = dg.build_schedule_context()
    requests = list(daily_refresh.evaluate_tick(context).run_requests or [])
    assert len(requests) == 1
    assert daily_refresh.job_name == "materialize_all"


def test_staged_assets_show_the_columns_their_pandera_schemas_enforce() -> None:
    graph = defs().resolve_asset_graph()
    columns = {
        key.to_user_string(): {
            column.name for column in graph.get(key).metadata["dagster/column_schema"].columns
        }
        for key in graph.get_all_asset_keys()
        if "dagster/column_schema" in graph.get(key).metadata
    }
    assert set(columns) == {"raw_files", "normalized_documents", "figure_mentions"}
    assert {"figure_id", "measure", "status", "quote", "char_start"} <= columns["figure_mentions"]
    assert "content_sha256" in columns["raw_files"]
