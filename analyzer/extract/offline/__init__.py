"""The default engine: rules and per-language lexicons, deterministic, no key, no network.

`OfflineEngine` satisfies `analyzer.extract.Engine`; `candidate_turns` also serves the LLM engine, which
sends only those windows to the model. The linguistic knowledge is in `lexicons/zh.yaml` and
`lexicons/en.yaml`; the Python only matches it.
"""

from analyzer.extract.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
