"""JSON transcripts: a list of turns, or an object holding one plus optional metadata.

Exporters disagree on key names (Whisper `segments`, chat `messages` with `role`/`content`, meeting tools'
`utterances` with `speaker`/`text`/`start`), so we accept the common aliases listed below. A numeric
`start` is read as seconds (Whisper, Deepgram, Rev); `start_ms`/`offset_ms` as milliseconds.
"""

from __future__ import annotations

import json

from analyzer.errors import InputError
from analyzer.ingest.parsed import Parsed, RawTurn, normalize_timestamp, seconds_to_clock
from analyzer.ingest.text import parse_text

LIST_KEYS = ("turns", "utterances", "transcript", "messages", "segments", "dialogue", "dialog", "conversation", "lines")
SPEAKER_KEYS = ("speaker", "name", "speaker_name", "author", "from", "participant")
TEXT_KEYS = ("text", "content", "utterance", "message", "body", "transcript", "value")
START_KEYS = ("start", "time", "timestamp", "start_time", "begin", "offset")
MS_KEYS = ("start_ms", "offset_ms", "start_time_ms")
META_KEYS = ("meeting_date", "date", "reps", "rep", "account", "deal", "deal_id", "title", "participants", "language")


def parse_json(text: str, source: str) -> Parsed:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(source, f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    except RecursionError:
        raise InputError(source, "malformed JSON: nested too deeply") from None
    meta: dict = {}
    if isinstance(doc, dict):
        meta = {k.lower(): v for k, v in doc.items() if isinstance(k, str) and k.lower() in META_KEYS}
        items = next((doc[k] for k in doc if isinstance(k, str) and k.lower() in LIST_KEYS and isinstance(doc[k], list)), None)
        if items is None:
            # {"transcript": "Lisa: ...\nTom: ..."}: one string holding the whole call
            body = next((doc[k] for k in doc if isinstance(k, str) and k.lower() in LIST_KEYS and isinstance(doc[k], str)), None)
            if body is None:
                raise InputError(source, f"JSON object has no list of turns (expected one of: {', '.join(LIST_KEYS)})")
            parsed = parse_text(body)
            parsed.meta = meta
            return parsed
    elif isinstance(doc, list):
        items = doc
    else:
        raise InputError(source, "JSON must be a list of turns or an object holding one")
    if items and all(isinstance(i, str) for i in items):
        parsed = parse_text("\n".join(i.replace("\r", "") for i in items))
        parsed.meta = meta
        return parsed
    turns = [t for n, item in enumerate(items) if (t := _turn(item, n, source)) is not None]
    return Parsed(turns=turns, meta=meta)


def _kind(value) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list", dict: "an object"}.get(
        type(value), "null"
    )


def _pick(item: dict, keys: tuple[str, ...]):
    for k in keys:
        if k in item and item[k] is not None:
            return item[k]
    return None


def _turn(item, n: int, source: str) -> RawTurn | None:
    if not isinstance(item, dict):
        raise InputError(source, f"JSON turn {n} is {_kind(item)}, expected an object with speaker and text")
    item = {str(k).lower(): v for k, v in item.items()}
    text = _pick(item, TEXT_KEYS)
    if text is None:
        return None
    if not isinstance(text, str):
        raise InputError(source, f"JSON turn {n}: text must be a string, not {_kind(text)}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return None
    role = item.get("role")
    role = role.strip() if isinstance(role, str) else None
    speaker = _pick(item, SPEAKER_KEYS)
    # With no name, a chat-style `role` ("sales", "customer") is the only label there is.
    speaker = (role or "") if speaker is None else str(speaker).strip()
    return RawTurn(speaker, text, _start(item), role)


def _start(item: dict) -> str | None:
    ms = _pick(item, MS_KEYS)
    if isinstance(ms, (int, float)) and not isinstance(ms, bool):
        return seconds_to_clock(ms / 1000)
    value = _pick(item, START_KEYS)
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return seconds_to_clock(float(value))
    if isinstance(value, str):
        v = value.strip()
        try:
            return seconds_to_clock(float(v)) if v.replace(".", "", 1).isdigit() else normalize_timestamp(v)
        except (ValueError, OverflowError):
            return None
    return None
