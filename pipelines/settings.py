"""Where the pipeline reads and writes, overridable from the environment.

``FIGURES_RAW_DIR`` and ``FIGURES_WAREHOUSE`` let a user point the same code
at their own folder of documents without editing anything.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
DEFAULT_RAW_DIR = PROJECT_ROOT / "seeds" / "documents"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "warehouse.duckdb"
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


def raw_dir() -> Path:
    return Path(os.environ.get("FIGURES_RAW_DIR") or DEFAULT_RAW_DIR)


def warehouse_path() -> Path:
    return Path(os.environ.get("FIGURES_WAREHOUSE") or DEFAULT_WAREHOUSE)


def max_file_bytes() -> int:
    return int(os.environ.get("FIGURES_MAX_FILE_BYTES") or DEFAULT_MAX_FILE_BYTES)


def staging_dir_for(warehouse: Path) -> Path:
    """Intermediate Parquet lives beside, never inside, the published file."""
    return warehouse.parent / f"{warehouse.stem}.staging"
