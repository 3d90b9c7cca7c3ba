"""Ingest: any supported input file → `Transcript` (turns, roles, meeting date, language).

Formats by extension, then by sniffing: txt/md (speaker lines or prose notes), WebVTT, SRT, JSON, DOCX.
Every bad input raises `InputError(source, reason)`, a one-line message; nothing else escapes `load`.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from analyzer.errors import InputError
from analyzer.gcpause import paused
from analyzer.ingest.decode import decode
from analyzer.ingest.frontmatter import split_front_matter
from analyzer.ingest.meta import language_of, meeting_date_of, transcript_id
from analyzer.ingest.parsed import Parsed
from analyzer.ingest.roles import assign_roles
from analyzer.models import Transcript

__all__ = ["load", "MAX_BYTES", "FORMATS"]

MAX_BYTES = 20 * 2**20
FORMATS = ("txt", "md", "vtt", "srt", "json", "docx")
_TEXT_EXTS = {".txt", ".md", ".markdown", ".text", ".log", ""}
# Magic numbers of files people drop by mistake, so the error can say what they are.
_MAGIC = {b"%PDF": "a PDF", b"ID3": "an MP3 audio file", b"RIFF": "a RIFF (WAV/AVI) media file",
          b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"OggS": "an Ogg media file",
          b"fLaC": "a FLAC audio file", b"\x1f\x8b": "a gzip archive"}


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def _read(path: str, data: bytes | None, max_bytes: int, source: str) -> bytes:
    if data is None:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:  # we stopped reading at the limit, so the real size is unknown
                raise InputError(source, f"input too large: more than the {_size(max_bytes)} limit")
        else:
            p = Path(path)
            try:
                size = p.stat().st_size
                if p.is_dir():
                    raise InputError(source, "is a directory, not a transcript file")
                if size > max_bytes:
                    raise InputError(source, f"file too large: {_size(size)}, over the {_size(max_bytes)} limit")
                with p.open("rb") as f:
                    data = f.read(max_bytes + 1)
            except FileNotFoundError:
                raise InputError(source, "no such file") from None
            except PermissionError:
                raise InputError(source, "permission denied") from None
            except OSError as e:
                raise InputError(source, f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise InputError(source, f"file too large: {_size(len(data))}, over the {_size(max_bytes)} limit")
    if not data:
        raise InputError(source, "empty file")
    return data


def _parse(ext: str, raw: bytes, source: str) -> tuple[Parsed, dict]:
    """(parsed turns, front matter) for the bytes, choosing the parser by extension, then by content."""
    from analyzer.ingest.jsonfmt import parse_json
    from analyzer.ingest.subtitles import parse_srt, parse_vtt
    from analyzer.ingest.text import parse_text

    if ext == ".docx" or (raw[:4] == b"PK\x03\x04" and b"word/" in raw[:4096]):
        from analyzer.ingest.docx import docx_text

        text = docx_text(raw, source)
        if not text.strip():
            raise InputError(source, "DOCX has no text")
        meta, body = split_front_matter(text, source)
        return parse_text(body), meta
    known = ext in _TEXT_EXTS or ext in (".vtt", ".srt", ".json")
    try:
        text = decode(raw, source)
    except InputError as e:
        if known:
            raise
        what = next((name for magic, name in _MAGIC.items() if raw.startswith(magic)), "binary content")
        raise InputError(
            source, f"unsupported file type {ext or '(no extension)'}: {what}, not a text, VTT, SRT, JSON or DOCX transcript"
        ) from e
    head = text.lstrip()
    sniff = ext not in _TEXT_EXTS or ext == ""  # stdin and unknown extensions: decide by content
    if ext == ".vtt" or head.startswith("WEBVTT"):
        return parse_vtt(head, source), {}
    if ext == ".srt" or (sniff and _looks_srt(head)):
        return parse_srt(head, source), {}
    if ext == ".json" or (sniff and head[:1] in "[{" and _is_json(head)):
        return parse_json(text, source), {}
    meta, body = split_front_matter(text, source)
    return parse_text(body), meta


def _is_json(text: str) -> bool:
    """Sniffing only: `[00:01:23] Lisa: hi` starts with a bracket too."""
    import json

    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _looks_srt(head: str) -> bool:
    lines = head.split("\n", 2)
    return len(lines) >= 2 and lines[0].strip().isdigit() and "-->" in lines[1]


def load(
    path: str | Path,
    *,
    data: bytes | None = None,
    reps: list[str] = (),
    meeting_date: date | None = None,
    today: date | None = None,
    max_bytes: int = MAX_BYTES,
) -> Transcript:
    """Read one transcript. `data` given → parse those bytes, `path` only names them ("-" is stdin).

    Raises `InputError` (one line: file and reason) for every input that cannot be analyzed.
    """
    with paused():  # see analyzer.gcpause: parsing makes no reference cycles
        return _load(path, data, reps, meeting_date, today, max_bytes)


def _load(path, data, reps, meeting_date, today, max_bytes) -> Transcript:
    path = str(path)
    source = path
    raw = _read(path, data, max_bytes, source)
    name = "-" if path == "-" else Path(path).name
    ext = "" if path == "-" else Path(path).suffix.lower()
    try:
        parsed, front = _parse(ext, raw, source)
    except InputError:
        raise
    except RecursionError:
        raise InputError(source, "malformed input: nested too deeply") from None
    except Exception as e:  # a parser bug must still reach the user as one line; the fuzz tests hunt for these
        raise InputError(source, f"internal parser error ({type(e).__name__}); please report this file") from e
    meta = {**front, **parsed.meta}
    if not parsed.turns:
        raise InputError(source, "no text to analyze")

    when, when_source, warnings = meeting_date_of(meeting_date, meta, name, today, source)
    roles, participants, role_warnings = assign_roles(parsed.turns, list(reps or []), meta)
    # Plain dicts validated once by pydantic-core: building 100k Turn objects one by one in Python costs seconds.
    turns = [
        {"index": i, "speaker": t.speaker, "text": t.text, "start": t.start, "role": roles.get(t.speaker, "unknown")}
        for i, t in enumerate(parsed.turns)
    ]
    language = meta.get("language")
    if language not in ("zh", "en", "mixed"):
        language = language_of([t.text for t in parsed.turns])
    return Transcript.model_validate(dict(
        id=transcript_id(path, raw),
        source=name,
        kind=parsed.kind,
        meeting_date=when,
        meeting_date_source=when_source,
        language=language,
        turns=turns,
        participants=participants,
        account=_str(meta.get("account") or meta.get("deal") or meta.get("deal_id")),
        title=_str(meta.get("title")) or parsed.title,
        warnings=warnings + role_warnings,
    ))


def _str(value) -> str | None:
    return None if value is None or value == "" else str(value).strip() or None
