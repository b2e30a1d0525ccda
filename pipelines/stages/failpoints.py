"""Named kill points, so crash-safety tests can SIGKILL a run at an exact moment.

Set ``FIGURES_KILL_AT`` to a point's name and the process kills itself with
SIGKILL when it reaches that point: no cleanup, no ``finally``, exactly as if
the machine had lost power there. Unset, a point costs one dict lookup.
"""

from __future__ import annotations

import os
import signal


def kill_point(name: str) -> None:
    if os.environ.get("FIGURES_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
