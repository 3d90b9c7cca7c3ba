"""Tokens the LLM engine sends: candidate windows (default) versus the whole transcript (--full-transcript).

Runs the real engine (ChatOpenAI client, cache off) over the eval cases of a split against the local
OpenAI-compatible server (tests/llm_server.py, 127.0.0.1), which answers an empty extraction and reports
usage with an offline estimate (one token per CJK character, one per 4 other characters; tiktoken's
encodings are not available offline here). Prints, for both modes, the prompt tokens the server counted
(whole requests: instructions + transcript) and the transcript part alone (the lines inside the
<transcript> fence), the ratio windows / whole for each, and how many labeled quotes the windows show.

    .venv/bin/python eval/llm_tokens.py [--split dev]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from llm_server import LLMServer, estimate_tokens, user_text  # noqa: E402

LONG = 100  # turns: an hour-long call
_FENCED = re.compile(r"<transcript>\n(.*?)</transcript>", re.DOTALL)


def measure(split: str, full: bool, url: str, srv: LLMServer) -> tuple[int, int, dict[str, tuple[int, int]]]:
    """(cases, prompt tokens counted by the server, {case: (turns, transcript tokens)})."""
    from analyzer.evaluation.dataset import load_cases
    from analyzer.extract.llm import LLMEngine

    engine = LLMEngine(model="local-test", base_url=url, api_key="local", cache=False, full_transcript=full)
    cases = load_cases(None, split).cases
    per_case = {}
    for case in cases:
        start = len(srv.requests)
        engine.extract(case.transcript)
        bodies = srv.requests[start:]
        fenced = sum(estimate_tokens(m.group(1)) for b in bodies for m in [_FENCED.search(user_text(b))] if m)
        per_case[case.id] = (len(case.transcript.turns), fenced)
    return len(cases), engine.usage_total().input_tokens, per_case


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, LLMServer() as srv:
        os.environ["XDG_CACHE_HOME"] = tmp
        n, win_all, win = measure(args.split, False, srv.url, srv)
        _, full_all, full = measure(args.split, True, srv.url, srv)
    long = [c for c, (turns, _) in full.items() if turns >= LONG]

    def total(d: dict, ids) -> int:
        return sum(d[c][1] for c in ids)

    print(f"{n} cases ({args.split}), token counts estimated by the local server")
    print(f"{'':32}{'windows':>10}{'whole':>10}{'ratio':>8}")
    rows = [
        ("transcript tokens", total(win, win), total(full, full)),
        (f"  of the {len(long)} calls with {LONG}+ turns", total(win, long), total(full, long)),
        ("prompt tokens (all)", win_all, full_all),
    ]
    for label, a, b in rows:
        print(f"{label:32}{a:>10}{b:>10}{a / b if b else 0:>8.1%}")
    seen, total = visible_quotes(args.split)
    print(f"labeled quotes (praise, customer actions, rep actions, asks) visible in the windows: {seen}/{total} "
          f"({seen / total if total else 0:.1%})")


def visible_quotes(split: str) -> tuple[int, int]:
    """How much the windows hide: gold quotes that are not inside the text sent for their turn."""
    from analyzer.evaluation.dataset import load_cases
    from analyzer.extract.llm import windows

    seen = total = 0
    for case in load_cases(None, split).cases:
        sent = {line.index: line.text for line in windows.select(case.transcript)}
        for field in ("praise", "customer_actions", "rep_actions", "asks"):
            for item in getattr(case.gold, field):
                total += 1
                seen += item.quote in sent.get(item.turn, "")
    return seen, total


if __name__ == "__main__":
    main()
