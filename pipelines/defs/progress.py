"""Progress logging for long stages, so the UI shows documents done / total."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

import dagster as dg

Item = TypeVar("Item")


def logged_progress(
    context: dg.AssetExecutionContext | dg.OpExecutionContext, verb: str, items: Iterable[Item], total: int
) -> Iterator[Item]:
    step = max(1, total // 10)
    for done, item in enumerate(items, start=1):
        if done % step == 0 or done == total:
            context.log.info(f"{verb} {done}/{total} documents")
        yield item
