"""Run one engine over the eval cases and score it: the library call behind `analyzer eval`.

Each case goes through `analyzer.pipeline.analyze_transcript(transcript, engine)` — the same call the CLI
and the web service make — so any engine is measured exactly as users get it.
"""

from __future__ import annotations

from pathlib import Path

from analyzer.errors import AnalyzerError
from analyzer.evaluation.dataset import load_cases
from analyzer.evaluation.score import score_case, summarize
from analyzer.extract import Engine, get_engine


def run_eval(
    engine: str | Engine = "offline",
    split: str = "dev",
    cases_dir: Path | None = None,
    ids: set[str] | None = None,
) -> dict:
    """The eval report as a JSON-ready dict: engine, split, cases, notices, errors, figures, confusion, mistakes.

    `ids` restricts the run to those case ids (the baseline test scores exactly the baseline's cases, so a
    newly added case does not move the figures it compares).
    """
    from analyzer.pipeline import analyze_transcript  # the whole pipeline only when a run happens

    loaded = load_cases(cases_dir, split, ids)
    eng = get_engine(engine) if isinstance(engine, str) else engine
    scores, errors = [], list(loaded.errors)
    languages: dict[str, int] = {}
    fallbacks = 0  # calls an engine handed to another (the LLM engine falling back to offline)
    for case in loaded.cases:
        try:
            analysis = analyze_transcript(case.transcript, eng)
        except AnalyzerError as e:
            # An engine failing on one case is reported and the case left out, so one bad answer from a
            # provider does not hide the figures of the rest; the non-empty `errors` fails the command.
            errors.append(f"{case.id}: {e}")
            continue
        fallbacks += analysis.engine.fallback_from is not None
        scores.append(score_case(case.gold, analysis))
        languages[case.gold.language] = languages.get(case.gold.language, 0) + 1
    # The engine evaluated, not the last call's (an LLM call that fell back reports the offline engine).
    engine_info = {"name": eng.name, "version": eng.version}
    if hasattr(eng, "usage_total"):  # engines that call a model: tokens spent over the run
        engine_info |= {"usage": eng.usage_total().model_dump(), "fallbacks": fallbacks}
    return {
        "engine": engine_info,
        "split": split,
        "cases": len(scores),
        "languages": languages,
        "case_ids": [s.case for s in scores],
        "notices": loaded.notices,
        "errors": errors,
        **summarize(scores),
    }
