"""Load the per-language lexicons (`lexicons/<lang>.yaml`) once and compile them to regexes.

The YAML holds all linguistic knowledge; this module only knows how to turn a list of fragments into one
compiled alternation. English patterns are case-insensitive and bounded by non-letters, so "no" never fires
inside "know"; Chinese has no word boundaries to respect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

import yaml

from analyzer.extract.offline.gate import Branches, Gate, branches_of
from analyzer.regex_guard import first_char_guard, lacks_prefix

LEXICON_DIR = Path(__file__).parent / "lexicons"
LANGUAGES = ("zh", "en")

# Keys whose patterns are anchored to a clause (^ or $): they are matched against one clause, not a turn.
CLAUSE_KEYS = frozenset(
    {"bare_ack", "accept", "question_end", "question_start", "ask_tag", "customer_subject", "rep_subject",
     "attributive", "attributive_before", "bare_question", "accept_late", "question_inverted", "named_choice",
     "coordinated", "filler", "declarative_question", "settled", "consequent", "assumptive_ask", "bare_no",
     "bare_hedge", "time_window", "praise_subject", "date_correction", "day_part_offer",
     "occasion_before", "counter_time", "confirm_tag", "counter_instead", "accept_tail", "named_commit", "vendor_summoned", "weekday_head", "weekday_any",
     "week_or_date", "past_time", "step_after", "step_before", "bare_time_rest", "accept_tag", "close_word",
     "praise_hearsay", "notes_rep_agree",
     "time_only_rest", "sequence_opener", "subject_next",
     "reply_no"}
)
# Keys that are not pattern lists.
_META = frozenset({"language", "dated_plans", "macros", "sentence_end", "clause_sep", "abbreviations", "types"})
# Keys matched case-sensitively (they carry their own (?i:...) where needed).
_CASE_SENSITIVE = frozenset({"customer_subject", "named_choice", "named_commit"})


@dataclass(frozen=True)
class Lexicon:
    lang: str
    keys: dict[str, re.Pattern]  # cue name -> compiled alternation
    types: tuple[tuple[str, re.Pattern | None], ...]  # action types in priority order
    sentence_end: re.Pattern
    clause_sep: re.Pattern
    abbreviations: re.Pattern | None
    dated_plans: bool = False  # a dated action clause binds without a modal (Chinese topic-comment)
    gate: Gate | None = None  # which turn-level keys (and "type:<name>") can match a given text
    type_order: tuple[str, ...] = ()  # the type names in priority order (built once, read per turn)
    # Per turn-level key (and "type:<name>"), its alternatives gated one by one (`gate.Branches`).
    branches: dict[str, Branches] = field(default_factory=dict)
    clause_branches: dict[str, Branches] = field(default_factory=dict)  # the same for CLAUSE_KEYS

    def candidates(self, text: str) -> set[str]:
        return self.gate.keys(text) if self.gate is not None else set(self.keys) | {f"type:{n}" for n, _ in self.types}

    def anchors(self, text: str) -> frozenset[str] | None:
        """The gate's anchors in `text` (None without a gate: every key is live)."""
        return self.gate.anchors(text) if self.gate is not None else None

    def allows(self, key: str, anchors: frozenset[str] | None) -> bool:
        """Whether cue `key` can match a text whose anchors (from `anchors`) are these."""
        return anchors is None or self.gate.allows(key, anchors)

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


_NT = re.compile(r"(?<=[a-z])n't")


def _compile(lang: str, key: str, pattern: str) -> re.Pattern:
    return re.compile(*_rewrite(lang, key, pattern))


def _rewrite(lang: str, key: str, pattern: str) -> tuple[str, int]:
    """The regex source and flags a lexicon pattern compiles to."""
    if lang == "en":
        # Chat drops the apostrophe of a negation ("i dont have the funds", "cant", "wont"): every "n't" written
        # after a letter ("don't", "can't") matches both spellings; a "\w*n't" stays as written ("went").
        pattern = _NT.sub("n'?t", pattern)
        if key in CLAUSE_KEYS:
            return pattern, 0 if key in _CASE_SENSITIVE else re.IGNORECASE
        # Turn-level English cues run on ASCII-lowercased text (`fold`): IGNORECASE costs `re` a case-fold
        # per character compared, and these scans are the engine's hot loop.
        return first_char_guard(rf"(?<![a-z])(?:{pattern})(?![a-z])"), 0
    if key in CLAUSE_KEYS:
        return pattern, 0
    # Only where `re` has no first-character skip of its own: in front of a plain alternation of words the
    # guard doubles the cost, in front of a lookbehind or a class it cuts it 2-9x.
    return (first_char_guard(pattern) if lacks_prefix(pattern) else pattern), 0


def _opens_anywhere(source: str | None) -> bool:
    """Whether an alternative of `source` can start with characters the first-character guard cannot list (a
    category such as a word character, a wide class, or nothing: it may match empty)."""
    from re import _parser as sre_parse

    from analyzer.extract.offline.gate import split_alternatives
    from analyzer.regex_guard import _first_chars

    for alt in split_alternatives(source or ""):
        try:
            first = _first_chars(sre_parse.parse(alt))
        except Exception:  # noqa: BLE001 — an alternative that does not parse alone: gate it whole
            return False
        if first is None or "" in first or any(len(c) > 1 for c in first):
            return True
    return False


