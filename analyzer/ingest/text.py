"""Plain-text and Markdown transcripts: speaker lines, or prose notes when there are none.

Written by hand because no maintained library parses the loose layouts people paste (`Name: text`,
`张伟：text`, `[00:01:23] Name: text`, `Name (00:01:23): text`, Otter/Teams `Name  0:03` header lines
followed by the words, `0:03 | Name` headers).
A colon alone proves nothing ("Note: the price is high"), so speakers are decided from evidence over the
whole file: a label counts when it repeats, carries a timestamp, or when short labels cover most lines.
"""

from __future__ import annotations

import re
from collections import Counter

from analyzer.ingest.notes import split_sentences
from analyzer.ingest.parsed import Parsed, RawTurn, normalize_timestamp

_TS = r"\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\s:：\[\]()（）*#>|][^:：\n]{0,47}?"
_LIST = r"(?:[-*+]\s+)?"
_BOLD = r"(?:\*\*|__)?"
# `[00:01:23] Name: text`, `00:01:23 Name: text`, `(00:01:23) Name: text`
_TS_FIRST = re.compile(
    rf"^{_LIST}[\[(]?(?P<ts>{_TS})[\])]?\s+{_BOLD}(?P<name>{_NAME}){_BOLD}\s*[:：]{_BOLD}\s*(?P<text>.*)$"
)
# `Name (00:01:23): text`, `Name [00:01:23]: text`
_TS_AFTER = re.compile(
    rf"^{_LIST}{_BOLD}(?P<name>{_NAME}){_BOLD}\s*[\[(（](?P<ts>{_TS})[\])）]\s*[:：]{_BOLD}\s*(?P<text>.*)$"
)
# Otter / Teams export: `Name  0:03` alone on a line, the words on the following lines.
# `Name` and the time are kept apart by 2+ spaces, a tab, `|`, `·` or a dash: "Meeting 10:30" is a heading.
_HEADER = re.compile(
    rf"^{_BOLD}(?P<name>{_NAME}){_BOLD}(?:\s{{2,}}|\t|\s*[|·]\s*|\s+[-–—]\s+)[\[(]?(?P<ts>{_TS})[\])]?\s*$"
)
# The same with the time first: `0:03 | Lisa Chen`, `[00:01:23] Lisa Chen`.
_TS_HEADER = re.compile(
    rf"^[\[(]?(?P<ts>{_TS})[\])]?(?:\s*[|·\-–—]\s*|\s+)(?P<name>[^\s:：\[\]()（）*#>|][^:：\n]{{0,47}})$"
)

