"""Plain-text and Markdown transcripts: speaker lines, or prose notes when there are none.

Written by hand because no maintained library parses the loose layouts people paste (`Name: text`,
`张伟：text`, `[00:01:23] Name: text`, `Name (00:01:23): text`, Otter/Teams `Name  0:03` header lines).
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
_TS_FIRST = re.compile(rf"^{_LIST}[\[(]?(?P<ts>{_TS})[\])]?\s+{_BOLD}(?P<name>{_NAME}){_BOLD}\s*[:：]{_BOLD}\s*(?P<text>.*)$")
# `Name (00:01:23): text`, `Name [00:01:23]: text`
_TS_AFTER = re.compile(rf"^{_LIST}{_BOLD}(?P<name>{_NAME}){_BOLD}\s*[\[(（](?P<ts>{_TS})[\])）]\s*[:：]{_BOLD}\s*(?P<text>.*)$")
# `Name: text`, `张伟：text`, `**Name:** text`
_PLAIN = re.compile(rf"^{_LIST}{_BOLD}(?P<name>{_NAME}){_BOLD}\s*[:：]{_BOLD}\s*(?P<text>.*)$")
# Otter / Teams export: `Name  0:03` alone on a line, the words on the following lines.
_HEADER = re.compile(rf"^{_BOLD}(?P<name>{_NAME}){_BOLD}(?:\s{{2,}}|\t|\s*[|·]\s*)(?P<ts>{_TS})\s*$")

_SENTENCE_PUNCT = set("。，,！？!?；;“”\"…、=<>{}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# "王总说：…" / "He said: …" report speech inside prose; a reporting verb is never part of a speaker label.
_REPORTED = re.compile(
    r"(?:说|表示|提到|认为|问|问道|回答|答应|强调|指出|补充|反馈|称)$|\b(?:said|says|asked|asks|replied|noted|mentioned|added|explained|wrote)$",
    re.I,
)
# Common headings of written notes; "Summary: ..." twice is a section, not a person speaking.
_HEADINGS = {
    "note", "notes", "summary", "date", "time", "location", "place", "attendees", "participants", "subject",
    "agenda", "action items", "action item", "next step", "next steps", "todo", "to do", "re", "cc", "result",
    "outcome", "background", "follow-up", "follow up", "title", "meeting", "deal", "account", "company",
    "备注", "总结", "时间", "日期", "地点", "参会人", "参会人员", "与会人员", "主题", "下一步", "待办", "结果",
    "背景", "会议", "拜访时间", "拜访对象", "拜访目的", "客户名称", "公司", "项目", "注", "说明", "标题",
}


def _plausible_name(name: str, text: str) -> bool:
    if len(name) > 40 or text.startswith("//") or any(c in _SENTENCE_PUNCT for c in name):
        return False
    if not any(c.isalpha() for c in name) or _REPORTED.search(name):
        return False
    cjk = len(_CJK.findall(name))
    if cjk > 12:
        return False
    words = name.split()
    if len(words) > (5 if cjk == 0 else 3):
        return False
    # A Latin "name" of several lower-case words reads as a clause ("we agreed that: ...").
    return not (cjk == 0 and len(words) > 1 and all(w[:1].islower() for w in words))


def _candidate(line: str):
    """(name, timestamp, text, is_header) when the line looks like a speaker line, else None."""
    if ":" not in line and "：" not in line:
        return None
    for rx in (_TS_FIRST, _TS_AFTER, _HEADER, _PLAIN):
        m = rx.match(line)
        if m:
            name = m.group("name").strip()
            ts = m.groupdict().get("ts")
            text = m.groupdict().get("text") or ""
            if ts is not None:
                ts = normalize_timestamp(ts)
                if ts is None and rx is not _PLAIN:
                    continue
            if rx is _PLAIN and normalize_timestamp(name) is not None:
                continue
            if _plausible_name(name, text.strip()):
                return name, ts, text.strip(), rx is _HEADER
    return None


def _speakers(cands: dict[int, tuple], nonempty: int) -> set[str]:
    """The labels that are speakers, judged over the whole file."""
    counts = Counter(c[0].casefold() for c in cands.values())
    timed = {c[0].casefold() for c in cands.values() if c[1] is not None}
    usable = {k for k in counts if k.strip("*_ ") not in _HEADINGS}
    strong = {k for k in usable if counts[k] >= 2 or k in timed}
    strong_lines = sum(counts[k] for k in strong)
    if len(strong) >= 2 and strong_lines >= 3:
        return strong
    if strong and strong_lines >= 2 and strong_lines * 2 >= nonempty:
        return strong
    # Tiny dialogues ("Lisa: Tuesday?" / "Tom: Sure."): distinct short labels on nearly every line.
    covered = sum(counts[k] for k in usable)
    if len(usable) >= 2 and covered * 5 >= nonempty * 4:
        return usable
    return set()


def parse_text(body: str) -> Parsed:
    """Parse decoded, newline-normalized text. No speaker evidence → prose notes, one turn per sentence."""
    lines = body.split("\n")
    cands = {}
    nonempty = 0
    for i, line in enumerate(lines):
        if line.strip():
            nonempty += 1
            c = _candidate(line.strip())
            if c is not None:
                cands[i] = c
    speakers = _speakers(cands, nonempty)
    if not speakers:
        return Parsed(turns=split_sentences(body), kind="notes")

    turns: list[RawTurn] = []
    preamble: list[str] = []
    speaker, start, parts = None, None, []

    def flush():
        text = "\n".join(p for p in parts if p)
        if speaker is not None and text:
            turns.append(RawTurn(speaker, text, start))

    for i, line in enumerate(lines):
        c = cands.get(i)
        if c is not None and c[0].casefold() in speakers:
            flush()
            speaker, start, parts = c[0], c[1], [c[2]]
        elif speaker is None:
            if line.strip():
                preamble.append(line.strip())
        else:
            parts.append(line.strip())
    flush()

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
    m = _PLAIN.match(line)
    if m and _plausible_name(m.group("name").strip(), m.group("text").strip()):
        if normalize_timestamp(m.group("name")) is None:
            return m.group("name").strip(), m.group("text").strip()
    return None


def labelled_speakers(labels: list[str | None]) -> set[str]:
    """Which cue labels are speakers: those that repeat, or all when nearly every cue is labelled."""
    counts = Counter(label.casefold() for label in labels if label)
    if not counts:
        return set()
    covered = sum(counts.values())
    if covered * 5 >= len(labels) * 4:
        return set(counts)
    return {k for k, n in counts.items() if n >= 2 and k not in _HEADINGS}
