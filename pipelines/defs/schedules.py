"""A daily rebuild, so the warehouse is fresh even when no file event was seen."""

import dagster as dg

from pipelines.defs.jobs import materialize_all

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=materialize_all,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Rebuild the warehouse every morning at 06:00 Beijing time.",
)