def _sep_guard(pattern: str) -> str:
    """The clause separator behind the first-character guard where `re` has no skip of its own (English: ", "
    or a space before "but"/"and", 2x faster); the guard holds no letters, so case-folding cannot differ."""
    return first_char_guard(pattern, letters=False) if lacks_prefix(pattern, re.IGNORECASE) else pattern


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """`text` with only its ASCII letters lowercased, so offsets stay those of `text`."""
    # On ASCII text `lower` is the same mapping and runs in C without a table lookup per character;
    # elsewhere it would also lower non-ASCII letters, some into two characters, so the table stays.
    return text.lower() if text.isascii() else text.translate(ASCII_LOWER)


def fold(lex: "Lexicon", text: str) -> str:
    """The text a lexicon's turn-level cues run on: ASCII-lowercased for English (same length)."""
    return ascii_lower(text) if lex.lang == "en" else text


@cache
def load(lang: str) -> Lexicon:
    """The compiled lexicon for `lang` ("zh" or "en"); compiled once per process."""
    # libyaml's parser where the wheel has it (10-20x faster on these 80-100 kB files; same safe constructor).
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=loader)
    macros = raw.get("macros") or {}
    sources = {key: _expand(_join(value), macros) for key, value in raw.items() if key not in _META and value}
    keys = {key: _compile(lang, key, source) for key, source in sources.items()}
    type_sources = {name: _expand(_join(frags), macros) for name, frags in raw["types"].items() if frags}
    types = tuple(
        (name, _compile(lang, name, type_sources[name]) if frags else None)
        for name, frags in raw["types"].items()
    )
    abbreviations = raw.get("abbreviations")
    gated = {k: p.pattern for k, p in keys.items() if k not in CLAUSE_KEYS}
    gated |= {f"type:{n}": p.pattern for n, p in types if p is not None}
    # English anchors shorter than two letters ("i") would open the gate on every turn.
    min_len, fold = (2, True) if lang == "en" else (1, False)
    # Alternatives gated one by one pay off in English, where the first-character guard passes every word
    # start (one alternative opening with "\w" or "(?:\w+ )?" opens it everywhere); Chinese cues open with
    # rarer characters and run no faster pruned, unless one of their alternatives can start anywhere too
    # ("[\u4e00-\u9fff]{2,}..."): only those are gated one by one.
    branches: dict[str, Branches] = {}
    for key in gated if fold else [k for k in gated if _opens_anywhere(type_sources.get(k[5:]) if k.startswith(
            "type:") else sources[k])]:
        name = key.removeprefix("type:")
        source, pattern = (type_sources[name], dict(types)[name]) if key.startswith("type:") else (sources[key], keys[key])
        found = branches_of(pattern, source, min_len, fold, partial(_rewrite, lang, name))
        if found is not None:
            branches[key] = found
    # Clause-level keys are matched against one clause (or a few characters) of a turn: what the turn lacks,
    # none of its clauses holds, so they are gated by the turn's anchors too, alternative by alternative.
    # Their text is the turn's own (curly apostrophes not straightened), so no anchor may hold an apostrophe;
    # they are case-insensitive, so `TurnView.test` gates them only on ASCII turns (see there).
    clause_branches: dict[str, Branches] = {}
    for key in CLAUSE_KEYS & keys.keys() if fold else ():  # as above: Chinese runs no faster gated
        found = branches_of(keys[key], sources[key], min_len, fold, partial(_rewrite, lang, key),
                            whole=True, avoid="'\u2018\u2019\uff07")
        if found is not None:
            clause_branches[key] = found
    extra = frozenset().union(*(b.anchor_set for b in [*branches.values(), *clause_branches.values()]))
    gate = Gate(gated, min_len=min_len, fold=fold, extra=extra)
    return Lexicon(
        lang=lang,
        keys=keys,
        types=types,
        sentence_end=re.compile(first_char_guard(raw["sentence_end"])),
        clause_sep=re.compile(_sep_guard(raw["clause_sep"]), re.IGNORECASE),
        abbreviations=re.compile(rf"(?:^|[^A-Za-z])(?:{abbreviations})\.", re.IGNORECASE) if abbreviations else None,
        dated_plans=bool(raw.get("dated_plans")),
        gate=gate,
        type_order=tuple(name for name, _ in types),
        branches=branches,
        clause_branches=clause_branches,
    )


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")


def for_text(text: str) -> tuple[Lexicon, ...]:
    """The lexicons that apply to `text` by script: Chinese for Han characters, English for Latin words.

    Code-switched text ("我们下周做个POC吧", "老板说 budget 没问题") gets both.
    """
    return by_script(_HAN.search(text) is not None, _LATIN.search(text) is not None)


@cache
def by_script(han: bool, latin: bool) -> tuple[Lexicon, ...]:
    """`for_text` once the scripts are known: one tuple per combination, built once (the scan keys its
    per-combination tables on it)."""
    langs = []
    if han:
        langs.append(load("zh"))
    if latin:
        langs.append(load("en"))
    return tuple(langs) or (load("en"),)
