"""Bytes → text: detect the encoding, never assume it.

Order: a byte-order mark decides; else strict UTF-8 (the common case, and fast); else UTF-16 without a BOM,
recognised by its NUL bytes at alternate positions (charset-normalizer does not look for BOM-less UTF-16 on
short texts); else charset-normalizer. Among charset-normalizer's equally clean candidates we prefer
GB18030, then Big5, then CP1252: short GBK texts decode cleanly as Big5, CP949 or Shift-JIS too, and
this product reads Chinese and English calls, so the encodings of Chinese and Western Windows machines
are the right tie-break (written by hand: charset-normalizer has no way to express a prior).
"""

from __future__ import annotations

import codecs
import re

from analyzer.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PREFERRED = ("gb18030", "big5", "cp1252")
# Control characters other than tab, newline, carriage return, form feed: their presence means binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")


def normalize_newlines(text: str) -> str:
    # Most files have only "\n": three C substring scans say so faster than `sub` scanning with a regex.
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text
    return _NEWLINES.sub("\n", text)


def decode(raw: bytes, source: str) -> str:
    """Return the text with newlines normalized to '\\n'. Raise `InputError` for empty or binary bytes."""
    if not raw:
        raise InputError(source, "empty file")
    text = _decode(raw, source)
    if len(_CONTROL.findall(text[:65536])) > 0:
        raise InputError(source, "binary content (control bytes), not a text transcript")
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError(source, "empty file (only whitespace)")
    return text


def _decode(raw: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(source, f"undecodable: starts with a {encoding} byte-order mark but is not {encoding}")
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        return _detect(raw, source)
    utf16 = _bomless_utf16(raw)
    if utf16 is None:
        raise InputError(source, "binary content (NUL bytes), not a text transcript")
    return utf16


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: every NUL byte on one parity (the high byte of ASCII characters: newlines,
    colons, digits), and the decoded text made of characters a transcript uses. Binary fails both tests."""
    if len(raw) % 2:
        return None
    sample = raw[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even <= odd // 100:
        encoding = "utf-16-le"
    elif odd <= even // 100:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    head = text[:32768]
    if "\x00" in text or len(_TRANSCRIPT_CHARS.findall(head)) < 0.95 * len(head):
        return None
    return text


# Characters of Chinese and English transcripts: ASCII, Latin-1, punctuation, CJK, full-width forms.
_TRANSCRIPT_CHARS = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _detect(raw: bytes, source: str) -> str:
    from charset_normalizer import from_bytes  # imported lazily: most files are UTF-8

    # Detect on a sample cut at a line end, then decode everything strictly with the winner: detection
    # on 10 MB costs a second, and a sample of whole lines decides as well.
    sample = raw if len(raw) <= _SAMPLE else raw[: (raw.rfind(b"\n", 0, _SAMPLE) + 1) or _SAMPLE]
    for attempt in (sample, raw) if sample is not raw else (raw,):
        matches = list(from_bytes(attempt))
        if not matches:
            break
        best_chaos = min(m.chaos for m in matches)
        clean = [m for m in matches if m.chaos <= best_chaos + 0.01]
        encoding = next((m.encoding for name in _PREFERRED for m in clean if m.encoding == name), clean[0].encoding)
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue  # the sample misled us: detect on the whole file
    raise InputError(source, "undecodable bytes: not UTF-8, UTF-16, GB18030 or any known text encoding")


_SAMPLE = 256 * 1024