# Sentence punctuation inside a "name" means the colon ends a clause, not a speaker label.
_NOT_IN_NAME = re.compile(r"[。，,！？!?；;“”\"…、=<>{}]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# "王总说：…" / "He said: …" report speech inside prose; a reporting verb is never part of a speaker label.
_REPORTED_ZH = ("说", "表示", "提到", "认为", "问", "问道", "回答", "答应", "强调", "指出", "补充", "反馈", "称")
_REPORTED_EN = {"said", "says", "asked", "asks", "replied", "noted", "mentioned", "added", "explained", "wrote"}
# Common headings of written notes; "Summary: ..." twice is a section, not a person speaking.
_HEADINGS = {
    "note", "notes", "summary", "date", "time", "location", "place", "attendees", "participants", "subject",
    "agenda", "action items", "action item", "next step", "next steps", "todo", "to do", "re", "cc", "result",
    "outcome", "background", "follow-up", "follow up", "title", "meeting", "deal", "account", "company",
    "备注", "总结", "时间", "日期", "地点", "参会人", "参会人员", "与会人员", "主题", "下一步", "待办", "结果",
    "背景", "会议", "拜访时间", "拜访对象", "拜访目的", "客户名称", "公司", "项目", "注", "说明", "标题",
}


def _plausible_name(name: str, text: str) -> bool:
    if text.startswith("//"):  # "https://..." is a link, not a speaker
        return False
    ok = _NAME_CACHE.get(name)
    if ok is None:
        if len(_NAME_CACHE) > 50_000:
            _NAME_CACHE.clear()
        ok = _NAME_CACHE[name] = _looks_like_name(name)
    return ok


# Labels repeat on every line of a transcript; judging each distinct one once keeps parsing fast.
_NAME_CACHE: dict[str, bool] = {}


def _looks_like_name(name: str) -> bool:
    if not name or len(name) > 40 or _NOT_IN_NAME.search(name):
        return False
    if name.count("(") != name.count(")") or name.count("（") != name.count("）") or name.count("[") != name.count("]"):
        return False
    words = name.split()
    if not any(c.isalpha() for c in name) or name.endswith(_REPORTED_ZH) or words[-1].casefold() in _REPORTED_EN:
        return False
    cjk = len(_CJK.findall(name))
    if cjk > 12:
        return False
    if len(words) > (5 if cjk == 0 else 3):
        return False
    # A Latin "name" of several lower-case words reads as a clause ("we agreed that: ...").
    return not (cjk == 0 and len(words) > 1 and all(w[:1].islower() for w in words))


_NAME_START_FORBIDDEN = set(" \t:：[]()（）*#>|")


def _label(prefix: str) -> tuple[str, bool] | None:
    """The text before the first colon → (name, was_bold) when it can be a speaker label, else None."""
    name = prefix
    if name[:2] in ("- ", "* ", "+ "):
        name = name[2:]
    name = name.strip()
    bold = name.startswith(("**", "__")) or name.endswith(("**", "__"))  # **Lisa:** / **Lisa**:
    if bold:
        name = name.strip("*_").strip()
    if not name or name[0] in _NAME_START_FORBIDDEN or len(name) > 48 or not _plausible_name(name, ""):
        return None
    if name[0].isdigit() and normalize_timestamp(name) is not None:
        return None
    return name, bold


# The same few labels start most lines; judging each distinct prefix once keeps a 10 MB file fast.
_LABEL_CACHE: dict[str, tuple[str, bool] | None] = {}


def _plain(line: str, colon: int) -> tuple[str, str] | None:
    """`Name: text` by string slicing at the first colon; a regex here costs ~4 µs a line in backtracking."""
    prefix = line[:colon]
    label = _LABEL_CACHE.get(prefix, False)
    if label is False:
        if len(_LABEL_CACHE) > 50_000:
            _LABEL_CACHE.clear()
        label = _LABEL_CACHE[prefix] = _label(prefix)
    if label is None:
        return None
    text = line[colon + 1:]
    if label[1]:
        text = text.lstrip("*_")
    text = text.strip()
    return None if text.startswith("//") else (label[0], text)  # "https://..." is a link, not a speaker


def _candidate(line: str):
    """(name, timestamp, text, time_first_header) when the stripped line looks like a speaker line, else None.

    Cheap string tests pick the patterns that can match, so a long file costs little more than a split.
    """
    first = line[0]
    if first == "[" or first == "(" or first.isdigit():
        # `[00:01:23] Name: text`, the commonest timed line: `_TS_FIRST` is the first pattern tried below for
        # a line opening like this, so when it gives a speaker that is the answer, without the other tests.
        m = _TS_FIRST.match(line)
        if m is not None:
            ts_text, name, text = m.group("ts", "name", "text")
            ts = normalize_timestamp(ts_text)
            name = name.strip()
            text = (text or "").strip()
            if ts is not None and _plausible_name(name, text):
                return name, ts, text, False
    return _candidate_general(line)


def _candidate_general(line: str):
    a, b = line.find(":"), line.find("：")
    colon = a if b < 0 else b if a < 0 else min(a, b)
    if colon < 0:
        return None
    first = line[0]
    head = line[:colon]
    bracket = "(" in head or "[" in head or "（" in head
    if first.isdigit() or first in "[(" or line[-1].isdigit() or bracket:
        timed = []
        if first.isdigit() or first in "[(":
            timed += (_TS_FIRST, _TS_HEADER)
        if line[-1].isdigit():
            timed.append(_HEADER)
        if colon <= 90 and bracket:
            timed.append(_TS_AFTER)
        for rx in timed:
            m = rx.match(line)
            if m:
                ts = normalize_timestamp(m.group("ts"))
                name = m.group("name").strip()
                text = (m.group("text") or "").strip() if "text" in rx.groupindex else ""
                if ts is not None and _plausible_name(name, text):
                    return name, ts, text, rx is _TS_HEADER
    if colon > 90:
        return None
    plain = _plain(line, colon)
    return None if plain is None else (plain[0], None, plain[1], False)


def _speakers(cands: dict[int, tuple], nonempty: int, total: int) -> set[str]:
    """The labels that are speakers, judged over the whole file (casefolded)."""
    counts = Counter(c[0].casefold() for c in cands.values())
    # Lines a label accounts for: itself, plus the text line under a header (`Lisa Chen  0:03`).
    lines_of = Counter()
    for c in cands.values():
        lines_of[c[0].casefold()] += 1 if c[2] else 2
    # A time stamp proves a speaker label, except on `09:30 Arrived at Acme` lines of a visit log: a name
    # after a bare time must repeat to count.
    timed = {c[0].casefold() for c in cands.values() if c[1] is not None and not c[3]}
    usable = {k for k in counts if k not in _HEADINGS}
    strong = {k for k in usable if counts[k] >= 2 or k in timed}
    strong_lines = sum(lines_of[k] for k in strong)
    covered = sum(lines_of[k] for k in usable)
    if (len(strong) >= 2 and sum(counts[k] for k in strong) >= 3) or (
        strong and strong_lines >= 2 and strong_lines * 2 >= nonempty
    ):
        # A labelled dialogue: a person who speaks once is still a speaker when the label reads as a name.
        names = {label.casefold() for label in {c[0] for c in cands.values()} if _name_like(label)}
        return strong | (usable & names)
    # Tiny dialogues ("Lisa: Tuesday?" / "Tom: Sure."): distinct name-like labels on nearly every line,
    # prose above them included ("Budget: ..." and "Our side: ..." under a paragraph of notes are headings).
    if len(usable) >= 2 and covered * 5 >= total * 4 and all(_name_like(label) for label in {c[0] for c in cands.values()} if label.casefold() in usable):
        return usable
    return set()


def _is_heading(line: str) -> bool:
    """A title line: Markdown heading, or short and not ending like a sentence."""
    return line.startswith("#") or (len(line) <= 80 and not line.endswith((".", "。", "!", "?", "！", "？")))


def _name_like(label: str) -> bool:
    """'Tom', 'Dr. Wu', '王总', 'Speaker 3', 'Client - Tom': short, and every Latin word capitalized."""
    words = [w.strip("()[]-–—_/|.,") for w in label.split()]
    words = [w for w in words if w]
    if len(_CJK.findall(label)) > 0:
        return len(label) <= 8 and len(words) <= 2
    return len(words) <= 3 and len(label) <= 24 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def parse_text(body: str) -> Parsed:
    """Parse decoded, newline-normalized text. No speaker evidence → prose notes, one turn per sentence."""
    lines = [line.strip() for line in body.split("\n")]
    cands = {}
    for i, line in enumerate(lines):
        if line and (c := _candidate(line)) is not None:
            cands[i] = c
    # Coverage is counted from the first label on: a title or a paragraph above the dialogue is no evidence.
    first_label = min(cands, default=0)
    nonempty = len(lines) - lines.count("")
    heading = 1 if first_label and _is_heading(next(line for line in lines if line)) else 0
    speakers = _speakers(cands, sum(1 for line in lines[first_label:] if line), nonempty - heading)
    if not speakers:
        title = None
        first = body.lstrip().split("\n", 1)[0]
        if first.startswith("#"):  # a Markdown heading names the notes; it is not a sentence of them
            title = first.lstrip("#").strip() or None
            body = body.lstrip()[len(first):]
        return Parsed(turns=split_sentences(body), kind="notes", title=title)

    starts = [i for i, c in cands.items() if c[0].casefold() in speakers]
    turns: list[RawTurn] = []
    for n, i in enumerate(starts):
        name, ts, first_text, _ = cands[i]
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        # Lines up to the next speaker line continue this turn (unaccepted labels included, verbatim).
        text = "\n".join(filter(None, [first_text, *lines[i + 1:end]])) if end > i + 1 else first_text
        if text:
            turns.append(RawTurn(name, text, ts))

    preamble = list(filter(None, lines[:starts[0]]))
    title = None
    if preamble and preamble[0].startswith("#"):
        title = preamble.pop(0).lstrip("#").strip() or None
    elif len(preamble) == 1 and len(preamble[0]) <= 120:
        title = preamble.pop(0)
    if preamble:
        turns.insert(0, RawTurn("", "\n".join(preamble)))
    return Parsed(turns=turns, kind="dialogue", title=title)


def split_label(line: str) -> tuple[str, str] | None:
    """`Name: text` inside a subtitle cue or a JSON line → (name, text); None when there is no plausible label."""
    line = line.strip()
    a, b = line.find(":"), line.find("：")
    colon = a if b < 0 else b if a < 0 else min(a, b)
    return None if colon < 0 or colon > 90 else _plain(line, colon)


def labelled_speakers(labels: list[str | None]) -> set[str]:
    """Which cue labels are speakers: those that repeat, or all when nearly every cue is labelled."""
    counts = Counter(label.casefold() for label in labels if label)
    if not counts:
        return set()
    covered = sum(counts.values())
    if covered * 5 >= len(labels) * 4:
        return set(counts)
    return {k for k, n in counts.items() if n >= 2 and k not in _HEADINGS}
