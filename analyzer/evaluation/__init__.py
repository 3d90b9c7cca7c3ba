"""The eval harness: labeled cases in `eval/cases/<split>/`, scored against any engine.

gold (the gold file's model) → dataset (load cases; corpus cases via `corpus`) → run (pipeline per case)
→ score (matching + metrics) → render (table / json / md). The labeling rules and the matching rule are
written out in `eval/GUIDELINES.md`; this package implements exactly that document.
"""
