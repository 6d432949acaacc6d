"""Error types of RightsTrack. Stages raise these; the CLI and web edges turn them into one line."""

from __future__ import annotations


class RightsTrackError(Exception):
    """Base of every error the user should see as a one-line message."""


class IngestError(RightsTrackError):
    """A file could not be turned into a Document: names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class InputError(RightsTrackError):
    """Bad input to a command other than ingest (a CSV without the named column, ...)."""
