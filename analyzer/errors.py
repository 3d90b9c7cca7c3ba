"""One root exception; every user-facing failure is a one-line message naming the file and the reason."""

from __future__ import annotations


class AnalyzerError(Exception):
    """Root of every error the analyzer raises on purpose."""


class InputError(AnalyzerError):
    """A file that cannot be analyzed: empty, binary, malformed, too large, unknown format."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EngineError(AnalyzerError):
    """An engine could not produce findings (provider down, unparseable answers after retries)."""
