"""WebVTT (webvtt-py) and SRT (srt) captions → turns.

Speakers come from Teams' `<v Name>` voice spans or Zoom's `Name: ` cue prefix. Consecutive cues of one
speaker merge into one turn that starts at the first cue. The libraries skip (VTT) or reject (SRT)
malformed cues; we check every `-->` line ourselves so a truncated file is an error, not a silent loss.
"""

from __future__ import annotations

import html
import re

from analyzer.errors import InputError
from analyzer.ingest.parsed import Parsed, RawTurn, seconds_to_clock
from analyzer.ingest.text import labelled_speakers, split_label

_VTT_TIMING = re.compile(r"^\s*(?:\d+:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(?:\d+:)?\d{2}:\d{2}\.\d{3}(?:\s|$)")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)*(?:\s+([^>]*))?>")
_TAG = re.compile(r"<[^<>\n]*>")


def _strip_tags(text: str) -> str:
    return html.unescape(_TAG.sub("", text)).strip()


def _voices(raw: str) -> list[tuple[str | None, str]]:
    """Split a cue's raw text into (voice, text) pieces; Teams may put two voices in one cue."""
    pieces = []
    marks = list(_VOICE.finditer(raw))
    if not marks:
        return [(None, _strip_tags(raw))]
    head = raw[: marks[0].start()]
    if _strip_tags(head):
        pieces.append((None, _strip_tags(head)))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(raw)
        pieces.append(((m.group(1) or "").strip() or None, _strip_tags(raw[m.end():end])))
    return pieces


def parse_vtt(text: str, source: str) -> Parsed:
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    lines = text.split("\n")
    if not lines[0].startswith("WEBVTT"):
        raise InputError(source, "malformed WebVTT: the first line must be 'WEBVTT'")
    timing_lines = [i for i, line in enumerate(lines) if "-->" in line]
    for i in timing_lines:
        if not _VTT_TIMING.match(lines[i]):
            raise InputError(source, f"malformed or truncated WebVTT cue timing at line {i + 1}: {lines[i].strip()[:60]!r}")
    try:
        captions = list(webvtt.WebVTT.from_string(text))
    except (MalformedFileError, MalformedCaptionError, ValueError) as e:
        raise InputError(source, f"malformed WebVTT: {e}") from None
    if not captions:
        raise InputError(source, "WebVTT file has no cues")
    if len(captions) < len(timing_lines):
        raise InputError(source, f"malformed WebVTT: {len(timing_lines) - len(captions)} cue(s) could not be read")
    if not captions[-1].raw_text.strip():
        raise InputError(source, f"truncated WebVTT: the last cue (line {timing_lines[-1] + 1}) has no text")
    cues = []
    for c in captions:
        for voice, body in _voices(c.raw_text):
            cues.append((c.start, voice, body))
    return _merge(cues)


def parse_srt(text: str, source: str) -> Parsed:
    import srt

    try:
        subs = list(srt.parse(text))
    except srt.SRTParseError as e:
        line = text.count("\n", 0, getattr(e, "expected_start", 0)) + 1
        raise InputError(source, f"malformed or truncated SRT near line {line}") from None
    except ValueError as e:  # srt.TimestampParseError and friends
        raise InputError(source, f"malformed SRT timestamp: {str(e).splitlines()[0][:80]}") from None
    if not subs:
        raise InputError(source, "SRT file has no subtitles")
    if not subs[-1].content.strip():
        raise InputError(source, "truncated SRT: the last subtitle has no text")
    cues = [(seconds_to_clock(s.start.total_seconds()), None, _strip_tags(s.content)) for s in subs]
    return _merge(cues)


def _merge(cues: list[tuple[str | None, str | None, str]]) -> Parsed:
    """Attach speakers (voice span, else a `Name:` prefix) and merge runs of one speaker."""
    splits = []
    for _, voice, body in cues:
        first, _, rest = body.partition("\n")
        split = None if voice else split_label(first)
        splits.append(None if split is None else (split[0], "\n".join(p for p in (split[1], rest.strip()) if p)))
    speakers = labelled_speakers([s[0] if s else None for s in splits])
    turns: list[RawTurn] = []
    current = None  # [speaker, start, parts]
    for (start, voice, body), split in zip(cues, splits):
        speaker = voice
        if speaker is None and split is not None and split[0].casefold() in speakers:
            speaker, body = split
        if speaker is None and current is not None and current[0] and speakers:
            speaker = current[0]  # an unlabelled cue inside a labelled file continues the last speaker
        if not body:
            continue
        if current is not None and speaker and current[0] == speaker:
            current[2].append(body)
            continue
        if current is not None:
            turns.append(RawTurn(current[0], "\n".join(current[2]), current[1]))
        current = [speaker or "", start, [body]]
    if current is not None:
        turns.append(RawTurn(current[0], "\n".join(current[2]), current[1]))
    return Parsed(turns=turns)
