"""A Python script run in a process of its own, Qt offscreen, that prints what it saw as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def run_script(code: str, *args: str) -> dict[str, Any]:
    """Runs `code` with `args` in a fresh interpreter; returns the JSON object of its last line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True, timeout=120
    )
    seen: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return seen
