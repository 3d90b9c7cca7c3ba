"""Load the per-language lexicons (`lexicons/<lang>.yaml`) once and compile them to regexes.

The YAML holds all linguistic knowledge; this module only knows how to turn a list of fragments into one
compiled alternation. English patterns are case-insensitive and bounded by non-letters, so "no" never fires
inside "know"; Chinese has no word boundaries to respect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).parent / "lexicons"
LANGUAGES = ("zh", "en")

# Keys whose patterns are anchored to a clause (^ or $): they are matched against one clause, not a turn.
CLAUSE_KEYS = frozenset(
    {"bare_ack", "accept", "question_end", "question_start", "ask_tag", "customer_subject", "rep_subject",
     "attributive"}
)
# Keys that are not pattern lists.
_META = frozenset({"language", "dated_plans", "macros", "sentence_end", "clause_sep", "abbreviations", "types"})
# Keys matched case-sensitively (they carry their own (?i:...) where needed).
_CASE_SENSITIVE = frozenset({"customer_subject"})


@dataclass(frozen=True)
class Lexicon:
    lang: str
    keys: dict[str, re.Pattern]  # cue name -> compiled alternation
    types: tuple[tuple[str, re.Pattern | None], ...]  # action types in priority order
    sentence_end: re.Pattern
    clause_sep: re.Pattern
    abbreviations: re.Pattern | None
    dated_plans: bool = False  # a dated action clause binds without a modal (Chinese topic-comment)

    def get(self, key: str) -> re.Pattern | None:
        return self.keys.get(key)


def _join(fragments) -> str:
    if isinstance(fragments, str):
        return fragments
    return "|".join(f"(?:{f})" for f in fragments if f)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _compile(lang: str, key: str, pattern: str) -> re.Pattern:
    if lang == "en":
        flags = 0 if key in _CASE_SENSITIVE else re.IGNORECASE
        if key not in CLAUSE_KEYS:
            pattern = rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])"
        return re.compile(pattern, flags)
    return re.compile(pattern)


@cache
def load(lang: str) -> Lexicon:
    """The compiled lexicon for `lang` ("zh" or "en"); compiled once per process."""
    raw = yaml.safe_load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
    macros = raw.get("macros") or {}
    keys = {
        key: _compile(lang, key, _expand(_join(value), macros))
        for key, value in raw.items()
        if key not in _META and value
    }
    types = tuple(
        (name, _compile(lang, name, _expand(_join(frags), macros)) if frags else None)
        for name, frags in raw["types"].items()
    )
    abbreviations = raw.get("abbreviations")
    return Lexicon(
        lang=lang,
        keys=keys,
        types=types,
        sentence_end=re.compile(raw["sentence_end"]),
        clause_sep=re.compile(raw["clause_sep"], re.IGNORECASE),
        abbreviations=re.compile(rf"(?:^|[^A-Za-z])(?:{abbreviations})\.$", re.IGNORECASE) if abbreviations else None,
        dated_plans=bool(raw.get("dated_plans")),
    )


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")


def for_text(text: str) -> tuple[Lexicon, ...]:
    """The lexicons that apply to `text` by script: Chinese for Han characters, English for Latin words.

    Code-switched text ("我们下周做个POC吧", "老板说 budget 没问题") gets both.
    """
    langs = []
    if _HAN.search(text):
        langs.append(load("zh"))
    if _LATIN.search(text):
        langs.append(load("en"))
    return tuple(langs) or (load("en"),)
