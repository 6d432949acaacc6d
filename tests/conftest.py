"""Shared test fixtures: the ../shared data folder (skipped with a reason when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RIGHTSTRACK_SHARED", PROJECT_ROOT.parent / "shared"))
UPR_DIR = SHARED / "data" / "upr"
SEEDS_DIR = SHARED / "seeds"


@pytest.fixture(scope="session")
def upr_dir() -> Path:
    """The shared UPR data folder (reports/, reports.csv, the UPR Info CSV)."""
    if not (UPR_DIR / "reports").is_dir():
        pytest.skip(f"shared UPR data not found at {UPR_DIR} (set RIGHTSTRACK_SHARED)")
    return UPR_DIR


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The shared seed press reports."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS_DIR} (set RIGHTSTRACK_SHARED)")
    return SEEDS_DIR
