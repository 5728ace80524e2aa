"""Shared test setup: Qt runs offscreen (set before any Qt import), data folders live in tmp_path."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("JURY_APP_HOME", None)
