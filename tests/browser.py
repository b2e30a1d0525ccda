"""Find and run headless Chromium for the report tests.

Why a helper: the report is only proven to work when a real browser has run its
scripts, offline, without errors. CI must have Chromium (a missing browser there
is a failure, not a silent skip); a developer without it may skip locally.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = "command -v chromium || (apt-get update && apt-get install -y chromium)"

#: Flags that keep a headless run hermetic: no network side channels, no first-run UI, no GPU.
HERMETIC_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    """The Chromium binary: ``$CHROMIUM`` if set, else the first known name on PATH."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if Path(configured).exists() or shutil.which(configured) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """The Chromium binary, or fail in CI (``CI`` set) / skip locally with how to install it."""
    found = find_chromium()
    if found:
        return found
    message = f"headless Chromium is needed to render report.html; install it: {INSTALL_HINT}"
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(message)
    pytest.skip(message)


def run_chromium(
    binary: str,
    page: Path,
    user_data_dir: Path,
    *extra: str,
    timeout: float = 120.0,
) -> subprocess.CompletedProcess[str]:
    """Open ``page`` (a local file) headless with ``extra`` flags; stdout and stderr captured as text."""
    command = [
        binary,
        *HERMETIC_FLAGS,
        f"--user-data-dir={user_data_dir}",
        "--virtual-time-budget=10000",
        *extra,
        page.resolve().as_uri(),
    ]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )
